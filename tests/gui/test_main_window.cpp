#include "core/keychain/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/widgets/SignInPage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsOnTheSignInScreen()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath("custos.ini"));
        QVERIFY(profiles
                    .save({"Local devstack",
                           QUrl("http://127.0.0.1:8080/realms/custos-demo"),
                           "custos-console",
                           {},
                           {},
                           {},
                           {},
                           {},
                           {}})
                    .ok());
        MemorySecretStore secrets;
        MainWindow window(&profiles, &secrets);
        window.selectProfile("Local devstack");
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* page = window.findChild<SignInPage*>("signInPage");
        QVERIFY(page);
        QVERIFY(page->isVisible());
        auto* box = page->findChild<QComboBox*>("profileBox");
        QCOMPARE(box->currentText(), QString("Local devstack"));
        auto* button = page->findChild<QPushButton*>("signInButton");
        QVERIFY(button->isEnabled());

        // Erasing personal data is offered in the File menu, and not before someone with the right signed in.
        auto* erase = window.findChild<QAction*>("erasePersonalDataMenuAction");
        QVERIFY(erase);
        QVERIFY(!erase->isEnabled());
        QVERIFY2(erase->toolTip().contains("manage-events"), qPrintable(erase->toolTip()));
        // So is "Who holds a role…", in the View menu: the gate names the roles it needs.
        auto* holders = window.findChild<QAction*>("roleHoldersAction");
        QVERIFY(holders);
        QVERIFY(!holders->isEnabled());
        QVERIFY2(holders->toolTip().contains("view-realm"), qPrintable(holders->toolTip()));

        QSignalSpy requested(page, &SignInPage::signInRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<Profile>().clientId, QString("custos-console"));
    }

    void withoutProfilesSignInIsDisabledAndExplained()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath("empty.ini"));
        MemorySecretStore secrets;
        MainWindow window(&profiles, &secrets);
        window.show();
        auto* button = window.findChild<QPushButton*>("signInButton");
        QVERIFY(!button->isEnabled());
        QVERIFY(window.findChild<QLabel*>("profileDetails")->text().contains("--import-profile"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
