#include "tests/support/UserToken.h"

#include "core/auth/Identity.h"
#include "core/auth/Jwt.h"
#include "tests/support/ServiceAccount.h"

namespace custos::test {

namespace {
// The token came straight from the token endpoint over the test's own connection; only tests read it here.
QJsonObject claimsOf(const QByteArray& token)
{
    const Result<Jwt> jwt = Jwt::parse(token);
    return jwt.ok() ? jwt->claims() : QJsonObject{};
}
} // namespace

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

Operator UserToken::asOperator() const
{
    const QJsonObject claims = claimsOf(m_token);
    return Operator{claims.value(u"sub").toString(), claims.value(u"preferred_username").toString(),
                    Identity::realmManagementRoles(m_token), QDateTime()};
}

QDateTime UserToken::issuedAt() const
{
    const QJsonValue iat = claimsOf(m_token).value(u"iat");
    return iat.isDouble() ? QDateTime::fromSecsSinceEpoch(qint64(iat.toDouble()), Qt::UTC) : QDateTime();
}

} // namespace custos::test
