// The signed-in workspace's navigation: sections in a list, Ctrl+1/2/3 to open them, the last one remembered.
#include "core/actions/ActionContext.h"
#include "core/auth/Session.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keychain/SecretStore.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "ui/users/UsersModel.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/WorkspacePage.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace custos;

class TestWorkspacePage : public QObject
{
    Q_OBJECT
private:
    MemorySecretStore m_secrets;
    HttpClient m_http;
    Session m_session{&m_secrets};
    ActionContext m_actions{[] { return Operator{}; }, {}}; // not signed in: no role, no ledger
    ApiClient m_api{&m_http, &m_session};
    KeycloakAdmin m_admin{&m_api, {}, {}};
    UsersApi m_users{&m_admin};
    UserAccessApi m_access{&m_admin};
    UserSecurityApi m_security{&m_admin};

    UserServices services() { return UserServices{&m_users, &m_access, &m_security, nullptr}; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void shortcutsOpenTheSectionsAndTheLastOneIsRemembered()
    {
        {
            WorkspacePage workspace(&m_session, services(), &m_actions);
            auto* audit = new QLabel(QStringLiteral("audit"));
            workspace.addSection(QStringLiteral("audit"), QStringLiteral("Audit"), audit);
            workspace.show();
            QVERIFY(QTest::qWaitForWindowExposed(&workspace));
            auto* navigation = workspace.findChild<QListWidget*>(QStringLiteral("workspaceNavigation"));
            QCOMPARE(navigation->count(), 3);
            QCOMPARE(workspace.currentSection(), QStringLiteral("overview"));
            QVERIFY(workspace.findChild<QLabel*>(QStringLiteral("userCountLabel"))->isVisible());

            QTest::keyClick(&workspace, Qt::Key_2, Qt::ControlModifier);
            QCOMPARE(workspace.currentSection(), QStringLiteral("users"));
            QVERIFY(workspace.usersPage()->isVisible());
            QVERIFY(!workspace.usersPage()->model()->hasSearched()); // not signed in: nothing is asked

            QTest::keyClick(&workspace, Qt::Key_3, Qt::ControlModifier);
            QVERIFY(audit->isVisible());
            QTest::keyClick(&workspace, Qt::Key_2, Qt::ControlModifier);
        }
        WorkspacePage again(&m_session, services(), &m_actions);
        QCOMPARE(again.currentSection(), QStringLiteral("users"));
        again.showSection(QStringLiteral("overview"));
        QCOMPARE(again.findChild<QStackedWidget*>(QStringLiteral("workspaceStack"))->currentIndex(), 0);
    }
};

QTEST_MAIN(TestWorkspacePage)
#include "test_workspace_page.moc"
