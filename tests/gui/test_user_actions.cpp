// The user-action dialogs driven like an operator would, against the real Keycloak of the devstack, with every
// operation recorded in a real ledger on a temporary file: joiner (validation, password shown once, conflict),
// leaver, and a bulk leaver of 20 users with progress, result table and CSV export.
#include "Screenshots.h"
#include "core/actions/ActionContext.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "tests/support/Await.h"
#include "tests/support/DevStack.h"
#include "tests/support/LedgerRecords.h"
#include "tests/support/ServiceAccount.h"
#include "tests/support/UserToken.h"
#include "ui/users/UserActionsController.h"
#include "ui/users/dialogs/BulkDialog.h"
#include "ui/users/dialogs/BulkResultsModel.h"
#include "ui/users/dialogs/HelpdeskDialog.h"
#include "ui/users/dialogs/JoinerDialog.h"
#include "ui/users/dialogs/LeaverDialog.h"
#include "ui/users/dialogs/MoverDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace custos;
using custos::test::await;

namespace {

constexpr int serverWait = 60000;

QString message(const Error& error)
{
    return error.userMessage();
}

} // namespace

class TestUserActions : public QObject
{
    Q_OBJECT
private:
    test::DevStack m_stack;
    QTemporaryDir m_dir;
    QString m_ledgerPath;
    QString m_runId; // makes this run's usernames unique
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;
    ApiClient* m_api = nullptr;
    KeycloakAdmin* m_admin = nullptr;
    UsersApi* m_users = nullptr;
    UserAccessApi* m_access = nullptr;
    UserSecurityApi* m_security = nullptr;
    LedgerAuditTrail* m_trail = nullptr;
    QWidget* m_window = nullptr;
    ActionContext* m_actions = nullptr;
    UserActionsController* m_controller = nullptr;
    int m_stepUps = 0;
    QString m_joinerUsername;
    QString m_joinerId;

    // An operator who holds every realm-management role, so no generated target is out of reach.
    static Operator testOperator()
    {
        return Operator{QStringLiteral("00000000-gui-test-operator"),
                        QStringLiteral("gui-test-operator"),
                        {QStringLiteral("realm-admin"), QStringLiteral("manage-users"), QStringLiteral("view-users"),
                         QStringLiteral("query-users"), QStringLiteral("query-groups"), QStringLiteral("view-events")},
                        QDateTime::currentDateTimeUtc()};
    }

    Result<QString> createUser(const QString& username, bool emailVerified = false)
    {
        const QJsonObject user{{QStringLiteral("username"), username},
                               {QStringLiteral("email"), QString(username + QStringLiteral("@example.org"))},
                               {QStringLiteral("emailVerified"), emailVerified},
                               {QStringLiteral("firstName"), QStringLiteral("Generated")},
                               {QStringLiteral("lastName"), QStringLiteral("User")},
                               {QStringLiteral("enabled"), true}};
        return await<QString>([&](auto done) { m_users->create(user, this, done); });
    }

    Result<KeycloakUser> getUser(const QString& id)
    {
        return await<KeycloakUser>([&](auto done) { m_users->get(id, this, done); });
    }

    QList<LedgerRecord> ledgerRecords() const { return test::ledgerRecords(m_ledgerPath); }

    QByteArray ledgerBytes()
    {
        QByteArray all;
        auto store = LedgerStore::open(m_ledgerPath);
        if (!store)
            return all;
        const Result<qint64> count = store.value()->recordCount();
        if (const auto stored = store.value()->records(0, count.ok() ? count.value() : 0); stored.ok())
            for (const LedgerStore::StoredRecord& record : stored.value())
                all += record.bytes;
        return all;
    }

    template <typename Dialog> Dialog* openedDialog(const char* name)
    {
        Dialog* dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = m_window->findChild<Dialog*>(QString::fromLatin1(name));
            return dialog && dialog->isVisible();
        });
        return shown ? dialog : nullptr;
    }

    // Checks the entry `text` of a picker once the realm's lists have arrived.
    static bool checkEntry(QWidget* parent, const char* view, const QString& text)
    {
        auto* list = parent->findChild<QListView*>(QString::fromLatin1(view));
        QModelIndex entry;
        const bool listed = list && QTest::qWaitFor([&] {
                                const QModelIndexList found = list->model()->match(
                                    list->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly);
                                entry = found.isEmpty() ? QModelIndex() : found.constFirst();
                                return entry.isValid();
                            });
        return listed && list->model()->setData(entry, Qt::Checked, Qt::CheckStateRole);
    }

    static void typeInto(QWidget* parent, const char* name, const QString& text)
    {
        auto* edit = parent->findChild<QLineEdit*>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    // The reason every write action asks for, typed over whatever was there.
    static void giveReason(QWidget* parent, const QString& reason)
    {
        auto* edit = parent->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        QVERIFY2(edit, "the dialog asks for no reason");
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, reason);
    }

    // The helpdesk dialog for `action` on `username`, once the directory's facts about the user are shown.
    HelpdeskDialog* openReset(UserAction action, const QString& username)
    {
        const auto found =
            await<std::optional<KeycloakUser>>([&](auto done) { m_users->findByUsername(username, this, done); });
        if (!found.ok() || !found->has_value())
            return nullptr;
        m_controller->request(action, {found->value()});
        auto* dialog = openedDialog<HelpdeskDialog>("helpdeskDialog");
        auto* facts = dialog ? dialog->findChild<QLabel*>("callerFacts") : nullptr;
        const bool shown = facts && QTest::qWaitFor([&] { return facts->text().contains(u"<table>"); }, serverWait);
        return shown ? dialog : nullptr;
    }

private slots:
    void initTestCase()
    {
        Screenshots::prepare();
        QStandardPaths::setTestModeEnabled(true);
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up");
        QVERIFY(m_dir.isValid());
        m_runId = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);

        m_http = new HttpClient(this);
        m_account = new test::ServiceAccount(m_http, m_stack, this);
        m_api = new ApiClient(m_http, m_account, this);
        m_admin = new KeycloakAdmin(m_api, m_stack.keycloakUrl(), m_stack.realm(), this);
        m_users = new UsersApi(m_admin, this);
        m_access = new UserAccessApi(m_admin, this);
        m_security = new UserSecurityApi(m_admin, this);

        // A real ledger on a temporary file, with keys held in memory (no keychain needed).
        const Result<LedgerKeys> keys = LedgerKeys::generate();
        QVERIFY(keys.ok());
        m_ledgerPath = m_dir.filePath(QStringLiteral("custos.ledger"));
        const LedgerStore::Meta meta{QStringLiteral("custos.test/gui-user-actions"), keys->signingKey().publicKey(),
                                     QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("key-file")};
        auto store = LedgerStore::create(m_ledgerPath, meta);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(message(store.error())));
        m_trail = new LedgerAuditTrail(std::move(store).value(), keys.value(), m_ledgerPath, this);

        m_window = new QWidget;
        m_window->resize(900, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_actions =
            new ActionContext([] { return testOperator(); },
                              [this](const QString&, QObject*, std::function<void(const Status&)> done) {
                                  ++m_stepUps;
                                  done(Error::cancelled(QStringLiteral("step-up"), QStringLiteral("not in this test")));
                              },
                              this);
        m_actions->setAuditTrail(m_trail);
        m_controller =
            new UserActionsController(UserServices{m_users, m_access, m_security, nullptr}, m_actions, m_window, this);
    }

    void cleanupTestCase()
    {
        delete m_window; // closes whatever dialog is still open
    }

    void cleanup()
    {
        for (QDialog* dialog : m_window->findChildren<QDialog*>())
            dialog->close();
        QTest::qWait(0); // lets the closed dialogs be deleted (WA_DeleteOnClose)
    }

    void refusesEveryActionWhileTheLedgerIsClosed()
    {
        ActionContext noLedger([] { return testOperator(); }, {});
        UserActionsController closed(UserServices{m_users, m_access, m_security, nullptr}, &noLedger, m_window);
        QVERIFY(noLedger.writeBlockedReason().startsWith(QStringLiteral("The audit ledger is not open: ")));
        KeycloakUser someone;
        someone.id = QStringLiteral("0000-not-used");
        someone.username = QStringLiteral("not-used");
        closed.request(UserAction::Offboard, {someone});
        auto* box = openedDialog<QMessageBox>("ledgerClosedBox");
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("The audit ledger is not open")), qPrintable(box->text()));
        QVERIFY(!m_window->findChild<LeaverDialog*>());
        box->close();
    }

    void joinerValidatesCreatesAndShowsThePasswordOnce()
    {
        m_joinerUsername = QStringLiteral("gui-joiner-") + m_runId;
        QSignalSpy outcomes(m_controller, &UserActionsController::outcomeReported);
        m_controller->request(UserAction::Create, {});
        auto* dialog = openedDialog<JoinerDialog>("joinerDialog");
        QVERIFY(dialog);
        auto* confirm = dialog->findChild<QPushButton*>("confirmButton");
        QVERIFY(!confirm->isEnabled());

        typeInto(dialog, "usernameEdit", m_joinerUsername);
        typeInto(dialog, "emailEdit", QStringLiteral("not-an-email"));
        typeInto(dialog, "firstNameEdit", QStringLiteral("Grace"));
        typeInto(dialog, "lastNameEdit", QStringLiteral("Joiner"));
        auto* emailError = dialog->findChild<QLabel*>("emailError");
        QVERIFY(emailError->isVisible());
        QVERIFY(!emailError->text().isEmpty());
        QVERIFY(!dialog->findChild<QLabel*>("usernameError")->isVisible());
        QVERIFY(!confirm->isEnabled());

        // Upper case is normalised away; the error goes as soon as the address is valid.
        typeInto(dialog, "emailEdit", m_joinerUsername.toUpper() + QStringLiteral("@Example.org"));
        QVERIFY(!emailError->isVisible());
        // Complete, but no reason yet; then one too short to say anything.
        QVERIFY(!confirm->isEnabled());
        giveReason(dialog, QStringLiteral("new hire"));
        QVERIFY(!confirm->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>("justificationHint")->isVisible());
        giveReason(dialog, QStringLiteral("New hire in sales"));
        QVERIFY(!dialog->findChild<QLabel*>("justificationHint")->isVisible());
        QVERIFY(confirm->isEnabled());
        QVERIFY(checkEntry(dialog, "joinerRolesView", QStringLiteral("viewer")));
        QVERIFY(checkEntry(dialog, "joinerGroupsView", QStringLiteral("/sales")));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 1, serverWait);

        auto* password = dialog->findChild<QLineEdit*>("temporaryPasswordField");
        QVERIFY2(password->isVisible(), qPrintable(dialog->findChild<QLabel*>("statusLabel")->text()));
        QVERIFY(password->isReadOnly());
        const QString secret = password->text();
        QCOMPARE(secret.size(), 20);
        QTest::mouseClick(dialog->findChild<QPushButton*>("copyPasswordButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QVERIFY(!confirm->isVisible()); // created: nothing to run twice
        // The password is in that field only: not in the status line, the status bar message or the ledger.
        QVERIFY(!dialog->findChild<QLabel*>("statusLabel")->text().contains(secret));
        QVERIFY(!outcomes.constFirst().constFirst().toString().contains(secret));
        QVERIFY(!ledgerBytes().contains(secret.toUtf8()));
        QVERIFY(Screenshots::save(dialog, QStringLiteral("joiner")));

        const auto found = await<std::optional<KeycloakUser>>(
            [&](auto done) { m_users->findByUsername(m_joinerUsername, this, done); });
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(message(found.error())));
        QVERIFY(found->has_value());
        QCOMPARE(found->value().email, QString(m_joinerUsername + QStringLiteral("@example.org")));
        m_joinerId = found->value().id;
        const auto roles =
            await<QList<RoleRef>>([&](auto done) { m_access->userRealmRoles(m_joinerId, false, this, done); });
        QVERIFY(roles.ok());
        QVERIFY(
            std::any_of(roles->cbegin(), roles->cend(), [](const RoleRef& role) { return role.name == u"viewer"; }));
        const auto groups = await<QList<GroupRef>>([&](auto done) { m_access->userGroups(m_joinerId, this, done); });
        QVERIFY(groups.ok());
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->constFirst().path, QStringLiteral("/sales"));

        const QList<LedgerRecord> records = ledgerRecords();
        const bool recorded = std::any_of(records.cbegin(), records.cend(), [&](const LedgerRecord& record) {
            return record.action == u"USER_CREATED" && record.targetName == m_joinerUsername &&
                   record.outcome == u"SUCCESS" && record.actorUsername == u"gui-test-operator";
        });
        QVERIFY(recorded);

        // Closed, the dialog takes the password with it; a new one starts empty.
        dialog->close();
        m_controller->request(UserAction::Create, {});
        QTRY_VERIFY(m_window->findChildren<JoinerDialog*>().size() == 1);
        auto* again = openedDialog<JoinerDialog>("joinerDialog");
        QVERIFY(again->findChild<QLineEdit*>("temporaryPasswordField")->text().isEmpty());
    }

    void secondJoinerWithTheSameUsernameOffersTheExistingUser()
    {
        QVERIFY2(!m_joinerId.isEmpty(), "the first joiner did not run");
        QSignalSpy outcomes(m_controller, &UserActionsController::outcomeReported);
        QSignalSpy open(m_controller, &UserActionsController::openUserRequested);
        m_controller->request(UserAction::Create, {});
        auto* dialog = openedDialog<JoinerDialog>("joinerDialog");
        QVERIFY(dialog);
        typeInto(dialog, "usernameEdit", m_joinerUsername);
        typeInto(dialog, "emailEdit", QStringLiteral("other-") + m_runId + QStringLiteral("@example.org"));
        typeInto(dialog, "firstNameEdit", QStringLiteral("Second"));
        typeInto(dialog, "lastNameEdit", QStringLiteral("Joiner"));
        giveReason(dialog, QStringLiteral("Second account for the same person"));
        QTest::mouseClick(dialog->findChild<QPushButton*>("confirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 1, serverWait);

        auto* status = dialog->findChild<QLabel*>("statusLabel");
        QVERIFY(status->property("error").toBool());
        auto* openExisting = dialog->findChild<QPushButton*>("openExistingButton");
        QVERIFY2(openExisting->isVisible(), qPrintable(status->text()));
        // What was typed is still there, editable.
        QCOMPARE(dialog->findChild<QLineEdit*>("usernameEdit")->text(), m_joinerUsername);
        QCOMPARE(dialog->findChild<QLineEdit*>("firstNameEdit")->text(), QStringLiteral("Second"));
        QVERIFY(dialog->findChild<QLineEdit*>("usernameEdit")->isEnabled());
        QVERIFY(!dialog->findChild<QLineEdit*>("temporaryPasswordField")->isVisible());
        QTest::mouseClick(openExisting, Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.constFirst().constFirst().value<UserRef>().id, m_joinerId);
    }

    void leaverDisablesTheUser()
    {
        const QString username = QStringLiteral("gui-leaver-") + m_runId;
        const Result<QString> id = createUser(username);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(message(id.error())));
        const Result<KeycloakUser> user = getUser(id.value());
        QVERIFY(user.ok());
        QVERIFY(user->enabled);

        QSignalSpy outcomes(m_controller, &UserActionsController::outcomeReported);
        QSignalSpy changed(m_controller, &UserActionsController::usersChanged);
        m_actions->setJustificationPolicy(JustificationPolicy{QStringLiteral("^(INC|CHG)-[0-9]+$"), true});
        const auto defaultPolicy = qScopeGuard([this] { m_actions->setJustificationPolicy({}); });
        m_controller->request(UserAction::Offboard, {user.value()});
        auto* dialog = openedDialog<LeaverDialog>("leaverDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>("questionLabel")->text().contains(username));
        // This profile wants a ticket in its own format with every change.
        auto* confirm = dialog->findChild<QPushButton*>("confirmButton");
        giveReason(dialog, QStringLiteral("Contract ended yesterday"));
        QVERIFY(!confirm->isEnabled());
        typeInto(dialog, "ticketEdit", QStringLiteral("REQ-12"));
        QVERIFY(!confirm->isEnabled());
        QVERIFY2(dialog->findChild<QLabel*>("justificationHint")->text().contains(u"format"),
                 qPrintable(dialog->findChild<QLabel*>("justificationHint")->text()));
        typeInto(dialog, "ticketEdit", QStringLiteral("CHG-4711"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 1, serverWait);
        auto* status = dialog->findChild<QLabel*>("statusLabel");
        QVERIFY2(!status->property("error").toBool(), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("session")), qPrintable(status->text()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().toStringList(), QStringList{id.value()});

        const Result<KeycloakUser> after = getUser(id.value());
        QVERIFY(after.ok());
        QVERIFY(!after->enabled);
        const QList<LedgerRecord> records = ledgerRecords();
        QVERIFY(std::any_of(records.cbegin(), records.cend(), [&](const LedgerRecord& record) {
            return record.action == u"USER_OFFBOARDED" && record.targetId == id.value() && record.outcome == u"SUCCESS";
        }));
        // The reason and the ticket are in the intent, written before anything changed.
        QVERIFY(std::any_of(records.cbegin(), records.cend(), [&](const LedgerRecord& record) {
            return record.action == u"USER_OFFBOARDED_INTENT" && record.targetId == id.value() &&
                   record.details.value(u"reason").toString() == u"Contract ended yesterday" &&
                   record.details.value(u"ticket").toString() == u"CHG-4711";
        }));
    }

    void moverPreviewsAndAppliesARole()
    {
        const QString username = QStringLiteral("gui-mover-") + m_runId;
        const Result<QString> id = createUser(username);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(message(id.error())));
        const Result<KeycloakUser> user = getUser(id.value());
        QVERIFY(user.ok());

        QSignalSpy outcomes(m_controller, &UserActionsController::outcomeReported);
        m_controller->request(UserAction::ChangeAccess, {user.value()});
        auto* dialog = openedDialog<MoverDialog>("moverDialog");
        QVERIFY(dialog);
        auto* confirm = dialog->findChild<QPushButton*>("confirmButton");
        QVERIFY(checkEntry(dialog, "moverRolesView", QStringLiteral("viewer")));
        auto* preview = dialog->findChild<QListWidget*>("previewList");
        QCOMPARE(preview->count(), 1);
        QVERIFY2(preview->item(0)->text().contains(QStringLiteral("viewer")), qPrintable(preview->item(0)->text()));
        giveReason(dialog, QStringLiteral("Joins the viewers for the audit"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 1, serverWait);
        auto* status = dialog->findChild<QLabel*>("statusLabel");
        QVERIFY2(!status->property("error").toBool(), qPrintable(status->text()));

        const auto roles =
            await<QList<RoleRef>>([&](auto done) { m_access->userRealmRoles(id.value(), false, this, done); });
        QVERIFY(roles.ok());
        QVERIFY(
            std::any_of(roles->cbegin(), roles->cend(), [](const RoleRef& role) { return role.name == u"viewer"; }));
        // The dialog reads the user again: viewer is now current, so there is nothing left to apply.
        QTRY_VERIFY_WITH_TIMEOUT(preview->count() == 1 && !preview->item(0)->text().contains(u"viewer"), serverWait);
    }

    void bulkLeaverOfTwentyUsers()
    {
        constexpr int count = 20;
        QList<KeycloakUser> users;
        for (int i = 0; i < count; ++i) {
            KeycloakUser user;
            user.username = QStringLiteral("gui-bulk-%1-%2").arg(m_runId).arg(i, 2, 10, QLatin1Char('0'));
            const Result<QString> id = createUser(user.username);
            QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(message(id.error())));
            user.id = id.value();
            users.append(user);
        }
        const qsizetype recordsBefore = ledgerRecords().size();

        m_controller->request(UserAction::Offboard, users);
        auto* dialog = openedDialog<BulkDialog>("bulkDialog");
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->findChild<QComboBox*>("actionCombo")->currentText(), displayName(UserAction::Offboard));
        auto* next = dialog->findChild<QPushButton*>("continueButton");
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(dialog->findChild<QLabel*>("confirmText")->text().contains(QStringLiteral("20")));
        QVERIFY(!dialog->findChild<QPushButton*>("runButton")->isEnabled());
        giveReason(dialog, QStringLiteral("Seasonal staff leave together"));
        QTest::mouseClick(dialog->findChild<QPushButton*>("runButton"), Qt::LeftButton);

        auto* progress = dialog->findChild<QProgressBar*>("progressBar");
        QCOMPARE(progress->maximum(), count);
        QTRY_COMPARE_WITH_TIMEOUT(progress->value(), count, 3 * serverWait);
        auto* exportButton = dialog->findChild<QPushButton*>("exportButton");
        QTRY_VERIFY(exportButton->isEnabled());
        BulkResultsModel* results = dialog->results();
        QCOMPARE(results->rowCount(), count);
        QCOMPARE(results->count(true), count);
        QVERIFY(dialog->findChild<QLabel*>("progressText")->text().contains(QStringLiteral("20")));

        const QString csvPath = m_dir.filePath(QStringLiteral("bulk-results.csv"));
        const Status exported = dialog->exportResults(csvPath);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(message(exported.error())));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        int userLines = 0;
        for (const KeycloakUser& user : std::as_const(users))
            userLines += int(std::count_if(lines.cbegin(), lines.cend(), [&](const QByteArray& line) {
                return line.contains(user.username.toUtf8());
            }));
        QCOMPARE(userLines, count);

        // One outcome record per user, each a success, each after its intent.
        const QList<LedgerRecord> records = ledgerRecords().mid(recordsBefore);
        QSet<QString> recorded;
        for (const LedgerRecord& record : records)
            if (record.action == u"USER_OFFBOARDED" && record.outcome == u"SUCCESS")
                recorded.insert(record.targetId);
        QCOMPARE(records.size(), 2 * count);
        QCOMPARE(recorded.size(), count);
        for (const KeycloakUser& user : std::as_const(users)) {
            QVERIFY(recorded.contains(user.id));
            const Result<KeycloakUser> after = getUser(user.id);
            QVERIFY(after.ok());
            QVERIFY2(!after->enabled, qPrintable(user.username));
        }
        QCOMPARE(m_stepUps, 0);
    }

    // The verification step of the helpdesk's resets: a privileged target and a credential changed within a day
    // need a second operator (refused until approvals exist); otherwise the reset waits for a method and the agent's
    // confirmation, and the intent keeps both with the reason.
    void helpdeskResetNeedsAVerifiedCaller()
    {
        // joe holds realm-admin.
        HelpdeskDialog* dialog = openReset(UserAction::Unlock, QStringLiteral("joe"));
        QVERIFY(dialog);
        auto* facts = dialog->findChild<QLabel*>("callerFacts");
        QVERIFY2(facts->text().contains(u"realm-admin"), qPrintable(facts->text()));
        auto* notice = dialog->findChild<QLabel*>("verificationNotice");
        QVERIFY2(notice->isVisible() && notice->text().contains(u"second operator"), qPrintable(notice->text()));
        QVERIFY(!dialog->findChild<QRadioButton*>("method_callback")->isEnabled());
        giveReason(dialog, QStringLiteral("Locked out before the board meeting"));
        QVERIFY(!dialog->findChild<QPushButton*>("confirmButton")->isEnabled());
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<HelpdeskDialog*>());

        // vera's password was just set again (to the same one): a second change within 24 hours.
        const auto vera = await<std::optional<KeycloakUser>>(
            [&](auto done) { m_users->findByUsername(QStringLiteral("vera"), this, done); });
        QVERIFY(vera.ok() && vera->has_value());
        const auto reset = await<bool>([&](auto done) {
            m_security->resetPassword(vera->value().id, m_stack.value("CUSTOS_DEMO_VERA_PASSWORD"), false, this,
                                      [done](const Status& status) {
                                          done(status.ok() ? Result<bool>(true) : Result<bool>(status.error()));
                                      });
        });
        QVERIFY2(reset.ok(), reset.ok() ? "" : qPrintable(message(reset.error())));
        dialog = openReset(UserAction::ResetPassword, QStringLiteral("vera"));
        QVERIFY(dialog);
        notice = dialog->findChild<QLabel*>("verificationNotice");
        QVERIFY2(notice->text().contains(u"24 hours"), qPrintable(notice->text()));
        giveReason(dialog, QStringLiteral("Forgot the password again"));
        QVERIFY(!dialog->findChild<QPushButton*>("confirmButton")->isEnabled());
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<HelpdeskDialog*>());

        // A fresh account: nothing changed since its set-up, not privileged.
        const QString username = QStringLiteral("gui-unlock-") + m_runId;
        QVERIFY(createUser(username).ok());
        dialog = openReset(UserAction::Unlock, username);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLabel*>("verificationNotice")->isVisible());
        auto* method = dialog->findChild<QRadioButton*>("method_ticket-system-identity");
        QVERIFY2(method->isEnabled(), qPrintable(dialog->findChild<QLabel*>("callerFacts")->text()));
        auto* confirm = dialog->findChild<QPushButton*>("confirmButton");
        giveReason(dialog, QStringLiteral("Mistyped the password five times"));
        QVERIFY(!confirm->isEnabled()); // no method chosen
        auto* confirmed = dialog->findChild<QCheckBox*>("verificationConfirmed");
        QTest::mouseClick(confirmed, Qt::LeftButton);
        QVERIFY(!confirm->isEnabled()); // confirmed, but no method
        // On the radio's indicator: the button is as wide as the dialog, its text much shorter.
        QTest::mouseClick(method, Qt::LeftButton, {}, QPoint(6, method->height() / 2));
        QVERIFY(method->isChecked());
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirmed, Qt::LeftButton);
        QVERIFY(!confirm->isEnabled()); // a method, but not confirmed
        QTest::mouseClick(confirmed, Qt::LeftButton);
        QSignalSpy outcomes(m_controller, &UserActionsController::outcomeReported);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 1, serverWait);
        auto* status = dialog->findChild<QLabel*>("statusLabel");
        QVERIFY2(!status->property("error").toBool(), qPrintable(status->text()));
        const QList<LedgerRecord> records = ledgerRecords();
        const auto intent = std::find_if(records.cbegin(), records.cend(), [&](const LedgerRecord& record) {
            return record.action == u"USER_UNLOCKED_INTENT" && record.targetName == username;
        });
        QVERIFY(intent != records.cend());
        QCOMPARE(intent->details.value(u"reason").toString(), QStringLiteral("Mistyped the password five times"));
        const QJsonObject verification = intent->details.value(u"verification").toObject();
        QCOMPARE(verification.value(u"method").toString(), QStringLiteral("ticket-system-identity"));
        QVERIFY(verification.value(u"agent_confirmed").toBool());
        QVERIFY(verification.value(u"facts_shown").toObject().contains(u"failed_logins_7d"));
    }

    void aVerifiedEmailIsProposedInsteadOfAReset()
    {
        // An account whose e-mail is verified: the MFA reset proposes the required-actions e-mail instead.
        const QString username = QStringLiteral("gui-email-") + m_runId;
        QVERIFY(createUser(username, true).ok());
        QPointer<HelpdeskDialog> reset = openReset(UserAction::ResetMfa, username);
        QVERIFY(reset);
        auto* notice = reset->findChild<QLabel*>("verificationNotice");
        QVERIFY2(notice->isVisible() && notice->text().contains(u"verified e-mail"), qPrintable(notice->text()));
        auto* instead = reset->findChild<QPushButton*>("emailInsteadButton");
        QVERIFY(instead && instead->isVisible());
        giveReason(reset, QStringLiteral("Lost the phone with the authenticator app"));
        typeInto(reset, "ticketEdit", QStringLiteral("INC-3001"));
        QTest::mouseClick(instead, Qt::LeftButton);

        // The reset gives way to the e-mail, which asks for a new authenticator and keeps what the agent typed.
        QTRY_VERIFY(!reset);
        auto* email = openedDialog<HelpdeskDialog>("helpdeskDialog");
        QVERIFY(email);
        QCOMPARE(email->action(), UserAction::SendActionsEmail);
        QCOMPARE(email->user().username, username);
        QCOMPARE(email->checkedEmailActions(), QStringList{QStringLiteral("CONFIGURE_TOTP")});
        QCOMPARE(email->justification().reason, QStringLiteral("Lost the phone with the authenticator app"));
        QCOMPARE(email->justification().ticket, QStringLiteral("INC-3001"));

        // Audited like any action: the devstack sends no mail, so it is recorded as a failure after its intent.
        auto* confirm = email->findChild<QPushButton*>("confirmButton");
        QVERIFY(confirm->isEnabled());
        QSignalSpy outcomes(m_controller, &UserActionsController::outcomeReported);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 1, serverWait);
        const QList<LedgerRecord> records = ledgerRecords();
        const auto intent = std::find_if(records.cbegin(), records.cend(), [&](const LedgerRecord& record) {
            return record.action == u"USER_ACTIONS_EMAIL_SENT_INTENT" && record.targetName == username;
        });
        QVERIFY(intent != records.cend());
        QCOMPARE(intent->details.value(u"reason").toString(),
                 QStringLiteral("Lost the phone with the authenticator app"));
        QCOMPARE(intent->details.value(u"ticket").toString(), QStringLiteral("INC-3001"));
        QVERIFY(std::any_of(records.cbegin(), records.cend(), [&](const LedgerRecord& record) {
            return record.targetName == username && record.action == u"USER_ACTIONS_EMAIL_SENT";
        }));
    }

    void rolesAndGroupsAreReadEachOnTheirOwn()
    {
        // harry's own token may list the groups (view-users) but not the realm's roles (view-realm): the joiner and
        // the mover still offer the groups, and say why the roles are missing.
        auto* harry = new test::UserToken(m_account, QStringLiteral("harry"),
                                          m_stack.value(QStringLiteral("CUSTOS_DEMO_HARRY_PASSWORD")), this);
        const Result<Done> signedIn = await<Done>([&](auto done) { harry->refreshAccessToken(this, done); });
        QVERIFY2(signedIn.ok(), signedIn.ok() ? "" : qPrintable(message(signedIn.error())));
        auto* api = new ApiClient(m_http, harry, this);
        auto* admin = new KeycloakAdmin(api, m_stack.keycloakUrl(), m_stack.realm(), this);
        auto* access = new UserAccessApi(admin, this);
        const Result<QString> id = createUser(QStringLiteral("lists-") + m_runId);
        QVERIFY(id.ok());
        const Result<KeycloakUser> user = getUser(id.value());
        QVERIFY(user.ok());
        const auto realmGroups = await<QList<GroupRef>>([&](auto done) { m_access->groups({}, 0, 1000, this, done); });
        QVERIFY(realmGroups.ok() && !realmGroups->isEmpty());

        auto* joiner = new JoinerDialog(access, m_window);
        joiner->setAttribute(Qt::WA_DeleteOnClose);
        joiner->show();
        auto* mover = new MoverDialog(access, user.value(), m_window);
        mover->setAttribute(Qt::WA_DeleteOnClose);
        mover->show();
        for (const QString& name : {QStringLiteral("joiner"), QStringLiteral("mover")}) {
            QWidget* dialog = name == u"joiner" ? static_cast<QWidget*>(joiner) : mover;
            auto* groups = dialog->findChild<QListView*>(name + QStringLiteral("GroupsView"));
            auto* rolesMessage = dialog->findChild<QLabel*>(name + QStringLiteral("RolesMessage"));
            QVERIFY(groups && rolesMessage);
            QTRY_COMPARE_WITH_TIMEOUT(groups->model()->rowCount(), int(realmGroups->size()), serverWait);
            QTRY_VERIFY2_WITH_TIMEOUT(rolesMessage->text().contains(QStringLiteral("view-realm")),
                                      qPrintable(rolesMessage->text()), serverWait);
        }
    }

    void bulkCsvReportsTheBadLine()
    {
        m_controller->requestBulk();
        auto* dialog = openedDialog<BulkDialog>("bulkDialog");
        QVERIFY(dialog);
        auto* next = dialog->findChild<QPushButton*>("continueButton");
        QVERIFY(!next->isEnabled()); // no selection, no file yet
        // A CSV file can be loaded at once, before (and whether or not) the realm's roles are read.
        QVERIFY(dialog->findChild<QPushButton*>("loadCsvButton")->isEnabled());

        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("alice,unlock\nbob,explode\ncarl,leaver\n");
        file.close();
        QVERIFY(!dialog->loadCsvFile(path));
        auto* errors = dialog->findChild<QPlainTextEdit*>("csvErrors");
        QVERIFY(errors->isVisible());
        QVERIFY2(errors->toPlainText().contains(QStringLiteral("2")) && errors->toPlainText().contains("explode"),
                 qPrintable(errors->toPlainText()));
        QVERIFY(!next->isEnabled()); // nothing of a bad file is used
    }
};

QTEST_MAIN(TestUserActions)
#include "test_user_actions.moc"
