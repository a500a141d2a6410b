#include "core/audit/LedgerAuditTrail.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerStore.h"
#include "core/users/BulkRun.h"
#include "core/users/Operations.h"
#include "tests/support/DevStack.h"
#include "tests/support/ServiceAccount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace custos;

namespace {

// An access token obtained elsewhere (a demo user's password grant): it cannot be refreshed.
class FixedToken : public AccessTokenSource
{
public:
    explicit FixedToken(QByteArray token) : m_token(std::move(token)) {}
    [[nodiscard]] QByteArray accessToken() const override { return m_token; }
    void refreshAccessToken(QObject*, std::function<void(const Status&)> done) override
    {
        done(Error{Error::Kind::Unauthorized, QStringLiteral("refresh"), QStringLiteral("a fixed token"), {}, 401});
    }

private:
    QByteArray m_token;
};

// Every realm-management role: the test operator may act on anyone the guards allow.
const QStringList allAdminRoles{
    "realm-admin",   "create-client",      "impersonation",       "manage-clients",       "manage-events",
    "manage-identity-providers", "manage-realm", "manage-users", "query-clients",        "query-groups",
    "query-realms",  "query-users",        "view-clients",        "view-events",          "view-identity-providers",
    "view-realm",    "view-users",         "manage-authorization", "view-authorization",  "manage-organizations",
    "view-organizations", "query-organizations"};

} // namespace

// Each operation against the real Keycloak of the devstack; the server's state is checked afterwards through the
// API, and the ledger holds one record per operation.
class TestUserOperations : public QObject
{
    Q_OBJECT
private:
    test::DevStack m_stack;
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;
    ApiClient* m_api = nullptr;
    KeycloakAdmin* m_admin = nullptr;
    UsersApi* m_users = nullptr;
    UserAccessApi* m_access = nullptr;
    UserSecurityApi* m_security = nullptr;
    QTemporaryDir m_dir;
    LedgerAuditTrail* m_audit = nullptr;
    QString m_ledgerPath;
    Operator m_operator;

    UserServices services() const { return UserServices{m_users, m_access, m_security, m_audit}; }

    template <typename T, typename Start>
    Result<T> await(Start start)
    {
        std::optional<Result<T>> result;
        start([&result](const Result<T>& r) { result.emplace(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return Error{Error::Kind::Timeout, QStringLiteral("test"), QStringLiteral("no answer in 60 s"), {}, 0};
        return *result;
    }

    Status awaitStatus(const std::function<void(std::function<void(const Status&)>)>& start)
    {
        return await<Done>([&](auto done) { start([done](const Status& s) { done(s); }); });
    }

    OperationOutcome run(UserOperation* operation)
    {
        QSignalSpy finished(operation, &UserOperation::finished);
        operation->start();
        if (!finished.wait(60000) && finished.isEmpty())
            qFatal("operation did not finish");
        return finished.first().first().value<OperationOutcome>();
    }

    KeycloakUser fetch(const QString& id)
    {
        auto user = await<KeycloakUser>([&](auto done) { m_users->get(id, this, done); });
        if (!user.ok())
            qFatal("could not read user %s: %s", qPrintable(id), qPrintable(user.error().userMessage()));
        return user.value();
    }

    // A fresh user with a known password (and optionally an OTP credential), created straight through the API.
    UserRef makeUser(const QString& prefix, bool withOtp = false)
    {
        const QString username = prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
        QJsonArray credentials{QJsonObject{{"type", "password"}, {"value", "Test-Pass-2026!"}, {"temporary", false}}};
        if (withOtp)
            credentials.append(QJsonObject{
                {"type", "otp"},
                {"userLabel", "Phone"},
                {"secretData", R"({"value":"EZIKD3QWO5WS6YUIHZWOP7P4NOSGEZ3N"})"},
                {"credentialData",
                 R"({"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1","secretEncoding":"BASE32"})"}});
        const QJsonObject representation{{"username", username},     {"email", QString(username + "@example.org")},
                                         {"firstName", "Test"},      {"lastName", "User"},
                                         {"enabled", true},          {"emailVerified", true},
                                         {"credentials", credentials}};
        auto id = await<QString>([&](auto done) { m_users->create(representation, this, done); });
        if (!id.ok())
            qFatal("could not create %s: %s", qPrintable(username), qPrintable(id.error().userMessage()));
        return UserRef{id.value(), username};
    }

    Result<QJsonObject> login(const QString& username, const QString& password)
    {
        return await<QJsonObject>([&](auto done) { m_account->passwordGrant(username, password, this, done); });
    }

    QList<QJsonObject> ledgerRecords()
    {
        auto store = LedgerStore::open(m_ledgerPath);
        if (!store)
            qFatal("ledger: %s", qPrintable(store.error().userMessage()));
        const auto records = (*store)->records(0, (*store)->recordCount().value());
        QList<QJsonObject> out;
        for (const auto& record : records.value())
            out.append(QJsonDocument::fromJson(record.bytes).object());
        return out;
    }

    QJsonObject lastRecordFor(const QString& correlationId)
    {
        const auto records = ledgerRecords();
        for (auto it = records.rbegin(); it != records.rend(); ++it)
            if (it->value("source_id").toString() == correlationId)
                return *it;
        return {};
    }

    QList<RoleRef> realmRoles()
    {
        return await<QList<RoleRef>>([&](auto done) { m_access->realmRoles(this, done); }).value();
    }

    RoleRef realmRole(const QString& name)
    {
        const QList<RoleRef> roles = realmRoles();
        for (const RoleRef& role : roles)
            if (role.name == name)
                return role;
        qFatal("no realm role %s", qPrintable(name));
    }

    GroupRef group(const QString& name)
    {
        const auto groups = await<QList<GroupRef>>([&](auto done) { m_access->groups(name, 0, 10, this, done); });
        for (const GroupRef& g : groups.value())
            if (g.name == name)
                return g;
        qFatal("no group %s", qPrintable(name));
    }

    QStringList roleNames(const QString& userId)
    {
        QStringList names;
        const auto roles = await<QList<RoleRef>>([&](auto done) { m_access->userRealmRoles(userId, false, this, done); });
        for (const RoleRef& role : roles.value())
            names.append(role.name);
        return names;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<OperationOutcome>();
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
        m_http = new HttpClient(this);
        m_account = new test::ServiceAccount(m_http, m_stack.tokenEndpoint(), m_stack.value("CUSTOS_TEST_CLIENT_ID"),
                                             m_stack.value("CUSTOS_TEST_CLIENT_SECRET"), this);
        m_api = new ApiClient(m_http, m_account, this);
        m_admin = new KeycloakAdmin(m_api, m_stack.keycloakUrl(), m_stack.realm(), this);
        m_users = new UsersApi(m_admin, this);
        m_access = new UserAccessApi(m_admin, this);
        m_security = new UserSecurityApi(m_admin, this);

        QVERIFY(m_dir.isValid());
        m_ledgerPath = m_dir.filePath("audit.ledger");
        auto keys = LedgerKeys::generate();
        QVERIFY(keys.ok());
        LedgerStore::Meta meta;
        meta.origin = "custos.test/operations";
        meta.publicKey = keys->signingKey().publicKey();
        meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        meta.keyStorage = "key-file";
        auto store = LedgerStore::create(m_ledgerPath, meta);
        QVERIFY(store.ok());
        m_audit = new LedgerAuditTrail(std::move(store).value(), keys.value(), m_ledgerPath, this);

        m_operator = Operator{"00000000-test-operator", "custos-tests-operator", allAdminRoles,
                              QDateTime::currentDateTimeUtc()};
    }

    void searchModesMatchTheServer()
    {
        auto exact = await<QList<KeycloakUser>>([&](auto done) {
            m_users->search(UserQuery{UserQuery::Mode::Exact, "alice", {}}, 0, 10, this, done);
        });
        QVERIFY(exact.ok());
        QCOMPARE(exact->size(), 1);
        QCOMPARE(exact->first().username, QStringLiteral("alice"));
        QVERIFY2(exact->first().bruteForce.known, "the listing reports each user's lockout");

        auto prefix = await<QList<KeycloakUser>>([&](auto done) {
            m_users->search(UserQuery{UserQuery::Mode::Prefix, "ali", {}}, 0, 100, this, done);
        });
        QVERIFY(prefix.ok());
        QVERIFY(std::any_of(prefix->begin(), prefix->end(), [](const KeycloakUser& u) { return u.username == "alice"; }));

        auto infix = await<QList<KeycloakUser>>([&](auto done) {
            m_users->search(UserQuery{UserQuery::Mode::Infix, "lic", {}}, 0, 100, this, done);
        });
        QVERIFY(infix.ok());
        QVERIFY(std::any_of(infix->begin(), infix->end(), [](const KeycloakUser& u) { return u.username == "alice"; }));

        const UserQuery byAttribute{UserQuery::Mode::Attribute, "Engineering", "department"};
        auto engineers = await<QList<KeycloakUser>>([&](auto done) { m_users->search(byAttribute, 0, 500, this, done); });
        QVERIFY(engineers.ok());
        QVERIFY(!engineers->isEmpty());
        for (const KeycloakUser& user : engineers.value())
            QCOMPARE(user.attributes.value("department").toArray().first().toString(), QStringLiteral("Engineering"));
        auto count = await<int>([&](auto done) { m_users->count(byAttribute, this, done); });
        QVERIFY(count.ok());
        QCOMPARE(count.value(), int(engineers->size()));
    }

    void joinerCreatesTheUserWithATemporaryPasswordRolesAndGroups()
    {
        JoinerRequest request;
        request.username = "  Joiner." + QUuid::createUuid().toString(QUuid::Id128).left(8) + " ";
        request.email = " New.Joiner." + QUuid::createUuid().toString(QUuid::Id128).left(6) + "@Example.ORG";
        request.firstName = "  Ada  Maria ";
        request.lastName = "O'Neil-Smith";
        request.realmRoles = {realmRole("viewer")};
        request.groups = {group("engineering")};
        auto* joiner = new JoinerOperation(services(), m_operator, request, this);
        const OperationOutcome outcome = run(joiner);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        const QString password = joiner->temporaryPassword();
        QCOMPARE(password.size(), 20);

        const KeycloakUser user = fetch(outcome.target.id);
        QCOMPARE(user.username, request.username.trimmed().toLower());
        QCOMPARE(user.email, request.email.trimmed().toLower());
        QCOMPARE(user.firstName, QStringLiteral("Ada Maria"));
        QVERIFY2(user.requiredActions.contains("UPDATE_PASSWORD"), "a temporary password must be changed");
        QVERIFY(roleNames(user.id).contains("viewer"));
        auto groups = await<QList<GroupRef>>([&](auto done) { m_access->userGroups(user.id, this, done); });
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().name, QStringLiteral("engineering"));

        // The password is the one Keycloak holds: signing in with it asks for the required password change.
        const auto signIn = login(user.username, password);
        QVERIFY(!signIn.ok());
        QVERIFY2(signIn.error().why.contains("not fully set up"), qPrintable(signIn.error().why));

        const QJsonObject record = lastRecordFor(outcome.correlationId);
        QCOMPARE(record.value("action").toString(), QStringLiteral("USER_CREATED"));
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(record.value("target").toObject().value("id").toString(), user.id);
        QCOMPARE(record.value("actor").toObject().value("username").toString(), m_operator.username);
        QVERIFY2(!QJsonDocument(record).toJson().contains(password.toUtf8()), "the password must not be in the ledger");

        // The same username again: a conflict that points at the existing account, recorded as a failure.
        auto* again = new JoinerOperation(services(), m_operator, request, this);
        const OperationOutcome conflict = run(again);
        QVERIFY(!conflict.succeeded);
        QCOMPARE(conflict.error.kind, Error::Kind::Conflict);
        QCOMPARE(again->existingUser().id, user.id);
        QVERIFY(again->temporaryPassword().isEmpty());
        QCOMPARE(lastRecordFor(conflict.correlationId).value("outcome").toString(), QStringLiteral("FAILURE"));
    }

    void joinerRefusesInvalidInputWithoutCallingKeycloak()
    {
        JoinerRequest request;
        request.username = "valid-name";
        request.email = "not-an-address";
        request.firstName = "A";
        request.lastName = "B";
        const OperationOutcome outcome = run(new JoinerOperation(services(), m_operator, request, this));
        QVERIFY(outcome.refused);
        QCOMPARE(outcome.error.kind, Error::Kind::Invalid);
        QVERIFY(outcome.error.what.contains("e-mail"));
        auto found = await<std::optional<KeycloakUser>>([&](auto done) { m_users->findByUsername("valid-name", this, done); });
        QVERIFY(found.ok() && !found->has_value());
        QCOMPARE(lastRecordFor(outcome.correlationId).value("details").toObject().value("refused").toBool(), true);
    }

    void moverAppliesAndUndoesOnFailure()
    {
        const UserRef user = makeUser("mover-");
        const RoleRef viewer = realmRole("viewer");
        const RoleRef auditor = realmRole("auditor");
        AccessChange change = AccessChange::between({}, {viewer}, {}, {group("sales")});
        const OperationOutcome applied = run(new MoverOperation(services(), m_operator, user, change, this));
        QVERIFY2(applied.succeeded, qPrintable(applied.summary));
        QVERIFY(roleNames(user.id).contains("viewer"));

        // auditor is granted, then a role that does not exist fails: auditor must be taken away again.
        AccessChange failing;
        failing.addRoles = {auditor, RoleRef{QUuid::createUuid().toString(QUuid::WithoutBraces), "no-such-role", {}, false, {}}};
        const OperationOutcome undone = run(new MoverOperation(services(), m_operator, user, failing, this));
        QVERIFY(!undone.succeeded);
        QVERIFY2(undone.error.why.contains("undone"), qPrintable(undone.error.why));
        QVERIFY(!roleNames(user.id).contains("auditor"));
        QVERIFY(roleNames(user.id).contains("viewer"));
        QCOMPARE(undone.details.value("undone").toArray(), QJsonArray{"+ role auditor"});

        // A leaver that also removes group memberships.
        const OperationOutcome left = run(new LeaverOperation(services(), m_operator, user, true, this));
        QVERIFY2(left.succeeded, qPrintable(left.summary));
        QCOMPARE(left.details.value("groups_left").toArray(), QJsonArray{"/sales"});
        auto groups = await<QList<GroupRef>>([&](auto done) { m_access->userGroups(user.id, this, done); });
        QVERIFY(groups->isEmpty());
    }

    void leaverEndsSessionsDisablesAndRejectsOldRefreshTokens()
    {
        const QString bobPassword = m_stack.value("CUSTOS_DEMO_BOB_PASSWORD");
        const auto first = login("bob", bobPassword);
        const auto second = login("bob", bobPassword);
        QVERIFY2(first.ok() && second.ok(), "bob signs in twice");
        auto bob = await<std::optional<KeycloakUser>>([&](auto done) { m_users->findByUsername("bob", this, done); });
        QVERIFY(bob.ok() && bob->has_value());
        const UserRef target{bob->value().id, "bob"};

        const OperationOutcome outcome = run(new LeaverOperation(services(), m_operator, target, false, this));
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        QVERIFY2(outcome.details.value("sessions_revoked").toInt() >= 2, qPrintable(outcome.summary));
        QVERIFY(!fetch(target.id).enabled);
        auto sessions = await<QList<UserSession>>([&](auto done) { m_security->sessions(target.id, this, done); });
        QVERIFY(sessions.ok());
        QCOMPARE(sessions->size(), 0);
        auto refreshed = await<QJsonObject>([&](auto done) {
            m_account->grant({{"grant_type", "refresh_token"}, {"refresh_token", first->value("refresh_token").toString()}},
                             this, done);
        });
        QVERIFY2(!refreshed.ok(), "Keycloak must reject the leaver's refresh token");
        const QJsonObject record = lastRecordFor(outcome.correlationId);
        QCOMPARE(record.value("action").toString(), QStringLiteral("USER_OFFBOARDED"));
        QCOMPARE(record.value("details").toObject().value("after").toObject().value("enabled").toBool(true), false);

        // Put bob back for the other suites.
        KeycloakUser restored = fetch(target.id);
        restored.raw.insert("enabled", true);
        QVERIFY(awaitStatus([&](auto done) { m_users->update(restored, this, done); }).ok());
    }

    void leaverRefusesSelfAndMorePrivilegedAccounts()
    {
        auto joe = await<std::optional<KeycloakUser>>([&](auto done) { m_users->findByUsername("joe", this, done); });
        QVERIFY(joe.ok() && joe->has_value());
        const Operator helpdesk{"helpdesk-operator-id", "harry", {"manage-users", "view-users", "query-users"},
                                QDateTime::currentDateTimeUtc()};
        const OperationOutcome refused =
            run(new LeaverOperation(services(), helpdesk, UserRef{joe->value().id, "joe"}, false, this));
        QVERIFY(refused.refused);
        QVERIFY2(refused.error.why.contains("realm-admin"), qPrintable(refused.error.why));
        QVERIFY(fetch(joe->value().id).enabled);
        QCOMPARE(lastRecordFor(refused.correlationId).value("outcome").toString(), QStringLiteral("FAILURE"));

        const UserRef self = makeUser("self-");
        const Operator me{self.id, self.username, allAdminRoles, QDateTime::currentDateTimeUtc()};
        const OperationOutcome selfRefused = run(new LeaverOperation(services(), me, self, false, this));
        QVERIFY(selfRefused.refused);
        QVERIFY(fetch(self.id).enabled);
    }

    void mfaResetNeedsStepUpThenRemovesSecondFactors()
    {
        const UserRef user = makeUser("mfa-", true);
        auto before = await<QList<Credential>>([&](auto done) { m_security->credentials(user.id, this, done); });
        QVERIFY(std::any_of(before->begin(), before->end(), [](const Credential& c) { return c.type == "otp"; }));

        Operator stale = m_operator;
        stale.authTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const OperationOutcome refused = run(new MfaResetOperation(services(), stale, user, this));
        QVERIFY(refused.refused);
        QVERIFY(refused.error.action.contains("step-up"));

        Operator fresh = m_operator;
        fresh.authTime = QDateTime::currentDateTimeUtc();
        const OperationOutcome outcome = run(new MfaResetOperation(services(), fresh, user, this));
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        auto after = await<QList<Credential>>([&](auto done) { m_security->credentials(user.id, this, done); });
        QVERIFY(std::none_of(after->begin(), after->end(), [](const Credential& c) { return c.isSecondFactor(); }));
        QVERIFY(std::any_of(after->begin(), after->end(), [](const Credential& c) { return c.type == "password"; }));
        QVERIFY(fetch(user.id).requiredActions.contains("CONFIGURE_TOTP"));
        QCOMPARE(lastRecordFor(outcome.correlationId).value("action").toString(), QStringLiteral("USER_MFA_RESET"));
    }

    void unlockClearsARealBruteForceLockout()
    {
        const UserRef user = makeUser("locked-");
        for (int i = 0; i < 6; ++i)
            QVERIFY(!login(user.username, "wrong-password").ok());
        auto locked = await<BruteForceStatus>([&](auto done) { m_security->bruteForce(user.id, this, done); });
        QVERIFY(locked.ok());
        QVERIFY2(locked->locked, "five failures lock the account (failureFactor 5)");
        QVERIFY(locked->failures > 0);

        const OperationOutcome outcome = run(new UnlockOperation(services(), m_operator, user, this));
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        auto unlocked = await<BruteForceStatus>([&](auto done) { m_security->bruteForce(user.id, this, done); });
        QVERIFY(!unlocked->locked);
        QCOMPARE(unlocked->failures, 0);
        QVERIFY(login(user.username, "Test-Pass-2026!").ok());
        QCOMPARE(outcome.details.value("before").toObject().value("locked").toBool(), true);
    }

    void passwordResetSetsAGeneratedTemporaryPassword()
    {
        const UserRef user = makeUser("reset-");
        auto* reset = new PasswordResetOperation(services(), m_operator, UserRef{{}, user.username}, this);
        const OperationOutcome outcome = run(reset);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        QCOMPARE(outcome.target.id, user.id); // resolved from the username
        QVERIFY(!login(user.username, "Test-Pass-2026!").ok());
        const auto withNew = login(user.username, reset->temporaryPassword());
        QVERIFY(!withNew.ok());
        QVERIFY2(withNew.error().why.contains("not fully set up"), qPrintable(withNew.error().why));
    }

    void actionsEmailWithoutAMailServerIsRecordedAsAFailure()
    {
        const UserRef user = makeUser("mail-");
        const OperationOutcome outcome =
            run(new ActionsEmailOperation(services(), m_operator, user, {"UPDATE_PASSWORD"}, this));
        QVERIFY(!outcome.succeeded); // the devstack realm has no SMTP server
        QCOMPARE(lastRecordFor(outcome.correlationId).value("outcome").toString(), QStringLiteral("FAILURE"));
    }

    void revokeOneSessionLeavesTheOthers()
    {
        const UserRef user = makeUser("session-");
        QVERIFY(login(user.username, "Test-Pass-2026!").ok());
        QVERIFY(login(user.username, "Test-Pass-2026!").ok());
        auto sessions = await<QList<UserSession>>([&](auto done) { m_security->sessions(user.id, this, done); });
        QCOMPARE(sessions->size(), 2);
        const OperationOutcome outcome =
            run(new RevokeSessionOperation(services(), m_operator, user, sessions->first(), this));
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        auto left = await<QList<UserSession>>([&](auto done) { m_security->sessions(user.id, this, done); });
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().id, sessions->at(1).id);
    }

    void auditorWritesAreForbiddenNamingTheRoleAndAudited()
    {
        const auto ada = login("ada", m_stack.value("CUSTOS_DEMO_ADA_PASSWORD"));
        QVERIFY(ada.ok());
        FixedToken adaToken(ada->value("access_token").toString().toLatin1());
        ApiClient adaApi(m_http, &adaToken);
        KeycloakAdmin adaAdmin(&adaApi, m_stack.keycloakUrl(), m_stack.realm());
        UsersApi users(&adaAdmin);
        UserAccessApi access(&adaAdmin);
        UserSecurityApi security(&adaAdmin);
        const UserServices asAda{&users, &access, &security, m_audit};
        const UserRef target = makeUser("rbac-");
        // The UI would disable the action for ada; forced through the API layer, Keycloak answers 403.
        const Operator adaOperator{"ada-id", "ada", {"view-users", "query-users"}, QDateTime::currentDateTimeUtc()};
        const OperationOutcome outcome = run(new UnlockOperation(asAda, adaOperator, target, this));
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.error.kind, Error::Kind::Forbidden);
        QVERIFY2(outcome.error.action.contains("manage-users"), qPrintable(outcome.error.action));
        const QJsonObject record = lastRecordFor(outcome.correlationId);
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("FAILURE"));
        QVERIFY2(record.value("error").toString().startsWith(Error::kindName(Error::Kind::Forbidden)),
                 qPrintable(record.value("error").toString()));
    }

    void bulkLeaverRunsConcurrentlyWithOneRecordPerUser()
    {
        QList<BulkItem> items;
        for (int i = 0; i < 20; ++i)
            items.append(BulkItem{makeUser("bulk-"), UserAction::Offboard, {}});
        items.append(BulkItem{UserRef{{}, "no-such-user-for-bulk"}, UserAction::Offboard, {}});
        const qint64 recordsBefore = ledgerRecords().size();
        BulkRun bulk(items, [this](const BulkItem& item, QObject* parent) -> UserOperation* {
            return new LeaverOperation(services(), m_operator, item.user, false, parent);
        });
        QSignalSpy finished(&bulk, &BulkRun::finished);
        QSignalSpy progress(&bulk, &BulkRun::progress);
        bulk.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(progress.size(), items.size());
        QCOMPARE(progress.last().at(0).toInt(), int(items.size()));
        for (int i = 0; i < 20; ++i) {
            QVERIFY2(bulk.outcomes().at(i).succeeded, qPrintable(bulk.outcomes().at(i).summary));
            QVERIFY(!fetch(items.at(i).user.id).enabled);
        }
        QCOMPARE(bulk.outcomes().last().error.kind, Error::Kind::NotFound);
        QCOMPARE(ledgerRecords().size(), recordsBefore + items.size());
        const QByteArray csv = bulkResultsCsv(bulk.items(), bulk.outcomes());
        QCOMPARE(csv.count("\r\n"), items.size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestUserOperations)
#include "test_user_operations.moc"
