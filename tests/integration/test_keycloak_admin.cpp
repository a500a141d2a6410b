#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UsersApi.h"
#include "tests/support/DevStack.h"
#include "tests/support/KeycloakServices.h"
#include "tests/support/ServiceAccount.h"

#include <QTest>

using namespace custos;

// Against the real Keycloak of the devstack.
class TestKeycloakAdmin : public QObject
{
    Q_OBJECT
private:
    test::DevStack m_stack;
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;
    test::KeycloakServices m_keycloak; // the service account's

    Result<int> count(const UserQuery& query)
    {
        std::optional<Result<int>> result;
        m_keycloak.users->count(query, this, [&](const Result<int>& r) { result.emplace(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return Error::timeout("count", "test wait expired");
        return *result;
    }

private slots:
    void initTestCase()
    {
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
        m_http = new HttpClient(this);
        m_account = new test::ServiceAccount(m_http, m_stack, this);
        m_keycloak = test::KeycloakServices::of(m_http, m_account, m_stack, this);
    }

    void countsAtLeastAThousandUsersAfterRefreshingAStaleToken()
    {
        // No token yet: Keycloak answers 401, ApiClient refreshes once through the service account and retries.
        m_account->setAccessToken("not-a-token");
        const Result<int> users = count({});
        QVERIFY2(users.ok(), qPrintable(users.ok() ? QString() : users.error().userMessage()));
        QVERIFY2(users.value() >= 1000, qPrintable(QString::number(users.value())));
        QCOMPARE(m_account->refreshCount(), 1);
    }

    void searchNarrowsTheCount()
    {
        const Result<int> exact = count(UserQuery{UserQuery::Mode::Exact, QStringLiteral("alice"), {}});
        QVERIFY(exact.ok());
        QCOMPARE(exact.value(), 1);
        const Result<int> none = count(UserQuery{UserQuery::Mode::Exact, QStringLiteral("no-such-user-zz"), {}});
        QVERIFY(none.ok());
        QCOMPARE(none.value(), 0);
    }

    void unknownRealmIsNotFound()
    {
        KeycloakAdmin other(m_keycloak.api, m_stack.keycloakUrl(), QStringLiteral("no-such-realm"));
        UsersApi otherUsers(&other);
        std::optional<Result<int>> result;
        otherUsers.count(UserQuery{}, this, [&](const Result<int>& r) { result.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
        QVERIFY(!result->ok());
        // Keycloak answers 401/403/404 for a realm the token was not issued in, depending on version.
        const auto kind = result->error().kind;
        QVERIFY(kind == Error::Kind::NotFound || kind == Error::Kind::Forbidden || kind == Error::Kind::Unauthorized);
    }
};

QTEST_GUILESS_MAIN(TestKeycloakAdmin)
#include "test_keycloak_admin.moc"
