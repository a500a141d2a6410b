#pragma once

#include <QString>
#include <utility>

namespace custos {

// Every fallible call reports one of these. The three texts are written for the person at the screen:
// what failed, why, and what they can do about it. Never put a secret in any of them.
struct Error
{
    enum class Kind {
        Network,      // connection refused, DNS, reset
        Timeout,      // no answer within the request's deadline
        Tls,          // certificate not trusted or handshake failed
        Unauthorized, // 401 after the one refresh-and-retry
        Forbidden,    // 403: a role is missing
        NotFound,     // 404
        Conflict,     // 409
        Server,       // 5xx
        Http,         // any other unexpected HTTP status
        Protocol,     // the peer answered something we cannot accept (malformed JSON, missing field, bad signature)
        Io,           // local files, database
        Keychain,     // the OS keychain refused or is unavailable
        Cancelled,    // the operator cancelled
        Invalid,      // bad input from the operator or a file
        Integrity,    // a ledger or export failed verification
    };

    Kind kind = Kind::Protocol;
    QString what;   // "Could not read the user count from Keycloak"
    QString why;    // "The server answered 403 Forbidden"
    QString action; // "Ask a realm administrator for the view-users role"
    int httpStatus = 0;

    // Named factories, one per kind: what failed, why, and what the person can do about it.
    [[nodiscard]] static Error network(QString what, QString why, QString action = {})
    {
        return {Kind::Network, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error timeout(QString what, QString why, QString action = {})
    {
        return {Kind::Timeout, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error tls(QString what, QString why, QString action = {})
    {
        return {Kind::Tls, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error unauthorized(QString what, QString why, QString action = {})
    {
        return {Kind::Unauthorized, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error forbidden(QString what, QString why, QString action = {})
    {
        return {Kind::Forbidden, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error notFound(QString what, QString why, QString action = {})
    {
        return {Kind::NotFound, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error conflict(QString what, QString why, QString action = {})
    {
        return {Kind::Conflict, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error server(QString what, QString why, QString action = {})
    {
        return {Kind::Server, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error http(QString what, QString why, QString action = {})
    {
        return {Kind::Http, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error protocol(QString what, QString why, QString action = {})
    {
        return {Kind::Protocol, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error io(QString what, QString why, QString action = {})
    {
        return {Kind::Io, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error keychain(QString what, QString why, QString action = {})
    {
        return {Kind::Keychain, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error cancelled(QString what, QString why, QString action = {})
    {
        return {Kind::Cancelled, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error invalid(QString what, QString why, QString action = {})
    {
        return {Kind::Invalid, std::move(what), std::move(why), std::move(action), 0};
    }
    [[nodiscard]] static Error integrity(QString what, QString why, QString action = {})
    {
        return {Kind::Integrity, std::move(what), std::move(why), std::move(action), 0};
    }
    // The same error, naming the HTTP status the server answered.
    [[nodiscard]] Error withHttpStatus(int status) const
    {
        Error error = *this;
        error.httpStatus = status;
        return error;
    }

    // One paragraph for a message box or a status line.
    [[nodiscard]] QString userMessage() const;
    // A short machine-friendly name of the kind, for logs and ledger records.
    [[nodiscard]] static QString kindName(Kind kind);
};

} // namespace custos
