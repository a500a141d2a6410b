// The real window on a machine without Secret Service (ctest points D-Bus nowhere), end to end against the
// devstack: ada signs in through the browser, the window offers the ledger key file instead of staying read-only,
// and once it is created the ledger opens and records her realm's events.
#include "core/keychain/SecretStore.h"
#include "core/ledger/LedgerKeyFile.h"
#include "core/ledger/LedgerStore.h"
#include "tests/support/BrowserLogin.h"
#include "tests/support/DevStack.h"
#include "ui/LedgerController.h"
#include "ui/MainWindow.h"
#include "ui/SignInController.h"
#include "ui/widgets/KeyFileDialog.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

class TestKeyFileWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/ledger").removeRecursively());
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("/nonexistent")),
                 "run this test through ctest: it needs a session without D-Bus");
    }

    void theLedgerOpensWithAKeyFileAndRecords()
    {
        const auto stack = test::DevStack::fromEnvironment();
        QVERIFY2(stack.isUp(), "the devstack is not up");
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath("custos.ini"));
        QVERIFY(profiles.save(stack.profile()).ok());
        KeychainSecretStore secrets(QStringLiteral("custos-test-key-file-window"));
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
        auto* workspace = window.findChild<QWidget*>("workspacePage");
        const bool signedIn = QTest::qWaitFor([&] { return workspace->isVisible(); }, 90000);
        if (!signedIn)
            qWarning().noquote() << "browser:" << browser.output();
        QVERIFY(signedIn);

        // No keychain for the new ledger's keys: the window asks for a key file.
        KeyFileDialog* dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = window.findChild<KeyFileDialog*>("keyFileDialog")); }, 60000));
        const QString passphrase = QStringLiteral("plum kettle orbit seventy");
        QTest::keyClicks(dialog->findChild<QLineEdit*>("keyFilePassphrase"), passphrase);
        QTest::keyClicks(dialog->findChild<QLineEdit*>("keyFileConfirmation"), passphrase);
        QTest::mouseClick(dialog->findChild<QPushButton*>("keyFileOk"), Qt::LeftButton);

        // The ledger opens and ada's realm events are recorded into it, signed with the key file's keys.
        auto* ledger = window.findChild<QLabel*>("ledgerStatus");
        QTRY_VERIFY2_WITH_TIMEOUT(ledger->text().contains("records"), qPrintable(ledger->text()), 60000);
        QVERIFY(!window.findChild<KeyFileDialog*>("keyFileDialog"));
        const QString path =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/ledger/custos.ledger";
        auto store = LedgerStore::openReadOnly(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->meta().keyStorage, QStringLiteral("key-file"));
        QVERIFY((*store)->recordCount().value() > 0);
        const auto keys = LedgerKeyFile::read(LedgerController::keyFilePath(path), passphrase.toUtf8());
        QVERIFY(keys.ok());
        QCOMPARE(keys->signingKey().publicKey(), (*store)->meta().publicKey);
        QVERIFY(browser.succeeded());
    }
};

QTEST_MAIN(TestKeyFileWindow)
#include "test_key_file_window.moc"
