#include "core/common/Error.h"

#include <QCoreApplication>

namespace custos {

QString Error::userMessage() const
{
    QString text = what;
    if (!why.isEmpty())
        //: Joins what failed and why; French typography puts a space before the colon.
        text = text.isEmpty() ? why : QCoreApplication::translate("custos::Error", "%1: %2").arg(text, why);
    if (!text.isEmpty() && !text.endsWith(u'.'))
        text += u'.';
    if (!action.isEmpty())
        text += u' ' + action + (action.endsWith(u'.') ? QString() : QStringLiteral("."));
    return text;
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    case Kind::Integrity:
        return QStringLiteral("integrity");
    }
    return QStringLiteral("unknown");
}

} // namespace custos
