#include "core/audit/LedgerAuditTrail.h"
#include "core/auth/Identity.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/OrganizationsApi.h"
#include "core/keycloak/RealmKeysApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/keys/RealmKeyOperations.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerStore.h"
#include "core/platform/ExpiryCollector.h"
#include "core/platform/PlatformApi.h"
#include "core/platform/PlatformAuditIngestor.h"
#include "core/tenants/CertificateOperations.h"
#include "core/tenants/TenantOperations.h"
#include "tests/support/Await.h"
#include "tests/support/DevStack.h"
#include "tests/support/LedgerRecords.h"
#include "tests/support/ServiceAccount.h"
#include "tests/support/UserToken.h"
#include "tests/unit/x509/TestCertificates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <sqlite3.h>

using namespace custos;
using custos::test::await;
using custos::test::awaitStatus;
using custos::test::UserToken;

namespace {

// Everything one signed-in user works with.
struct Console
{
    ApiClient* api = nullptr;
    KeycloakAdmin* admin = nullptr;
    PlatformApi* platform = nullptr;
    OrganizationsApi* organizations = nullptr;
    RealmKeysApi* keys = nullptr;
    UsersApi* users = nullptr;
    Operator actor;
    QStringList realmRoles; // the effective realm-management roles of the user's own token
};

} // namespace

// Console core ↔ the Platform Admin API reference service ↔ Keycloak, for every operation, with RBAC denials and
// the ledger records each one leaves.
class TestPlatformOperations : public QObject
{
    Q_OBJECT
private:
    test::DevStack m_stack;
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;
    QTemporaryDir m_dir;
    QString m_ledgerPath;
    QStringList m_ran; // correlation ids of the operations a test ran; cleanup() checks their records
    LedgerAuditTrail* m_audit = nullptr;
    Console m_carl; // cpi-admin (and manage-realm in Keycloak)
    Console m_tina; // tenant-admin of acme
    Console m_vera; // viewer

    Console console(const QString& username)
    {
        auto* token =
            new UserToken(m_account, username, m_stack.value("CUSTOS_DEMO_" + username.toUpper() + "_PASSWORD"), this);
        if (!awaitStatus([&](auto done) { token->refreshAccessToken(this, done); }).ok())
            qFatal("no token for %s", qPrintable(username));
        Console c;
        c.api = new ApiClient(m_http, token, this);
        c.admin = new KeycloakAdmin(c.api, m_stack.keycloakUrl(), m_stack.realm(), this);
        c.platform = new PlatformApi(c.api, QUrl(m_stack.value("CUSTOS_PLATFORM_URL")), this);
        c.organizations = new OrganizationsApi(c.admin, this);
        c.keys = new RealmKeysApi(c.admin, this);
        c.users = new UsersApi(c.admin, this);
        auto me = await<PlatformIdentity>([&](auto done) { c.platform->me(this, done); });
        if (!me.ok())
            qFatal("me: %s", qPrintable(me.error().userMessage()));
        c.actor = Operator{me->sub, me->username, me->roles, QDateTime::currentDateTimeUtc()};
        c.realmRoles = Identity::realmManagementRoles(token->accessToken());
        return c;
    }

    PlatformServices services(const Console& c) const
    {
        return PlatformServices{c.platform, c.organizations, c.users, m_audit};
    }

    OperationOutcome run(AuditedOperation* operation)
    {
        QSignalSpy finished(operation, &AuditedOperation::finished);
        operation->start();
        if (finished.isEmpty() && !finished.wait(120000))
            qFatal("operation %s did not finish", qPrintable(operation->auditAction()));
        m_ran.append(operation->correlationId());
        return finished.first().first().value<OperationOutcome>();
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

    static QStringList stateNames(const OperationOutcome& outcome)
    {
        QStringList out;
        for (const StepRecord& step : outcome.steps)
            out.append(stepStateName(step.state));
        return out;
    }

    QJsonObject recordFor(const OperationOutcome& outcome)
    {
        const auto records = ledgerRecords();
        for (const QJsonObject& record : records)
            if (record.value("source_id").toString() == outcome.correlationId)
                return record;
        return {};
    }

    VersionedTenant tenantBySlug(const Console& c, const QString& slug)
    {
        auto found = await<std::optional<Tenant>>([&](auto done) { c.platform->tenantBySlug(slug, this, done); });
        if (!found.ok() || !found->has_value())
            qFatal("no tenant %s", qPrintable(slug));
        auto versioned = await<VersionedTenant>([&](auto done) { c.platform->tenant(found->value().id, this, done); });
        return versioned.value();
    }

    std::optional<Organization> organization(const QString& alias)
    {
        return await<std::optional<Organization>>(
                   [&](auto done) { m_carl.organizations->findByAlias(alias, this, done); })
            .value();
    }

    static QString uniqueSlug(const QString& prefix)
    {
        return prefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<OperationOutcome>();
        qRegisterMetaType<PlatformAuditIngestor::Summary>();
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
        QVERIFY2(!m_stack.value("CUSTOS_PLATFORM_URL").isEmpty(), "the devstack runs no platform service");
        m_http = new HttpClient(this);
        m_account = new test::ServiceAccount(m_http, m_stack, this);
        QVERIFY(m_dir.isValid());
        m_ledgerPath = m_dir.filePath("audit.ledger");
        auto keys = LedgerKeys::generate();
        QVERIFY(keys.ok());
        LedgerStore::Meta meta;
        meta.origin = "custos.test/platform";
        meta.publicKey = keys->signingKey().publicKey();
        meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        meta.keyStorage = "key-file";
        auto store = LedgerStore::create(m_ledgerPath, meta);
        QVERIFY(store.ok());
        m_audit = new LedgerAuditTrail(std::move(store).value(), keys.value(), m_ledgerPath, this);
        m_carl = console("carl");
        m_tina = console("tina");
        m_vera = console("vera");
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

    void meListingAndEtags()
    {
        auto me = await<PlatformIdentity>([&](auto done) { m_tina.platform->me(this, done); });
        QVERIFY(me.ok());
        QCOMPARE(me->tenantClaim, QStringLiteral("acme"));
        QVERIFY(me->may("tenant-ca-certificates:write:own"));

        auto page = await<TenantPage>([&](auto done) {
            m_vera.platform->tenants(TenantQuery{"glob", {}, 10, {}}, this, done);
        });
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->items.first().slug, QStringLiteral("globex"));

        // Paging: one tenant per page until the cursor runs out.
        QStringList slugs;
        QString cursor;
        do {
            auto one = await<TenantPage>([&](auto done) {
                m_vera.platform->tenants(TenantQuery{{}, {}, 1, cursor}, this, done);
            });
            QVERIFY(one.ok());
            QVERIFY(one->items.size() <= 1);
            for (const Tenant& t : one->items)
                slugs.append(t.slug);
            cursor = one->nextCursor;
        } while (!cursor.isEmpty());
        QVERIFY(slugs.contains("acme") && slugs.contains("globex"));
        QVERIFY(std::is_sorted(slugs.begin(), slugs.end()));

        const VersionedTenant acme = tenantBySlug(m_carl, "acme");
        QVERIFY(acme.etag.startsWith("\"v"));
        QVERIFY(!acme.tenant.keycloakOrganizationId.isEmpty());
    }

    void theWizardCreatesLinksAndAssignsThenTheLifecycleRuns()
    {
        const QString slug = uniqueSlug("wiz");
        TenantCreationRequest request;
        request.tenant.slug = slug;
        request.tenant.name = "Wizard Test " + slug;
        request.tenant.plan = "free";
        request.admin = "alice";
        auto* creation = new TenantCreation(services(m_carl), m_carl.actor, request, this);
        const OperationOutcome created = run(creation);
        QVERIFY2(created.succeeded, qPrintable(created.summary));

        const VersionedTenant tenant = tenantBySlug(m_carl, slug);
        const auto org = organization(slug);
        QVERIFY(org.has_value());
        QCOMPARE(tenant.tenant.keycloakOrganizationId, org->id);
        auto members = await<QList<KeycloakUser>>(
            [&](auto done) { m_carl.organizations->members(org->id, {}, 0, 10, this, done); });
        QVERIFY(members.ok());
        QCOMPARE(members->size(), 1);
        QCOMPARE(members->first().username, QStringLiteral("alice"));
        const QJsonObject record = recordFor(created);
        QCOMPARE(record.value("action").toString(), QStringLiteral("TENANT_CREATE"));
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(record.value("tenant").toString(), slug);
        QCOMPARE(record.value("details").toObject().value("organization_id").toString(), org->id);
        // Write-ahead: the intent, with the four planned steps, came first and the outcome names its seq.
        const auto records = ledgerRecords();
        const auto intent = std::find_if(records.begin(), records.end(), [&created](const QJsonObject& r) {
            return r.value("source_id").toString() == created.correlationId + ":intent";
        });
        QVERIFY(intent != records.end());
        QCOMPARE(intent->value("action").toString(), QStringLiteral("TENANT_CREATE_INTENT"));
        QCOMPARE(intent->value("tenant").toString(), slug);
        QCOMPARE(intent->value("details").toObject().value("planned_steps").toArray().size(), 4);
        QCOMPARE(record.value("details").toObject().value("intent_seq").toInteger(), intent->value("seq").toInteger());
        QVERIFY(intent->value("seq").toInteger() < record.value("seq").toInteger());

        // Suspend with the ETag of the read; a second suspend with the now stale ETag is a clear 412.
        const OperationOutcome suspended = run(
            new TenantStatusChange(services(m_carl), m_carl.actor, tenant, TenantStatusChange::Change::Suspend, this));
        QVERIFY2(suspended.succeeded, qPrintable(suspended.summary));
        QCOMPARE(recordFor(suspended).value("action").toString(), QStringLiteral("TENANT_SUSPEND"));
        const OperationOutcome stale = run(new TenantStatusChange(services(m_carl), m_carl.actor, tenant,
                                                                  TenantStatusChange::Change::Reactivate, this));
        QVERIFY(!stale.succeeded);
        QCOMPARE(stale.error.httpStatus, 412);
        QVERIFY2(stale.error.why.contains("changed it since you read it"), qPrintable(stale.error.why));
        QCOMPARE(recordFor(stale).value("outcome").toString(), QStringLiteral("FAILURE"));

        const VersionedTenant current = tenantBySlug(m_carl, slug);
        QVERIFY(current.tenant.isSuspended());
        const OperationOutcome reactivated = run(new TenantStatusChange(services(m_carl), m_carl.actor, current,
                                                                        TenantStatusChange::Change::Reactivate, this));
        QVERIFY2(reactivated.succeeded, qPrintable(reactivated.summary));
        QCOMPARE(recordFor(reactivated).value("action").toString(), QStringLiteral("TENANT_REACTIVATE"));

        // Deleting with a stale ETag is refused by the platform; with the current one it goes, organization too.
        const OperationOutcome staleDelete =
            run(new TenantDeletion(services(m_carl), m_carl.actor, tenant, true, this));
        QVERIFY(!staleDelete.succeeded);
        QCOMPARE(staleDelete.error.httpStatus, 412);
        const OperationOutcome deleted =
            run(new TenantDeletion(services(m_carl), m_carl.actor, tenantBySlug(m_carl, slug), true, this));
        QVERIFY2(deleted.succeeded, qPrintable(deleted.summary));
        QCOMPARE(recordFor(deleted).value("action").toString(), QStringLiteral("TENANT_DELETE"));
        auto gone = await<std::optional<Tenant>>([&](auto done) { m_carl.platform->tenantBySlug(slug, this, done); });
        QVERIFY(gone.ok() && !gone->has_value());
        QVERIFY(!organization(slug).has_value());
    }

    void theWizardUndoesEverythingWhenTheAliasExists()
    {
        const QString slug = uniqueSlug("clash");
        OrganizationDraft squatter;
        squatter.name = "Squatter " + slug;
        squatter.alias = slug;
        auto squatterId = await<QString>([&](auto done) { m_carl.organizations->create(squatter, this, done); });
        QVERIFY(squatterId.ok());

        TenantCreationRequest request;
        request.tenant.slug = slug;
        request.tenant.name = "Clash " + slug;
        const OperationOutcome outcome = run(new TenantCreation(services(m_carl), m_carl.actor, request, this));
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.error.kind, Error::Kind::Conflict);
        // The tenant was created, then deleted again; the organization's creation failed, nothing after it ran.
        QCOMPARE(stateNames(outcome), QStringList({"undone", "not_run", "not_run"}));
        QVERIFY2(outcome.error.why.contains(QString("“create the tenant %1 on the platform”").arg(slug)),
                 qPrintable(outcome.error.why));
        auto left = await<std::optional<Tenant>>([&](auto done) { m_carl.platform->tenantBySlug(slug, this, done); });
        QVERIFY(left.ok() && !left->has_value());
        QCOMPARE(organization(slug)->id, squatterId.value()); // the other organization is untouched
        const QJsonObject record = recordFor(outcome);
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("FAILURE"));
        const QJsonArray steps = record.value("details").toObject().value("steps").toArray();
        QCOMPARE(steps.first().toObject().value("state").toString(), QStringLiteral("undone"));
        QVERIFY(awaitStatus([&](auto done) { m_carl.organizations->remove(squatterId.value(), this, done); }).ok());
    }

    void theWizardUndoesBothSystemsWhenTheInvitationFails()
    {
        // The devstack has no mail server, so Keycloak cannot send the invitation: the last step fails.
        const QString slug = uniqueSlug("invite");
        TenantCreationRequest request;
        request.tenant.slug = slug;
        request.tenant.name = "Invite " + slug;
        request.tenant.adminEmail = slug + "@nobody.example.org";
        const OperationOutcome outcome = run(new TenantCreation(services(m_carl), m_carl.actor, request, this));
        QVERIFY(!outcome.succeeded);
        // Tenant and organization undone; the link goes with them; the invitation failed.
        QCOMPARE(stateNames(outcome), QStringList({"undone", "undone", "applied", "not_run"}));
        auto left = await<std::optional<Tenant>>([&](auto done) { m_carl.platform->tenantBySlug(slug, this, done); });
        QVERIFY(left.ok() && !left->has_value());
        QVERIFY(!organization(slug).has_value());
    }

    // Another process holds the ledger's write lock (a sqlite3 shell in BEGIN EXCLUSIVE): carl's suspension cannot
    // record its intent, so it is refused and the platform is not touched.
    void aLockedLedgerRefusesTheSuspensionBeforeThePlatformIsTouched()
    {
        const VersionedTenant globex = tenantBySlug(m_carl, "globex");
        QVERIFY(!globex.tenant.isSuspended());
        const qsizetype recordsBefore = ledgerRecords().size();
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_ledgerPath).constData(), &other, SQLITE_OPEN_READWRITE, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        const OperationOutcome refused = run(
            new TenantStatusChange(services(m_carl), m_carl.actor, globex, TenantStatusChange::Change::Suspend, this));
        QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(other);
        m_ran.removeAll(refused.correlationId); // neither its intent nor its refusal could be written

        QVERIFY(!refused.succeeded);
        QVERIFY(refused.refused);
        QVERIFY2(refused.error.what.contains("nothing was changed"), qPrintable(refused.error.what));
        QVERIFY2(refused.error.why.contains("database is locked"), qPrintable(refused.error.why));
        const VersionedTenant after = tenantBySlug(m_carl, "globex");
        QVERIFY2(!after.tenant.isSuspended(), "the platform was touched although the intent was not recorded");
        QCOMPARE(after.etag, globex.etag);
        QCOMPARE(ledgerRecords().size(), recordsBefore);
    }

    void rbacDenialsAreClearAndAudited()
    {
        // tina (tenant-admin of acme) suspending globex: 403 from the platform, named, recorded.
        const VersionedTenant globex = tenantBySlug(m_carl, "globex");
        const OperationOutcome denied = run(
            new TenantStatusChange(services(m_tina), m_tina.actor, globex, TenantStatusChange::Change::Suspend, this));
        QVERIFY(!denied.succeeded);
        QCOMPARE(denied.error.kind, Error::Kind::Forbidden);
        QVERIFY2(denied.error.action.contains("cpi-admin"), qPrintable(denied.error.action));
        QVERIFY2(denied.error.why.contains("cpi-admin role"), qPrintable(denied.error.why));
        const QJsonObject record = recordFor(denied);
        QCOMPARE(record.value("outcome").toString(), QStringLiteral("FAILURE"));
        QCOMPARE(record.value("tenant").toString(), QStringLiteral("globex"));
        QCOMPARE(record.value("actor").toObject().value("username").toString(), QStringLiteral("tina"));
        QVERIFY(record.value("error").toString().startsWith("forbidden"));
        QCOMPARE(record.value("details").toObject().value("http_status").toInt(), 403);

        // tina staging a CA certificate into globex: 403 as well.
        const test::Key caKey = test::Key::ec("P-256");
        const test::Cert ca = test::makeCa("Globex Intruder CA", caKey);
        const OperationOutcome intruder = run(
            new StageTenantCaCertificate(services(m_tina), m_tina.actor, globex.tenant, "intruder", ca.pem(), this));
        QVERIFY(!intruder.succeeded);
        QCOMPARE(intruder.error.httpStatus, 403);

        // vera reads everything, changes nothing.
        auto certificates = await<QList<PlatformCertificate>>(
            [&](auto done) { m_vera.platform->platformCertificates({}, this, done); });
        QVERIFY(certificates.ok());
        QVERIFY(!certificates->isEmpty());
        const OperationOutcome veraSuspend = run(
            new TenantStatusChange(services(m_vera), m_vera.actor, globex, TenantStatusChange::Change::Suspend, this));
        QCOMPARE(veraSuspend.error.kind, Error::Kind::Forbidden);
        QVERIFY(!tenantBySlug(m_carl, "globex").tenant.isSuspended());
    }

    void platformCertificateLifecycle()
    {
        const test::Key caKey = test::Key::ec("P-256");
        const test::Cert ca = test::makeCa("Custos Test Platform CA", caKey);
        ValidationPolicy policy;
        policy.hostNames = {"platform.custos.test"};
        policy.trustedCaPem = ca.pem();
        policy.trustSystemStore = false;

        // Refused locally: nothing reaches the platform, the refusal is recorded without the key.
        test::CertSpec expiredSpec;
        expiredSpec.commonName = "platform.custos.test";
        expiredSpec.sans = {"DNS:platform.custos.test"};
        expiredSpec.notBeforeDays = -20;
        expiredSpec.notAfterDays = -1;
        const test::Key expiredKey = test::Key::ec("P-256");
        const test::Cert expired = test::makeCert(expiredSpec, expiredKey, &ca);
        CertificateUpload refusedUpload;
        refusedUpload.chainPem = expired.pem() + ca.pem();
        refusedUpload.keyPem = expiredKey.pem();
        const OperationOutcome refused =
            run(new StagePlatformCertificate(services(m_carl), m_carl.actor, refusedUpload, policy, this));
        QVERIFY(refused.refused);
        QVERIFY(refused.error.why.contains("expired on"));
        const QByteArray refusedRecord = QJsonDocument(recordFor(refused)).toJson();
        QVERIFY(refusedRecord.contains("\"refused\":true") || refusedRecord.contains("\"refused\": true"));
        QVERIFY(!refusedRecord.contains("PRIVATE KEY"));

        auto before = await<QList<PlatformCertificate>>(
            [&](auto done) { m_carl.platform->platformCertificates("active", this, done); });
        QVERIFY(before.ok() && before->size() == 1);
        const PlatformCertificate seed = before->first();

        test::CertSpec spec;
        spec.commonName = "platform.custos.test";
        spec.sans = {"DNS:platform.custos.test", "DNS:localhost"};
        const test::Key key = test::Key::ec("P-256");
        const test::Cert leaf = test::makeCert(spec, key, &ca);
        CertificateUpload upload;
        upload.format = CertificateUpload::Format::Pkcs12;
        upload.pkcs12 = leaf.pkcs12("p12-Secret!", {ca});
        upload.pkcs12Password = "p12-Secret!";
        auto* stage = new StagePlatformCertificate(services(m_carl), m_carl.actor, upload, policy, this);
        const OperationOutcome staged = run(stage);
        QVERIFY2(staged.succeeded, qPrintable(staged.summary));
        QCOMPARE(stage->staged().state, PlatformCertificate::State::Staged);
        const QByteArray stagedRecord = QJsonDocument(recordFor(staged)).toJson();
        QVERIFY(!stagedRecord.contains("p12-Secret!"));
        QCOMPARE(recordFor(staged).value("action").toString(), QStringLiteral("CERTIFICATE_STAGED"));

        const OperationOutcome activated = run(new PlatformCertificateChange(
            services(m_carl), m_carl.actor, stage->staged(), PlatformCertificateChange::Change::Activate, this));
        QVERIFY2(activated.succeeded, qPrintable(activated.summary));
        auto archived =
            await<PlatformCertificate>([&](auto done) { m_carl.platform->platformCertificate(seed.id, this, done); });
        QCOMPARE(archived->state, PlatformCertificate::State::Archived);

        // Restore the seed certificate; ours is archived in turn.
        const OperationOutcome restored = run(new PlatformCertificateChange(
            services(m_carl), m_carl.actor, archived.value(), PlatformCertificateChange::Change::Restore, this));
        QVERIFY2(restored.succeeded, qPrintable(restored.summary));
        QCOMPARE(recordFor(restored).value("action").toString(), QStringLiteral("CERTIFICATE_RESTORED"));

        // Stage another and discard it; discarding an active certificate is a clear 409.
        const test::Key key2 = test::Key::ec("P-256");
        const test::Cert leaf2 = test::makeCert(spec, key2, &ca);
        CertificateUpload pem;
        pem.chainPem = leaf2.pem() + ca.pem();
        pem.keyPem = key2.pem();
        auto* stage2 = new StagePlatformCertificate(services(m_carl), m_carl.actor, pem, policy, this);
        QVERIFY(run(stage2).succeeded);
        const OperationOutcome discarded = run(new PlatformCertificateChange(
            services(m_carl), m_carl.actor, stage2->staged(), PlatformCertificateChange::Change::Discard, this));
        QVERIFY2(discarded.succeeded, qPrintable(discarded.summary));
        QCOMPARE(recordFor(discarded).value("action").toString(), QStringLiteral("CERTIFICATE_DISCARDED"));
        const OperationOutcome activeDiscard = run(new PlatformCertificateChange(
            services(m_carl), m_carl.actor, seed, PlatformCertificateChange::Change::Discard, this));
        QCOMPARE(activeDiscard.error.kind, Error::Kind::Conflict);
        QVERIFY2(activeDiscard.error.why.contains("only a staged certificate"), qPrintable(activeDiscard.error.why));
    }

    void tenantCaLifecycleByTheTenantAdmin()
    {
        const VersionedTenant acme = tenantBySlug(m_tina, "acme");
        const test::Key caKey = test::Key::ec("P-256");
        const test::Cert ca =
            test::makeCa("Acme Client CA " + QUuid::createUuid().toByteArray(QUuid::Id128).left(6), caKey);
        auto* stage =
            new StageTenantCaCertificate(services(m_tina), m_tina.actor, acme.tenant, "acme clients", ca.pem(), this);
        const OperationOutcome staged = run(stage);
        QVERIFY2(staged.succeeded, qPrintable(staged.summary));
        QCOMPARE(recordFor(staged).value("tenant").toString(), QStringLiteral("acme"));
        const OperationOutcome activated =
            run(new TenantCaCertificateChange(services(m_tina), m_tina.actor, acme.tenant, stage->staged(),
                                              TenantCaCertificateChange::Change::Activate, this));
        QVERIFY2(activated.succeeded, qPrintable(activated.summary));
        auto listed = await<QList<TenantCaCertificate>>(
            [&](auto done) { m_vera.platform->tenantCaCertificates(acme.tenant.id, this, done); });
        QVERIFY(listed.ok());
        QVERIFY(std::any_of(listed->begin(), listed->end(),
                            [&](const TenantCaCertificate& c) { return c.id == stage->staged().id && c.active; }));
        const OperationOutcome deleted =
            run(new TenantCaCertificateChange(services(m_tina), m_tina.actor, acme.tenant, stage->staged(),
                                              TenantCaCertificateChange::Change::Delete, this));
        QVERIFY2(deleted.succeeded, qPrintable(deleted.summary));
        QCOMPARE(recordFor(deleted).value("action").toString(), QStringLiteral("TENANT_CA_CERT_DELETED"));

        // A server certificate is not a CA: refused locally.
        test::CertSpec leafSpec;
        const test::Cert leaf = test::makeCert(leafSpec, test::Key::ec("P-256"), &ca);
        const OperationOutcome notCa =
            run(new StageTenantCaCertificate(services(m_tina), m_tina.actor, acme.tenant, "leaf", leaf.pem(), this));
        QVERIFY(notCa.refused);
        QVERIFY(notCa.error.why.contains("not a CA certificate"));
    }

    void expiryOverviewListsCertificatesAndKeys()
    {
        auto* collector = new ExpiryCollector(m_carl.platform, m_carl.keys, this);
        // carl may read everything: his roles and his platform scopes.
        const auto me = await<PlatformIdentity>([&](auto done) { m_carl.platform->me(this, done); });
        QVERIFY(me.ok());
        ActionGate gate;
        gate.setRoles(m_carl.realmRoles);
        gate.setPlatformIdentity(me.value());
        collector->setGate(gate);
        QSignalSpy finished(collector, &ExpiryCollector::finished);
        collector->collect();
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<ExpiryReport>();
        QVERIFY2(report.problems.isEmpty(),
                 report.problems.isEmpty() ? "" : qPrintable(report.problems.first().userMessage()));
        QVERIFY(report.skipped.isEmpty());
        QCOMPARE(report.checked.size(), 3);
        QVERIFY(std::any_of(report.rows.begin(), report.rows.end(),
                            [](const ExpiryRow& r) { return r.kind == "platform certificate (active)"; }));
        QVERIFY(std::any_of(report.rows.begin(), report.rows.end(),
                            [](const ExpiryRow& r) { return r.source == "keycloak" && r.name.startsWith("RS256"); }));
        for (qsizetype i = 1; i < report.rows.size(); ++i)
            QVERIFY(report.rows.at(i - 1).notAfter <= report.rows.at(i).notAfter);
        // Seen from 29 days before the active platform certificate expires, it is flagged.
        const auto active = std::find_if(report.rows.begin(), report.rows.end(),
                                         [](const ExpiryRow& r) { return r.kind == "platform certificate (active)"; });
        collector->setNow(active->notAfter.addDays(-29));
        collector->collect();
        QVERIFY(finished.wait(60000));
        const auto later = finished.last().first().value<ExpiryReport>();
        QVERIFY(std::any_of(later.rows.begin(), later.rows.end(), [](const ExpiryRow& r) {
            return r.kind == "platform certificate (active)" && r.withinWarning;
        }));
    }

    // A tenant admin is given only their tenant's chain: it verifies, lands in the ledger, and keeps a resume point
    // of its own (the whole feed's ingestion below still starts from the beginning).
    void aTenantAdminIngestsTheirOwnChain()
    {
        const QString acmeId = tenantBySlug(m_carl, "acme").tenant.id;
        auto keys = LedgerKeys::generate();
        QVERIFY(keys.ok());
        LedgerStore::Meta meta{"custos.test/tenant-admin", keys->signingKey().publicKey(),
                               QUuid::createUuid().toString(QUuid::WithoutBraces), "key-file"};
        const QString path = m_dir.filePath("tenant-admin.ledger");
        auto store = LedgerStore::create(path, meta);
        QVERIFY(store.ok());
        auto* ledger = new LedgerAuditTrail(std::move(store).value(), keys.value(), path, this);
        QSettings state(m_dir.filePath("ingest.ini"), QSettings::IniFormat);
        PlatformAuditIngestor ingestor(m_tina.platform, ledger, &state, m_tina.actor);
        ingestor.setScope(acmeId);
        ingestor.setPageSize(5);
        const auto ingest = [&] {
            std::optional<Result<PlatformAuditIngestor::Summary>> result;
            const auto connection =
                connect(&ingestor, &PlatformAuditIngestor::finished, this,
                        [&result](const Result<PlatformAuditIngestor::Summary>& r) { result.emplace(r); });
            ingestor.start();
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
                qFatal("ingestion did not finish");
            disconnect(connection);
            return *result;
        };
        const auto first = ingest();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().userMessage()));
        QVERIFY(first->appended > 0);
        auto reopened = LedgerStore::open(path);
        QVERIFY(reopened.ok());
        const auto stored = (*reopened)->records(0, (*reopened)->recordCount().value());
        for (const auto& record : stored.value()) {
            const QJsonObject object = QJsonDocument::fromJson(record.bytes).object();
            QCOMPARE(object.value("tenant").toString(), QStringLiteral("acme")); // only acme's chain was given
        }
        const auto again = ingest();
        QVERIFY(again.ok());
        QCOMPARE(again->appended, 0);
    }

    void ingestionVerifiesTheChainsAndFlagsABreak()
    {
        QSettings state(m_dir.filePath("ingest.ini"), QSettings::IniFormat);
        auto* ingestor = new PlatformAuditIngestor(m_carl.platform, m_audit, &state, m_carl.actor, this);
        ingestor->setPageSize(7); // several pages
        QSignalSpy broken(ingestor, &PlatformAuditIngestor::chainBroken);
        // Result has no default constructor, so no QVariant: the runs are awaited through a lambda.
        auto ingest = [&]() {
            std::optional<Result<PlatformAuditIngestor::Summary>> result;
            const auto connection =
                connect(ingestor, &PlatformAuditIngestor::finished, this,
                        [&result](const Result<PlatformAuditIngestor::Summary>& r) { result.emplace(r); });
            ingestor->start();
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
                qFatal("ingestion did not finish");
            disconnect(connection);
            return *result;
        };
        auto first = ingest();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().userMessage()));
        QVERIFY(first->pages > 1);
        QVERIFY(first->appended > 10);
        QVERIFY(broken.isEmpty());
        const auto records = ledgerRecords();
        const auto platformRecords = std::count_if(records.begin(), records.end(), [](const QJsonObject& r) {
            return r.value("source").toString() == "platform";
        });
        QCOMPARE(qint64(platformRecords), first->appended);
        const auto denial = std::find_if(records.begin(), records.end(), [](const QJsonObject& r) {
            return r.value("source").toString() == "platform" && r.value("action").toString() == "ACCESS_DENIED" &&
                   r.value("actor").toObject().value("username").toString() == "tina";
        });
        QVERIFY2(denial != records.end(), "tina's denied suspension is in the ingested feed");
        QCOMPARE(denial->value("outcome").toString(), QStringLiteral("FAILURE"));
        QCOMPARE(denial->value("details").toObject().value("integrity_hash").toString().size(), 64);

        // Resumed: nothing new is appended.
        auto second = ingest();
        QVERIFY(second.ok());
        QCOMPARE(second->appended, 0);

        // Tamper with an ingested event of acme's chain in the reference service's database.
        const QString acmeId = tenantBySlug(m_carl, "acme").tenant.id;
        auto db = QSqlDatabase::addDatabase("QSQLITE", "platform-tamper");
        db.setDatabaseName(m_stack.value("CUSTOS_PLATFORM_DB"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'"));
        QList<QPair<QString, QString>> triggers;
        while (query.next())
            triggers.append({query.value(0).toString(), query.value(1).toString()});
        for (const auto& trigger : triggers)
            QVERIFY(query.exec("DROP TRIGGER " + trigger.first));
        QVERIFY(query.exec("SELECT id, details FROM audit_events WHERE chain = '" + acmeId + "' ORDER BY id LIMIT 1"));
        QVERIFY(query.next());
        const qint64 tamperedId = query.value(0).toLongLong();
        const QString original = query.value(1).toString();
        QSqlQuery update(db);
        update.prepare("UPDATE audit_events SET details = ? WHERE id = ?");
        update.addBindValue(QString(R"({"tampered": true})"));
        update.addBindValue(tamperedId);
        QVERIFY(update.exec());

        // A fresh run from the start re-verifies everything and stops at the modified event.
        ingestor->reset();
        auto third = ingest();

        // Put the row and the triggers back before checking anything: other suites share this devstack.
        update.addBindValue(original);
        update.addBindValue(tamperedId);
        QVERIFY(update.exec());
        for (const auto& trigger : triggers)
            QVERIFY(query.exec(trigger.second));
        db.close();

        QVERIFY(!third.ok());
        QCOMPARE(third.error().kind, Error::Kind::Integrity);
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken.first().at(0).toString(), acmeId);
        QCOMPARE(broken.first().at(1).toLongLong(), tamperedId);
        const auto after = ledgerRecords();
        const auto flagged = std::find_if(after.begin(), after.end(), [](const QJsonObject& r) {
            return r.value("action").toString() == "PLATFORM_AUDIT_CHAIN_BROKEN";
        });
        QVERIFY(flagged != after.end());
        QCOMPARE(flagged->value("outcome").toString(), QStringLiteral("FAILURE"));
        QCOMPARE(flagged->value("tenant").toString(), QStringLiteral("acme"));
        QCOMPARE(flagged->value("details").toObject().value("event_id").toInteger(), tamperedId);

        // With the row restored, the chain verifies again.
        ingestor->reset();
        QVERIFY(ingest().ok());
    }

    // Last: it replaces the realm's signing key.
    void realmKeyRotationEndToEnd()
    {
        auto before = await<RealmKeys>([&](auto done) { m_carl.keys->keys(this, done); });
        QVERIFY(before.ok());
        const QString oldKid = before->activeKids.value("RS256");
        QString oldProvider;
        for (const RealmKey& key : before->keys)
            if (key.kid == oldKid)
                oldProvider = key.providerId;
        QVERIFY(!oldProvider.isEmpty());

        // Deleting or passivating the only signing key is refused before anything is sent.
        const OperationOutcome early = run(new RealmKeyDeletion(m_carl.keys, m_audit, m_carl.actor, oldProvider, this));
        QVERIFY(early.refused);
        QVERIFY(early.error.why.contains("still signs"));

        auto* add = new RealmKeyAddition(m_carl.keys, m_audit, m_carl.actor, "RS256", this);
        const OperationOutcome added = run(add);
        QVERIFY2(added.succeeded, qPrintable(added.summary));
        QCOMPARE(recordFor(added).value("action").toString(), QStringLiteral("REALM_KEY_ADDED"));
        auto middle = await<RealmKeys>([&](auto done) { m_carl.keys->keys(this, done); });
        QVERIFY(middle->activeKids.value("RS256") != oldKid);

        const OperationOutcome passivated =
            run(new RealmKeyPassivation(m_carl.keys, m_audit, m_carl.actor, oldProvider, this));
        QVERIFY2(passivated.succeeded, qPrintable(passivated.summary));
        auto passive = await<RealmKeys>([&](auto done) { m_carl.keys->keys(this, done); });
        for (const RealmKey& key : passive->keys)
            if (key.providerId == oldProvider)
                QCOMPARE(key.status, QStringLiteral("PASSIVE"));

        const OperationOutcome deleted =
            run(new RealmKeyDeletion(m_carl.keys, m_audit, m_carl.actor, oldProvider, this));
        QVERIFY2(deleted.succeeded, qPrintable(deleted.summary));
        QCOMPARE(recordFor(deleted).value("action").toString(), QStringLiteral("REALM_KEY_DELETED"));
        auto after = await<RealmKeys>([&](auto done) { m_carl.keys->keys(this, done); });
        QVERIFY(std::none_of(after->keys.begin(), after->keys.end(),
                             [&](const RealmKey& k) { return k.providerId == oldProvider; }));

        // The new key signs: a fresh token works against the platform once its JWKS cache learns the new kid. The
        // service re-reads the key set at most every 10 s (so forged kids cannot make it hammer Keycloak): ask
        // until it answers, for at most 20 s.
        auto* token = new UserToken(m_account, "vera", m_stack.value("CUSTOS_DEMO_VERA_PASSWORD"), this);
        QVERIFY(awaitStatus([&](auto done) { token->refreshAccessToken(this, done); }).ok());
        ApiClient api(m_http, token);
        PlatformApi platform(&api, QUrl(m_stack.value("CUSTOS_PLATFORM_URL")));
        std::optional<Result<PlatformIdentity>> me;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000 && !(me && me->ok())) {
            me = await<PlatformIdentity>([&](auto done) { platform.me(this, done); });
            if (!me->ok())
                QTest::qWait(500);
        }
        QVERIFY2(me->ok(), me->ok() ? "" : qPrintable(me->error().userMessage()));
        QCOMPARE(me->value().username, QStringLiteral("vera"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformOperations)
#include "test_platform_operations.moc"
