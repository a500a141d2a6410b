#pragma once

#include "core/http/AccessTokenSource.h"

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

private:
    ServiceAccount* m_account;
    QString m_username;
    QString m_password;
    QByteArray m_token;
};

} // namespace custos::test
