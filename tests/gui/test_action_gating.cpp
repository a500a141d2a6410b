// What each persona's own token lets them do, as the pages show it: actions enabled only when they can succeed,
// the tooltip of a disabled one naming the missing role or scope, and a page the persona may not read saying so
// in one line instead of showing the server's refusals. Every console here acts with the persona's own token.
#include "core/actions/ActionContext.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/platform/ExpiryCollector.h"
#include "tests/gui/PlatformConsoleFixture.h"
#include "ui/certificates/CertificatesPage.h"
#include "ui/certificates/TenantCaPanel.h"
#include "ui/expiry/ExpirySummary.h"
#include "ui/keys/KeyRotationPanel.h"
#include "ui/keys/RealmKeysPage.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/tenants/TenantsModel.h"
#include "ui/tenants/TenantsPage.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersModel.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/AccessNotice.h"
#include "ui/widgets/ConfirmationDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace custos;

namespace {

constexpr int serverWait = PlatformConsoleFixture::serverWait;

const QList<UserAction> writeActions{UserAction::Create,          UserAction::ChangeAccess,  UserAction::Offboard,
                                     UserAction::ResetMfa,        UserAction::ResetPassword, UserAction::Unlock,
                                     UserAction::SendActionsEmail};

AccessNotice* noticeIn(const QWidget* page)
{
    return page->findChild<AccessNotice*>(QStringLiteral("accessNotice"));
}

// No banner of the page shows a failure (the server's 403s would be failures).
bool noFailureShown(const QWidget* page)
{
    const QList<OutcomeBar*> bars = page->findChildren<OutcomeBar*>();
    return std::none_of(bars.begin(), bars.end(), [](const OutcomeBar* bar) { return bar->isFailure(); });
}

// Every text of a detail tab's tree, first column.
QString treeText(const QWidget* tab)
{
    QStringList texts;
    const auto* tree = tab->findChild<QTreeWidget*>(QStringLiteral("tabTree"));
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it)
        texts.append((*it)->text(0));
    return texts.join(u'\n');
}

} // namespace

class TestActionGating : public QObject
{
    Q_OBJECT
private:
    PlatformConsoleFixture* m_fixture = nullptr;
    std::unique_ptr<TestConsole> m_harry;
    std::unique_ptr<TestConsole> m_carl;
    std::unique_ptr<TestConsole> m_vera;

    // The users page as `console`'s persona sees it: their own token, their own roles, the ledger open, alice
    // found and selected.
    struct UsersView
    {
        UserAccessApi access;
        UserSecurityApi security;
        UsersPage page;
        explicit UsersView(TestConsole& console)
            : access(console.admin)
            , security(console.admin)
            , page(console.users, &access, &security, console.actions)
        {
            page.show();
        }
    };

    static bool selectAlice(UsersPage& page)
    {
        page.findChild<QLineEdit*>(QStringLiteral("searchField"))->setText(QStringLiteral("alice"));
        page.submitSearch();
        UsersModel& model = *page.model();
        if (!QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() > 0; }, serverWait))
            return false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.user(row).username == QStringLiteral("alice")) {
                page.findChild<QTableView*>(QStringLiteral("usersTable"))->selectRow(row);
                return page.selectedUsers().size() == 1;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        m_fixture = new PlatformConsoleFixture(this);
        const QString problem = m_fixture->setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_harry = m_fixture->console(QStringLiteral("harry"));
        m_carl = m_fixture->console(QStringLiteral("carl"));
        m_vera = m_fixture->console(QStringLiteral("vera"));
    }

    void veraReadsUsersAndChangesNone()
    {
        QVERIFY2(!m_vera->actor.roles.contains(QStringLiteral("manage-users")),
                 qPrintable(m_vera->actor.roles.join(',')));
        UsersView view(*m_vera);
        QVERIFY(selectAlice(view.page));
        for (UserAction action : writeActions) {
            QAction* qaction = view.page.action(action);
            QVERIFY2(!qaction->isEnabled(), qPrintable(qaction->objectName()));
            // "Needs the realm-management role(s) manage-users[, view-…]; you have: …"
            const QString tip = qaction->toolTip();
            QVERIFY2(tip.startsWith(QStringLiteral("Needs the realm-management role")) &&
                         tip.section(QStringLiteral("; you have:"), 0, 0).contains(QStringLiteral("manage-users")),
                     qPrintable(tip));
        }
        QAction* revoke = view.page.detailPanel()->revokeSessionAction();
        QVERIFY(!revoke->isEnabled());
        QVERIFY2(revoke->toolTip().contains(QStringLiteral("manage-users")), qPrintable(revoke->toolTip()));
    }

    void veraReadsThePlatformAndChangesNothingThere()
    {
        TenantsPage tenants(m_vera->context);
        tenants.show();
        tenants.submitSearch();
        QTRY_VERIFY_WITH_TIMEOUT(tenants.model()->rowCount() > 0, serverWait);
        QVERIFY(noticeIn(&tenants)->isHidden());
        QVERIFY(!tenants.createAction()->isEnabled());
        QVERIFY2(tenants.createAction()->toolTip().contains(QStringLiteral("tenants:write")),
                 qPrintable(tenants.createAction()->toolTip()));

        CertificatesPage certificates(m_vera->context);
        certificates.show();
        certificates.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!certificates.certificates().isEmpty(), serverWait);
        QVERIFY(!certificates.stageAction()->isEnabled());
        QVERIFY2(certificates.stageAction()->toolTip().contains(QStringLiteral("platform-certificates:write")),
                 qPrintable(certificates.stageAction()->toolTip()));
        QVERIFY(noFailureShown(&certificates));
    }

    // vera has no view-realm: the realm keys page says so once and asks Keycloak nothing.
    void veraIsToldOnceThatSheCannotSeeTheRealmKeys()
    {
        QVERIFY(!m_vera->actor.roles.contains(QStringLiteral("view-realm")));
        RealmKeysPage keys(m_vera->actions, m_vera->keys, m_vera->admin);
        keys.show();
        keys.reload();
        AccessNotice* notice = noticeIn(&keys);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().startsWith(QStringLiteral("Your account cannot see the realm's keys.")),
                 qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QStringLiteral("view-realm")), qPrintable(notice->text()));
        QVERIFY(keys.table()->isHidden());
        QCOMPARE(keys.table()->rowCount(), 0);
        QVERIFY(noFailureShown(&keys));
    }

    // carl may rotate the realm's signing key, but not without saying why: the step's confirmation stays disabled
    // until he gives a reason. (Cancelled here: the rotation itself runs in test_platform_operations.)
    void carlsKeyRotationStepAsksForAReason()
    {
        RealmKeysPage keys(m_carl->actions, m_carl->keys, m_carl->admin);
        keys.show();
        keys.reload();
        QPushButton* add = keys.rotationPanel()->stepButton(KeyRotationPanel::Step::AddKey);
        QTRY_VERIFY2_WITH_TIMEOUT(add->isEnabled(), qPrintable(add->toolTip()), serverWait);
        add->click();
        auto* confirmation = keys.findChild<ConfirmationDialog*>(QStringLiteral("rotationConfirmBox"));
        QVERIFY(confirmation && confirmation->isVisible());
        auto* confirm = confirmation->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        QVERIFY(!confirm->isEnabled());
        auto* reason = confirmation->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        reason->setPlainText(QStringLiteral("short"));
        QVERIFY(!confirm->isEnabled());
        reason->setPlainText(QStringLiteral("Yearly rotation of the signing key"));
        QVERIFY(confirm->isEnabled());
        confirmation->reject();
        QCOMPARE(keys.rotationPanel()->step(), KeyRotationPanel::Step::AddKey);
    }

    // harry's change of roles and groups would hang on "Reading roles…" without view-realm: it is disabled, and
    // its tooltip names the read roles he lacks.
    void harryCanChangeAccessOnlyWithTheRolesItNeeds()
    {
        const QStringList roles = m_harry->actor.roles;
        QVERIFY(roles.contains(QStringLiteral("manage-users")));
        UsersView view(*m_harry);
        QVERIFY(selectAlice(view.page));
        QAction* changeAccess = view.page.action(UserAction::ChangeAccess);
        const bool canRead =
            roles.contains(QStringLiteral("view-realm")) && roles.contains(QStringLiteral("query-clients"));
        QCOMPARE(changeAccess->isEnabled(), canRead);
        for (const QString& read : {QStringLiteral("view-realm"), QStringLiteral("query-clients")})
            if (!roles.contains(read))
                QVERIFY2(changeAccess->toolTip().contains(read), qPrintable(changeAccess->toolTip()));
        QAction* resetPassword = view.page.action(UserAction::ResetPassword);
        QCOMPARE(resetPassword->isEnabled(), roles.contains(QStringLiteral("query-clients")));
        if (!resetPassword->isEnabled())
            QVERIFY2(resetPassword->toolTip().contains(QStringLiteral("query-clients")),
                     qPrintable(resetPassword->toolTip()));
        // The required-actions e-mail needs only what his role gives.
        QVERIFY(view.page.action(UserAction::SendActionsEmail)->isEnabled());

        // Keycloak would answer his reads of alice's role mappings with a filtered list: the tab says so instead.
        auto* tabs = view.page.findChild<QTabWidget*>(QStringLiteral("userDetailTabs"));
        auto* rolesTab = view.page.findChild<QWidget*>(QStringLiteral("rolesTab"));
        tabs->setCurrentWidget(rolesTab);
        QTRY_VERIFY_WITH_TIMEOUT(treeText(rolesTab).contains(QStringLiteral("Administration roles")), serverWait);
        for (const QString& read : {QStringLiteral("view-realm"), QStringLiteral("query-clients")})
            QCOMPARE(treeText(rolesTab).contains(QStringLiteral("Not shown. Needs the realm-management role ") + read),
                     !roles.contains(read));
        auto* eventsTab = view.page.findChild<QWidget*>(QStringLiteral("eventsTab"));
        tabs->setCurrentWidget(eventsTab);
        if (!roles.contains(QStringLiteral("view-events")))
            QTRY_VERIFY_WITH_TIMEOUT(treeText(eventsTab).startsWith(QStringLiteral("Your account cannot see this. "
                                                                                   "Needs the realm-management role "
                                                                                   "view-events")),
                                     serverWait);
    }

    // harry has no platform role: the platform pages say so in one line each, and show no refusal.
    void harrySeesOneLineInsteadOfRefusals()
    {
        QVERIFY(m_harry->actions->hasPlatformIdentity());
        QVERIFY(m_harry->actions->platformIdentity().permissions.isEmpty());

        TenantsPage tenants(m_harry->context);
        tenants.show();
        tenants.submitSearch();
        AccessNotice* notice = noticeIn(&tenants);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Your account cannot see tenants. Needs the platform scope "
                                                "tenants:read; a platform administrator can grant it."));
        QVERIFY(!tenants.model()->isLoading());
        QCOMPARE(tenants.model()->rowCount(), 0);
        QVERIFY(noFailureShown(&tenants));

        CertificatesPage certificates(m_harry->context);
        certificates.show();
        certificates.reload();
        QStringList lines;
        for (const AccessNotice* line : certificates.findChildren<AccessNotice*>()) {
            QVERIFY(!line->isHidden()); // the tenant CA tab's line is shown when its tab is
            lines.append(line->text());
        }
        QCOMPARE(lines.size(), 2); // the platform certificates' tab and the tenant CA certificates' tab
        QVERIFY2(lines.join('\n').contains(QStringLiteral("platform-certificates:read")), qPrintable(lines.join('\n')));
        QVERIFY2(lines.join('\n').contains(QStringLiteral("tenant-ca-certificates:read")),
                 qPrintable(lines.join('\n')));
        QVERIFY(certificates.certificates().isEmpty());
        QCOMPARE(certificates.tenantCaPanel()->table()->rowCount(), 0);
        QVERIFY(noFailureShown(&certificates));
    }

    // The overview says "nothing expires" only of what it could check: harry may read no source, so nothing is
    // asked (the report comes at once) and the summary says what was not checked and why.
    void harrysOverviewSaysWhatCouldNotBeChecked()
    {
        ExpiryCollector collector(m_harry->platform, m_harry->keys);
        ExpirySummary summary(&collector);
        collector.setGate(m_harry->actions->gate());
        QSignalSpy finished(&collector, &ExpiryCollector::finished);
        collector.collect();
        QCOMPARE(finished.size(), 1); // answered without a request
        const auto report = finished.first().first().value<ExpiryReport>();
        QVERIFY(report.checked.isEmpty());
        QVERIFY(report.problems.isEmpty());
        QCOMPARE(report.skipped.size(), 3);
        const QString text = summary.accessibleDescription();
        QVERIFY2(text.startsWith(QStringLiteral("Nothing could be checked.")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Nothing expires")), qPrintable(text));
        for (const QString& missing : {QStringLiteral("platform-certificates:read"),
                                       QStringLiteral("tenant-ca-certificates:read"), QStringLiteral("view-realm")})
            QVERIFY2(text.contains(missing), qPrintable(text));
    }

    // vera reads the platform's certificates but not the realm keys: what was checked is counted, the rest named.
    void verasOverviewCountsWhatWasCheckedAndNamesTheRest()
    {
        ExpiryCollector collector(m_vera->platform, m_vera->keys);
        ExpirySummary summary(&collector);
        collector.setGate(m_vera->actions->gate());
        QSignalSpy finished(&collector, &ExpiryCollector::finished);
        collector.collect();
        QVERIFY(finished.size() == 1 || finished.wait(serverWait));
        const auto report = finished.first().first().value<ExpiryReport>();
        QStringList checked = report.checked; // in the order the answers came
        checked.sort();
        QCOMPARE(checked,
                 QStringList({QStringLiteral("platform certificates"), QStringLiteral("tenant CA certificates")}));
        QCOMPARE(report.skipped.size(), 1);
        QCOMPARE(report.skipped.first().what, QStringLiteral("Realm keys"));
        QVERIFY(report.problems.isEmpty());
        const QString text = summary.accessibleDescription();
        QVERIFY2(!text.startsWith(QStringLiteral("Nothing could be checked")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Realm keys not checked: Needs the realm-management role view-realm")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestActionGating)
#include "test_action_gating.moc"
