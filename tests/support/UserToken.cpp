#include "tests/support/UserToken.h"

#include "tests/support/ServiceAccount.h"

namespace custos::test {

UserToken::UserToken(ServiceAccount* account, QString username, QString password, QObject* parent)
    : QObject(parent)
    , m_account(account)
    , m_username(std::move(username))
    , m_password(std::move(password))
{
}

void UserToken::refreshAccessToken(QObject* context, std::function<void(const Status&)> done)
{
    m_account->passwordGrant(m_username, m_password, context, [this, done](const Result<QJsonObject>& grant) {
        if (!grant.ok())
            return done(grant.error());
        m_token = grant->value(QStringLiteral("access_token")).toString().toLatin1();
        done(success());
    });
}

} // namespace custos::test
