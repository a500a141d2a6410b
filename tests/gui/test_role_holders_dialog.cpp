// The "Who holds a role" dialog against the real devstack, each person with their own token: alice picks
// realm-management's manage-users and sees its six holders and how they hold it (the model checked by
// QAbstractItemModelTester); a search stopped half way shows nothing; ada, whose auditor composite lacks the reads,
// is told which roles are missing and the dialog asks the server nothing.
#include "core/actions/ActionGate.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/RolesApi.h"
#include "core/keycloak/UserAccessApi.h"
#include "tests/gui/Screenshots.h"
#include "tests/support/Await.h"
#include "tests/support/DevStack.h"
#include "tests/support/KeycloakServices.h"
#include "tests/support/ServiceAccount.h"
#include "tests/support/UserToken.h"
#include "ui/roles/RoleHoldersDialog.h"
#include "ui/roles/RoleHoldersModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace custos;

class TestRoleHoldersDialog : public QObject
{
    Q_OBJECT
private:
    test::DevStack m_stack;
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;

    struct Person
    {
        test::UserToken* token = nullptr;
        test::KeycloakServices keycloak;
        RolesApi* roles = nullptr;
        ActionGate gate;
    };

    Person signIn(const QString& username)
    {
        Person p;
        p.token = new test::UserToken(m_account, username,
                                      m_stack.value("CUSTOS_DEMO_" + username.toUpper() + "_PASSWORD"), this);
        const Status signedIn = test::awaitStatus([&](auto done) { p.token->refreshAccessToken(this, done); });
        if (!signedIn.ok())
            qFatal("%s cannot sign in: %s", qPrintable(username), qPrintable(signedIn.error().userMessage()));
        p.keycloak = test::KeycloakServices::of(m_http, p.token, m_stack, this);
        p.roles = new RolesApi(p.keycloak.admin, this);
        p.gate.setRoles(p.token->asOperator().roles);
        return p;
    }

    static QPushButton* findButton(const RoleHoldersDialog& dialog)
    {
        return dialog.findChild<QPushButton*>(QStringLiteral("findHoldersButton"));
    }

private slots:
    void initTestCase()
    {
        Screenshots::prepare();
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
        m_http = new HttpClient(this);
        m_account = new test::ServiceAccount(m_http, m_stack, this);
    }

    void aliceSeesTheSixHoldersOfManageUsersAndHow()
    {
        Person alice = signIn(QStringLiteral("alice"));
        RoleHoldersDialog dialog(alice.keycloak.access, alice.roles, alice.gate);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        dialog.load();
        auto* picker = dialog.findChild<QComboBox*>(QStringLiteral("roleHoldersPicker"));
        QPushButton* find = findButton(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(find->isEnabled(), 30000);
        // Realm roles first, realm-management's after; manage-users chosen.
        QCOMPARE(picker->currentText(), QStringLiteral("manage-users (realm-management)"));
        QVERIFY(picker->findText(QStringLiteral("iam-operator")) < picker->findText(picker->currentText()));

        find->click();
        QVERIFY(dialog.findChild<QProgressBar*>(QStringLiteral("roleHoldersProgress"))->isVisible());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("stopHoldersButton"))->isVisible());
        QVERIFY(!find->isEnabled());
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("roleHoldersSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 60000);
        QVERIFY(!dialog.findChild<QProgressBar*>(QStringLiteral("roleHoldersProgress"))->isVisible());
        // "6 users" with the English catalogue (screenshots install it), "6 user(s)" without.
        const QString said = summary->text();
        QVERIFY2(said.startsWith(QStringLiteral("6 user")) &&
                     said.contains(QStringLiteral(" hold manage-users (realm-management). 4 composite role")),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("(realm-management); a role of another client containing it would not "
                                              "be found.")),
                 qPrintable(said));
        RoleHoldersModel* model = dialog.model();
        QCOMPARE(model->rowCount(), 6);
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->index(row, RoleHoldersModel::UserColumn).data().toString() + ": " +
                        model->index(row, RoleHoldersModel::HowColumn).data().toString());
        QCOMPARE(rows, (QStringList{
                           "alice: via composite iam-operator",
                           "carl: via composite cpi-admin",
                           "harry: via composite helpdesk",
                           "joe: via composite realm-admin (realm-management)",
                           "priya: via group /realm-admins, composite realm-admin (realm-management)",
                           "service-account-custos-tests: via composite realm-admin (realm-management)",
                       }));
        QCOMPARE(model->index(0, RoleHoldersModel::StatusColumn).data().toString(), QStringLiteral("Enabled"));
        QCOMPARE(model->index(0, RoleHoldersModel::NameColumn).data().toString(), QStringLiteral("Alice Anderson"));
        dialog.resize(1000, 520);
        QVERIFY(Screenshots::save(&dialog, QStringLiteral("role-holders")));
    }

    void aStoppedSearchShowsNothing()
    {
        Person alice = signIn(QStringLiteral("alice"));
        RoleHoldersDialog dialog(alice.keycloak.access, alice.roles, alice.gate);
        dialog.show();
        dialog.load();
        QTRY_VERIFY_WITH_TIMEOUT(findButton(dialog)->isEnabled(), 30000);
        findButton(dialog)->click();
        dialog.findChild<QPushButton*>(QStringLiteral("stopHoldersButton"))->click();
        QVERIFY(findButton(dialog)->isEnabled());
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("roleHoldersStep"))->text().startsWith(QStringLiteral("Stopped")));
        // Found again, the holders are there.
        findButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 6, 60000);
    }

    void adaIsToldWhatIsMissingAndNothingIsAsked()
    {
        Person ada = signIn(QStringLiteral("ada"));
        QVERIFY(!ada.gate.allows(ActionId::RoleHoldersView));
        RoleHoldersDialog dialog(ada.keycloak.access, ada.roles, ada.gate);
        dialog.show();
        dialog.load();
        auto* notice = dialog.findChild<QLabel*>(QStringLiteral("accessNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().startsWith(QStringLiteral("Your account cannot list who holds a role. Needs the "
                                                          "realm-management roles view-realm, query-clients")),
                 qPrintable(notice->text()));
        QVERIFY(!findButton(dialog)->isEnabled());
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("roleHoldersPicker"))->isEnabled());
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("roleHoldersPicker"))->count(), 0);
        findButton(dialog)->click();
        dialog.find();
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.findChild<QProgressBar*>(QStringLiteral("roleHoldersProgress"))->isVisible());
    }
};

QTEST_MAIN(TestRoleHoldersDialog)
#include "test_role_holders_dialog.moc"
