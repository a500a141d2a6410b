#include "core/actions/ActionGate.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/RolesApi.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/users/RoleHolders.h"
#include "tests/support/Await.h"
#include "tests/support/DevStack.h"
#include "tests/support/KeycloakServices.h"
#include "tests/support/ServiceAccount.h"
#include "tests/support/UserToken.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>
#include <map>
#include <memory>

using namespace custos;
using test::await;
using test::awaitStatus;

namespace {

// A demo person signed in with their own password: every search a test names them for runs with this token.
struct Persona
{
    test::UserToken* token = nullptr;
    test::KeycloakServices keycloak;
    RolesApi* roles = nullptr;
};

const QString realmManagement = QStringLiteral("realm-management");

} // namespace

// Who holds a role, against the real Keycloak of the devstack, asked by the people whose job it is with their own
// tokens. The expectations come from devstack/keycloak/custos-demo-realm.json: manage-users is in the composites
// iam-operator (alice), helpdesk (harry), cpi-admin (carl) and realm-management's realm-admin, which joe and the
// custos-tests service account are given directly and the group /realm-admins (priya) maps. No generated user holds
// an administration role. The service account only adds and removes the test's own user.
class TestRoleHolders : public QObject
{
    Q_OBJECT
private:
    test::DevStack m_stack;
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;
    test::KeycloakServices m_admin; // the service account's: set-up only
    std::map<QString, std::unique_ptr<Persona>> m_personas;
    QStringList m_created; // user ids to remove afterwards

    Persona& persona(const QString& username)
    {
        auto& slot = m_personas[username];
        if (slot)
            return *slot;
        slot = std::make_unique<Persona>();
        slot->token = new test::UserToken(m_account, username,
                                          m_stack.value("CUSTOS_DEMO_" + username.toUpper() + "_PASSWORD"), this);
        const Status signedIn = awaitStatus([&](auto done) { slot->token->refreshAccessToken(this, done); });
        if (!signedIn.ok())
            qFatal("%s cannot sign in: %s", qPrintable(username), qPrintable(signedIn.error().userMessage()));
        slot->keycloak = test::KeycloakServices::of(m_http, slot->token, m_stack, this);
        slot->roles = new RolesApi(slot->keycloak.admin, this);
        return *slot;
    }

    Result<RoleHolders::Found> holders(Persona& p, const QString& clientId, const QString& role,
                                       RoleHolderLimits limits = {})
    {
        RoleHolders search(p.keycloak.access, p.roles, limits);
        return await<RoleHolders::Found>([&](auto done) { search.start(clientId, role, done); });
    }

    // username -> how each grant reads ("via composite iam-operator"), sorted.
    static std::map<QString, QStringList> how(const RoleHolders::Found& found)
    {
        std::map<QString, QStringList> out;
        for (const RoleHolders::Holder& holder : found.holders) {
            QStringList grants;
            for (const RoleHolders::Grant& grant : holder.grants)
                grants.append(RoleHolders::describe(grant));
            grants.sort();
            out[holder.user.username] = grants;
        }
        return out;
    }

    static QString dump(const std::map<QString, QStringList>& holders)
    {
        QStringList lines;
        for (const auto& [username, grants] : holders)
            lines.append(username + ": " + grants.join(QStringLiteral(" | ")));
        return lines.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
        m_http = new HttpClient(this);
        m_account = new test::ServiceAccount(m_http, m_stack, this);
        m_admin = test::KeycloakServices::of(m_http, m_account, m_stack, this);
    }

    void cleanupTestCase()
    {
        for (const QString& id : std::as_const(m_created))
            QVERIFY(awaitStatus([&](auto done) { m_admin.users->remove(id, this, done); }).ok());
    }

    // Keycloak's own "users in role" lists nobody for manage-users: every holder has it through a composite or a
    // group.
    void aliceFindsTheSixHoldersOfManageUsersAndHowTheyHoldIt()
    {
        Persona& alice = persona(QStringLiteral("alice"));
        ActionGate gate;
        gate.setRoles(alice.token->asOperator().roles);
        QVERIFY2(gate.allows(ActionId::RoleHoldersView), qPrintable(gate.whyNot(ActionId::RoleHoldersView)));

        const auto found = holders(alice, realmManagement, QStringLiteral("manage-users"));
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().userMessage()));
        QCOMPARE(found->role.name, QStringLiteral("manage-users"));
        QCOMPARE(found->role.clientId, realmManagement);
        QVERIFY(!found->truncated);
        const QString realmAdmin = QStringLiteral("composite realm-admin (realm-management)");
        const std::map<QString, QStringList> expected{
            {"alice", {"via composite iam-operator"}},
            {"carl", {"via composite cpi-admin"}},
            {"harry", {"via composite helpdesk"}},
            {"joe", {"via " + realmAdmin}},
            {"priya", {"via group /realm-admins, " + realmAdmin}},
            {"service-account-custos-tests", {"via " + realmAdmin}},
        };
        const auto actual = how(found.value());
        QVERIFY2(actual == expected, qPrintable(dump(actual)));
        // iam-operator, helpdesk, cpi-admin and realm-admin contain it; nothing else in the demo realm does.
        QCOMPARE(found->containingRoles, 4);
        // Alice may view only the realm-management client: the search says which clients it covered.
        QCOMPARE(found->clientsSearched, QStringList{realmManagement});
        // Each grant names the chain of roles down to manage-users, not only its words.
        const auto priya = std::find_if(found->holders.cbegin(), found->holders.cend(),
                                        [](const auto& h) { return h.user.username == QLatin1String("priya"); });
        QCOMPARE(priya->grants.size(), 1);
        QCOMPARE(priya->grants.first().group, QStringLiteral("/realm-admins"));
        QVERIFY(priya->grants.first().memberOf.isEmpty());
        QCOMPARE(priya->grants.first().roles.size(), 2);
        QCOMPARE(priya->grants.first().roles.last().name, QStringLiteral("manage-users"));
    }

    // /engineering/operations maps the realm role realm-operations, a composite holding manage-realm: a member of
    // its subgroup platform-admins holds manage-realm through the parent group.
    void aMemberOfASubgroupHoldsTheParentGroupsRoles()
    {
        const QString username = "holders-" + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const auto id = await<QString>([&](auto done) {
            m_admin.users->create(QJsonObject{{"username", username}, {"enabled", true}}, this, done);
        });
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().userMessage()));
        m_created.append(id.value());
        const auto group = await<GroupRef>([&](auto done) {
            m_admin.access->groupByPath(QStringLiteral("/engineering/operations/platform-admins"), this, done);
        });
        QVERIFY(group.ok());
        QVERIFY(awaitStatus([&](auto done) { m_admin.access->joinGroup(id.value(), group.value(), this, done); }).ok());

        const auto found = holders(persona(QStringLiteral("alice")), realmManagement, QStringLiteral("manage-realm"));
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().userMessage()));
        const auto actual = how(found.value());
        const QString realmAdmin = QStringLiteral("composite realm-admin (realm-management)");
        const std::map<QString, QStringList> expected{
            {"carl", {"via composite cpi-admin"}},
            {"joe", {"via " + realmAdmin}},
            {"priya", {"via group /realm-admins, " + realmAdmin}},
            {"service-account-custos-tests", {"via " + realmAdmin}},
            {username,
             {"via group /engineering/operations/platform-admins, inherited from /engineering/operations, composite "
              "realm-operations"}},
        };
        QVERIFY2(actual == expected, qPrintable(dump(actual)));
    }

    // A realm role: the one person it is mapped to directly.
    void aRealmRoleMappedDirectly()
    {
        const auto found = holders(persona(QStringLiteral("alice")), {}, QStringLiteral("iam-operator"));
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().userMessage()));
        const std::map<QString, QStringList> expected{{"alice", {"direct"}}};
        QVERIFY2(how(found.value()) == expected, qPrintable(dump(how(found.value()))));
        QCOMPARE(found->containingRoles, 0);
    }

    // offline_access is in the realm's default roles, which every user is given: more holders than the limit, so
    // the result says it shows the first ones only, and reads no more than it shows.
    void theDefaultRolesReachEveryoneAndTheResultIsCapped()
    {
        RoleHolderLimits limits;
        limits.maxUsers = 150;
        limits.pageSize = 40;
        const auto found = holders(persona(QStringLiteral("alice")), {}, QStringLiteral("offline_access"), limits);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().userMessage()));
        QVERIFY(found->truncated);
        QCOMPARE(found->maxUsers, 150);
        QCOMPARE(found->holders.size(), 150);
        for (const RoleHolders::Holder& holder : found->holders)
            QCOMPARE(RoleHolders::describe(holder.grants.first()),
                     QStringLiteral("via composite default-roles-custos-demo"));
    }

    // The auditor's and the helpdesk's composites lack the reads: the gate refuses in plain words before anything
    // is asked, and Keycloak refuses the same reads when asked anyway (nothing is concluded from a refusal).
    void withoutTheReadRolesTheGateRefusesAndSoDoesKeycloak()
    {
        Persona& ada = persona(QStringLiteral("ada"));
        ActionGate gate;
        gate.setRoles(ada.token->asOperator().roles);
        const QString why = gate.whyNot(ActionId::RoleHoldersView);
        QVERIFY2(
            why.startsWith(QStringLiteral("Needs the realm-management roles view-realm, query-clients; you have:")),
            qPrintable(why));

        Persona& harry = persona(QStringLiteral("harry"));
        gate.setRoles(harry.token->asOperator().roles);
        QVERIFY2(gate.whyNot(ActionId::RoleHoldersView)
                     .startsWith(QStringLiteral("Needs the realm-management role view-realm; you have:")),
                 qPrintable(gate.whyNot(ActionId::RoleHoldersView)));

        const auto refused = holders(ada, realmManagement, QStringLiteral("manage-users"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QVERIFY2(refused.error().action.contains(QStringLiteral("view-realm")) ||
                     refused.error().action.contains(QStringLiteral("query-clients")),
                 qPrintable(refused.error().userMessage()));
    }

    void anUnknownRoleIsNotFound()
    {
        const auto found = holders(persona(QStringLiteral("alice")), realmManagement, QStringLiteral("no-such-role"));
        QVERIFY(!found.ok());
        QCOMPARE(found.error().kind, Error::Kind::NotFound);
    }

    void cancellingEndsTheSearchOnce()
    {
        Persona& alice = persona(QStringLiteral("alice"));
        RoleHolders search(alice.keycloak.access, alice.roles);
        int answers = 0;
        std::optional<Result<RoleHolders::Found>> answer;
        search.start(realmManagement, QStringLiteral("manage-users"), [&](const Result<RoleHolders::Found>& result) {
            ++answers;
            answer.emplace(result);
        });
        QVERIFY(search.isRunning());
        search.cancel();
        QVERIFY(!search.isRunning());
        QCOMPARE(answers, 1);
        QCOMPARE(answer->error().kind, Error::Kind::Cancelled);
        // The calls that were in flight end with the search: a new search on the same object gets its own answer,
        // and the first one hears nothing more.
        const auto again = await<RoleHolders::Found>(
            [&](auto done) { search.start(realmManagement, QStringLiteral("manage-users"), done); });
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().userMessage()));
        QCOMPARE(again->holders.size(), 6);
        QCOMPARE(answers, 1);
    }
};

QTEST_GUILESS_MAIN(TestRoleHolders)
#include "test_role_holders.moc"
