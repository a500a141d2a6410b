#include "core/keycloak/KeycloakAdmin.h"

#include "core/http/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

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
    emit realmChanged();
}

QString KeycloakAdmin::segment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString KeycloakAdmin::userPath(const QString& userId, const QString& rest)
{
    return QStringLiteral("users/") + segment(userId) + (rest.isEmpty() ? QString() : u'/' + rest);
}

QUrl KeycloakAdmin::adminUrl(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/admin/realms/") + segment(m_realm) + (path.isEmpty() ? QString() : u'/' + path),
                QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

PendingCall KeycloakAdmin::send(HttpRequest request, const QString& requiredRole, QObject* context,
                                std::function<void(const Result<HttpResponse>&)> done)
{
    return m_api->send(request, context, [requiredRole, done = std::move(done)](const Result<HttpResponse>& reply) {
        if (!reply.ok() && reply.error().kind == Error::Kind::Forbidden && !requiredRole.isEmpty()) {
            Error error = reply.error();
            error.action = tr("Ask a realm administrator for the realm-management role \"%1\"").arg(requiredRole);
            return done(error);
        }
        done(reply);
    });
}

PendingCall KeycloakAdmin::getJson(const QUrl& url, const QString& what, const QString& requiredRole, QObject* context,
                                   JsonCallback done)
{
    const HttpRequest request = HttpRequest::get(url, what);
    return send(request, requiredRole, context, [what, done = std::move(done)](const Result<HttpResponse>& reply) {
        if (!reply.ok())
            return done(reply.error());
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(reply->body, &parseError);
        if (parseError.error != QJsonParseError::NoError || document.isNull())
            return done(Error::protocol(what,
                                        tr("Keycloak's answer is not valid JSON (%1)").arg(parseError.errorString()),
                                        tr("Check that the profile points at a Keycloak server"))
                            .withHttpStatus(reply->status));
        done(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    });
}

PendingCall KeycloakAdmin::sendStatus(HttpRequest request, const QString& requiredRole, QObject* context,
                                      StatusCallback done)
{
    return send(std::move(request), requiredRole, context, [done = std::move(done)](const Result<HttpResponse>& reply) {
        if (!reply.ok())
            return done(reply.error());
        done(success());
    });
}

} // namespace custos
