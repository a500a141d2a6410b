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
#include "tests/support/Await.h"
#include "tests/support/DevStack.h"
#include "tests/support/LedgerRecords.h"
#include "tests/support/ServiceAccount.h"
#include "tests/support/UserToken.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <map>
#include <memory>
#include <sqlite3.h>

using namespace custos;
using test::await;
using test::awaitStatus;

namespace {

// A demo person signed in with their own password (the test client's password grant): every operation a test
// names them for runs with this token, so Keycloak and the guards see exactly their roles.
struct Persona
{
    test::UserToken* token = nullptr;
    KeycloakAdmin* admin = nullptr;
    UsersApi* users = nullptr;
    UserAccessApi* access = nullptr;
    UserSecurityApi* security = nullptr;
    Operator actor;
    int stepUps = 0; // how often an operation asked this person to authenticate again
};

bool hasSecondFactor(const QList<Credential>& credentials)
{
    return std::any_of(credentials.begin(), credentials.end(), [](const Credential& c) { return c.isSecondFactor(); });
}

} // namespace

// Each user operation against the real Keycloak of the devstack, run as the person whose job it is, with their own
// token: harry (helpdesk), alice (IAM operator), ada (auditor), carl (a role set the guards cannot work with). The
// custos-tests service account only prepares accounts and reads the server's state afterwards; the ledger holds
// one record per operation, naming the person.
class TestUserOperations : public QObject
{
    Q_OBJECT
private:
    test::DevStack m_stack;
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;
    // The service account's view: set-up and checks only, never an operation under test.
    KeycloakAdmin* m_admin = nullptr;
    UsersApi* m_users = nullptr;
    UserAccessApi* m_access = nullptr;
    UserSecurityApi* m_security = nullptr;
    std::map<QString, std::unique_ptr<Persona>> m_personas;
    QTemporaryDir m_dir;
    LedgerAuditTrail* m_audit = nullptr;
    QString m_ledgerPath;
    QStringList m_ran; // correlation ids of the operations a test ran; cleanup() checks their records

    Persona& persona(const QString& username)
    {
        auto& slot = m_personas[username];
        if (slot)
            return *slot;
        slot = std::make_unique<Persona>();
        Persona& p = *slot;
        p.token = new test::UserToken(m_account, username,
                                      m_stack.value("CUSTOS_DEMO_" + username.toUpper() + "_PASSWORD"), this);
        const Status signedIn = awaitStatus([&](auto done) { p.token->refreshAccessToken(this, done); });
        if (!signedIn.ok())
            qFatal("%s cannot sign in: %s", qPrintable(username), qPrintable(signedIn.error().userMessage()));
        auto* api = new ApiClient(m_http, p.token, this);
        p.admin = new KeycloakAdmin(api, m_stack.keycloakUrl(), m_stack.realm(), this);
        p.users = new UsersApi(p.admin, this);
        p.access = new UserAccessApi(p.admin, this);
        p.security = new UserSecurityApi(p.admin, this);
        p.actor = p.token->asOperator();
        if (p.actor.username != username)
            qFatal("the token of %s names %s", qPrintable(username), qPrintable(p.actor.username));
        return p;
    }

    UserServices services(Persona& p)
    {
        // The step-up is a real re-authentication: a new password grant for the same person. Keycloak writes no
        // auth_time into password-grant tokens, but the grant authenticates the person at the moment it issues
        // the token, so the fresh token's iat is the authentication time the step-up reports.
        OperationStepUp stepUp = [&p](const QString&, QObject* context,
                                      std::function<void(const Result<Operator>&)> done) {
            ++p.stepUps;
            p.token->refreshAccessToken(context, [&p, done = std::move(done)](const Status& again) {
                if (!again.ok())
                    return done(again.error());
                Operator now = p.token->asOperator();
                now.authTime = p.token->issuedAt();
                done(now);
            });
        };
        return UserServices{p.users, p.access, p.security, m_audit, std::move(stepUp)};
    }

    OperationOutcome run(UserOperation* operation)
    {
        QSignalSpy finished(operation, &UserOperation::finished);
        operation->start();
        if (finished.isEmpty() && !finished.wait(60000))
            qFatal("operation did not finish");
        m_ran.append(operation->correlationId());
        return finished.first().first().value<OperationOutcome>();
    }

    KeycloakUser fetch(const QString& id)
    {
        auto user = await<KeycloakUser>([&](auto done) { m_users->get(id, this, done); });
        if (!user.ok())
            qFatal("could not read user %s: %s", qPrintable(id), qPrintable(user.error().userMessage()));
        return user.value();
    }

    UserRef find(const QString& username)
    {
        auto user =
            await<std::optional<KeycloakUser>>([&](auto done) { m_users->findByUsername(username, this, done); });
        if (!user.ok() || !user->has_value())
            qFatal("no user %s", qPrintable(username));
        return UserRef{user->value().id, username};
    }

    QList<Credential> credentials(const QString& id)
    {
        return await<QList<Credential>>([&](auto done) { m_security->credentials(id, this, done); }).value();
    }

    // A fresh user with a known password (and optionally an OTP credential), created by the service account.
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
        const QJsonObject representation{{"username", username},      {"email", QString(username + "@example.org")},
                                         {"firstName", "Test"},       {"lastName", "User"},
                                         {"enabled", true},           {"emailVerified", true},
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

    QJsonObject recordFor(const OperationOutcome& outcome)
    {
        const auto records = ledgerRecords();
        for (auto it = records.rbegin(); it != records.rend(); ++it)
            if (it->value("source_id").toString() == outcome.correlationId)
                return *it;
        return {};
    }

    // The ledger names the person who acted, by their Keycloak subject and username.
    static bool recordedAs(const QJsonObject& record, const Persona& p)
    {
        const QJsonObject actor = record.value("actor").toObject();
        return actor.value("id").toString() == p.actor.id && actor.value("username").toString() == p.actor.username;
    }

    RoleRef realmRole(Persona& p, const QString& name)
    {
        const auto roles = await<QList<RoleRef>>([&](auto done) { p.access->realmRoles(this, done); });
        if (!roles.ok())
            qFatal("%s cannot read the realm roles: %s", qPrintable(p.actor.username),
                   qPrintable(roles.error().userMessage()));
        for (const RoleRef& role : roles.value())
            if (role.name == name)
                return role;
        qFatal("no realm role %s", qPrintable(name));
    }

    GroupRef group(Persona& p, const QString& name)
    {
        const auto groups = await<QList<GroupRef>>([&](auto done) { p.access->groups(name, 0, 10, this, done); });
        if (!groups.ok())
            qFatal("%s cannot read the groups: %s", qPrintable(p.actor.username),
                   qPrintable(groups.error().userMessage()));
        for (const GroupRef& g : groups.value())
            if (g.name == name)
                return g;
        qFatal("no group %s", qPrintable(name));
    }

    QStringList roleNames(const QString& userId)
    {
        QStringList names;
        const auto roles =
            await<QList<RoleRef>>([&](auto done) { m_access->userRealmRoles(userId, false, this, done); });
        for (const RoleRef& role : roles.value())
            names.append(role.name);
        return names;
    }

    QStringList groupNames(const QString& userId)
    {
        QStringList names;
        const auto groups = await<QList<GroupRef>>([&](auto done) { m_access->userGroups(userId, this, done); });
        for (const GroupRef& g : groups.value())
            names.append(g.name);
        return names;
    }

    Status adminCall(const QByteArray& method, const QString& path, const QJsonDocument& body = {})
    {
        return awaitStatus([&](auto done) {
            const QUrl url = m_admin->adminUrl(path);
            m_admin->sendStatus(body.isNull() ? HttpRequest::withoutBody(method, url, path)
                                              : HttpRequest::sendJson(method, url, body, path),
                                {}, this, done);
        });
    }

    // A group `parent/child` whose parent carries the realm-management role `role`, made by the service account.
    std::pair<GroupRef, GroupRef> adminGroup(const QString& role)
    {
        const QString parentName = "operators-" + QUuid::createUuid().toString(QUuid::Id128).left(8);
        if (!adminCall("POST", "groups", QJsonDocument(QJsonObject{{"name", parentName}})).ok())
            qFatal("could not create group %s", qPrintable(parentName));
        const auto found = await<QList<GroupRef>>([&](auto done) { m_access->groups(parentName, 0, 10, this, done); });
        if (!found.ok() || found->isEmpty())
            qFatal("group %s not found", qPrintable(parentName));
        const GroupRef parent = found->first();
        if (!adminCall("POST", "groups/" + parent.id + "/children", QJsonDocument(QJsonObject{{"name", "on-call"}}))
                 .ok())
            qFatal("could not create %s/on-call", qPrintable(parentName));
        const auto children = await<QJsonValue>([&](auto done) {
            m_admin->getJson(m_admin->adminUrl("groups/" + parent.id + "/children"), "children", {}, this, done);
        });
        const QJsonObject childJson = children.value().toArray().first().toObject();
        const GroupRef child{childJson.value("id").toString(), "on-call", childJson.value("path").toString()};
        const auto client =
            await<std::optional<ClientRef>>([&](auto done) { m_access->findClient("realm-management", this, done); });
        const QString clientPath = "clients/" + client.value()->id;
        const auto roleJson = await<QJsonValue>([&](auto done) {
            m_admin->getJson(m_admin->adminUrl(clientPath + "/roles/" + role), "role", {}, this, done);
        });
        if (!adminCall("POST", "groups/" + parent.id + "/role-mappings/" + clientPath,
                       QJsonDocument(QJsonArray{roleJson.value()}))
                 .ok())
            qFatal("could not map %s to %s", qPrintable(role), qPrintable(parentName));
        return {parent, child};
    }

    // A group of the demo realm, read by the service account.
    GroupRef groupAt(const QString& path)
    {
        const auto found = await<GroupRef>([&](auto done) { m_access->groupByPath(path, this, done); });
        if (!found.ok())
            qFatal("no group %s: %s", qPrintable(path), qPrintable(found.error().userMessage()));
        return found.value();
    }

    static JoinerRequest joinerInto(const QString& prefix, const GroupRef& group)
    {
        JoinerRequest request;
        request.username = prefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
        request.email = request.username + "@example.org";
        request.firstName = "Grant";
        request.lastName = "Check";
        request.groups = {group};
        return request;
    }

    bool exists(const QString& username)
    {
        const auto found =
            await<std::optional<KeycloakUser>>([&](auto done) { m_users->findByUsername(username, this, done); });
        if (!found.ok())
            qFatal("cannot look up %s: %s", qPrintable(username), qPrintable(found.error().userMessage()));
        return found->has_value();
    }

    // A refusal the ledger holds as such, naming `p`, with no intent before it: nothing was about to be changed.
    void verifyRefusedRecord(const OperationOutcome& outcome, const Persona& p)
    {
        QVERIFY(outcome.refused);
        const QJsonObject record = recordFor(outcome);
        QVERIFY(recordedAs(record, p));
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("FAILURE"));
        const QJsonObject details = record.value("details").toObject();
        QCOMPARE(details.value("refused").toBool(), true);
        QVERIFY2(!details.contains("intent_seq") && !record.contains("intent_seq"),
                 "refused by a guard: no intent was recorded, so nothing was sent");
    }

    // Puts otto back as the demo realm defines him (his TOTP authenticator included), keeping his id.
    void restoreOtto(const QString& id)
    {
        QFile file(QStringLiteral(CUSTOS_DEMO_REALM_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject otto;
        for (const QJsonValue& user : QJsonDocument::fromJson(file.readAll()).object().value("users").toArray())
            if (user.toObject().value("username") == "otto")
                otto = user.toObject();
        QVERIFY(!otto.isEmpty());
        otto.insert("id", id);
        const QJsonObject body{{"ifResourceExists", "OVERWRITE"}, {"users", QJsonArray{otto}}};
        const Status restored = awaitStatus([&](auto done) {
            m_admin->sendStatus(
                HttpRequest::sendJson("POST", m_admin->adminUrl("partialImport"), QJsonDocument(body), "restore otto"),
                {}, this, done);
        });
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().userMessage()));
        QVERIFY(hasSecondFactor(credentials(id)));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<OperationOutcome>();
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
        m_http = new HttpClient(this);
        m_account = new test::ServiceAccount(m_http, m_stack, this);
        auto* api = new ApiClient(m_http, m_account, this);
        m_admin = new KeycloakAdmin(api, m_stack.keycloakUrl(), m_stack.realm(), this);
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
    }

    // Every operation a test ran left its outcome, and an intent before it whenever it may have changed something.
    void cleanup()
    {
        const QStringList ran = std::exchange(m_ran, {});
        for (const QString& correlationId : ran) {
            const QString problem = test::writeAheadProblem(m_ledgerPath, correlationId);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    // ---- write-ahead ---------------------------------------------------------------------------------------------

    // Another process holds the ledger's write lock (a sqlite3 shell in BEGIN EXCLUSIVE): harry's unlock cannot
    // record its intent, so it is refused and Keycloak is not touched; once the lock is gone, the same unlock runs
    // with its intent first and an outcome that names it.
    void aLockedLedgerRefusesTheUnlockBeforeKeycloakIsTouched()
    {
        Persona& harry = persona("harry");
        const UserRef user = makeUser("ledger-locked-");
        for (int i = 0; i < 6; ++i)
            QVERIFY(!login(user.username, "wrong-password").ok());
        const auto locked = await<BruteForceStatus>([&](auto done) { m_security->bruteForce(user.id, this, done); });
        QVERIFY(locked.ok() && locked->locked);
        const qsizetype recordsBefore = ledgerRecords().size();

        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_ledgerPath).constData(), &other, SQLITE_OPEN_READWRITE, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        const OperationOutcome refused = run(new UnlockOperation(services(harry), harry.actor, user, this));
        QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(other);
        m_ran.removeAll(refused.correlationId); // neither its intent nor its refusal could be written

        QVERIFY(!refused.succeeded);
        QVERIFY(refused.refused);
        QVERIFY2(refused.error.what.contains("nothing was changed"), qPrintable(refused.error.what));
        QVERIFY2(refused.error.why.contains("database is locked"), qPrintable(refused.error.why));
        QVERIFY2(refused.error.why.contains("could not be recorded in the audit ledger either"),
                 qPrintable(refused.error.why));
        QVERIFY2(!refused.error.action.isEmpty(), "the operator is told what to do");
        const auto still = await<BruteForceStatus>([&](auto done) { m_security->bruteForce(user.id, this, done); });
        QVERIFY(still.ok());
        QVERIFY2(still->locked, "Keycloak was touched although the intent was not recorded");
        QCOMPARE(still->failures, locked->failures);
        QCOMPARE(ledgerRecords().size(), recordsBefore);

        const OperationOutcome unlocked = run(new UnlockOperation(services(harry), harry.actor, user, this));
        QVERIFY2(unlocked.succeeded, qPrintable(unlocked.summary));
        const QList<QJsonObject> records = ledgerRecords().mid(recordsBefore);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).value("action").toString(), QStringLiteral("USER_UNLOCKED_INTENT"));
        QCOMPARE(records.at(0).value("source_id").toString(), unlocked.correlationId + ":intent");
        QCOMPARE(records.at(0).value("details").toObject().value("planned_steps").toArray().size(), 1);
        QCOMPARE(records.at(1).value("action").toString(), QStringLiteral("USER_UNLOCKED"));
        QCOMPARE(records.at(1).value("source_id").toString(), unlocked.correlationId);
        QCOMPARE(records.at(1).value("details").toObject().value("intent_seq").toInteger(),
                 records.at(0).value("seq").toInteger());
        QCOMPARE(unlocked.details.value("intent_seq").toInteger(), records.at(0).value("seq").toInteger());
    }

    // A failure after the intent carries Keycloak's HTTP status, and names its intent.
    void aFailedChangeRecordsItsHttpStatus()
    {
        Persona& harry = persona("harry");
        const UserRef user = makeUser("gone-");
        UserSession ended; // a session Keycloak does not know (any more)
        ended.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ended.ipAddress = QStringLiteral("192.0.2.1");
        const OperationOutcome outcome =
            run(new RevokeSessionOperation(services(harry), harry.actor, user, ended, this));
        QVERIFY(!outcome.succeeded);
        QVERIFY(!outcome.refused);
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("FAILURE"));
        QCOMPARE(record.value("details").toObject().value("http_status").toInt(), outcome.error.httpStatus);
        QVERIFY(outcome.error.httpStatus >= 400);
        QVERIFY(record.value("details").toObject().contains("intent_seq"));
    }

    // ---- harry (helpdesk) ----------------------------------------------------------------------------------------

    void harrySearchesTheDirectoryInEveryMode()
    {
        Persona& harry = persona("harry");
        auto exact = await<QList<KeycloakUser>>([&](auto done) {
            harry.users->search(UserQuery{UserQuery::Mode::Exact, "alice", {}}, 0, 10, this, done);
        });
        QVERIFY(exact.ok());
        QCOMPARE(exact->size(), 1);
        QCOMPARE(exact->first().username, QStringLiteral("alice"));
        QVERIFY2(exact->first().bruteForce.known, "the listing reports each user's lockout");

        auto prefix = await<QList<KeycloakUser>>([&](auto done) {
            harry.users->search(UserQuery{UserQuery::Mode::Prefix, "ali", {}}, 0, 100, this, done);
        });
        QVERIFY(prefix.ok());
        QVERIFY(
            std::any_of(prefix->begin(), prefix->end(), [](const KeycloakUser& u) { return u.username == "alice"; }));

        auto infix = await<QList<KeycloakUser>>([&](auto done) {
            harry.users->search(UserQuery{UserQuery::Mode::Infix, "lic", {}}, 0, 100, this, done);
        });
        QVERIFY(infix.ok());
        QVERIFY(std::any_of(infix->begin(), infix->end(), [](const KeycloakUser& u) { return u.username == "alice"; }));

        const UserQuery byAttribute{UserQuery::Mode::Attribute, "Engineering", "department"};
        auto engineers =
            await<QList<KeycloakUser>>([&](auto done) { harry.users->search(byAttribute, 0, 500, this, done); });
        QVERIFY(engineers.ok());
        QVERIFY(!engineers->isEmpty());
        for (const KeycloakUser& user : engineers.value())
            QCOMPARE(user.attributes.value("department").toArray().first().toString(), QStringLiteral("Engineering"));
        auto count = await<int>([&](auto done) { harry.users->count(byAttribute, this, done); });
        QVERIFY(count.ok());
        QCOMPARE(count.value(), int(engineers->size()));
    }

    void harryResetsOttosMfaAfterTheGuardsThenAStepUp()
    {
        Persona& harry = persona("harry");
        const UserRef otto = find("otto");
        QVERIFY2(hasSecondFactor(credentials(otto.id)), "otto has a TOTP authenticator");
        // harry's token does not say when he authenticated, so the operation must ask him to step up.
        QVERIFY(!harry.actor.authTime.isValid());
        const int stepUpsBefore = harry.stepUps;

        const OperationOutcome outcome = run(new MfaResetOperation(services(harry), harry.actor, otto, this));
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        QCOMPARE(harry.stepUps, stepUpsBefore + 1);

        const QList<Credential> after = credentials(otto.id);
        QVERIFY(!hasSecondFactor(after));
        QVERIFY(std::any_of(after.begin(), after.end(), [](const Credential& c) { return c.type == "password"; }));
        QVERIFY(fetch(otto.id).requiredActions.contains("CONFIGURE_TOTP"));
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("action").toString(), QStringLiteral("USER_MFA_RESET"));
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("SUCCESS"));
        QVERIFY(recordedAs(record, harry));
        const QJsonObject details = record.value("details").toObject();
        QCOMPARE(details.value("stepped_up").toBool(), true);
        QCOMPARE(details.value("target_admin_roles").toArray(), QJsonArray{}); // the guard read otto's roles
        QCOMPARE(details.value("credentials_deleted").toArray(), QJsonArray{"otp"});

        restoreOtto(otto.id);
    }

    void harryResetsAPasswordFoundByUsername()
    {
        Persona& harry = persona("harry");
        const UserRef user = makeUser("reset-");
        const int stepUpsBefore = harry.stepUps;
        auto* reset = new PasswordResetOperation(services(harry), harry.actor, UserRef{{}, user.username}, this);
        const OperationOutcome outcome = run(reset);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        QCOMPARE(outcome.target.id, user.id); // resolved from the username
        QVERIFY(!login(user.username, "Test-Pass-2026!").ok());
        const auto withNew = login(user.username, reset->temporaryPassword());
        QVERIFY(!withNew.ok());
        QVERIFY2(withNew.error().why.contains("not fully set up"), qPrintable(withNew.error().why));
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("action").toString(), QStringLiteral("USER_PASSWORD_RESET"));
        QVERIFY(recordedAs(record, harry));
        QVERIFY2(!QJsonDocument(record).toJson().contains(reset->temporaryPassword().toUtf8()),
                 "the password must not be in the ledger");
        QCOMPARE(harry.stepUps, stepUpsBefore); // a password reset needs no step-up
    }

    void harryUnlocksARealBruteForceLockout()
    {
        Persona& harry = persona("harry");
        const UserRef user = makeUser("locked-");
        for (int i = 0; i < 6; ++i)
            QVERIFY(!login(user.username, "wrong-password").ok());
        auto locked = await<BruteForceStatus>([&](auto done) { m_security->bruteForce(user.id, this, done); });
        QVERIFY(locked.ok());
        QVERIFY2(locked->locked, "five failures lock the account (failureFactor 5)");

        const OperationOutcome outcome = run(new UnlockOperation(services(harry), harry.actor, user, this));
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        auto unlocked = await<BruteForceStatus>([&](auto done) { m_security->bruteForce(user.id, this, done); });
        QVERIFY(!unlocked->locked);
        QCOMPARE(unlocked->failures, 0);
        QVERIFY(login(user.username, "Test-Pass-2026!").ok());
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("action").toString(), QStringLiteral("USER_UNLOCKED"));
        QVERIFY(recordedAs(record, harry));
        QCOMPARE(record.value("details").toObject().value("before").toObject().value("locked").toBool(), true);
    }

    void harryEndsOneSessionAndLeavesTheOthers()
    {
        Persona& harry = persona("harry");
        const UserRef user = makeUser("session-");
        QVERIFY(login(user.username, "Test-Pass-2026!").ok());
        QVERIFY(login(user.username, "Test-Pass-2026!").ok());
        auto sessions = await<QList<UserSession>>([&](auto done) { harry.security->sessions(user.id, this, done); });
        QVERIFY(sessions.ok());
        QCOMPARE(sessions->size(), 2);
        const OperationOutcome outcome =
            run(new RevokeSessionOperation(services(harry), harry.actor, user, sessions->first(), this));
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        auto left = await<QList<UserSession>>([&](auto done) { m_security->sessions(user.id, this, done); });
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().id, sessions->at(1).id);
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("action").toString(), QStringLiteral("USER_SESSION_REVOKED"));
        QVERIFY(recordedAs(record, harry));
    }

    void harrysActionsEmailWithoutAMailServerIsRecordedAsAFailure()
    {
        Persona& harry = persona("harry");
        const UserRef user = makeUser("mail-");
        const OperationOutcome outcome =
            run(new ActionsEmailOperation(services(harry), harry.actor, user, {"UPDATE_PASSWORD"}, this));
        QVERIFY(!outcome.succeeded); // the devstack realm has no SMTP server
        QVERIFY(!outcome.refused);   // the guards let it through: Keycloak itself could not send it
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("FAILURE"));
        QVERIFY(recordedAs(record, harry));
    }

    void harryIsRefusedOnARealmAdminBeforeAnyStepUp()
    {
        Persona& harry = persona("harry");
        const UserRef joe = find("joe");
        const KeycloakUser before = fetch(joe.id);
        const int stepUpsBefore = harry.stepUps;

        const OperationOutcome mfa = run(new MfaResetOperation(services(harry), harry.actor, joe, this));
        QVERIFY(mfa.refused);
        QCOMPARE(mfa.error.kind, Error::Kind::Forbidden);
        QVERIFY2(mfa.error.why.contains("realm-admin"), qPrintable(mfa.error.why));
        QCOMPARE(harry.stepUps, stepUpsBefore); // refused by the guard, so harry was never asked to sign in again

        const OperationOutcome reset = run(new PasswordResetOperation(services(harry), harry.actor, joe, this));
        QVERIFY(reset.refused);
        QVERIFY(login("joe", m_stack.value("CUSTOS_DEMO_JOE_PASSWORD")).ok()); // joe's password is unchanged

        const OperationOutcome leaver = run(new LeaverOperation(services(harry), harry.actor, joe, false, this));
        QVERIFY(leaver.refused);
        const KeycloakUser after = fetch(joe.id);
        QVERIFY(after.enabled);
        QCOMPARE(after.requiredActions, before.requiredActions);
        for (const OperationOutcome& outcome : {mfa, reset, leaver}) {
            const QJsonObject record = recordFor(outcome);
            QCOMPARE(record.value("outcome").toString(), QStringLiteral("FAILURE"));
            QVERIFY(recordedAs(record, harry));
            const QJsonObject details = record.value("details").toObject();
            QCOMPARE(details.value("refused").toBool(), true);
            QVERIFY(details.value("target_roles_not_held").toArray().contains("realm-admin"));
        }
    }

    void harryIsRefusedOnHimself()
    {
        Persona& harry = persona("harry");
        const UserRef self{harry.actor.id, "harry"};
        const OperationOutcome outcome = run(new PasswordResetOperation(services(harry), harry.actor, self, this));
        QVERIFY(outcome.refused);
        QVERIFY2(outcome.error.what.contains("your own account"), qPrintable(outcome.error.what));
        QVERIFY(login("harry", m_stack.value("CUSTOS_DEMO_HARRY_PASSWORD")).ok()); // his password is unchanged
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("FAILURE"));
        QVERIFY(recordedAs(record, harry));
    }

    void harrysGuardSeesAdministrationRolesThroughParentGroupsAndComposites()
    {
        Persona& harry = persona("harry");
        // manage-realm through a parent group: the user is a member of its child group only.
        const auto groups = adminGroup("manage-realm");
        const GroupRef parent = groups.first;
        const GroupRef child = groups.second;
        const UserRef user = makeUser("grouped-");
        QVERIFY(awaitStatus([&](auto done) { m_access->joinGroup(user.id, child, this, done); }).ok());
        const OperationOutcome viaGroup = run(new PasswordResetOperation(services(harry), harry.actor, user, this));
        QVERIFY(viaGroup.refused);
        QVERIFY2(viaGroup.error.why.contains("manage-realm"), qPrintable(viaGroup.error.why));
        QVERIFY(login(user.username, "Test-Pass-2026!").ok()); // the password is unchanged
        QVERIFY(adminCall("DELETE", "groups/" + parent.id).ok());

        // manage-realm through a composite realm role: carl is a cpi-admin.
        const OperationOutcome viaComposite =
            run(new UnlockOperation(services(harry), harry.actor, find("carl"), this));
        QVERIFY(viaComposite.refused);
        QVERIFY2(viaComposite.error.why.contains("manage-realm"), qPrintable(viaComposite.error.why));
        for (const OperationOutcome& outcome : {viaGroup, viaComposite}) {
            const QJsonObject details = recordFor(outcome).value("details").toObject();
            QVERIFY(details.value("target_roles_not_held").toArray().contains("manage-realm"));
        }
    }

    // The demo realm's /realm-admins maps realm-management realm-admin. harry (helpdesk) is refused a joiner into it
    // before anything is written: the refusal names the role and the group it comes through, and no account exists.
    void harryCannotCreateARealmAdmin()
    {
        Persona& harry = persona("harry");
        const JoinerRequest request = joinerInto("harry-admin-", groupAt("/realm-admins"));
        const OperationOutcome outcome = run(new JoinerOperation(services(harry), harry.actor, request, this));
        verifyRefusedRecord(outcome, harry);
        QVERIFY2(outcome.error.why.contains("realm-admin"), qPrintable(outcome.error.why));
        QVERIFY2(outcome.error.why.contains("/realm-admins"), qPrintable(outcome.error.why));
        QVERIFY2(!exists(request.username), "no account was created");
        const QJsonObject details = recordFor(outcome).value("details").toObject();
        QVERIFY(details.value("granted_roles_not_held").toArray().contains("realm-admin"));
    }

    // /engineering/operations/platform-admins maps nothing itself: its parent maps realm-operations, a composite
    // realm role that holds manage-realm. The mover is refused, naming the parent.
    void harryCannotMoveAUserIntoAGroupWhoseParentCarriesManageRealm()
    {
        Persona& harry = persona("harry");
        const UserRef user = makeUser("harry-mover-");
        const AccessChange change =
            AccessChange::between({}, {}, {}, {groupAt("/engineering/operations/platform-admins")});
        const OperationOutcome outcome = run(new MoverOperation(services(harry), harry.actor, user, change, this));
        verifyRefusedRecord(outcome, harry);
        QVERIFY2(outcome.error.why.contains("manage-realm"), qPrintable(outcome.error.why));
        QVERIFY2(outcome.error.why.contains("/engineering/operations"), qPrintable(outcome.error.why));
        QVERIFY(groupNames(user.id).isEmpty());
    }

    // priya is a realm administrator: harry may not reset her MFA, unlock her or end her sessions, nor reset his
    // own MFA.
    void harryIsRefusedOnPriyaAndOnHisOwnMfa()
    {
        Persona& harry = persona("harry");
        const UserRef priya = find("priya");
        QVERIFY2(hasSecondFactor(credentials(priya.id)), "priya has a TOTP authenticator");
        const int stepUpsBefore = harry.stepUps;
        UserSession session;
        session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QList<OperationOutcome> outcomes{
            run(new MfaResetOperation(services(harry), harry.actor, priya, this)),
            run(new UnlockOperation(services(harry), harry.actor, priya, this)),
            run(new RevokeSessionOperation(services(harry), harry.actor, priya, session, this))};
        for (const OperationOutcome& outcome : outcomes) {
            verifyRefusedRecord(outcome, harry);
            QVERIFY2(outcome.error.why.contains("realm-admin"), qPrintable(outcome.error.why));
        }
        QVERIFY(hasSecondFactor(credentials(priya.id)));

        const OperationOutcome own =
            run(new MfaResetOperation(services(harry), harry.actor, UserRef{harry.actor.id, "harry"}, this));
        verifyRefusedRecord(own, harry);
        QVERIFY2(own.error.action.contains("another administrator"), qPrintable(own.error.action));
        QCOMPARE(harry.stepUps, stepUpsBefore); // refused by the guards, never asked to sign in again
    }

    // Taking priya out of /realm-admins would remove realm-admin, which harry does not hold: the mover is refused
    // before it reads or changes anything else, and she stays a member.
    void harryCannotRemoveAnAdministrationRoleHeDoesNotHold()
    {
        Persona& harry = persona("harry");
        const UserRef priya = find("priya");
        const AccessChange change = AccessChange::between({}, {}, {groupAt("/realm-admins")}, {});
        const OperationOutcome outcome = run(new MoverOperation(services(harry), harry.actor, priya, change, this));
        verifyRefusedRecord(outcome, harry);
        QVERIFY2(outcome.error.why.contains("realm-admin"), qPrintable(outcome.error.why));
        QCOMPARE(groupNames(priya.id), QStringList{"realm-admins"});
    }

    // A bulk change that puts three users into /realm-admins: each item refused on its own, the reason in its line
    // of the result CSV.
    void harrysBulkChangeToRealmAdminsIsRefusedItemByItem()
    {
        Persona& harry = persona("harry");
        const GroupRef admins = groupAt("/realm-admins");
        QList<BulkItem> items;
        for (int i = 0; i < 3; ++i)
            items.append(BulkItem{
                makeUser("bulk-admin-"), UserAction::ChangeAccess, AccessChange::between({}, {}, {}, {admins}), {}});
        BulkRun bulk(items, [this, &harry](const BulkItem& item, QObject* parent) -> UserOperation* {
            return new MoverOperation(services(harry), harry.actor, item.user, item.change, parent);
        });
        QSignalSpy finished(&bulk, &BulkRun::finished);
        bulk.start();
        QVERIFY(finished.wait(120000));
        for (int i = 0; i < items.size(); ++i) {
            verifyRefusedRecord(bulk.outcomes().at(i), harry);
            QVERIFY(groupNames(items.at(i).user.id).isEmpty());
        }
        const QList<QByteArray> lines = bulkResultsCsv(bulk.items(), bulk.outcomes()).split('\n');
        QCOMPARE(lines.size(), items.size() + 2); // the header, one line per user, and the last line's end
        for (int i = 0; i < items.size(); ++i) {
            const QByteArray& line = lines.at(i + 1);
            QVERIFY2(line.startsWith(
                         QByteArray('"' + items.at(i).user.username.toUtf8() + "\",\"role-change\",\"REFUSED\",")),
                     line.constData());
            QVERIFY2(line.contains("realm-admin") && line.contains("/realm-admins"), line.constData());
        }
    }

    // ---- alice (IAM operator) ------------------------------------------------------------------------------------

    // alice holds no realm-admin: the same grant into /realm-admins is refused. joe, a realm administrator, may
    // make it.
    void aliceIsRefusedTheRealmAdminGrantThatJoeMayMake()
    {
        Persona& alice = persona("alice");
        const GroupRef admins = groupAt("/realm-admins");
        const JoinerRequest refusedRequest = joinerInto("alice-admin-", admins);
        const OperationOutcome refused = run(new JoinerOperation(services(alice), alice.actor, refusedRequest, this));
        verifyRefusedRecord(refused, alice);
        QVERIFY2(refused.error.why.contains("realm-admin"), qPrintable(refused.error.why));
        QVERIFY(!exists(refusedRequest.username));

        Persona& joe = persona("joe");
        const JoinerRequest request = joinerInto("joe-admin-", admins);
        const OperationOutcome made = run(new JoinerOperation(services(joe), joe.actor, request, this));
        QVERIFY2(made.succeeded, qPrintable(made.summary));
        const UserRef created = find(request.username);
        QCOMPARE(groupNames(created.id), QStringList{"realm-admins"});
        QVERIFY(
            recordFor(made).value("details").toObject().value("granted_admin_roles").toArray().contains("realm-admin"));
        QVERIFY(awaitStatus([&](auto done) { m_users->remove(created.id, this, done); }).ok());
    }

    void aliceJoinerGrantsRealmRolesAndGroups()
    {
        Persona& alice = persona("alice");
        JoinerRequest request;
        request.username = "  Joiner." + QUuid::createUuid().toString(QUuid::Id128).left(8) + " ";
        request.email = " New.Joiner." + QUuid::createUuid().toString(QUuid::Id128).left(6) + "@Example.ORG";
        request.firstName = "  Ada  Maria ";
        request.lastName = "O'Neil-Smith";
        // The pickers' lists, read with alice's own token (view-realm, query-groups).
        request.realmRoles = {realmRole(alice, "viewer")};
        request.groups = {group(alice, "engineering")};
        auto* joiner = new JoinerOperation(services(alice), alice.actor, request, this);
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
        QCOMPARE(groupNames(user.id), QStringList{"engineering"});

        // The password is the one Keycloak holds: signing in with it asks for the required password change.
        const auto signIn = login(user.username, password);
        QVERIFY(!signIn.ok());
        QVERIFY2(signIn.error().why.contains("not fully set up"), qPrintable(signIn.error().why));

        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("action").toString(), QStringLiteral("USER_CREATED"));
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(record.value("target").toObject().value("id").toString(), user.id);
        QVERIFY(recordedAs(record, alice));
        QVERIFY2(!QJsonDocument(record).toJson().contains(password.toUtf8()), "the password must not be in the ledger");

        // The same username again: a conflict that points at the existing account, recorded as a failure.
        auto* again = new JoinerOperation(services(alice), alice.actor, request, this);
        const OperationOutcome conflict = run(again);
        QVERIFY(!conflict.succeeded);
        QCOMPARE(conflict.error.kind, Error::Kind::Conflict);
        QCOMPARE(again->existingUser().id, user.id);
        QVERIFY(again->temporaryPassword().isEmpty());
        QCOMPARE(recordFor(conflict).value("outcome").toString(), QStringLiteral("FAILURE"));
    }

    void aliceJoinerRefusesInvalidInputWithoutCallingKeycloak()
    {
        Persona& alice = persona("alice");
        JoinerRequest request;
        request.username = "valid-name";
        request.email = "not-an-address";
        request.firstName = "A";
        request.lastName = "B";
        const OperationOutcome outcome = run(new JoinerOperation(services(alice), alice.actor, request, this));
        QVERIFY(outcome.refused);
        QCOMPARE(outcome.error.kind, Error::Kind::Invalid);
        QVERIFY(outcome.error.what.contains("e-mail"));
        auto found =
            await<std::optional<KeycloakUser>>([&](auto done) { m_users->findByUsername("valid-name", this, done); });
        QVERIFY(found.ok() && !found->has_value());
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("details").toObject().value("refused").toBool(), true);
        QVERIFY(recordedAs(record, alice));
    }

    void aliceMoverAppliesUndoesOnFailureAndALeaverLeavesTheGroups()
    {
        Persona& alice = persona("alice");
        const UserRef user = makeUser("mover-");
        const RoleRef viewer = realmRole(alice, "viewer");
        const RoleRef auditor = realmRole(alice, "auditor");
        AccessChange change = AccessChange::between({}, {viewer}, {}, {group(alice, "sales")});
        const OperationOutcome applied = run(new MoverOperation(services(alice), alice.actor, user, change, this));
        QVERIFY2(applied.succeeded, qPrintable(applied.summary));
        QVERIFY(roleNames(user.id).contains("viewer"));
        QCOMPARE(groupNames(user.id), QStringList{"sales"});
        const QJsonObject moved = recordFor(applied);
        QCOMPARE(moved.value("action").toString(), QStringLiteral("USER_ACCESS_CHANGED"));
        QVERIFY(recordedAs(moved, alice));

        // auditor is granted, then a role that does not exist fails: auditor must be taken away again.
        AccessChange failing;
        failing.addRoles = {auditor,
                            RoleRef{QUuid::createUuid().toString(QUuid::WithoutBraces), "no-such-role", {}, false, {}}};
        const OperationOutcome undone = run(new MoverOperation(services(alice), alice.actor, user, failing, this));
        QVERIFY(!undone.succeeded);
        QVERIFY2(undone.error.why.contains("undone"), qPrintable(undone.error.why));
        QVERIFY(!roleNames(user.id).contains("auditor"));
        QVERIFY(roleNames(user.id).contains("viewer"));
        QCOMPARE(undone.steps.size(), 2);
        QCOMPARE(undone.steps.at(0).label, QStringLiteral("+ role auditor"));
        QCOMPARE(undone.steps.at(0).state, StepState::Undone);
        QCOMPARE(undone.steps.at(1).state, StepState::NotRun);
        QCOMPARE(recordFor(undone).value("outcome").toString(), QStringLiteral("FAILURE"));

        // A leaver that also removes group memberships.
        const OperationOutcome left = run(new LeaverOperation(services(alice), alice.actor, user, true, this));
        QVERIFY2(left.succeeded, qPrintable(left.summary));
        QCOMPARE(left.details.value("groups_left").toArray(), QJsonArray{"/sales"});
        QVERIFY(groupNames(user.id).isEmpty());
        QVERIFY(!fetch(user.id).enabled);
        QVERIFY(recordedAs(recordFor(left), alice));
    }

    void aliceCannotGiveAdministrationRolesSheDoesNotHold()
    {
        Persona& alice = persona("alice");
        // Keycloak itself lets alice do both: join anyone to a group whose parent carries manage-realm, and map
        // cpi-admin, a realm role whose composite holds manage-realm. The grant guard refuses before any change.
        const auto groups = adminGroup("manage-realm");
        JoinerRequest request;
        request.username = "grant-" + QUuid::createUuid().toString(QUuid::Id128).left(8);
        request.email = request.username + "@example.org";
        request.firstName = "Grant";
        request.lastName = "Check";
        request.groups = {groups.second};
        const OperationOutcome joiner = run(new JoinerOperation(services(alice), alice.actor, request, this));
        QVERIFY(joiner.refused);
        QVERIFY2(joiner.error.why.contains("manage-realm"), qPrintable(joiner.error.why));
        auto created = await<std::optional<KeycloakUser>>(
            [&](auto done) { m_users->findByUsername(request.username, this, done); });
        QVERIFY2(created.ok() && !created->has_value(), "no account was created");
        QVERIFY(adminCall("DELETE", "groups/" + groups.first.id).ok());

        const UserRef user = makeUser("grant-");
        const AccessChange change = AccessChange::between({}, {realmRole(alice, "cpi-admin")}, {}, {});
        const OperationOutcome mover = run(new MoverOperation(services(alice), alice.actor, user, change, this));
        QVERIFY(mover.refused);
        QVERIFY2(mover.error.why.contains("manage-realm"), qPrintable(mover.error.why));
        QVERIFY(!roleNames(user.id).contains("cpi-admin"));
        for (const OperationOutcome& outcome : {joiner, mover}) {
            const QJsonObject record = recordFor(outcome);
            QVERIFY(recordedAs(record, alice));
            const QJsonObject details = record.value("details").toObject();
            QCOMPARE(details.value("refused").toBool(), true);
            QVERIFY(details.value("granted_roles_not_held").toArray().contains("manage-realm"));
        }
    }

    void aliceLeaverEndsSessionsDisablesAndRejectsOldRefreshTokens()
    {
        Persona& alice = persona("alice");
        const QString bobPassword = m_stack.value("CUSTOS_DEMO_BOB_PASSWORD");
        const auto first = login("bob", bobPassword);
        const auto second = login("bob", bobPassword);
        QVERIFY2(first.ok() && second.ok(), "bob signs in twice");
        const UserRef bob = find("bob");

        const OperationOutcome outcome = run(new LeaverOperation(services(alice), alice.actor, bob, false, this));
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        QVERIFY2(outcome.details.value("sessions_revoked").toInt() >= 2, qPrintable(outcome.summary));
        QVERIFY(!fetch(bob.id).enabled);
        auto sessions = await<QList<UserSession>>([&](auto done) { m_security->sessions(bob.id, this, done); });
        QVERIFY(sessions.ok());
        QCOMPARE(sessions->size(), 0);
        auto refreshed = await<QJsonObject>([&](auto done) {
            m_account->grant(
                {{"grant_type", "refresh_token"}, {"refresh_token", first->value("refresh_token").toString()}}, this,
                done);
        });
        QVERIFY2(!refreshed.ok(), "Keycloak must reject the leaver's refresh token");
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("action").toString(), QStringLiteral("USER_OFFBOARDED"));
        QVERIFY(recordedAs(record, alice));
        QCOMPARE(record.value("details").toObject().value("after").toObject().value("enabled").toBool(true), false);

        // Put bob back for the other suites.
        KeycloakUser restored = fetch(bob.id);
        restored.raw.insert("enabled", true);
        QVERIFY(awaitStatus([&](auto done) { m_users->update(restored, this, done); }).ok());
    }

    void aliceBulkLeaverRunsConcurrentlyWithOneRecordPerUser()
    {
        Persona& alice = persona("alice");
        QList<BulkItem> items;
        for (int i = 0; i < 20; ++i)
            items.append(BulkItem{makeUser("bulk-"), UserAction::Offboard, {}, {}});
        items.append(BulkItem{UserRef{{}, "no-such-user-for-bulk"}, UserAction::Offboard, {}, {}});
        const qint64 recordsBefore = ledgerRecords().size();
        BulkRun bulk(items, [this, &alice](const BulkItem& item, QObject* parent) -> UserOperation* {
            return new LeaverOperation(services(alice), alice.actor, item.user, false, parent);
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
        const QList<QJsonObject> records = ledgerRecords().mid(recordsBefore);
        QCOMPARE(records.size(), items.size() + 20); // an intent before each of the 20 changes, 21 outcomes
        QVERIFY(std::all_of(records.begin(), records.end(),
                            [&alice](const QJsonObject& r) { return recordedAs(r, alice); }));
        const QByteArray csv = bulkResultsCsv(bulk.items(), bulk.outcomes());
        QCOMPARE(csv.count("\r\n"), items.size() + 1);
    }

    // ---- ada (auditor, read only) and carl (a role set the guards cannot work with) -------------------------------

    void adaIsRefusedBecauseSheOnlyReads()
    {
        Persona& ada = persona("ada");
        const UserRef user = makeUser("rbac-");
        for (int i = 0; i < 6; ++i)
            QVERIFY(!login(user.username, "wrong-password").ok());
        const OperationOutcome outcome = run(new UnlockOperation(services(ada), ada.actor, user, this));
        QVERIFY(outcome.refused);
        QCOMPARE(outcome.error.kind, Error::Kind::Forbidden);
        QVERIFY2(outcome.error.action.contains("manage-users"), qPrintable(outcome.error.action));
        auto status = await<BruteForceStatus>([&](auto done) { m_security->bruteForce(user.id, this, done); });
        QVERIFY2(status.ok() && status->locked, "nothing was changed: the user is still locked");
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("FAILURE"));
        QVERIFY(recordedAs(record, ada));
        QVERIFY2(record.value("error").toString().startsWith(Error::kindName(Error::Kind::Forbidden)),
                 qPrintable(record.value("error").toString()));
    }

    void aGuardThatCannotReadTheTargetsRolesRefusesNamingTheReadRole()
    {
        // carl (cpi-admin) holds manage-users but neither query-clients nor a view permission on realm-management:
        // the target guard cannot run with his token, so it refuses before anything is sent, and says why.
        Persona& carl = persona("carl");
        QVERIFY(carl.actor.roles.contains("manage-users"));
        QVERIFY(!carl.actor.roles.contains("query-clients"));
        const UserRef user = makeUser("guard-");
        const OperationOutcome outcome = run(new PasswordResetOperation(services(carl), carl.actor, user, this));
        QVERIFY(outcome.refused);
        QCOMPARE(outcome.error.kind, Error::Kind::Forbidden);
        QVERIFY2(outcome.error.what.contains("cannot check") && outcome.error.what.contains(user.username),
                 qPrintable(outcome.error.what));
        QVERIFY2(outcome.error.why.contains("query-clients"), qPrintable(outcome.error.why));
        QVERIFY2(!outcome.error.userMessage().contains("not allowed"), qPrintable(outcome.error.userMessage()));
        QVERIFY(login(user.username, "Test-Pass-2026!").ok()); // the password is unchanged
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("details").toObject().value("refused").toBool(), true);
        QVERIFY(recordedAs(record, carl));
    }
};

QTEST_GUILESS_MAIN(TestUserOperations)
#include "test_user_operations.moc"
