#pragma once

#include "core/common/Result.h"
#include "core/http/AccessTokenSource.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>

namespace custos {
class HttpClient;
}

namespace custos::test {

class DevStack;

// Test set-up only: the custos-tests client's service account (client-credentials grant) as a token source,
// and the password grant to give demo users real sessions. The console itself never holds a client secret.
class ServiceAccount : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    ServiceAccount(HttpClient* http, QUrl tokenEndpoint, QString clientId, QString secret, QObject* parent = nullptr);
    // The devstack's test client (CUSTOS_TEST_CLIENT_ID and _SECRET).
    ServiceAccount(HttpClient* http, const DevStack& stack, QObject* parent = nullptr);

    [[nodiscard]] QByteArray accessToken() const override { return m_accessToken; }
    void refreshAccessToken(QObject* context, std::function<void(const Status&)> done) override;

    // Lets a test start from a stale token to exercise the 401 → refresh → retry path.
    void setAccessToken(const QByteArray& token) { m_accessToken = token; }
    [[nodiscard]] int refreshCount() const { return m_refreshCount; }

    // The token endpoint's JSON answer for a grant made with this client (password, refresh_token…), or the error
    // (a 400 with `error`/`error_description` becomes an Error whose why carries Keycloak's explanation).
    void grant(const QList<QPair<QString, QString>>& fields, QObject* context,
               std::function<void(const Result<QJsonObject>&)> done);
    // Demo users' real sessions: the resource-owner password grant, allowed for this test client only.
    void passwordGrant(const QString& username, const QString& password, QObject* context,
                       std::function<void(const Result<QJsonObject>&)> done);

private:
    HttpClient* m_http;
    QUrl m_tokenEndpoint;
    QString m_clientId;
    QString m_secret;
    QByteArray m_accessToken;
    int m_refreshCount = 0;
    bool m_refreshing = false;
    QList<std::function<void(const Status&)>> m_waiting;
};

} // namespace custos::test
