#include "core/actions/InterruptedActions.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerKeyFile.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerStore.h"
#include "tests/support/Await.h"
#include "tests/support/DevStack.h"
#include "tests/support/JsonSchema.h"
#include "tests/support/LedgerRecords.h"
#include "tests/support/ServiceAccount.h"
#include "tests/support/UserToken.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>
#include <unistd.h>

using namespace custos;
using custos::test::await;
using custos::test::awaitStatus;

// The write-ahead rule across processes, against the devstack. kill -9 between an action's intent and its outcome,
// during a real joiner and a real leaver (interrupted_action_helper dies right after the intent is durable); then
// the next opening of the ledger finds the intent without an outcome, reads the target on the server as alice, and
// records an INTERRUPTED outcome linked to the intent, with the state it observed. And a ledger in a read-only
// directory: the action is refused and Keycloak is not touched.
class TestWriteAhead : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* passphrase = "interrupted-ledger-passphrase";
    test::DevStack m_stack;
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;
    UsersApi* m_serviceUsers = nullptr; // set-up and checks only
    test::UserToken* m_alice = nullptr;
    UsersApi* m_aliceUsers = nullptr;
    QTemporaryDir m_dir;
    QString m_ledgerPath;
    QString m_keyFile;

    // Runs the helper; it must die of SIGKILL after writing the intent.
    void runKilled(const QString& action, const QString& username)
    {
        QProcess helper;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CUSTOS_TEST_LEDGER_PASSPHRASE", passphrase);
        helper.setProcessEnvironment(environment);
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(CUSTOS_INTERRUPTED_HELPER, {m_ledgerPath, m_keyFile, action, username});
        QVERIFY(helper.waitForFinished(120000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        QCOMPARE(helper.exitCode(), SIGKILL);
    }

    // The last record, an intent of `action` with no outcome after it.
    LedgerRecord lastIntent(const QString& action)
    {
        const QList<LedgerRecord> records = test::ledgerRecords(m_ledgerPath);
        if (records.isEmpty())
            qFatal("the ledger is empty");
        const LedgerRecord& last = records.last();
        if (last.action != action + "_INTENT")
            qFatal("the last record is %s, not the intent of %s", qPrintable(last.action), qPrintable(action));
        return last;
    }

    // Opens the ledger as the window does after sign-in and lets InterruptedActions check and record.
    QList<QJsonObject> checkInterrupted()
    {
        auto trail = await<LedgerAuditTrail*>([&](auto done) {
            LedgerAuditTrail::openWithKeyFile(m_ledgerPath, "custos.test/interrupted", m_keyFile, passphrase, this,
                                              done);
        });
        if (!trail.ok())
            qFatal("the ledger cannot be opened: %s", qPrintable(trail.error().userMessage()));
        auto* check = new InterruptedActions(trail.value(), m_aliceUsers, nullptr, m_alice->asOperator(), this);
        QSignalSpy finished(check, &InterruptedActions::finished);
        check->start();
        if (!finished.wait(60000))
            qFatal("the check did not finish");
        if (check->error())
            qFatal("the check failed: %s", qPrintable(check->error()->userMessage()));
        const QList<QJsonObject> recorded = check->recorded();
        delete check;
        delete trail.value();
        return recorded;
    }

    void verifyOutcome(const QJsonObject& outcome, const LedgerRecord& intent, const QString& action)
    {
        QCOMPARE(outcome.value("action").toString(), action);
        QCOMPARE(outcome.value("source_id").toString() + ":intent", intent.sourceId);
        QCOMPARE(outcome.value("outcome").toString(), QStringLiteral("FAILURE"));
        QVERIFY(outcome.value("error").toString().startsWith("INTERRUPTED"));
        const QJsonObject details = outcome.value("details").toObject();
        QCOMPARE(details.value("intent_seq").toInteger(), intent.seq);
        QVERIFY(details.value("interrupted").toBool());
        QCOMPARE(details.value("checked_by").toObject().value("username").toString(), QStringLiteral("alice"));
        const QStringList problems = test::JsonSchema::fromFile(CUSTOS_RECORD_SCHEMA).problems(outcome);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        // What the ledger holds is what was recorded, after the intent, and the write-ahead check now passes.
        const QString problem = test::writeAheadProblem(m_ledgerPath, outcome.value("source_id").toString());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

private slots:
    void initTestCase()
    {
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
        m_http = new HttpClient(this);
        m_account = new test::ServiceAccount(m_http, m_stack, this);
        m_serviceUsers = new UsersApi(
            new KeycloakAdmin(new ApiClient(m_http, m_account, this), m_stack.keycloakUrl(), m_stack.realm(), this),
            this);
        m_alice = new test::UserToken(m_account, "alice", m_stack.value("CUSTOS_DEMO_ALICE_PASSWORD"), this);
        QVERIFY(awaitStatus([&](auto done) { m_alice->refreshAccessToken(this, done); }).ok());
        m_aliceUsers = new UsersApi(
            new KeycloakAdmin(new ApiClient(m_http, m_alice, this), m_stack.keycloakUrl(), m_stack.realm(), this),
            this);

        QVERIFY(m_dir.isValid());
        m_ledgerPath = m_dir.filePath("audit.ledger");
        m_keyFile = m_dir.filePath("audit.ledger.key");
        auto keys = LedgerKeys::generate();
        QVERIFY(keys.ok());
        QVERIFY(LedgerKeyFile::write(m_keyFile, keys.value(), passphrase).ok());
        LedgerStore::Meta meta;
        meta.origin = "custos.test/interrupted";
        meta.publicKey = keys->signingKey().publicKey();
        meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        meta.keyStorage = "key-file";
        QVERIFY(LedgerStore::create(m_ledgerPath, meta).ok());
    }

    void aJoinerKilledAfterItsIntentIsRecordedAsInterrupted()
    {
        const QString username = "interrupted-" + QUuid::createUuid().toString(QUuid::Id128).left(10);
        runKilled("joiner", username);
        const LedgerRecord intent = lastIntent("USER_CREATED");
        // Killed before its first call: Keycloak has no such account.
        auto made = await<std::optional<KeycloakUser>>(
            [&](auto done) { m_serviceUsers->findByUsername(username, this, done); });
        QVERIFY(made.ok() && !made->has_value());

        const QList<QJsonObject> recorded = checkInterrupted();
        QCOMPARE(recorded.size(), 1);
        verifyOutcome(recorded.first(), intent, "USER_CREATED");
        const QJsonObject observed = recorded.first().value("details").toObject().value("observed").toObject();
        QVERIFY(observed.value("checked").toBool());
        QVERIFY(!observed.value("exists").toBool());

        // The next opening finds nothing left to answer.
        QVERIFY(checkInterrupted().isEmpty());
    }

    void aReadOnlyLedgerDirectoryRefusesThePasswordResetBeforeKeycloakIsTouched()
    {
        const QString username = "readonly-" + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QString password = "Test-Pass-2026!";
        const QJsonObject representation{
            {"username", username},
            {"email", QString(username + "@example.org")},
            {"firstName", "Test"},
            {"lastName", "Readonly"},
            {"enabled", true},
            {"emailVerified", true},
            {"credentials", QJsonArray{QJsonObject{{"type", "password"}, {"value", password}, {"temporary", false}}}}};
        auto id = await<QString>([&](auto done) { m_serviceUsers->create(representation, this, done); });
        QVERIFY(id.ok());
        const qsizetype recordsBefore = test::ledgerRecords(m_ledgerPath).size();

        // Root ignores file modes, so the directory is mounted read-only for the helper alone (a private mount
        // namespace); anyone else gets the modes.
        QProcess helper;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CUSTOS_TEST_LEDGER_PASSPHRASE", passphrase);
        helper.setProcessEnvironment(environment);
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const bool root = ::geteuid() == 0;
        if (root) {
            helper.start(
                "unshare",
                {"-m", "sh", "-c",
                 R"(mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && exec "$2" "$3" "$4" reset "$5")", "sh",
                 m_dir.path(), CUSTOS_INTERRUPTED_HELPER, m_ledgerPath, m_keyFile, username});
        } else {
            QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner));
            helper.start(CUSTOS_INTERRUPTED_HELPER, {m_ledgerPath, m_keyFile, "reset", username});
        }
        QVERIFY(helper.waitForFinished(120000));
        if (!root)
            QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString said = QString::fromUtf8(helper.readAllStandardOutput()).trimmed();
        QCOMPARE(helper.exitCode(), 0);
        qInfo("the helper said: %s", qPrintable(said));
        // Refused by the operation (its intent could not be written) or, one step earlier, by the ledger's opening
        // (the window then refuses every action): either way before any call that changes something.
        QVERIFY2(said.startsWith("outcome 1 ") || said.startsWith("ledger refused "), qPrintable(said));
        if (said.startsWith("outcome"))
            QVERIFY2(said.contains("nothing was changed"), qPrintable(said));
        QVERIFY2(awaitStatus([&](auto done) {
                     m_account->passwordGrant(username, password, this, [done](const Result<QJsonObject>& grant) {
                         done(grant.ok() ? success() : Status(grant.error()));
                     });
                 }).ok(),
                 "the password was changed although the intent could not be recorded");
        QCOMPARE(test::ledgerRecords(m_ledgerPath).size(), recordsBefore);
        QVERIFY(awaitStatus([&](auto done) { m_serviceUsers->remove(id.value(), this, done); }).ok());
    }

    void aLeaverKilledAfterItsIntentIsRecordedWithTheAccountStillEnabled()
    {
        const QString username = "interrupted-leaver-" + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QJsonObject representation{{"username", username},
                                         {"email", QString(username + "@example.org")},
                                         {"firstName", "Test"},
                                         {"lastName", "Leaver"},
                                         {"enabled", true}};
        auto id = await<QString>([&](auto done) { m_serviceUsers->create(representation, this, done); });
        QVERIFY(id.ok());
        runKilled("leaver", username);
        const LedgerRecord intent = lastIntent("USER_OFFBOARDED");
        QCOMPARE(intent.targetId, id.value());

        const QList<QJsonObject> recorded = checkInterrupted();
        QCOMPARE(recorded.size(), 1);
        verifyOutcome(recorded.first(), intent, "USER_OFFBOARDED");
        const QJsonObject observed = recorded.first().value("details").toObject().value("observed").toObject();
        QVERIFY(observed.value("exists").toBool());
        QCOMPARE(observed.value("id").toString(), id.value());
        QVERIFY2(observed.value("enabled").toBool(), "the leaver was killed before it disabled the account");
        QVERIFY(awaitStatus([&](auto done) { m_serviceUsers->remove(id.value(), this, done); }).ok());
    }
};

QTEST_GUILESS_MAIN(TestWriteAhead)
#include "test_write_ahead.moc"
