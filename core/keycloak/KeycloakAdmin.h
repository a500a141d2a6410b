#pragma once

#include "core/common/Result.h"
#include "core/http/HttpRequest.h"
#include "core/http/PendingCall.h"

#include <QJsonValue>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace custos {

class ApiClient;

// One realm of Keycloak's Admin REST API (paths /admin/realms/{realm}/...): where to send calls and how their
// answers become Results. The typed APIs (UsersApi, UserAccessApi, UserSecurityApi) are built on it.
class KeycloakAdmin : public QObject
{
    Q_OBJECT
public:
    using JsonCallback = std::function<void(const Result<QJsonValue>&)>;
    using StatusCallback = std::function<void(const Status&)>;

    KeycloakAdmin(ApiClient* api, const QUrl& baseUrl, const QString& realm, QObject* parent = nullptr);

    [[nodiscard]] QString realm() const { return m_realm; }
    // Points the client at another realm (after signing in to another profile).
    void setRealm(const QUrl& baseUrl, const QString& realm);
    // <base>/admin/realms/<realm>/<path>, with the realm name percent-encoded; `path` must already be encoded.
    [[nodiscard]] QUrl adminUrl(const QString& path, const QUrlQuery& query = {}) const;
    // A path segment (an id, a role name) percent-encoded for adminUrl().
    [[nodiscard]] static QString segment(const QString& value);
    // users/<id>[/<rest>]
    [[nodiscard]] static QString userPath(const QString& userId, const QString& rest = {});

    // Sends `request`. A 403 is explained with `requiredRole`, the realm-management role the call needs, so the
    // operator is told exactly what to ask for.
    PendingCall send(HttpRequest request, const QString& requiredRole, QObject* context,
                     std::function<void(const Result<HttpResponse>&)> done);
    // GET that must answer JSON (an object or an array); anything else is a Protocol error.
    PendingCall getJson(const QUrl& url, const QString& what, const QString& requiredRole, QObject* context,
                        JsonCallback done);
    // A call whose answer body does not matter (PUT, DELETE, POST with 204).
    PendingCall sendStatus(HttpRequest request, const QString& requiredRole, QObject* context, StatusCallback done);

    // A JsonCallback that hands `done` the answer read as a list of T (T::listFromJson).
    template <typename T> static JsonCallback parseList(std::function<void(const Result<QList<T>>&)> done)
    {
        return [done = std::move(done)](const Result<QJsonValue>& reply) {
            if (!reply.ok())
                return done(reply.error());
            done(T::listFromJson(reply.value()));
        };
    }

signals:
    // Cached lookups (client ids) belong to the previous realm.
    void realmChanged();

private:
    ApiClient* m_api;
    QUrl m_baseUrl;
    QString m_realm;
};

} // namespace custos
