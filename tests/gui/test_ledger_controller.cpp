#include "core/auth/ProviderMetadata.h"
#include "core/auth/Session.h"
#include "core/auth/TokenEndpoint.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keychain/SecretStore.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/platform/PlatformApi.h"
#include "tests/support/DevStack.h"
#include "tests/support/ServiceAccount.h"
#include "tests/support/UserToken.h"
#include "ui/LedgerController.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace custos;

// The window's ledger: opened with keys in the keychain, Keycloak's events recorded in the background, exports
// only after step-up and recorded themselves. Against the real devstack, signed in as ada (auditor).
class TestLedgerController : public QObject
{
    Q_OBJECT
private:
    test::DevStack m_stack;
    QTemporaryDir m_dir;
    HttpClient* m_http = nullptr;
    MemorySecretStore* m_secrets = nullptr;
    Session* m_session = nullptr;
    ApiClient* m_api = nullptr;
    KeycloakAdmin* m_admin = nullptr;
    LedgerController* m_ledger = nullptr;
    int m_stepUps = 0;
    bool m_stepUpSucceeds = true;

    QList<QJsonObject> records()
    {
        auto store = LedgerStore::openReadOnly(m_ledger->trail()->path());
        // Opened: the window's ledger (format 2) keeps usernames and names as commitments.
        const auto opened = (*store)->openedRecords(0, (*store)->recordCount().value());
        QList<QJsonObject> out;
        for (const LedgerRecord& record : opened.value())
            out.append(record.toJson());
        return out;
    }

    Status exportAs(const QString& path, LedgerAuditTrail::ExportFormat format)
    {
        std::optional<Status> result;
        m_ledger->exportLedger(path, format, this, [&result](const Status& s) { result.emplace(s); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            qFatal("export did not finish");
        return *result;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
        QVERIFY(m_dir.isValid());
        m_http = new HttpClient(this);
        m_secrets = new MemorySecretStore(this);
        m_session = new Session(m_secrets, this);

        // ada's real session: the password grant of the test client stands in for the browser sign-in.
        test::ServiceAccount account(m_http, m_stack);
        std::optional<Result<QJsonObject>> grant;
        account.passwordGrant("ada", m_stack.value("CUSTOS_DEMO_ADA_PASSWORD"), this,
                              [&grant](const Result<QJsonObject>& r) { grant.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return grant.has_value(); }, 30000));
        QVERIFY(grant->ok());
        auto tokens = TokenSet::parse(QJsonDocument(grant->value()).toJson(), QDateTime::currentDateTimeUtc());
        QVERIFY(tokens.ok());
        std::optional<Result<ProviderMetadata>> metadata;
        ProviderMetadata::discover(m_http, m_stack.issuer(), this,
                                   [&metadata](const Result<ProviderMetadata>& r) { metadata.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return metadata.has_value(); }, 30000));
        QVERIFY(metadata->ok());
        Identity identity;
        identity.subject = "ada-subject";
        identity.username = "ada";
        identity.roles = Identity::realmManagementRoles(tokens->accessToken);
        identity.authTime = QDateTime::currentDateTimeUtc();
        QVERIFY2(identity.hasRole("view-events"), qPrintable(identity.roles.join(',')));
        m_session->establish(
            m_stack.profile(),
            std::make_shared<TokenEndpoint>(m_http, metadata->value(), m_stack.value("CUSTOS_CLIENT_ID")),
            tokens.value(), identity);

        // An admin event of this run, whatever ran before on this Keycloak: a user created and deleted by the
        // test client's service account (ada, an auditor, may not write).
        auto* writer = new test::ServiceAccount(m_http, m_stack, this);
        auto* adminApi = new ApiClient(m_http, writer, this);
        UsersApi users(new KeycloakAdmin(adminApi, m_stack.keycloakUrl(), m_stack.realm(), this));
        std::optional<Result<QString>> created;
        const QString username = "ledger-ctl-" + QUuid::createUuid().toString(QUuid::Id128).left(10);
        users.create(QJsonObject{{"username", username}}, this,
                     [&created](const Result<QString>& r) { created.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 30000));
        QVERIFY(created->ok());
        std::optional<Status> removed;
        users.remove(created->value(), this, [&removed](const Status& r) { removed.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 30000));
        QVERIFY(removed->ok());

        m_api = new ApiClient(m_http, m_session, this);
        m_admin = new KeycloakAdmin(m_api, m_stack.keycloakUrl(), m_stack.realm(), this);
        m_ledger = new LedgerController(
            m_secrets, m_session, m_admin,
            [this](const QString&, QObject*, std::function<void(const Status&)> done) {
                ++m_stepUps;
                done(m_stepUpSucceeds ? Status(success()) : Status(Error::cancelled("step-up", "cancelled")));
            },
            this);
    }

    void opensTheLedgerAndRecordsKeycloakEvents()
    {
        QSignalSpy opened(m_ledger, &LedgerController::opened);
        m_ledger->open(m_dir.filePath("custos.ledger"), "custos.test/window");
        QVERIFY(opened.wait(30000));
        // Keys went to the keychain (here the in-memory store), never next to the database.
        QVERIFY(QTest::qWaitFor([&] { return !m_ledger->isIngesting(); }, 120000));
        QVERIFY2(m_ledger->statusText().contains("records"), qPrintable(m_ledger->statusText()));
        const auto all = records();
        QVERIFY(std::any_of(all.begin(), all.end(),
                            [](const QJsonObject& r) { return r.value("source") == "keycloak-admin"; }));
        QVERIFY(std::any_of(all.begin(), all.end(),
                            [](const QJsonObject& r) { return r.value("source") == "keycloak-user"; }));
    }

    void exportsNeedStepUpAndAreRecorded()
    {
        const int before = m_stepUps;
        const QString evidence = m_dir.filePath("out.custos-ledger");
        QVERIFY(exportAs(evidence, LedgerAuditTrail::ExportFormat::Evidence).ok());
        QCOMPARE(m_stepUps, before + 1);
        auto loaded = LedgerVerifier::load(evidence);
        QVERIFY(loaded.ok());
        const VerificationReport report = LedgerVerifier::verify(loaded.value(), {});
        QVERIFY2(report.ok(), "the export verifies");

        QVERIFY(exportAs(m_dir.filePath("out.csv"), LedgerAuditTrail::ExportFormat::Csv).ok());
        QFile csv(m_dir.filePath("out.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("seq,time,source,actor,action"));
        QVERIFY(exportAs(m_dir.filePath("out.jsonl"), LedgerAuditTrail::ExportFormat::JsonLinesHmac).ok());
        auto seed = LedgerExport::verifyHmacJsonl(m_dir.filePath("out.jsonl"), m_ledger->trail()->hmacKey());
        QVERIFY(seed.ok());
        QVERIFY(seed->total > 0);
        QCOMPARE(seed->valid, seed->total);

        const auto all = records();
        const qsizetype exports = std::count_if(all.begin(), all.end(), [](const QJsonObject& r) {
            return r.value("action") == "LEDGER_EXPORTED" && r.value("outcome") == "SUCCESS";
        });
        QCOMPARE(exports, qsizetype(3));
        QCOMPARE(all.last().value("actor").toObject().value("username").toString(), QStringLiteral("ada"));

        // Progress arrives on this thread; a cancelled export writes nothing and is recorded as a failure.
        QList<qint64> seen;
        auto cancelled = std::make_shared<std::atomic<bool>>(true);
        std::optional<Status> stopped;
        const QString cancelledPath = m_dir.filePath("cancelled.custos-ledger");
        m_ledger->exportLedger(
            cancelledPath, LedgerAuditTrail::ExportFormat::Evidence, this,
            [&stopped](const Status& s) { stopped.emplace(s); }, [&seen](qint64 done, qint64) { seen.append(done); },
            cancelled);
        QVERIFY(QTest::qWaitFor([&] { return stopped.has_value(); }, 30000));
        QVERIFY(!stopped->ok());
        QCOMPARE(stopped->error().kind, Error::Kind::Cancelled);
        QVERIFY(!QFile::exists(cancelledPath));
        QCOMPARE(records().last().value("outcome").toString(), QStringLiteral("FAILURE"));
        QTRY_COMPARE(seen, QList<qint64>{0});
        const qsizetype afterCancel = records().size();

        // No step-up, no export: nothing written, nothing recorded as exported.
        m_stepUpSucceeds = false;
        const QString refused = m_dir.filePath("refused.custos-ledger");
        const Status denied = exportAs(refused, LedgerAuditTrail::ExportFormat::Evidence);
        m_stepUpSucceeds = true;
        QVERIFY(!denied.ok());
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(records().size(), afterCancel);
    }

    void reportsNeedStepUpAndAreRecorded()
    {
        const auto call = [this](auto&& start) {
            std::optional<Status> result;
            start([&result](const Status& s) { result.emplace(s); });
            return QTest::qWaitFor([&] { return result.has_value(); }, 30000) ? *result : Status(Error{});
        };
        const int before = m_stepUps;
        QVERIFY(call([this](auto done) { m_ledger->confirmReport(this, done); }).ok());
        QCOMPARE(m_stepUps, before + 1);
        const QString pdf = m_dir.filePath("report.pdf");
        QVERIFY(call([&](auto done) { m_ledger->recordReport(pdf, success(), this, done); }).ok());
        QJsonObject last = records().last();
        QCOMPARE(last.value("action").toString(), QStringLiteral("LEDGER_EXPORTED"));
        QCOMPARE(last.value("outcome").toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(last.value("details").toObject().value("format").toString(), QStringLiteral("pdf-report"));
        QCOMPARE(last.value("target").toObject().value("name").toString(), QStringLiteral("report.pdf"));

        // A report the operator cancelled is recorded too, as a failure, and the caller still hears why.
        const Error cancelled{Error::Kind::Cancelled, "Could not write the audit report", "cancelled", {}, 0};
        const Status recorded = call([&](auto done) { m_ledger->recordReport(pdf, cancelled, this, done); });
        QVERIFY(!recorded.ok());
        QCOMPARE(recorded.error().kind, Error::Kind::Cancelled);
        last = records().last();
        QCOMPARE(last.value("outcome").toString(), QStringLiteral("FAILURE"));
        QCOMPARE(last.value("details").toObject().value("format").toString(), QStringLiteral("pdf-report"));

        // No step-up, no report.
        m_stepUpSucceeds = false;
        const Status denied = call([this](auto done) { m_ledger->confirmReport(this, done); });
        m_stepUpSucceeds = true;
        QVERIFY(!denied.ok());
    }

    // The platform's feed joins the background recording once set: its events land with source "platform" and a
    // second run adds nothing new. vera (viewer) reads the whole feed (audit:read).
    void recordsThePlatformFeedWhenSet()
    {
        auto* account = new test::ServiceAccount(m_http, m_stack, this);
        auto* vera = new test::UserToken(account, "vera", m_stack.value("CUSTOS_DEMO_VERA_PASSWORD"), this);
        auto* platform = new PlatformApi(new ApiClient(m_http, vera, this), m_stack.profile().platformUrl, this);
        QVERIFY(QTest::qWaitFor([&] { return !m_ledger->isIngesting(); }, 120000));
        const auto platformRecords = [this] {
            const auto all = records();
            return std::count_if(all.begin(), all.end(),
                                 [](const QJsonObject& r) { return r.value("source") == "platform"; });
        };
        QCOMPARE(platformRecords(), 0);
        m_ledger->setPlatformFeed(platform);
        QVERIFY(m_ledger->isIngesting());
        // Stopped at once: it ends quietly after the page in flight, and the next run resumes.
        m_ledger->cancelIngestion();
        QVERIFY(QTest::qWaitFor([&] { return !m_ledger->isIngesting(); }, 120000));
        QVERIFY2(m_ledger->statusText().contains("records"), qPrintable(m_ledger->statusText()));
        m_ledger->recordPlatformEvents();
        QVERIFY(QTest::qWaitFor([&] { return !m_ledger->isIngesting(); }, 120000));
        QVERIFY2(!m_ledger->statusText().contains("not recorded") && !m_ledger->statusText().contains("BROKEN"),
                 qPrintable(m_ledger->statusText()));
        const auto first = platformRecords();
        QVERIFY2(first > 0, "the devstack's platform has audit events from its seed data and earlier tests");

        m_ledger->recordPlatformEvents();
        QVERIFY(QTest::qWaitFor([&] { return !m_ledger->isIngesting(); }, 120000));
        QCOMPARE(platformRecords(), first);
        m_ledger->setPlatformFeed(nullptr);
    }
};

QTEST_MAIN(TestLedgerController)
#include "test_ledger_controller.moc"
