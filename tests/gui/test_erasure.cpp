// Erasing a person's personal data through the window's parts: the audit view's record menu, the dialog (subject
// prefilled, preview, reason), step-up (answered or cancelled), the erasure on the ledger's thread, the view read
// again. A real format 2 ledger with keychain keys (in memory); no server: the erasure is local.
#include "core/actions/ActionContext.h"
#include "core/actions/Actions.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/keychain/SecretStore.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/tenants/PlatformOperation.h"
#include "core/users/Operator.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/ErasureController.h"
#include "ui/audit/ErasureDialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace custos;

namespace {

// Keycloak ids are UUIDs: none of them spells a name.
const QString aliceId = QStringLiteral("5c1f7d3e-0a4b-4c61-9d2e-7f3a1b2c4d5e");
const QString bobId = QStringLiteral("8e2a9c41-3f6d-4b7e-a1c0-2d5f6e7a8b9c");
const QString carolId = QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
const QString reason = QStringLiteral("Data subject request DSR-1042, approved by the DPO");

QJsonObject operatorAction(const QString& action, const QString& targetId, const QString& targetName,
                           const QJsonObject& details)
{
    return {{"source", "local"},
            {"source_id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {"action", action},
            {"actor", QJsonObject{{"id", aliceId}, {"username", "alice"}}},
            {"target", QJsonObject{{"type", "user"}, {"id", targetId}, {"name", targetName}}},
            {"details", details}};
}

QJsonObject login(const QString& eventId)
{
    return {{"source", "keycloak-user"},
            {"source_id", eventId},
            {"action", "LOGIN"},
            {"actor", QJsonObject{{"id", bobId}, {"username", "bob"}}},
            {"target", QJsonObject{{"type", "client"}, {"id", "custos"}, {"name", "custos"}}},
            {"details", QJsonObject{{"ip", "192.0.2.17"},
                                    {"keycloak", QJsonObject{{"username", "bob"}, {"email", "bob@example.com"}}}}}};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    MemorySecretStore* m_secrets = nullptr;
    LedgerAuditTrail* m_trail = nullptr;
    AuditPage* m_page = nullptr;
    ActionContext* m_actions = nullptr;
    ErasureController* m_erasure = nullptr;
    QStringList m_roles{"manage-events", "manage-users", "view-users", "query-users"};
    QDateTime m_authTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
    bool m_stepUpSucceeds = true;
    int m_stepUps = 0;

    [[nodiscard]] QList<LedgerRecord> opened() const
    {
        auto store = LedgerStore::openReadOnly(m_trail->path());
        if (!store)
            return {};
        return (*store)->openedRecords(0, (*store)->recordCount().value()).value();
    }

    // Selects the record of `action` in the audit view, as the operator clicks it.
    bool selectRecord(const QString& action)
    {
        auto* table = m_page->findChild<QTableView*>("auditLogView");
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            if (m_page->model()->entry(row)->text(u"action") == action) {
                table->setCurrentIndex(m_page->model()->index(row, AuditLogModel::ActionColumn));
                return true;
            }
        return false;
    }

    static ErasureDialog* openDialog()
    {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<ErasureDialog*>(widget); dialog && dialog->isVisible())
                return dialog;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_secrets = new MemorySecretStore(this);
        std::optional<Result<LedgerAuditTrail*>> openedTrail;
        LedgerAuditTrail::open(m_dir.filePath("custos.ledger"), "custos.test/erasure", m_secrets, this,
                               [&](const Result<LedgerAuditTrail*>& r) { openedTrail.emplace(r); });
        QTRY_VERIFY(openedTrail.has_value());
        QVERIFY2(openedTrail->ok(), openedTrail->ok() ? "" : qPrintable(openedTrail->error().userMessage()));
        m_trail = openedTrail->value();
        m_trail->setParent(this);
        // bob left after an MFA reset and two sign-ins; carol was unlocked.
        std::optional<Result<LedgerAuditTrail::Appended>> appended;
        m_trail->recordAll({login("e-1"), login("e-2"),
                            operatorAction("USER_MFA_RESET", bobId, "bob", {{"reason", "lost phone"}}),
                            operatorAction("USER_UNLOCKED", carolId, "carol", {{"reason", "locked out"}}),
                            operatorAction("USER_OFFBOARDED", bobId, "bob",
                                           {{"reason", "left the company"}, {"email", "bob@example.com"}})},
                           this, [&](const Result<LedgerAuditTrail::Appended>& r) { appended.emplace(r); });
        QTRY_VERIFY(appended.has_value());
        QVERIFY(appended->ok());

        m_page = new AuditPage;
        m_page->resize(1200, 700);
        m_page->show();
        m_page->follow(m_trail);
        QTRY_COMPARE(m_page->model()->rowCount(), 5);

        // The operator as the window knows them; a step-up renews their authentication time.
        m_actions = new ActionContext(
            [this] {
                Operator actor;
                actor.id = QStringLiteral("0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a");
                actor.username = QStringLiteral("joe");
                actor.roles = m_roles;
                actor.authTime = m_authTime;
                return actor;
            },
            [this](const QString&, QObject*, std::function<void(const Status&)> done) {
                ++m_stepUps;
                if (!m_stepUpSucceeds)
                    return done(Error::cancelled("Step-up cancelled", "the browser was closed"));
                m_authTime = QDateTime::currentDateTimeUtc();
                done(success());
            },
            this);
        m_actions->setAuditTrail(m_trail);
        m_erasure = new ErasureController(m_actions, m_page, m_page, this);
        m_erasure->setLedger(m_trail);
    }

    void cleanupTestCase() { delete m_page; }

    // An operator without manage-events (alice's roles) is not offered the erasure, and asking anyway opens nothing.
    void anOperatorWithoutTheRightIsRefused()
    {
        const QStringList held = m_roles;
        m_roles = QStringList{"manage-users", "view-users", "query-users", "view-events"};
        m_erasure->updateOffer();
        QAction* erase = m_page->erasureAction();
        QVERIFY(erase);
        QVERIFY(!erase->isEnabled());
        QVERIFY2(erase->toolTip().contains("manage-events"), qPrintable(erase->toolTip()));
        QVERIFY(selectRecord("USER_MFA_RESET"));
        erase->trigger();          // disabled: nothing happens
        m_erasure->request(bobId); // and the controller refuses too
        QVERIFY(!openDialog());
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(widget))
                box->close();
        m_roles = held;
        m_erasure->updateOffer();
        QVERIFY(erase->isEnabled());
        QCOMPARE(opened().size(), 5);
    }

    // The step-up cancelled: nothing is erased and nothing is recorded.
    void aCancelledStepUpErasesNothing()
    {
        m_stepUpSucceeds = false;
        QVERIFY(selectRecord("USER_MFA_RESET"));
        m_page->erasureAction()->trigger();
        ErasureDialog* dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>("erasureSubject")->text(), bobId);
        auto* confirm = dialog->findChild<QPushButton*>("confirmButton");
        dialog->findChild<QPlainTextEdit*>("reasonEdit")->setPlainText(reason);
        QTRY_VERIFY(confirm->isEnabled());
        confirm->click();
        auto* status = dialog->findChild<QLabel*>("statusLabel");
        QTRY_VERIFY2(status->text().contains("cancelled"), qPrintable(status->text()));
        QCOMPARE(m_stepUps, 1);
        dialog->close();
        m_stepUpSucceeds = true;
        const QList<LedgerRecord> records = opened();
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(2).targetName, QStringLiteral("bob"));
        QVERIFY(fileBytes(m_trail->path()).contains("bob@example.com") ||
                fileBytes(m_trail->path() + "-wal").contains("bob@example.com"));
    }

    void erasesAPersonBehindStepUp()
    {
        QVERIFY(selectRecord("USER_OFFBOARDED"));
        m_page->erasureAction()->trigger();
        ErasureDialog* dialog = openDialog();
        QVERIFY(dialog);
        auto* subject = dialog->findChild<QLineEdit*>("erasureSubject");
        QCOMPARE(subject->text(), bobId);
        // What will be erased, before anything is: bob's own records, all of them.
        auto* preview = dialog->findChild<QLabel*>("erasurePreview");
        QTRY_VERIFY2(preview->text().contains("in 4 record"), qPrintable(preview->text()));
        QVERIFY(dialog->findChild<QLabel*>("erasureWarning")->text().contains("cannot be undone"));
        // The reason stays in the ledger: naming the person in it is refused.
        auto* confirm = dialog->findChild<QPushButton*>("confirmButton");
        auto* reasonEdit = dialog->findChild<QPlainTextEdit*>("reasonEdit");
        reasonEdit->setPlainText("Erasure asked for by " + bobId);
        QVERIFY(!confirm->isEnabled());
        QVERIFY(preview->text().contains("Do not name the person"));
        reasonEdit->setPlainText(reason);
        QTRY_VERIFY(confirm->isEnabled());

        const int stepUps = m_stepUps;
        confirm->click();
        auto* status = dialog->findChild<QLabel*>("statusLabel");
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains("erased for good"), qPrintable(status->text()), 30000);
        QCOMPARE(m_stepUps, stepUps + 1);

        // Recorded like any other action: the intent first, then PERSONAL_DATA_ERASED as its outcome.
        const QList<LedgerRecord> records = opened();
        QCOMPARE(records.size(), 7);
        const LedgerRecord& intent = records.at(5);
        const LedgerRecord& erased = records.at(6);
        QCOMPARE(intent.action, QStringLiteral("PERSONAL_DATA_ERASED_INTENT"));
        QCOMPARE(intent.actorUsername, QStringLiteral("joe"));
        QCOMPARE(intent.details.value("reason").toString(), reason);
        QCOMPARE(erased.action, QStringLiteral("PERSONAL_DATA_ERASED"));
        QCOMPARE(erased.outcome, QStringLiteral("SUCCESS"));
        QCOMPARE(erased.targetId, bobId);
        QCOMPARE(erased.details.value("reason").toString(), reason);
        QCOMPARE(erased.details.value("intent_seq").toInteger(), intent.seq);
        QCOMPARE(erased.sourceId + ":intent", intent.sourceId);
        QVERIFY(erased.details.value("fields_erased").toInteger() > 0);
        // bob's fields are erased, in his sign-ins and in the records about him; alice's name and carol's record
        // stay.
        for (int login : {0, 1}) {
            QCOMPARE(records.at(login).actorUsername, QStringLiteral("erased"));
            QCOMPARE(records.at(login).details.value("ip").toString(), QStringLiteral("erased"));
        }
        for (int about : {2, 4}) {
            QCOMPARE(records.at(about).targetName, QStringLiteral("erased"));
            QCOMPARE(records.at(about).details.value("reason").toString(), QStringLiteral("erased"));
            QCOMPARE(records.at(about).actorUsername, QStringLiteral("alice"));
        }
        QCOMPARE(records.at(3).targetName, QStringLiteral("carol"));

        // The audit view read the ledger again: the erased values show as "erased".
        QTRY_COMPARE(m_page->model()->rowCount(), 7);
        QTRY_VERIFY(selectRecord("USER_OFFBOARDED") &&
                    m_page->model()->entry(4)->text(u"target", u"name") == QStringLiteral("erased"));

        // The ledger still verifies, and its file keeps no trace of bob.
        const auto report = LedgerVerifier::verifyDatabase(m_trail->path(), {{}, {}, m_trail->hmacKey()});
        QVERIFY(report.ok());
        QVERIFY(report->ok());
        QCOMPARE(report->valid, qint64(7));
        const QByteArray bytes = fileBytes(m_trail->path()) + fileBytes(m_trail->path() + "-wal");
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("bob@example.com"));
        QVERIFY(!bytes.contains("\"bob\""));
        QVERIFY(!bytes.contains("lost phone"));
        QVERIFY(bytes.contains("\"alice\"")); // the scan sees what is kept
        dialog->close();
    }
};

QTEST_MAIN(TestErasure)
#include "test_erasure.moc"
