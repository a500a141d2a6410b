#pragma once

#include "core/http/AccessTokenSource.h"
#include "core/users/Operator.h"

#include <QDateTime>
#include <QObject>

namespace custos::test {

class ServiceAccount;

// A demo user's session through the test client's password grant; a refresh is simply a new grant.
class UserToken : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    UserToken(ServiceAccount* account, QString username, QString password, QObject* parent = nullptr);

    [[nodiscard]] QByteArray accessToken() const override { return m_token; }
    void refreshAccessToken(QObject* context, std::function<void(const Status&)> done) override;

    // The person as the console sees them, from the current access token: subject, username and effective
    // realm-management roles. authTime is left unknown: Keycloak writes no auth_time into password-grant tokens.
    [[nodiscard]] Operator asOperator() const;
    // When Keycloak issued the current token (`iat`). A password grant authenticates the user with their password
    // at that moment, so this is when they last authenticated.
    [[nodiscard]] QDateTime issuedAt() const;

private:
    ServiceAccount* m_account;
    QString m_username;
    QString m_password;
    QByteArray m_token;
};

} // namespace custos::test
