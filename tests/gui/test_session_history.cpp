// The outcome of every action stays in view (no server): the history of this session lists what the window's
// actions recorded in the ledger (users, tenants, exports), newest first, with when, what, on what, how it ended
// and the correlation id; the window's notification shows the latest one until it is dismissed or replaced, for
// screen readers too; the history opens from the View menu and from the status bar.
#include "core/audit/ActionRecord.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/keychain/SecretStore.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerStore.h"
#include "core/users/UserAction.h"
#include "ui/MainWindow.h"
#include "ui/history/HistoryPanel.h"
#include "ui/history/SessionHistory.h"
#include "ui/tenants/OutcomeBar.h"

#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>
#include <memory>

using namespace custos;

namespace {

ActionRecord action(const QString& name, const QString& target, std::optional<Error> error = std::nullopt)
{
    ActionRecord record;
    record.action = name;
    record.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.actorId = QStringLiteral("00000000-history");
    record.actorUsername = QStringLiteral("harry");
    record.targetType = QStringLiteral("user");
    record.targetId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.targetName = target;
    record.error = std::move(error);
    return record;
}

QString cell(const SessionHistory& history, int row, int column)
{
    return history.index(row, column).data().toString();
}

} // namespace

class TestSessionHistory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void listsEveryRecordedActionNewestFirst()
    {
        const Result<LedgerKeys> keys = LedgerKeys::generate();
        QVERIFY(keys.ok());
        const QString path = m_dir.filePath(QStringLiteral("history.ledger"));
        const LedgerStore::Meta meta{QStringLiteral("custos.test/session-history"), keys->signingKey().publicKey(),
                                     QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("key-file")};
        auto store = LedgerStore::create(path, meta);
        QVERIFY(store.ok());
        LedgerAuditTrail trail(std::move(store).value(), keys.value(), path);
        SessionHistory history;
        history.watch(&trail);
        history.watch(&trail); // handed over again at the next sign-in: still listed once

        const ActionRecord offboarded = action(QStringLiteral("USER_OFFBOARDED"), QStringLiteral("bob"));
        ActionRecord refused = action(
            QStringLiteral("USER_MFA_RESET"), QStringLiteral("otto"),
            Error::forbidden(QStringLiteral("Nothing was done"), QStringLiteral("otto is a realm administrator")));
        refused.details.insert(QStringLiteral("refused"), true);
        ActionRecord suspended = action(
            QStringLiteral("TENANT_SUSPEND"), QStringLiteral("acme"),
            Error::server(QStringLiteral("Could not suspend the tenant"), QStringLiteral("the platform answered 503"))
                .withHttpStatus(503));
        suspended.targetType = QStringLiteral("tenant");
        // The dialog that asked for a record may be closed before it is durable: the outcome is still listed.
        {
            QObject closedDialog;
            trail.record(offboarded.toEntry(), &closedDialog, [](const Status&) { QFAIL("the dialog is gone"); });
        }
        int answered = 0;
        trail.record(refused.toEntry(), this, [&](const Status& recorded) { answered += recorded.ok() ? 1 : 0; });
        trail.record(suspended.toEntry(), this, [&](const Status& recorded) { answered += recorded.ok() ? 1 : 0; });
        // Ingested events are not this session's actions.
        QJsonObject ingested = action(QStringLiteral("USER_OFFBOARDED"), QStringLiteral("eve")).toEntry();
        ingested.insert(QStringLiteral("source"), QStringLiteral("keycloak-admin"));
        bool ingestedDone = false;
        trail.recordAll({ingested}, this, [&](const auto&) { ingestedDone = true; });
        QTRY_COMPARE(answered, 2);
        QTRY_VERIFY(ingestedDone);

        QCOMPARE(history.rowCount(), 3);
        QCOMPARE(history.columnCount(), int(SessionHistory::ColumnCount));
        QCOMPARE(cell(history, 0, SessionHistory::ActionColumn), QStringLiteral("Suspend tenant"));
        QCOMPARE(cell(history, 0, SessionHistory::TargetColumn), QStringLiteral("acme"));
        QCOMPARE(cell(history, 0, SessionHistory::OutcomeColumn),
                 QStringLiteral("failed: Could not suspend the tenant — the platform answered 503"));
        QCOMPARE(cell(history, 0, SessionHistory::CorrelationColumn), suspended.correlationId);
        QCOMPARE(cell(history, 1, SessionHistory::ActionColumn), displayName(UserAction::ResetMfa));
        QVERIFY2(
            cell(history, 1, SessionHistory::OutcomeColumn).startsWith(QStringLiteral("refused: Nothing was done")),
            qPrintable(cell(history, 1, SessionHistory::OutcomeColumn)));
        QCOMPARE(cell(history, 2, SessionHistory::ActionColumn), displayName(UserAction::Offboard));
        QCOMPARE(cell(history, 2, SessionHistory::TargetColumn), QStringLiteral("bob"));
        QCOMPARE(cell(history, 2, SessionHistory::OutcomeColumn), QStringLiteral("done"));
        QCOMPARE(cell(history, 2, SessionHistory::CorrelationColumn), offboarded.correlationId);
        QVERIFY(history.outcome(2).succeeded && !history.outcome(1).succeeded && !history.outcome(0).succeeded);
        QVERIFY(QTime::fromString(cell(history, 2, SessionHistory::TimeColumn), QStringLiteral("HH:mm:ss")).isValid());
        QCOMPARE(history.outcome(2).sentence(),
                 QStringLiteral("%1 · bob: done").arg(displayName(UserAction::Offboard)));

        history.clear();
        QCOMPARE(history.rowCount(), 0);
    }

    void theWindowShowsTheLatestOutcomeUntilDismissedOrReplaced()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("custos.ini")));
        MemorySecretStore secrets;
        MainWindow window(&profiles, &secrets);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* notice = window.findChild<OutcomeBar*>(QStringLiteral("windowNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());

        const ActionRecord reset = action(QStringLiteral("USER_PASSWORD_RESET"), QStringLiteral("bob"));
        window.history()->add(reset.toEntry(), success());
        QVERIFY(notice->isVisible());
        const QString sentence = QStringLiteral("%1 · bob: done").arg(displayName(UserAction::ResetPassword));
        QCOMPARE(notice->text(), sentence);
        QVERIFY(!notice->isFailure());
        // What a screen reader says: the notification, and what it says.
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(notice);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Notification"));
        QCOMPARE(accessible->text(QAccessible::Description), sentence);

        // The next outcome replaces it.
        const ActionRecord failed =
            action(QStringLiteral("TENANT_DELETE"), QStringLiteral("acme"),
                   Error::conflict(QStringLiteral("Could not delete the tenant"), QStringLiteral("it still has users"))
                       .withHttpStatus(409));
        window.history()->add(failed.toEntry(), success());
        QVERIFY(notice->isFailure());
        QVERIFY2(notice->text().contains(QStringLiteral("it still has users")), qPrintable(notice->text()));

        // Dismissed by its own button, reachable by keyboard.
        auto* dismiss = notice->findChild<QToolButton*>();
        QVERIFY(dismiss && dismiss->isVisible());
        QVERIFY(!dismiss->accessibleName().isEmpty());
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QVERIFY(!notice->isVisible());

        // The history: from the status bar's button, and from View → History (Ctrl+H).
        auto* panel = window.findChild<HistoryPanel*>(QStringLiteral("historyPanel"));
        QVERIFY(panel);
        QVERIFY(!panel->isVisible());
        auto* button = window.findChild<QToolButton*>(QStringLiteral("historyButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->view()->model()->rowCount(), 2);
        QCOMPARE(panel->view()->model()->index(1, SessionHistory::CorrelationColumn).data().toString(),
                 reset.correlationId);
        QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+H")));
        QTRY_VERIFY(!panel->isVisible());
        auto* menuAction = window.findChild<QAction*>(QStringLiteral("historyAction"));
        QVERIFY(menuAction);
        menuAction->trigger();
        QTRY_VERIFY(panel->isVisible());
        // Closed from its own title bar, which says so in the window's language.
        auto* close = panel->findChild<QToolButton*>(QStringLiteral("closeHistoryButton"));
        QVERIFY(close && !close->accessibleName().isEmpty());
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!panel->isVisible());
        QVERIFY(!menuAction->isChecked());
    }
};

QTEST_MAIN(TestSessionHistory)
#include "test_session_history.moc"
