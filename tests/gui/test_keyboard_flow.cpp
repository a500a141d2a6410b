// A main flow by keyboard alone, against the real Keycloak of the devstack: Ctrl+2 to the users, Ctrl+F to the
// search, a query and Enter, Down to the first result (its detail shown), Ctrl+N for a new user (the joiner dialog,
// focus in the username), Escape to close it. Only key presses on the focused widget or the window; no clicks, no
// slots called.
#include "core/actions/ActionContext.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/auth/Identity.h"
#include "core/auth/Session.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keychain/SecretStore.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerStore.h"
#include "core/users/Operator.h"
#include "tests/support/DevStack.h"
#include "tests/support/ServiceAccount.h"
#include "ui/users/UserActionsController.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersModel.h"
#include "ui/users/UsersPage.h"
#include "ui/users/dialogs/JoinerDialog.h"
#include "ui/widgets/WorkspacePage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace custos;

namespace {

constexpr int serverWait = 30000;

QStringList operatorRoles()
{
    // As a token lists them: the realm-admin composite expanded (the joiner lists realm roles: view-realm).
    return {QStringLiteral("realm-admin"), QStringLiteral("manage-users"), QStringLiteral("view-users"),
            QStringLiteral("query-users"), QStringLiteral("query-groups"), QStringLiteral("view-events"),
            QStringLiteral("view-realm"),  QStringLiteral("view-clients"), QStringLiteral("query-clients")};
}

// Types into whatever has the focus, as a person at the keyboard does.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

} // namespace

class TestKeyboardFlow : public QObject
{
    Q_OBJECT
private:
    test::DevStack m_stack;
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
        QVERIFY(m_dir.isValid());
    }

    void findAUserAndStartAJoinerByKeyboard()
    {
        HttpClient http;
        test::ServiceAccount account(&http, m_stack);
        ApiClient api(&http, &account);
        KeycloakAdmin admin(&api, m_stack.keycloakUrl(), m_stack.realm());
        UsersApi users(&admin);
        UserAccessApi access(&admin);
        UserSecurityApi security(&admin);
        Session session(&m_secrets); // not signed in: the service account holds the token

        // A ledger on a temporary file: without one no write action (New user) may start.
        const Result<LedgerKeys> keys = LedgerKeys::generate();
        QVERIFY(keys.ok());
        const QString ledgerPath = m_dir.filePath(QStringLiteral("custos.ledger"));
        const LedgerStore::Meta meta{QStringLiteral("custos.test/gui-keyboard"), keys->signingKey().publicKey(),
                                     QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("key-file")};
        auto store = LedgerStore::create(ledgerPath, meta);
        QVERIFY(store.ok());
        LedgerAuditTrail trail(std::move(store).value(), keys.value(), ledgerPath);

        QWidget window;
        ActionContext actions(
            [] {
                return Operator{QStringLiteral("00000000-gui-keyboard"), QStringLiteral("keyboard-operator"),
                                operatorRoles(), QDateTime::currentDateTimeUtc()};
            },
            {});
        actions.setAuditTrail(&trail);
        auto* workspace =
            new WorkspacePage(&session, UserServices{&users, &access, &security, nullptr}, &actions, &window);
        (new QHBoxLayout(&window))->addWidget(workspace);
        window.resize(1100, 700);
        UsersPage* page = workspace->usersPage();
        UserActionsController controller(UserServices{&users, &access, &security, nullptr}, &actions, &window);
        QObject::connect(page, &UsersPage::actionRequested, &controller, &UserActionsController::request);

        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(QApplication::focusWidget());

        // Ctrl+2: the users.
        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(workspace->currentSection(), QStringLiteral("users"));

        // Ctrl+F: the search field, then the query and Enter.
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchField"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice"));
        press(Qt::Key_Return);
        UsersModel* model = page->model();
        QVERIFY(QTest::qWaitFor([model] { return model->hasSearched() && !model->isLoading(); }, serverWait));
        QVERIFY2(model->rowCount() >= 1, "the search found no alice");

        // Down: the first result, selected, and its detail shown.
        press(Qt::Key_Down);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("usersTable"));
        const QString first = model->user(0).id;
        QTRY_COMPARE(page->detailPanel()->userId(), first);
        if (model->rowCount() > 1) {
            press(Qt::Key_Down); // the next one
            QTRY_COMPARE(page->detailPanel()->userId(), model->user(1).id);
        }

        // Ctrl+N: the joiner dialog, ready for typing; Escape closes it and gives the focus back.
        press(Qt::Key_N, Qt::ControlModifier);
        JoinerDialog* joiner = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            joiner = window.findChild<JoinerDialog*>(QStringLiteral("joinerDialog"));
            return joiner && joiner->isVisible();
        }));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("usernameEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("not-created"));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<JoinerDialog*>(QStringLiteral("joinerDialog")) ||
                    !window.findChild<JoinerDialog*>(QStringLiteral("joinerDialog"))->isVisible());
        // The window's focus stays on the list, for when it is active again.
        QVERIFY(window.focusWidget());
        QCOMPARE(window.focusWidget()->objectName(), QStringLiteral("usersTable"));
    }
};

QTEST_MAIN(TestKeyboardFlow)
#include "test_keyboard_flow.moc"
