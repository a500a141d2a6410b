#pragma once

#include "core/common/Result.h"
#include "core/http/PendingCall.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace custos {

class ApiClient;

// Typed access to Keycloak's Admin REST API for one realm (paths: /admin/realms/{realm}/...).
class KeycloakAdmin : public QObject
{
    Q_OBJECT
public:
    KeycloakAdmin(ApiClient* api, const QUrl& baseUrl, const QString& realm, QObject* parent = nullptr);

    [[nodiscard]] QString realm() const { return m_realm; }
    // Points the client at another realm (after signing in to another profile).
    void setRealm(const QUrl& baseUrl, const QString& realm);
    // <base>/admin/realms/<realm>/<path>, with the realm name percent-encoded.
    [[nodiscard]] QUrl adminUrl(const QString& path) const;

    // GET users/count; `search` uses Keycloak's search syntax (prefix, *infix*, "exact"); empty counts all.
    PendingCall countUsers(const QString& search, QObject* context, std::function<void(const Result<int>&)> done);

private:
    ApiClient* m_api;
    QUrl m_baseUrl;
    QString m_realm;
};

} // namespace custos
