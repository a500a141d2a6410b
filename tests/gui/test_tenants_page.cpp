// The tenants page against the real devstack: the lazy tenants model under QAbstractItemModelTester, the create
// wizard end to end (platform tenant + Keycloak organization + member), a wizard failure half-way that leaves
// nothing behind and says what state each system is in, deletion through the typed-slug confirmation, the reason
// and ticket every platform write asks for (kept in its intent record), and role gating for vera (viewer).
#include "Screenshots.h"
#include "core/actions/ActionContext.h"
#include "core/keycloak/OrganizationsApi.h"
#include "core/platform/PlatformApi.h"
#include "tests/gui/PlatformConsoleFixture.h"
#include "ui/certificates/CertificatesPage.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/tenants/TenantDeleteDialog.h"
#include "ui/tenants/TenantDetailPane.h"
#include "ui/tenants/TenantWizard.h"
#include "ui/tenants/TenantsModel.h"
#include "ui/tenants/TenantsPage.h"
#include "ui/widgets/ConfirmationDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace custos;

namespace {

constexpr int serverWait = PlatformConsoleFixture::serverWait;

QString uniqueSlug(const QString& prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QStringList itemTexts(const QListWidget* list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

} // namespace

class TestTenantsPage : public QObject
{
    Q_OBJECT
private:
    PlatformConsoleFixture* m_fixture = nullptr;
    std::unique_ptr<TestConsole> m_carl;
    std::unique_ptr<TestConsole> m_vera;

    // Fills the wizard's first two pages, gives the reason (and ticket) on the summary and presses Create there.
    static void runWizard(TenantWizard* wizard, const QString& slug, const QString& admin, const QString& ticket = {})
    {
        wizard->findChild<QLineEdit*>(QStringLiteral("wizardSlug"))->setText(slug);
        wizard->findChild<QLineEdit*>(QStringLiteral("wizardName"))->setText(QStringLiteral("GUI test ") + slug);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        if (admin.isEmpty()) {
            wizard->findChild<QRadioButton*>(QStringLiteral("wizardAdminNobody"))->setChecked(true);
        } else {
            wizard->findChild<QRadioButton*>(QStringLiteral("wizardAdminExisting"))->setChecked(true);
            wizard->findChild<QLineEdit*>(QStringLiteral("wizardAdmin"))->setText(admin);
        }
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("wizardSummary"))->text().contains(slug));
        QVERIFY(wizard->button(QWizard::CommitButton)->isVisible());
        QVERIFY2(!wizard->button(QWizard::CommitButton)->isEnabled(), "Create is offered without a reason");
        wizard->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("New customer signed this week"));
        wizard->findChild<QLineEdit*>(QStringLiteral("ticketEdit"))->setText(ticket);
        QVERIFY2(wizard->button(QWizard::CommitButton)->isEnabled(), "Create stays disabled with a reason");
        wizard->next(); // Create
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->runPage()->isRunning(), serverWait);
    }

private slots:
    void initTestCase()
    {
        Screenshots::prepare();
        m_fixture = new PlatformConsoleFixture(this);
        const QString problem = m_fixture->setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_carl = m_fixture->console(QStringLiteral("carl"));
        m_vera = m_fixture->console(QStringLiteral("vera"));
    }

    void theModelPagesLazilyAndPassesTheTester()
    {
        TenantsModel model(m_carl->platform);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &TenantsModel::pageLoaded);
        TenantQuery query;
        query.limit = 1; // one tenant per page: every further row comes from fetchMore
        model.setQuery(query);
        QVERIFY(loaded.wait(serverWait));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.total() >= 2);
        // The tester fetches too; each round waits for the page in flight, then asks for the next.
        for (;;) {
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), serverWait);
            if (!model.canFetchMore({}))
                break;
            const int before = model.rowCount();
            model.fetchMore({});
            QVERIFY(!model.canFetchMore({})); // one page at a time
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before, serverWait);
        }
        QCOMPARE(qint64(model.rowCount()), model.total());
        QStringList slugs;
        for (int row = 0; row < model.rowCount(); ++row)
            slugs.append(model.index(row, TenantsModel::Slug).data().toString());
        QVERIFY(slugs.contains(QStringLiteral("acme")) && slugs.contains(QStringLiteral("globex")));

        // A search starts over; the older query's pages no longer arrive.
        query.search = QStringLiteral("glob");
        query.limit = 50;
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, serverWait);
        QCOMPARE(model.index(0, TenantsModel::Slug).data().toString(), QStringLiteral("globex"));
        QVERIFY(model.index(0, TenantsModel::Status).data().toString().contains(QStringLiteral("Active")));
    }

    // The intent record of the last `action` in the ledger.
    std::optional<LedgerRecord> lastIntent(const QString& action) const
    {
        const QList<LedgerRecord> records = m_fixture->ledgerRecords();
        for (auto record = records.crbegin(); record != records.crend(); ++record)
            if (record->action == action + QStringLiteral("_INTENT"))
                return *record;
        return std::nullopt;
    }

    void theWizardCreatesTheTenantAndItsOrganization()
    {
        // This profile asks for a change ticket with every write; carl's console follows it for this test.
        JustificationPolicy policy;
        policy.ticketPattern = QStringLiteral("^(INC|CHG)-[0-9]+$");
        policy.ticketRequired = true;
        m_carl->actions->setJustificationPolicy(policy);
        const auto restore = qScopeGuard([this] { m_carl->actions->setJustificationPolicy({}); });

        TenantsPage page(m_carl->context);
        page.resize(1100, 700);
        page.show();
        page.submitSearch();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, serverWait);
        QVERIFY(page.createAction()->isEnabled());

        const QString slug = uniqueSlug(QStringLiteral("gui"));
        page.createAction()->trigger();
        TenantWizard* wizard = page.wizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        runWizard(wizard, slug, QStringLiteral("alice"), QStringLiteral("CHG-2001"));
        QVERIFY2(wizard->runPage()->outcome().succeeded, qPrintable(wizard->runPage()->outcome().summary));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("wizardResult"))->text().contains(slug));
        QVERIFY(!itemTexts(wizard->findChild<QListWidget*>(QStringLiteral("wizardSteps"))).isEmpty());
        wizard->accept();

        // On the platform, linked to an organization that has alice as its member.
        const VersionedTenant created = m_fixture->tenantBySlug(*m_carl, slug);
        QCOMPARE(created.tenant.slug, slug);
        QVERIFY(!created.tenant.keycloakOrganizationId.isEmpty());
        const auto org = PlatformConsoleFixture::await<Organization>(
            [&](auto done) { m_carl->organizations->get(created.tenant.keycloakOrganizationId, this, done); });
        QVERIFY(org.ok());
        QCOMPARE(org->alias, slug);

        // The page lists it, selects it and shows its members.
        QTRY_VERIFY_WITH_TIMEOUT(
            page.detailPane()->hasTenant() && page.detailPane()->tenant().tenant.id == created.tenant.id, serverWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            itemTexts(page.detailPane()->memberList()).join(u'\n').contains(QStringLiteral("alice")), serverWait);
        QVERIFY(m_fixture->ledgerActions().contains(QStringLiteral("TENANT_CREATE")));
        const auto creation = lastIntent(QStringLiteral("TENANT_CREATE"));
        QVERIFY(creation && creation->targetName == slug);
        QCOMPARE(creation->details.value(u"reason").toString(), QStringLiteral("New customer signed this week"));
        QCOMPARE(creation->details.value(u"ticket").toString(), QStringLiteral("CHG-2001"));
        QVERIFY(Screenshots::save(&page, QStringLiteral("tenants")));

        // Suspend through the page: confirmed with a reason and a ticket in the profile's format, then shown as
        // suspended; the intent record keeps both.
        QVERIFY(page.suspendAction()->isEnabled());
        page.suspendAction()->trigger();
        const QString reason = QStringLiteral("Invoices unpaid for three months");
        QCOMPARE(confirmWithReason(&page, QStringLiteral("tenantStatusConfirmBox"), reason, QStringLiteral("2002")),
                 QStringLiteral("tenantStatusConfirmBox cannot be confirmed with the reason “%1” and the ticket “2002”")
                     .arg(reason));
        auto* confirmBox = page.findChild<ConfirmationDialog*>(QStringLiteral("tenantStatusConfirmBox"));
        QVERIFY(confirmBox);
        confirmBox->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))->clear();
        confirmBox->findChild<QLineEdit*>(QStringLiteral("ticketEdit"))->clear();
        QCOMPARE(confirmWithReason(&page, QStringLiteral("tenantStatusConfirmBox"), reason, QStringLiteral("INC-2002")),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(page.detailPane()->hasTenant() && page.detailPane()->tenant().tenant.isSuspended(),
                                 serverWait);
        const auto suspended = lastIntent(QStringLiteral("TENANT_SUSPEND"));
        QVERIFY(suspended && suspended->targetName == slug);
        QCOMPARE(suspended->actorUsername, QStringLiteral("carl"));
        QCOMPARE(suspended->details.value(u"reason").toString(), reason);
        QCOMPARE(suspended->details.value(u"ticket").toString(), QStringLiteral("INC-2002"));

        // The last line of defence: a write asked for without a reason is refused before anything runs.
        const int recordsBefore = int(m_fixture->ledgerRecords().size());
        bool ran = false;
        QString why;
        m_carl->actions->whenAllowed(
            ActionId::TenantReactivate, Justification{QStringLiteral("too short"), QStringLiteral("CHG-1"), {}},
            [&ran] { ran = true; }, [&why](const Error& error) { why = error.userMessage(); });
        QVERIFY(!ran);
        QVERIFY2(why.contains(QStringLiteral("reason")), qPrintable(why));
        QCOMPARE(int(m_fixture->ledgerRecords().size()), recordsBefore);
        QVERIFY(page.reactivateAction()->isEnabled());
        QVERIFY(!page.suspendAction()->isEnabled());

        // Delete through the typed-slug confirmation, organization included.
        page.deleteAction()->trigger();
        auto* dialog = page.findChild<TenantDeleteDialog*>(QStringLiteral("tenantDeleteDialog"));
        QVERIFY(dialog);
        auto* remove = dialog->findChild<QPushButton*>(QStringLiteral("deleteConfirmButton"));
        auto* typed = dialog->findChild<QLineEdit*>(QStringLiteral("deleteSlugField"));
        typed->setText(slug.left(slug.size() - 1));
        QVERIFY(!remove->isEnabled());
        typed->setText(slug);
        QVERIFY2(!remove->isEnabled(), "deleted without a reason");
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("The trial ended without a contract"));
        QVERIFY2(!remove->isEnabled(), "deleted without the ticket the profile asks for");
        dialog->findChild<QLineEdit*>(QStringLiteral("ticketEdit"))->setText(QStringLiteral("CHG-2003"));
        QVERIFY(remove->isEnabled());
        QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("deleteOrganizationBox"))->isChecked());
        remove->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowOf(created.tenant.id), -1, serverWait);
        QVERIFY(m_fixture->tenantBySlug(*m_carl, slug).tenant.id.isEmpty());
        const auto gone = PlatformConsoleFixture::await<std::optional<Organization>>(
            [&](auto done) { m_carl->organizations->findByAlias(slug, this, done); });
        QVERIFY(gone.ok() && !gone->has_value());
        const auto deleted = lastIntent(QStringLiteral("TENANT_DELETE"));
        QVERIFY(deleted && deleted->targetName == slug);
        QCOMPARE(deleted->details.value(u"ticket").toString(), QStringLiteral("CHG-2003"));
    }

    void aFailureHalfWayIsUndoneAndExplained()
    {
        // An organization that already has the alias: the second step fails, the first is undone.
        const QString slug = uniqueSlug(QStringLiteral("clash"));
        OrganizationDraft squatter;
        squatter.name = QStringLiteral("Squatter ") + slug;
        squatter.alias = slug;
        const auto squatterId = PlatformConsoleFixture::await<QString>(
            [&](auto done) { m_carl->organizations->create(squatter, this, done); });
        QVERIFY(squatterId.ok());

        TenantsPage page(m_carl->context);
        page.show();
        page.openWizard();
        TenantWizard* wizard = page.wizard();
        runWizard(wizard, slug, {});
        const OperationOutcome& outcome = wizard->runPage()->outcome();
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.error.kind, Error::Kind::Conflict);
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        const QStringList systems = itemTexts(wizard->findChild<QListWidget*>(QStringLiteral("wizardSystemState")));
        QVERIFY2(systems.contains(QStringLiteral("create the tenant %1 on the platform: done, then undone").arg(slug)),
                 qPrintable(systems.join(u'|')));
        QVERIFY2(systems.value(1).startsWith(QStringLiteral("create the Keycloak organization %1: failed").arg(slug)),
                 qPrintable(systems.join(u'|')));
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("wizardResult"))->text().contains(slug));

        // Nothing is left behind, the other organization is untouched.
        QVERIFY(m_fixture->tenantBySlug(*m_carl, slug).tenant.id.isEmpty());
        const auto found = PlatformConsoleFixture::await<std::optional<Organization>>(
            [&](auto done) { m_carl->organizations->findByAlias(slug, this, done); });
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE(found->value().id, squatterId.value());

        // "Change and try again" goes back to the first page with what was typed.
        auto* retry = wizard->findChild<QPushButton*>(QStringLiteral("wizardRetry"));
        QVERIFY(retry->isVisible());
        retry->click();
        QCOMPARE(wizard->currentPage(), wizard->fieldsPage());
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("wizardSlug"))->text(), slug);
        wizard->reject();

        QVERIFY(PlatformConsoleFixture::await<Done>([&](auto done) {
                    m_carl->organizations->remove(squatterId.value(), this,
                                                  [done](const Status& status) { done(status); });
                }).ok());
    }

    void aViewerSeesEverythingAndChangesNothing()
    {
        TenantsPage page(m_vera->context);
        page.show();
        page.submitSearch();
        QTRY_VERIFY_WITH_TIMEOUT(
            page.model()->rowOf(m_fixture->tenantBySlug(*m_vera, QStringLiteral("acme")).tenant.id) >= 0, serverWait);
        QVERIFY(!page.createAction()->isEnabled());
        QVERIFY2(page.createAction()->toolTip().contains(QStringLiteral("tenants:write")),
                 qPrintable(page.createAction()->toolTip()));
        auto* table = page.findChild<QTableView*>(QStringLiteral("tenantTable"));
        table->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(page.detailPane()->hasTenant(), serverWait);
        for (QAction* action : {page.suspendAction(), page.deleteAction()}) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(QStringLiteral("tenants:write")), qPrintable(action->toolTip()));
        }
        auto* add = page.detailPane()->findChild<QPushButton*>(QStringLiteral("addMemberButton"));
        QVERIFY(!add->isEnabled());
        QVERIFY2(add->toolTip().contains(QStringLiteral("manage-realm")), qPrintable(add->toolTip()));

        CertificatesPage certificates(m_vera->context);
        certificates.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!certificates.certificates().isEmpty(), serverWait);
        certificates.selectCertificate(certificates.certificates().first().id);
        for (QAction* action : {certificates.stageAction(), certificates.activateAction(), certificates.restoreAction(),
                                certificates.discardAction()}) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(QStringLiteral("platform-certificates:write")),
                     qPrintable(action->toolTip()));
        }
    }
};

QTEST_MAIN(TestTenantsPage)
#include "test_tenants_page.moc"
