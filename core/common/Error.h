#pragma once

#include <QString>

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

    // One paragraph for a message box or a status line.
    [[nodiscard]] QString userMessage() const;
    // A short machine-friendly name of the kind, for logs and ledger records.
    [[nodiscard]] static QString kindName(Kind kind);
};

} // namespace custos
