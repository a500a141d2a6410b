#include "core/keycloak/UserQuery.h"

#include <QCoreApplication>
#include <QUrl>

namespace custos {

namespace {

// QUrlQuery keeps values in their encoded form: encode everything that could be read as a delimiter.
QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QUrlQuery UserQuery::toUrlQuery() const
{
    QUrlQuery query;
    const QString term = text.trimmed();
    if (term.isEmpty())
        return query;
    switch (mode) {
    case Mode::Prefix:
        query.addQueryItem(QStringLiteral("search"), encoded(term));
        break;
    case Mode::Infix:
        query.addQueryItem(QStringLiteral("search"), encoded(u'*' + term + u'*'));
        break;
    case Mode::Exact:
        query.addQueryItem(QStringLiteral("search"), encoded(u'"' + term + u'"'));
        break;
    case Mode::Attribute:
        query.addQueryItem(QStringLiteral("q"), encoded(attribute.trimmed() + u':' + term));
        break;
    }
    return query;
}

QString UserQuery::describe() const
{
    const QString term = text.trimmed();
    if (term.isEmpty())
        return QCoreApplication::translate("custos::UserQuery", "all users");
    switch (mode) {
    case Mode::Prefix:
        return QCoreApplication::translate("custos::UserQuery", "users starting with “%1”").arg(term);
    case Mode::Infix:
        return QCoreApplication::translate("custos::UserQuery", "users containing “%1”").arg(term);
    case Mode::Exact:
        return QCoreApplication::translate("custos::UserQuery", "users named exactly “%1”").arg(term);
    case Mode::Attribute:
        return QCoreApplication::translate("custos::UserQuery", "users whose %1 is “%2”")
            .arg(attribute.trimmed(), term);
    }
    return term;
}

} // namespace custos
