// The window's sign-in, end to end: the sign-in button, the real browser on Keycloak's login page (playwright-core
// driving Debian's Chromium, injected as the window's URL opener), then the workspace with who is signed in; and
// the sign-in page that a sign-out returns to after a step-up, whether it completed, was cancelled or failed.
#include "Screenshots.h"
#include "core/auth/Session.h"
#include "core/keychain/SecretStore.h"
#include "tests/support/BrowserLogin.h"
#include "tests/support/DevStack.h"
#include "ui/MainWindow.h"
#include "ui/SignInController.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>
#include <optional>

using namespace custos;

// The real window on the devstack's profile, shown, with profiles and a keychain of its own (in memory).
struct DevStackWindow
{
    explicit DevStackWindow(const test::DevStack& stack)
        : saved(profiles.save(stack.profile()).ok())
    {
        window.selectProfile(stack.profile().name);
        window.show();
    }
    [[nodiscard]] bool ready() { return saved && QTest::qWaitForWindowExposed(&window); }

    QTemporaryDir dir;
    ProfileStore profiles{dir.filePath("custos.ini")};
    bool saved; // the profile is saved before the window reads the store
    MemorySecretStore secrets;
    MainWindow window{&profiles, &secrets};
};

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
        QVERIFY(
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/ledger").removeRecursively());
    }

    void signsInFromTheWindowAndShowsTheWorkspace()
    {
        const auto stack = test::DevStack::fromEnvironment();
        QVERIFY2(stack.isUp(), "the devstack is not up");
        DevStackWindow shown(stack);
        QVERIFY(shown.ready());
        MainWindow& window = shown.window;

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
        QVERIFY2(
            QTest::qWaitFor([&] { return count->text().remove(QRegularExpression("\\D")).toInt() >= 1000; }, 30000),
            qPrintable(count->text()));
        QVERIFY(window.findChild<QLabel*>("connectionStatus")->text().contains("ada"));
        // The ledger opened with the session, and ada's events are being recorded into it.
        auto* ledger = window.findChild<QLabel*>("ledgerStatus");
        QTRY_VERIFY2_WITH_TIMEOUT(ledger->text().contains("records"), qPrintable(ledger->text()), 30000);
        // scripts/screenshots runs this test in a real X server to keep the README's picture current.
        QVERIFY(Screenshots::save(&window, QStringLiteral("workspace")));
        QVERIFY(browser.succeeded()); // the browser saw Custos's "Signed in" page
    }

    void signOutAfterAStepUpReturnsToAWorkingSignInPage_data()
    {
        QTest::addColumn<QString>("stepUp");
        QTest::newRow("completed") << QStringLiteral("completed");
        QTest::newRow("cancelled") << QStringLiteral("cancelled");
        QTest::newRow("failed") << QStringLiteral("failed");
    }

    // harry (helpdesk) signs in, steps up as an MFA reset asks him to, signs out: the sign-in page is ready for
    // the next person, with no step-up address left on it, and Cancel and Sign in both work.
    void signOutAfterAStepUpReturnsToAWorkingSignInPage()
    {
        QFETCH(QString, stepUp);
        const auto stack = test::DevStack::fromEnvironment();
        QVERIFY2(stack.isUp(), "the devstack is not up");
        DevStackWindow shown(stack);
        QVERIFY(shown.ready());
        MainWindow& window = shown.window;
        auto* workspace = window.findChild<QWidget*>("workspacePage");
        auto* signInPage = window.findChild<QWidget*>("signInPage");
        auto* signInButton = window.findChild<QPushButton*>("signInButton");
        auto* cancelButton = window.findChild<QPushButton*>("cancelSignInButton");
        auto* address = window.findChild<QLineEdit*>("authorizationUrl");
        auto* status = window.findChild<QLabel*>("signInStatus");

        // What "the browser" does with the next address Custos opens. The RP-initiated logout needs no browser:
        // each browser run starts without cookies.
        std::unique_ptr<test::BrowserLogin> browser;
        std::function<void(const QUrl&)> browse;
        window.signInController()->setUrlOpener([&](const QUrl& url) {
            if (!url.path().endsWith(QStringLiteral("/logout")))
                browse(url);
            return true;
        });
        const auto harrySignsIn = [&](const QUrl& url) {
            browser = std::make_unique<test::BrowserLogin>(QStringLiteral("harry"),
                                                           stack.value("CUSTOS_DEMO_HARRY_PASSWORD"));
            browser->open(url);
        };
        const auto signInThroughThePage = [&] {
            browse = harrySignsIn;
            QTest::mouseClick(signInButton, Qt::LeftButton);
            const bool signedIn = QTest::qWaitFor([&] { return workspace->isVisible(); }, 90000);
            if (!signedIn)
                qWarning().noquote() << "browser:" << browser->output() << "page:" << status->text();
            return signedIn;
        };
        QVERIFY(signInThroughThePage());
        QVERIFY(browser->succeeded());

        // The step-up, as a sensitive action asks for it.
        QUrl stepUpAddress;
        QNetworkAccessManager network;
        if (stepUp == QLatin1String("completed")) {
            browse = [&](const QUrl& url) {
                stepUpAddress = url;
                harrySignsIn(url);
            };
        } else if (stepUp == QLatin1String("cancelled")) {
            browse = [&](const QUrl& url) { stepUpAddress = url; }; // nobody answers in the browser
        } else {
            // The identity provider answers with an error, as Keycloak does when the login is aborted.
            browse = [&](const QUrl& url) {
                stepUpAddress = url;
                const QUrlQuery sent(url);
                QUrl answer(sent.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
                answer.setQuery(QUrlQuery{{QStringLiteral("error"), QStringLiteral("access_denied")},
                                          {QStringLiteral("error_description"), QStringLiteral("Login aborted")},
                                          {QStringLiteral("state"), sent.queryItemValue(QStringLiteral("state"))},
                                          {QStringLiteral("iss"), stack.issuer().toString()}});
                network.get(QNetworkRequest(answer));
            };
        }
        std::optional<Status> steppedUp;
        QObject requester;
        window.signInController()->stepUp(QStringLiteral("reset a second factor"), &requester,
                                          [&](const Status& outcome) { steppedUp = outcome; });
        QTRY_VERIFY_WITH_TIMEOUT(!stepUpAddress.isEmpty(), 30000);
        if (stepUp == QLatin1String("cancelled"))
            window.signInController()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(steppedUp.has_value(), 90000);
        if (stepUp == QLatin1String("completed")) {
            QVERIFY2(steppedUp->ok(), qPrintable(steppedUp->ok() ? QString() : steppedUp->error().userMessage()));
            QVERIFY(browser->succeeded());
        } else {
            QVERIFY(!steppedUp->ok());
            QCOMPARE(steppedUp->error().kind,
                     stepUp == QLatin1String("cancelled") ? Error::Kind::Cancelled : Error::Kind::Unauthorized);
        }
        QVERIFY(workspace->isVisible()); // a step-up never leaves the workspace

        window.findChild<QAction*>("signOutAction")->trigger();
        QTRY_VERIFY(signInPage->isVisible());
        QVERIFY2(signInButton->isEnabled(), qPrintable(status->text()));
        QVERIFY(!cancelButton->isVisible());
        QVERIFY2(address->text().isEmpty(), qPrintable(address->text()));
        QVERIFY2(status->text().contains("signed out"), qPrintable(status->text()));

        // Sign in, then Cancel while the browser is out: the page waits on the new address, and Cancel ends it.
        QUrl signInAddress;
        browse = [&](const QUrl& url) { signInAddress = url; };
        QTest::mouseClick(signInButton, Qt::LeftButton);
        QTRY_VERIFY(!address->text().isEmpty());
        QCOMPARE(address->text(), signInAddress.toString(QUrl::FullyEncoded));
        QVERIFY(QUrlQuery(signInAddress).queryItemValue(QStringLiteral("prompt")).isEmpty()); // not a step-up
        QVERIFY(!signInButton->isEnabled());
        QVERIFY(cancelButton->isVisible());
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QTRY_VERIFY(signInButton->isEnabled());
        QVERIFY(!cancelButton->isVisible());

        // And the next sign-in goes through.
        QVERIFY(signInThroughThePage());
        QVERIFY(window.findChild<QLabel*>("identityLabel")->text().contains("harry"));
        QVERIFY(browser->succeeded());
    }
};

QTEST_MAIN(TestSignInWindow)
#include "test_sign_in_window.moc"
