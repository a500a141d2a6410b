#include "core/keycloak/KeycloakAdmin.h"

#include "core/http/ApiClient.h"

#include <QUrlQuery>

namespace custos {

KeycloakAdmin::KeycloakAdmin(ApiClient* api, const QUrl& baseUrl, const QString& realm, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_baseUrl(baseUrl)
    , m_realm(realm)
{
}

void KeycloakAdmin::setRealm(const QUrl& baseUrl, const QString& realm)
{
    m_baseUrl = baseUrl;
    m_realm = realm;
}

QUrl KeycloakAdmin::adminUrl(const QString& path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/admin/realms/") + QString::fromLatin1(QUrl::toPercentEncoding(m_realm))
                    + (path.isEmpty() ? QString() : u'/' + path),
                QUrl::StrictMode);
    return url;
}

PendingCall KeycloakAdmin::countUsers(const QString& search, QObject* context,
                                      std::function<void(const Result<int>&)> done)
{
    QUrl url = adminUrl(QStringLiteral("users/count"));
    if (!search.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(search)));
        url.setQuery(query);
    }
    const auto request = HttpRequest::get(url, tr("Could not count the users of realm %1").arg(m_realm));
    return m_api->send(request, context, [request, done = std::move(done)](const Result<HttpResponse>& reply) {
        if (!reply.ok())
            return done(reply.error());
        bool isNumber = false;
        const int count = reply->body.trimmed().toInt(&isNumber);
        if (!isNumber || count < 0)
            return done(Error{Error::Kind::Protocol, request.what, tr("Keycloak answered something that is not a count"),
                              {}, reply->status});
        done(count);
    });
}

} // namespace custos
