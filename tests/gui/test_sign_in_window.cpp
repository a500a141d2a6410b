// The window's sign-in, end to end: the sign-in button, the real browser on Keycloak's login page (playwright-core
// driving Debian's Chromium, injected as the window's URL opener), then the workspace with who is signed in.
#include "Screenshots.h"

#include "core/auth/Session.h"
#include "core/keychain/SecretStore.h"
#include "tests/support/BrowserLogin.h"
#include "tests/support/DevStack.h"
#include "ui/MainWindow.h"
#include "ui/SignInController.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

class TestSignInWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Screenshots::prepare();
        QStandardPaths::setTestModeEnabled(true);
        // The window keeps its ledger under the (test-mode) data directory and its keys in this run's in-memory
        // keychain: a ledger left by an earlier run could not be opened, so start without one.
        QVERIFY(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/ledger").removeRecursively());
    }

    void signsInFromTheWindowAndShowsTheWorkspace()
    {
        const auto stack = test::DevStack::fromEnvironment();
        QVERIFY2(stack.isUp(), "the devstack is not up");
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath("custos.ini"));
        QVERIFY(profiles.save(stack.profile()).ok());
        MemorySecretStore secrets;
        MainWindow window(&profiles, &secrets);
        window.selectProfile(stack.profile().name);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        test::BrowserLogin browser(QStringLiteral("ada"), stack.value("CUSTOS_DEMO_ADA_PASSWORD"));
        window.signInController()->setUrlOpener([&](const QUrl& url) {
            browser.open(url);
            return true;
        });
        QTest::mouseClick(window.findChild<QPushButton*>("signInButton"), Qt::LeftButton);
        // While the browser is out, the address is shown for copying.
        QVERIFY(QTest::qWaitFor([&] { return !window.findChild<QLineEdit*>("authorizationUrl")->text().isEmpty(); }));

        auto* workspace = window.findChild<QWidget*>("workspacePage");
        const bool signedIn = QTest::qWaitFor([&] { return workspace->isVisible(); }, 90000);
        if (!signedIn)
            qWarning().noquote() << "browser:" << browser.output();
        QVERIFY(signedIn);
        QVERIFY(window.findChild<QLabel*>("identityLabel")->text().contains("ada"));
        // ada is an auditor: read roles only.
        const QString roles = window.findChild<QLabel*>("rolesLabel")->text();
        QVERIFY2(roles.contains("view-users") && !roles.contains("manage-users"), qPrintable(roles));
        auto* count = window.findChild<QLabel*>("userCountLabel");
        QVERIFY2(QTest::qWaitFor([&] { return count->text().remove(QRegularExpression("\\D")).toInt() >= 1000; }, 30000),
                 qPrintable(count->text()));
        QVERIFY(window.findChild<QLabel*>("connectionStatus")->text().contains("ada"));
        // The ledger opened with the session, and ada's events are being recorded into it.
        auto* ledger = window.findChild<QLabel*>("ledgerStatus");
        QTRY_VERIFY2_WITH_TIMEOUT(ledger->text().contains("records"), qPrintable(ledger->text()), 30000);
        // scripts/screenshots runs this test in a real X server to keep the README's picture current.
        QVERIFY(Screenshots::save(&window, QStringLiteral("workspace")));
        QVERIFY(browser.succeeded()); // the browser saw Custos's "Signed in" page
    }
};

QTEST_MAIN(TestSignInWindow)
#include "test_sign_in_window.moc"
