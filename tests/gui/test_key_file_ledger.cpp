#include "core/audit/ActionRecord.h"
#include "core/auth/Session.h"
#include "core/keychain/SecretStore.h"
#include "core/ledger/LedgerKeyFile.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/MerkleTree.h"
#include "ui/LedgerController.h"
#include "ui/widgets/KeyFileDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWidget>
#include <memory>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace custos;

// A machine without Secret Service (ctest runs this with D-Bus pointing nowhere): the window's ledger offers a
// passphrase-protected key file, opens with it, records an action, and the next session unlocks the same file.
// No server: the controller is not signed in, so it records no Keycloak events.
class TestKeyFileLedger : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ledgerPath;
    const QString m_passphrase = QStringLiteral("plum kettle orbit seventy");
    KeychainSecretStore* m_keychain = nullptr;

    // One window session: its own controller over the same files.
    struct Window
    {
        std::unique_ptr<QWidget> widget = std::make_unique<QWidget>();
        Session* session;
        LedgerController* ledger;
        explicit Window(SecretStore* secrets)
            : session(new Session(secrets, widget.get()))
            , ledger(new LedgerController(secrets, session, nullptr, {}, widget.get()))
        {
            // As MainWindow does.
            QObject::connect(ledger, &LedgerController::keyFileNeeded, widget.get(),
                             [this](const QString& keyFile, bool exists) {
                                 KeyFileDialog::ask(widget.get(), ledger, keyFile, exists);
                             });
            widget->show();
        }
        KeyFileDialog* dialog() const { return widget->findChild<KeyFileDialog*>(QStringLiteral("keyFileDialog")); }
    };

    static void type(KeyFileDialog* dialog, const QString& passphrase, const QString& confirmation = {})
    {
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("keyFilePassphrase"));
        field->clear();
        QTest::keyClicks(field, passphrase);
        if (auto* again = dialog->findChild<QLineEdit*>(QStringLiteral("keyFileConfirmation"))) {
            again->clear();
            QTest::keyClicks(again, confirmation);
        }
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("keyFileOk")), Qt::LeftButton);
    }

    static QString problem(KeyFileDialog* dialog)
    {
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("keyFileProblem"));
        return label->isVisible() ? label->text() : QString();
    }

    static Status record(LedgerAuditTrail* trail, const QString& action)
    {
        ActionRecord record;
        record.action = action;
        record.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.actorId = QStringLiteral("harry-subject");
        record.actorUsername = QStringLiteral("harry");
        record.targetType = QStringLiteral("user");
        record.targetId = QStringLiteral("otto-id");
        record.targetName = QStringLiteral("otto");
        std::optional<Status> result;
        trail->record(record.toEntry(), trail, [&result](const Status& s) { result.emplace(s); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return Error::timeout(QStringLiteral("record"), QStringLiteral("no answer"));
        return *result;
    }

    qint64 recordCount() const
    {
        auto store = LedgerStore::openReadOnly(m_ledgerPath);
        return store ? (*store)->recordCount().value() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("/nonexistent")),
                 "run this test through ctest: it needs a session without D-Bus");
        m_ledgerPath = m_dir.filePath(QStringLiteral("ledger/custos.ledger"));
        m_keychain = new KeychainSecretStore(QStringLiteral("custos-test-key-file"), this);
    }

    void aNewLedgerGetsAKeyFile()
    {
        Window window(m_keychain);
        QSignalSpy needed(window.ledger, &LedgerController::keyFileNeeded);
        QSignalSpy opened(window.ledger, &LedgerController::opened);
        window.ledger->open(m_ledgerPath, QStringLiteral("custos.local/test"));
        // The keychain refuses the new keys (there is none): the key file is offered instead of a read-only console.
        QVERIFY(needed.wait(60000));
        QCOMPARE(needed.at(0).at(1).toBool(), false);
        const QString keyFile = needed.at(0).at(0).toString();
        QCOMPARE(keyFile, LedgerController::keyFilePath(m_ledgerPath));
        QTRY_VERIFY(window.dialog());
        KeyFileDialog* dialog = window.dialog();
        QVERIFY(window.ledger->statusText().contains(QStringLiteral("passphrase")));

        type(dialog, QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(problem(dialog).contains(QStringLiteral("at least")));
        type(dialog, m_passphrase, m_passphrase + u'!');
        QVERIFY(problem(dialog).contains(QStringLiteral("differ")));
        QVERIFY(!QFile::exists(keyFile));

        type(dialog, m_passphrase, m_passphrase);
        QVERIFY2(opened.wait(30000), qPrintable(problem(dialog)));
        QTRY_VERIFY(!window.dialog());
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(keyFile).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        auto store = LedgerStore::openReadOnly(m_ledgerPath);
        QVERIFY(store.ok());
        QCOMPARE((*store)->meta().keyStorage, QStringLiteral("key-file"));

        // An action is recorded, signed with the key file's keys.
        QVERIFY(window.ledger->trail());
        const Status recorded = record(window.ledger->trail(), QStringLiteral("USER_PASSWORD_RESET"));
        QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().userMessage()));
        QCOMPARE(recordCount(), 1);
        const auto keys = LedgerKeyFile::read(keyFile, m_passphrase.toUtf8());
        QVERIFY(keys.ok());
        QCOMPARE(keys->signingKey().publicKey(), (*store)->meta().publicKey);
        LedgerVerifier::Options options;
        options.hmacKey = keys->hmacKey();
        const auto report = LedgerVerifier::verifyDatabase(m_ledgerPath, options);
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->toText()));

        // Signing in again in the same session asks nothing more.
        window.ledger->open(m_ledgerPath, QStringLiteral("custos.local/test"));
        QCOMPARE(needed.size(), 1);
        QVERIFY(!window.dialog());
    }

    void theNextSessionUnlocksIt()
    {
        Window window(m_keychain);
        QSignalSpy needed(window.ledger, &LedgerController::keyFileNeeded);
        QSignalSpy opened(window.ledger, &LedgerController::opened);
        window.ledger->open(m_ledgerPath, QStringLiteral("custos.local/test"));
        QVERIFY(needed.size() == 1 || needed.wait(30000));
        QCOMPARE(needed.at(0).at(1).toBool(), true);
        QTRY_VERIFY(window.dialog());
        KeyFileDialog* dialog = window.dialog();
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("keyFileConfirmation"))); // unlocking asks once

        type(dialog, m_passphrase.toUpper());
        QTRY_VERIFY(problem(dialog).contains(QStringLiteral("passphrase is not the one")));
        QVERIFY(!problem(dialog).contains(m_passphrase.toUpper()));
        QVERIFY(!window.ledger->trail());
        QVERIFY(window.dialog());

        type(dialog, m_passphrase);
        QVERIFY(opened.wait(30000));
        QTRY_VERIFY(!window.dialog());
        QVERIFY(record(window.ledger->trail(), QStringLiteral("USER_UNLOCKED")).ok());
        QCOMPARE(recordCount(), 2);
    }

    void declinedTheConsoleStaysReadOnly()
    {
        Window window(m_keychain);
        QSignalSpy failed(window.ledger, &LedgerController::openFailed);
        window.ledger->open(m_ledgerPath, QStringLiteral("custos.local/test"));
        QTRY_VERIFY(window.dialog());
        window.dialog()->reject();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("not unlocked")));
        QVERIFY(!window.ledger->trail());
        QTRY_VERIFY(!window.dialog());
        // The next sign-in asks again.
        window.ledger->open(m_ledgerPath, QStringLiteral("custos.local/test"));
        QTRY_VERIFY(window.dialog());
        window.dialog()->reject();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(recordCount(), 2);
    }

    // Record 1 rewritten (an unlock becomes a password reset) with its stored hash, the checkpoints deleted: the
    // window refuses the ledger, says which record is bad and what to do, and records nothing.
    void aRewrittenLedgerIsRefused()
    {
        QByteArray rewritten;
        {
            auto store = LedgerStore::openReadOnly(m_ledgerPath);
            QVERIFY(store.ok());
            auto stored = (*store)->records(1, 2);
            QVERIFY(stored.ok() && stored->size() == 1);
            LedgerRecord record = LedgerRecord::fromBytes(stored->first().bytes).value();
            record.action = QStringLiteral("USER_PASSWORD_RESET");
            rewritten = record.canonicalBytes().value();
        }
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(m_ledgerPath).constData(), &db), SQLITE_OK);
        const QByteArray leaf = MerkleTree::leafHashOf(rewritten);
        const QByteArray sql = "DROP TRIGGER records_no_update; DROP TRIGGER checkpoints_no_delete; "
                               "DELETE FROM checkpoints; UPDATE records SET bytes = x'" +
                               rewritten.toHex() + "', leaf_hash = x'" + leaf.toHex() + "' WHERE seq = 1;";
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_OK);
        QFile file(m_ledgerPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        Window window(m_keychain);
        QSignalSpy failed(window.ledger, &LedgerController::openFailed);
        window.ledger->open(m_ledgerPath, QStringLiteral("custos.local/test"));
        QTRY_VERIFY(window.dialog());
        type(window.dialog(), m_passphrase);
        QVERIFY(failed.wait(30000));
        QVERIFY(window.ledger->isRefused());
        QVERIFY2(window.ledger->statusText().contains(QStringLiteral("record 1")),
                 qPrintable(window.ledger->statusText()));
        QVERIFY(window.ledger->statusText().contains(QStringLiteral("verify")));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("record 1")));
        QVERIFY(!window.ledger->trail());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_MAIN(TestKeyFileLedger)
#include "test_key_file_ledger.moc"
