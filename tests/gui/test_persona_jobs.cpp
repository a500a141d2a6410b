// Each persona's whole job through the real window, offscreen, against the devstack: signed in as that persona
// through Keycloak's login page in Chromium (step-ups too), the actions clicked, the dialogs filled and confirmed
// as the person would, then the server's state checked with the service account and the window's own ledger read
// back: action, actor (the persona), target, outcome.
//   harry (helpdesk)      MFA reset on otto after a step-up, password reset on bob, unlock, end a session
//   priya (realm-admin)   MFA reset under a profile that asks acr 2: her password-only sign-in steps up with OTP
//   alice (iam-operator)  joiner with realm roles and groups, mover, leaver, a bulk CSV from the File menu
//   ada (auditor)         the audit log showing records made during the test, verification, export
//   tina (tenant-admin)   her tenant's CA certificates: stage, activate, delete
//   carl (cpi-admin)      a tenant created and deleted; a platform certificate staged, activated, restored
//   vera (viewer)         every page, and no enabled action that would write
#include "core/auth/Session.h"
#include "core/keycloak/OrganizationsApi.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/PersonalData.h"
#include "tests/gui/PersonaWindow.h"
#include "tests/support/ServiceAccount.h"
#include "tests/unit/x509/TestCertificates.h"
#include "ui/LedgerController.h"
#include "ui/MainWindow.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditPage.h"
#include "ui/certificates/CertificatesPage.h"
#include "ui/certificates/TenantCaPanel.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/tenants/TenantDeleteDialog.h"
#include "ui/tenants/TenantDetailPane.h"
#include "ui/tenants/TenantWizard.h"
#include "ui/tenants/TenantsModel.h"
#include "ui/tenants/TenantsPage.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/WorkspacePage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUuid>

using namespace custos;

namespace {

constexpr int serverWait = PersonaWindow::serverWait;
// Lists a dialog reads from the realm (roles, groups) arrive within this.
constexpr int listWait = 20000;

QString runId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// Checks the entry `text` of a picker (a CheckableList's view) once the realm's lists have arrived.
bool checkEntry(QWidget* dialog, const QString& view, const QString& text)
{
    auto* list = dialog->findChild<QListView*>(view);
    QModelIndex entry;
    const bool listed = list && QTest::qWaitFor(
                                    [&] {
                                        const QModelIndexList found = list->model()->match(
                                            list->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly);
                                        entry = found.isEmpty() ? QModelIndex() : found.constFirst();
                                        return entry.isValid();
                                    },
                                    listWait);
    return listed && list->model()->setData(entry, Qt::Checked, Qt::CheckStateRole);
}

void typeInto(QWidget* parent, const QString& name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Types the operator's reason, as every write action asks for one.
void giveReason(QWidget* dialog, const QString& reason)
{
    auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
    QVERIFY2(edit, "the dialog asks for no reason");
    QVERIFY(edit->isVisible() && edit->isEnabled());
    edit->setFocus();
    QTest::keyClicks(edit, reason);
}

// The verification step of a helpdesk reset, as an agent does it once the directory's facts are shown: the method
// used to verify the caller, then the confirmation.
void verifyCaller(QWidget* dialog, const QString& method)
{
    auto* choice = dialog->findChild<QRadioButton*>(QStringLiteral("method_") + method);
    QVERIFY2(choice, qPrintable(method));
    auto* facts = dialog->findChild<QLabel*>(QStringLiteral("callerFacts"));
    QTRY_VERIFY2_WITH_TIMEOUT(choice->isEnabled(), qPrintable(facts->text()), serverWait);
    // On the radio's indicator: the button is as wide as the dialog, its text much shorter.
    QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(6, choice->height() / 2));
    QVERIFY(choice->isChecked());
    auto* confirmed = dialog->findChild<QCheckBox*>(QStringLiteral("verificationConfirmed"));
    QVERIFY(confirmed);
    QTest::mouseClick(confirmed, Qt::LeftButton);
    QVERIFY(confirmed->isChecked());
}

void clickButton(QWidget* parent, const QString& name)
{
    auto* button = parent->findChild<QAbstractButton*>(name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(name + QStringLiteral(": ") + button->toolTip()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Answers the confirmation `name` (window-modal, so no nested loop runs) as the person does: it cannot be confirmed
// before they give their reason; then they type it and confirm.
void confirmWithReason(const QString& name, const QString& reason)
{
    auto* dialog = PersonaWindow::waitFor<QDialog>(name, 5000);
    QVERIFY2(dialog, qPrintable(name));
    auto* confirm = dialog->findChild<QAbstractButton*>(QStringLiteral("confirmButton"));
    QVERIFY2(confirm && !confirm->isEnabled(), qPrintable(name + QStringLiteral(" can be confirmed without a reason")));
    giveReason(dialog, reason);
    clickButton(dialog, QStringLiteral("confirmButton"));
}

// Chooses `path` in the file dialog the window just opened and presses its Open or Save button.
bool chooseFile(const QString& path)
{
    QFileDialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                for (QWidget* top : QApplication::topLevelWidgets())
                    for (QFileDialog* candidate : top->findChildren<QFileDialog*>())
                        if (candidate->isVisible())
                            dialog = candidate;
                return dialog != nullptr;
            },
            5000))
        return false;
    dialog->selectFile(path);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    for (QAbstractButton* button : buttons ? buttons->buttons() : QList<QAbstractButton*>{})
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole && button->isEnabled()) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    return false;
}

// The ledger record of one of the persona's actions: right action, actor, target and outcome.
#define VERIFY_RECORD(who, what, on, result)                                                                           \
    do {                                                                                                               \
        const auto record_ = (who).waitForRecord(QString::fromLatin1(what), (on));                                     \
        QVERIFY2(record_.has_value(), qPrintable(QStringLiteral("no %1 record on %2").arg(QLatin1String(what), on)));  \
        QVERIFY2(record_->actorUsername == (who).username() && record_->outcome == QLatin1String(result),              \
                 qPrintable(PersonaWindow::describe(record_)));                                                        \
    } while (false)

// A helper that checks with QVERIFY returns on failure; the test stops there too.
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

} // namespace

class TestPersonaJobs : public QObject
{
    Q_OBJECT
private:
    // Closes the action dialog that showed an outcome, so the window takes clicks again.
    static void closeDialog(QDialog* dialog)
    {
        if (auto* close = dialog->findChild<QAbstractButton*>(QStringLiteral("closeButton"));
            close && close->isVisible())
            QTest::mouseClick(close, Qt::LeftButton);
        else
            dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());
    }

    // Waits for the action dialog's outcome; fails with what it says when the outcome is an error.
    static void expectSuccess(QDialog* dialog)
    {
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QVERIFY(status);
        auto* busy = dialog->findChild<QWidget*>(QStringLiteral("busyIndicator"));
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() && (!busy || !busy->isVisible()), serverWait);
        QVERIFY2(!status->property("error").toBool(), qPrintable(status->text()));
    }

    // Whether the log lists every record of the ledger, scrolled to its end as a reader would (a page at a time).
    static bool showsEveryRecord(const PersonaWindow& persona, AuditLogModel* model)
    {
        return QTest::qWaitFor(
            [&] {
                if (model->isSearching())
                    return false;
                if (model->canFetchMore({})) {
                    model->fetchMore({});
                    return false;
                }
                return qint64(model->rowCount()) == persona.ledgerSize();
            },
            30000);
    }

    static bool credentialsHaveOtp(PersonaWindow& persona, const QString& userId)
    {
        const auto credentials = PersonaWindow::await<QList<Credential>>(
            [&](auto done) { persona.security()->credentials(userId, &persona, done); });
        return credentials.ok() && std::any_of(credentials->cbegin(), credentials->cend(),
                                               [](const Credential& credential) { return credential.type == u"otp"; });
    }

private slots:
    void harryResetsMfaAndPasswordUnlocksAndEndsASession()
    {
        PersonaWindow persona;
        const QString unready = persona.setUp();
        QVERIFY2(unready.isEmpty(), qPrintable(unready));
        // otto and bob as the realm file has them (an earlier run changed their credentials), bob signed in
        // somewhere, and a user locked out by five wrong passwords.
        QVERIFY(persona.restoreDemoUserNowAndAtEnd(QStringLiteral("otto")));
        QVERIFY(persona.restoreDemoUserNowAndAtEnd(QStringLiteral("bob")));
        const auto otto = persona.userNamed(QStringLiteral("otto"));
        QVERIFY(otto && credentialsHaveOtp(persona, otto->id));
        const auto bobSession = PersonaWindow::await<QJsonObject>([&](auto done) {
            persona.account()->passwordGrant(QStringLiteral("bob"), persona.stack().value("CUSTOS_DEMO_BOB_PASSWORD"),
                                             &persona, done);
        });
        QVERIFY(bobSession.ok());
        const KeycloakUser locked = persona.createUser(QStringLiteral("locked-") + runId());
        QVERIFY(!locked.id.isEmpty());
        for (int attempt = 0; attempt < 5; ++attempt)
            QVERIFY(!PersonaWindow::await<QJsonObject>([&](auto done) {
                         persona.account()->passwordGrant(locked.username, QStringLiteral("wrong"), &persona, done);
                     }).ok());
        const auto lockedBefore = PersonaWindow::await<BruteForceStatus>(
            [&](auto done) { persona.security()->bruteForce(locked.id, &persona, done); });
        QVERIFY(lockedBefore.ok() && lockedBefore->locked);

        const QString problem = persona.signIn(QStringLiteral("harry"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // MFA reset on otto. harry signed in an hour ago: he confirms it is him in the browser first.
        QVERIFY(persona.ageSignIn());
        QVERIFY(persona.selectUser(QStringLiteral("otto")));
        QVERIFY(persona.click(PersonaWindow::find<QAction>(QStringLiteral("resetMfaAction"))));
        auto* dialog = PersonaWindow::waitFor<QDialog>(QStringLiteral("helpdeskDialog"));
        QVERIFY(dialog);
        // The directory's facts about otto are shown; without a verification method the reset cannot be
        // confirmed, whatever else is filled in.
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        auto* facts = dialog->findChild<QLabel*>(QStringLiteral("callerFacts"));
        QTRY_VERIFY2_WITH_TIMEOUT(facts->text().contains(QStringLiteral("+44 20 7946 0106")), qPrintable(facts->text()),
                                  serverWait);
        QVERIFY2(facts->text().contains(QStringLiteral("joe")), qPrintable(facts->text()));
        STEP(giveReason(dialog, QStringLiteral("Otto lost his phone with the authenticator app")));
        QVERIFY(!confirm->isEnabled());
        QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("verificationConfirmed")), Qt::LeftButton);
        QVERIFY(!confirm->isEnabled());
        QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("verificationConfirmed")), Qt::LeftButton);
        STEP(verifyCaller(dialog, QStringLiteral("callback")));
        STEP(clickButton(dialog, QStringLiteral("confirmButton")));
        QTRY_VERIFY_WITH_TIMEOUT(persona.browserRounds() == 2, serverWait);
        QVERIFY2(persona.browserSucceeded(1), qPrintable(persona.browserOutput()));
        STEP(expectSuccess(dialog));
        VERIFY_RECORD(persona, "USER_MFA_RESET", QStringLiteral("otto"), "SUCCESS");
        // The intent record keeps why and how: harry's reason, the method, the facts he was shown, his confirmation.
        const auto intent = persona.waitForRecord(QStringLiteral("USER_MFA_RESET_INTENT"), QStringLiteral("otto"));
        QVERIFY(intent);
        QCOMPARE(intent->details.value(u"reason").toString(),
                 QStringLiteral("Otto lost his phone with the authenticator app"));
        const QJsonObject verification = intent->details.value(u"verification").toObject();
        QCOMPARE(verification.value(u"method").toString(), QStringLiteral("callback"));
        QCOMPARE(verification.value(u"agent_confirmed").toBool(), true);
        QCOMPARE(verification.value(u"facts_shown").toObject().value(u"phone_on_record").toString(),
                 QStringLiteral("+44 20 7946 0106"));
        QVERIFY(!credentialsHaveOtp(persona, otto->id));
        STEP(closeDialog(dialog));

        // Password reset on bob: a temporary password, shown once; his own no longer works.
        QVERIFY(persona.selectUser(QStringLiteral("bob")));
        QVERIFY(persona.click(PersonaWindow::find<QAction>(QStringLiteral("resetPasswordAction"))));
        dialog = PersonaWindow::waitFor<QDialog>(QStringLiteral("helpdeskDialog"));
        QVERIFY(dialog);
        STEP(giveReason(dialog, QStringLiteral("Bob forgot his password, called from his desk")));
        STEP(verifyCaller(dialog, QStringLiteral("manager-confirmation")));
        STEP(clickButton(dialog, QStringLiteral("confirmButton")));
        STEP(expectSuccess(dialog));
        auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("temporaryPasswordField"));
        QVERIFY(secret && secret->isVisible() && secret->text().size() >= 12);
        VERIFY_RECORD(persona, "USER_PASSWORD_RESET", QStringLiteral("bob"), "SUCCESS");
        QVERIFY(!PersonaWindow::await<QJsonObject>([&](auto done) {
                     persona.account()->passwordGrant(
                         QStringLiteral("bob"), persona.stack().value("CUSTOS_DEMO_BOB_PASSWORD"), &persona, done);
                 }).ok());
        STEP(closeDialog(dialog));

        // Unlock the locked-out user.
        QVERIFY(persona.selectUser(locked.username));
        QVERIFY(persona.click(PersonaWindow::find<QAction>(QStringLiteral("unlockAction"))));
        dialog = PersonaWindow::waitFor<QDialog>(QStringLiteral("helpdeskDialog"));
        QVERIFY(dialog);
        STEP(giveReason(dialog, QStringLiteral("Locked out after mistyping the new password")));
        STEP(verifyCaller(dialog, QStringLiteral("in-person-id")));
        STEP(clickButton(dialog, QStringLiteral("confirmButton")));
        STEP(expectSuccess(dialog));
        VERIFY_RECORD(persona, "USER_UNLOCKED", locked.username, "SUCCESS");
        const auto lockedAfter = PersonaWindow::await<BruteForceStatus>(
            [&](auto done) { persona.security()->bruteForce(locked.id, &persona, done); });
        QVERIFY(lockedAfter.ok() && !lockedAfter->locked);
        STEP(closeDialog(dialog));

        // End bob's session from his Sessions tab.
        QVERIFY(persona.selectUser(QStringLiteral("bob")));
        UserDetailPanel* detail = persona.window()->workspace()->usersPage()->detailPanel();
        auto* tabs = detail->findChild<QTabWidget*>(QStringLiteral("userDetailTabs"));
        auto* sessions = detail->findChild<QWidget*>(QStringLiteral("sessionsTab"));
        tabs->setCurrentWidget(sessions);
        auto* tree = sessions->findChild<QTreeWidget*>(QStringLiteral("tabTree"));
        QTreeWidgetItem* row = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((row = tree->topLevelItemCount() > 0 ? tree->topLevelItem(0) : nullptr) &&
                                     !row->data(0, Qt::UserRole).toString().isEmpty(),
                                 serverWait);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(row).center());
        QVERIFY(persona.click(detail->revokeSessionAction()));
        dialog = PersonaWindow::waitFor<QDialog>(QStringLiteral("helpdeskDialog"));
        QVERIFY(dialog);
        STEP(giveReason(dialog, QStringLiteral("Bob left a session open on a shared kiosk")));
        STEP(clickButton(dialog, QStringLiteral("confirmButton")));
        STEP(expectSuccess(dialog));
        VERIFY_RECORD(persona, "USER_SESSION_REVOKED", QStringLiteral("bob"), "SUCCESS");
        const auto bob = persona.userNamed(QStringLiteral("bob"));
        QVERIFY(bob);
        const auto left = PersonaWindow::await<QList<UserSession>>(
            [&](auto done) { persona.security()->sessions(bob->id, &persona, done); });
        QVERIFY(left.ok() && left->isEmpty());
        STEP(closeDialog(dialog));
    }

    // The profile asks acr "2" (a one-time code) of a step-up. priya signs in with her password alone (acr "1") and
    // at once resets otto's MFA: although she authenticated seconds ago, the reset waits for a step-up in which
    // Keycloak asks her one-time code, and runs with the acr "2" token that step-up returned.
    void priyaStepsUpWithHerOneTimeCodeBeforeAnMfaResetEvenJustAfterSigningIn()
    {
        PersonaWindow persona;
        const QString unready = persona.setUp();
        QVERIFY2(unready.isEmpty(), qPrintable(unready));
        QVERIFY(persona.restoreDemoUserNowAndAtEnd(QStringLiteral("otto")));
        const auto otto = persona.userNamed(QStringLiteral("otto"));
        QVERIFY(otto && credentialsHaveOtp(persona, otto->id));
        const QString notSaved = persona.requireAcr(QStringLiteral("2"));
        QVERIFY2(notSaved.isEmpty(), qPrintable(notSaved));

        const QString problem = persona.signIn(QStringLiteral("priya"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Session* session = persona.window()->session();
        QCOMPARE(session->identity().acr, QStringLiteral("1")); // her password alone
        QVERIFY(session->identity().authTime.secsTo(QDateTime::currentDateTimeUtc()) < 120);

        QVERIFY(persona.selectUser(QStringLiteral("otto")));
        QVERIFY(persona.click(PersonaWindow::find<QAction>(QStringLiteral("resetMfaAction"))));
        auto* dialog = PersonaWindow::waitFor<QDialog>(QStringLiteral("helpdeskDialog"));
        QVERIFY(dialog);
        STEP(giveReason(dialog, QStringLiteral("Otto's new phone, verified in person")));
        STEP(verifyCaller(dialog, QStringLiteral("in-person-id")));
        STEP(clickButton(dialog, QStringLiteral("confirmButton")));
        QTRY_VERIFY_WITH_TIMEOUT(persona.browserRounds() == 2, serverWait);
        QVERIFY2(persona.browserSucceeded(1), qPrintable(persona.browserOutput()));
        STEP(expectSuccess(dialog));
        QCOMPARE(session->identity().acr, QStringLiteral("2")); // the step-up's token: her one-time code
        QVERIFY(!credentialsHaveOtp(persona, otto->id));
        VERIFY_RECORD(persona, "USER_MFA_RESET", QStringLiteral("otto"), "SUCCESS");
        const auto record = persona.waitForRecord(QStringLiteral("USER_MFA_RESET"), QStringLiteral("otto"));
        QCOMPARE(record->details.value("operator_acr").toString(), QStringLiteral("2"));
        QCOMPARE(record->details.value("stepped_up").toBool(), true);
        STEP(closeDialog(dialog));
    }

    void aliceRunsJoinerMoverLeaverAndABulkCsv()
    {
        PersonaWindow persona;
        const QString unready = persona.setUp();
        QVERIFY2(unready.isEmpty(), qPrintable(unready));
        const QString run = runId();
        const KeycloakUser mover = persona.createUser(QStringLiteral("mover-") + run);
        const KeycloakUser leaver = persona.createUser(QStringLiteral("leaver-") + run);
        const KeycloakUser bulkLeaver = persona.createUser(QStringLiteral("bulk-leaver-") + run);
        const KeycloakUser bulkMover = persona.createUser(QStringLiteral("bulk-mover-") + run);
        for (const KeycloakUser& user : {mover, leaver, bulkLeaver, bulkMover})
            QVERIFY(!user.id.isEmpty());
        const QString problem = persona.signIn(QStringLiteral("alice"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Joiner with a realm role and a group.
        const QString joiner = QStringLiteral("joiner-") + run;
        QVERIFY(persona.openSection(QStringLiteral("users")));
        QVERIFY(persona.click(PersonaWindow::find<QAction>(QStringLiteral("createUserAction"))));
        auto* dialog = PersonaWindow::waitFor<QDialog>(QStringLiteral("joinerDialog"));
        QVERIFY(dialog);
        STEP(typeInto(dialog, QStringLiteral("usernameEdit"), joiner));
        STEP(typeInto(dialog, QStringLiteral("emailEdit"), joiner + QStringLiteral("@example.org")));
        STEP(typeInto(dialog, QStringLiteral("firstNameEdit"), QStringLiteral("Jo")));
        STEP(typeInto(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("Iner")));
        QVERIFY2(checkEntry(dialog, QStringLiteral("joinerRolesView"), QStringLiteral("viewer")),
                 "the joiner's realm roles did not load");
        QVERIFY2(checkEntry(dialog, QStringLiteral("joinerGroupsView"), QStringLiteral("/sales")),
                 "the joiner's groups did not load");
        // Before confirming, the preview says which administration roles the choice gives and through what: viewer
        // is a composite of realm-management roles (which alice holds, so the grant guard lets it through).
        auto* grant = dialog->findChild<QLabel*>(QStringLiteral("grantPreview"));
        QVERIFY(grant);
        QTRY_VERIFY2_WITH_TIMEOUT(grant->text().contains(QStringLiteral("realm role viewer gives ")) &&
                                      grant->text().contains(QStringLiteral("view-users")),
                                  qPrintable(grant->text()), serverWait);
        QVERIFY(grant->property("privileged").toBool());
        STEP(giveReason(dialog, QStringLiteral("New hire in sales, starts Monday")));
        STEP(clickButton(dialog, QStringLiteral("confirmButton")));
        STEP(expectSuccess(dialog));
        VERIFY_RECORD(persona, "USER_CREATED", joiner, "SUCCESS");
        const auto joined = persona.userNamed(joiner);
        QVERIFY(joined);
        persona.deleteAtEnd(joined->id);
        const auto roles = PersonaWindow::await<QList<RoleRef>>(
            [&](auto done) { persona.access()->userRealmRoles(joined->id, false, &persona, done); });
        QVERIFY(roles.ok() &&
                std::any_of(roles->cbegin(), roles->cend(), [](const RoleRef& r) { return r.name == u"viewer"; }));
        const auto groups = PersonaWindow::await<QList<GroupRef>>(
            [&](auto done) { persona.access()->userGroups(joined->id, &persona, done); });
        QVERIFY(groups.ok() && groups->size() == 1 && groups->constFirst().path == u"/sales");
        STEP(closeDialog(dialog));

        // Mover: a role and a group added.
        QVERIFY(persona.selectUser(mover.username));
        QVERIFY(persona.click(PersonaWindow::find<QAction>(QStringLiteral("changeAccessAction"))));
        dialog = PersonaWindow::waitFor<QDialog>(QStringLiteral("moverDialog"));
        QVERIFY(dialog);
        QVERIFY2(checkEntry(dialog, QStringLiteral("moverRolesView"), QStringLiteral("viewer")),
                 "the mover's realm roles did not load");
        QVERIFY2(checkEntry(dialog, QStringLiteral("moverGroupsView"), QStringLiteral("/sales")),
                 "the mover's groups did not load");
        STEP(giveReason(dialog, QStringLiteral("Moves to the sales team this month")));
        STEP(clickButton(dialog, QStringLiteral("confirmButton")));
        STEP(expectSuccess(dialog));
        VERIFY_RECORD(persona, "USER_ACCESS_CHANGED", mover.username, "SUCCESS");
        const auto moved = PersonaWindow::await<QList<GroupRef>>(
            [&](auto done) { persona.access()->userGroups(mover.id, &persona, done); });
        QVERIFY(moved.ok() && moved->size() == 1 && moved->constFirst().path == u"/sales");
        STEP(closeDialog(dialog));

        // Leaver.
        QVERIFY(persona.selectUser(leaver.username));
        QVERIFY(persona.click(PersonaWindow::find<QAction>(QStringLiteral("offboardAction"))));
        dialog = PersonaWindow::waitFor<QDialog>(QStringLiteral("leaverDialog"));
        QVERIFY(dialog);
        STEP(giveReason(dialog, QStringLiteral("Last working day was yesterday")));
        STEP(clickButton(dialog, QStringLiteral("confirmButton")));
        STEP(expectSuccess(dialog));
        VERIFY_RECORD(persona, "USER_OFFBOARDED", leaver.username, "SUCCESS");
        const auto left =
            PersonaWindow::await<KeycloakUser>([&](auto done) { persona.users()->get(leaver.id, &persona, done); });
        QVERIFY(left.ok() && !left->enabled);
        STEP(closeDialog(dialog));

        // A bulk CSV from the File menu: one leaver, one role change.
        const QString csv = persona.filePath(QStringLiteral("bulk.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("username,action,change,reason\n%1,leaver,,Contract ended last Friday\n"
                                  "%2,role-change,+viewer\n")
                       .arg(bulkLeaver.username, bulkMover.username)
                       .toUtf8());
        file.close();
        QVERIFY(persona.click(PersonaWindow::find<QAction>(QStringLiteral("bulkCsvAction"))));
        auto* bulk = PersonaWindow::waitFor<QDialog>(QStringLiteral("bulkDialog"));
        QVERIFY(bulk);
        auto* load = bulk->findChild<QPushButton*>(QStringLiteral("loadCsvButton"));
        QTRY_VERIFY2_WITH_TIMEOUT(load->isEnabled(), qPrintable(load->toolTip()), listWait);
        QTest::mouseClick(load, Qt::LeftButton);
        QVERIFY(chooseFile(csv));
        auto* next = bulk->findChild<QPushButton*>(QStringLiteral("continueButton"));
        auto* source = bulk->findChild<QLabel*>(QStringLiteral("sourceLabel"));
        auto* csvErrors = bulk->findChild<QPlainTextEdit*>(QStringLiteral("csvErrors"));
        // The file's two lines replace the users selected on the page (the leaver above).
        QTRY_VERIFY2(source->text().contains(QStringLiteral("2 line")), qPrintable(csvErrors->toPlainText()));
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(bulk->findChild<QLabel*>(QStringLiteral("confirmText"))->text().contains(QStringLiteral("2")));
        STEP(giveReason(bulk, QStringLiteral("Quarterly access clean-up")));
        STEP(clickButton(bulk, QStringLiteral("runButton")));
        auto* progress = bulk->findChild<QProgressBar*>(QStringLiteral("progressBar"));
        QTRY_COMPARE_WITH_TIMEOUT(progress->value(), 2, serverWait);
        VERIFY_RECORD(persona, "USER_OFFBOARDED", bulkLeaver.username, "SUCCESS");
        VERIFY_RECORD(persona, "USER_ACCESS_CHANGED", bulkMover.username, "SUCCESS");
        // A CSV line's own reason is its record's; the others carry the run's.
        const auto bulkLeaverIntent =
            persona.waitForRecord(QStringLiteral("USER_OFFBOARDED_INTENT"), bulkLeaver.username);
        QVERIFY(bulkLeaverIntent);
        QCOMPARE(bulkLeaverIntent->details.value(u"reason").toString(), QStringLiteral("Contract ended last Friday"));
        const auto bulkMoverIntent =
            persona.waitForRecord(QStringLiteral("USER_ACCESS_CHANGED_INTENT"), bulkMover.username);
        QVERIFY(bulkMoverIntent);
        QCOMPARE(bulkMoverIntent->details.value(u"reason").toString(), QStringLiteral("Quarterly access clean-up"));
        const auto bulkLeft =
            PersonaWindow::await<KeycloakUser>([&](auto done) { persona.users()->get(bulkLeaver.id, &persona, done); });
        QVERIFY(bulkLeft.ok() && !bulkLeft->enabled);
        const auto bulkRoles = PersonaWindow::await<QList<RoleRef>>(
            [&](auto done) { persona.access()->userRealmRoles(bulkMover.id, false, &persona, done); });
        QVERIFY(bulkRoles.ok() && std::any_of(bulkRoles->cbegin(), bulkRoles->cend(),
                                              [](const RoleRef& r) { return r.name == u"viewer"; }));
        bulk->reject();
    }

    void adaSeesNewRecordsVerifiesAndExports()
    {
        PersonaWindow persona;
        const QString unready = persona.setUp();
        QVERIFY2(unready.isEmpty(), qPrintable(unready));
        const QString problem = persona.signIn(QStringLiteral("ada"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto* page = qobject_cast<AuditPage*>(persona.openSection(QStringLiteral("audit")));
        QVERIFY(page);
        // Keycloak's events are recorded at sign-in; the log shows every record once they are in.
        QTRY_VERIFY_WITH_TIMEOUT(!persona.window()->ledger()->isIngesting() && persona.ledgerSize() > 0, serverWait);
        QVERIFY2(showsEveryRecord(persona, page->model()), qPrintable(page->findChild<QLabel*>("auditStatus")->text()));

        // Something happens in the realm while the page is open; ada records Keycloak's events now.
        const qint64 before = persona.ledgerSize();
        const KeycloakUser made = persona.createUser(QStringLiteral("ada-sees-") + runId());
        QVERIFY(!made.id.isEmpty());
        QVERIFY(persona.click(PersonaWindow::find<QAction>(QStringLiteral("recordEventsAction"))));
        QTRY_VERIFY_WITH_TIMEOUT(persona.ledgerSize() > before && !persona.window()->ledger()->isIngesting(),
                                 serverWait);
        const QList<LedgerRecord> records = persona.ledgerRecords();
        QVERIFY2(std::any_of(records.cbegin(), records.cend(),
                             [&](const LedgerRecord& record) {
                                 return record.source != u"local" && record.targetId == made.id;
                             }),
                 "the new user's admin event is not in the ledger");
        // The open log shows the new records without being asked.
        QVERIFY2(showsEveryRecord(persona, page->model()), qPrintable(page->findChild<QLabel*>("auditStatus")->text()));

        // Verification reflects the ledger as it is now.
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("auditTabs"));
        tabs->setCurrentIndex(tabs->count() - 1);
        auto* summary = page->findChild<QLabel*>(QStringLiteral("summaryLabel"));
        const QString expected = QStringLiteral("%1/%1 records valid").arg(persona.ledgerSize());
        QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains(expected), qPrintable(summary->text() + " ≠ " + expected),
                                  serverWait);

        // Export, after a step-up in the browser; the export is recorded.
        const QString exported = persona.filePath(QStringLiteral("ada.custos-ledger"));
        QVERIFY(persona.click(PersonaWindow::find<QAction>(QStringLiteral("exportLedgerAction"))));
        QVERIFY(chooseFile(exported));
        QTRY_VERIFY_WITH_TIMEOUT(persona.browserRounds() == 2, serverWait);
        QVERIFY2(persona.browserSucceeded(1), qPrintable(persona.browserOutput()));
        VERIFY_RECORD(persona, "LEDGER_EXPORTED", QStringLiteral("ada.custos-ledger"), "SUCCESS");
        QVERIFY(QFileInfo(exported).size() > 0);
    }

    // joe (a realm admin: manage-events and manage-users) erases a person's data from his ledger, from a record's
    // context menu, after a step-up in the browser.
    void joeErasesAPersonsDataFromTheLedger()
    {
        PersonaWindow persona;
        const QString unready = persona.setUp();
        QVERIFY2(unready.isEmpty(), qPrintable(unready));
        const QString problem = persona.signIn(QStringLiteral("joe"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto* page = qobject_cast<AuditPage*>(persona.openSection(QStringLiteral("audit")));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!persona.window()->ledger()->isIngesting() && persona.ledgerSize() > 0, serverWait);

        // A person who signed in once: Keycloak's login event, with their username, is recorded in joe's ledger.
        const KeycloakUser person = persona.createUser(QStringLiteral("erase-me-") + runId());
        QVERIFY(!person.id.isEmpty());
        std::optional<Result<QJsonObject>> grant;
        persona.account()->passwordGrant(person.username, person.username + QStringLiteral("-Demo-2026!"), this,
                                         [&grant](const Result<QJsonObject>& r) { grant.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(grant.has_value(), serverWait);
        QVERIFY(grant->ok());
        QVERIFY(persona.click(PersonaWindow::find<QAction>(QStringLiteral("recordEventsAction"))));
        const QString ledgerPath = persona.window()->ledger()->trail()->path();
        const auto fileBytes = [&ledgerPath] {
            QByteArray bytes;
            for (const QString& path : QStringList{ledgerPath, ledgerPath + QStringLiteral("-wal")}) {
                QFile file(path);
                if (file.open(QIODevice::ReadOnly))
                    bytes += file.readAll();
            }
            return bytes;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            !persona.window()->ledger()->isIngesting() && fileBytes().contains(person.username.toUtf8()), serverWait);
        QVERIFY(showsEveryRecord(persona, page->model()));
        auto* table = page->findChild<QTableView*>(QStringLiteral("auditLogView"));
        int row = -1;
        for (int i = 0; i < page->model()->rowCount() && row < 0; ++i)
            if (page->model()->entry(i)->text(u"target", u"id") == person.id)
                row = i;
        QVERIFY2(row >= 0, "no record about the new user in the audit view");
        table->setCurrentIndex(page->model()->index(row, AuditLogModel::ActionColumn));

        // An hour later, as it were: the erasure asks for a fresh sign-in.
        QVERIFY(persona.ageSignIn());
        QAction* erase = page->erasureAction();
        QVERIFY(erase);
        QVERIFY2(erase->isEnabled(), qPrintable(erase->toolTip()));
        erase->trigger();
        auto* dialog = PersonaWindow::waitFor<QDialog>(QStringLiteral("erasureDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("erasureSubject"))->text(), person.id);
        auto* preview = dialog->findChild<QLabel*>(QStringLiteral("erasurePreview"));
        QTRY_VERIFY2_WITH_TIMEOUT(preview->text().contains(QStringLiteral("will be erased")),
                                  qPrintable(preview->text()), serverWait);
        const QString reason = QStringLiteral("Data subject request ") + runId();
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))->setPlainText(reason);
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        QTRY_VERIFY(confirm->isEnabled());
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(persona.browserRounds() == 2, serverWait);
        QVERIFY2(persona.browserSucceeded(1), qPrintable(persona.browserOutput()));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("erased for good")),
                                  qPrintable(status->text()), serverWait);

        const QList<LedgerRecord> records = persona.ledgerRecords();
        const auto erased = std::find_if(records.crbegin(), records.crend(), [](const LedgerRecord& record) {
            return record.action == u"PERSONAL_DATA_ERASED";
        });
        QVERIFY(erased != records.crend());
        QCOMPARE(erased->targetId, person.id);
        QCOMPARE(erased->actorUsername, QStringLiteral("joe"));
        QCOMPARE(erased->details.value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(erased->details.contains(QStringLiteral("intent_seq")));
        QVERIFY(!fileBytes().contains(person.username.toUtf8()));
        const auto report = LedgerVerifier::verifyDatabase(ledgerPath, {});
        QVERIFY(report.ok());
        QVERIFY(report->ok());
        // The audit view read the ledger again: the record about them shows "erased".
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > row &&
                                     page->model()->entry(row)->text(u"target", u"id") == person.id &&
                                     page->model()->entry(row)->text(u"target", u"name") == PersonalData::erasedText(),
                                 serverWait);
    }

    void tinaStagesActivatesAndDeletesHerTenantsCa()
    {
        PersonaWindow persona;
        const QString unready = persona.setUp();
        QVERIFY2(unready.isEmpty(), qPrintable(unready));
        const QString problem = persona.signIn(QStringLiteral("tina"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Her tenant, acme, on the tenants page.
        auto* tenants = qobject_cast<TenantsPage*>(persona.openSection(QStringLiteral("tenants")));
        QVERIFY(tenants);
        QTRY_VERIFY_WITH_TIMEOUT(tenants->model()->rowCount() > 0, serverWait);
        QCOMPARE(tenants->model()->index(0, TenantsModel::Slug).data().toString(), QStringLiteral("acme"));

        // Her tenant's CA certificates.
        auto* certificates = qobject_cast<CertificatesPage*>(persona.openSection(QStringLiteral("certificates")));
        QVERIFY(certificates);
        auto* tabs = certificates->findChild<QTabWidget*>(QStringLiteral("certificateTabs"));
        tabs->setCurrentWidget(certificates->tenantCaPanel());
        auto* tenant = certificates->findChild<QComboBox*>(QStringLiteral("tenantCaTenant"));
        QTRY_VERIFY_WITH_TIMEOUT(tenant->currentText().startsWith(QStringLiteral("acme")), serverWait);
        auto* table = certificates->findChild<QTableWidget*>(QStringLiteral("tenantCaTable"));
        const int before = table->rowCount();

        const QString label = QStringLiteral("Acme client CA ") + runId();
        const test::Key key = test::Key::ec("P-256");
        const test::Cert ca = test::makeCa(label.toUtf8(), key);
        QFile pem(persona.filePath(QStringLiteral("acme-ca.pem")));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(ca.pem());
        pem.close();

        STEP(clickButton(certificates, QStringLiteral("stageTenantCaButton")));
        auto* stage = PersonaWindow::waitFor<QDialog>(QStringLiteral("stageTenantCaDialog"));
        QVERIFY(stage);
        STEP(typeInto(stage, QStringLiteral("caLabelField"), label));
        STEP(typeInto(stage, QStringLiteral("caFileField"), pem.fileName()));
        STEP(clickButton(stage, QStringLiteral("caCheckButton")));
        STEP(giveReason(stage, QStringLiteral("Acme rolls out client certificates")));
        STEP(clickButton(stage, QStringLiteral("caStageButton")));
        VERIFY_RECORD(persona, "TENANT_CA_CERT_STAGED", label, "SUCCESS");
        stage->reject();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), before + 1, serverWait);

        const auto rowOf = [table, &label] {
            for (int row = 0; row < table->rowCount(); ++row)
                if (table->item(row, 0)->text() == label)
                    return row;
            return -1;
        };
        QVERIFY(rowOf() >= 0);
        table->selectRow(rowOf());
        STEP(clickButton(certificates, QStringLiteral("activateTenantCaButton")));
        STEP(confirmWithReason(QStringLiteral("tenantCaConfirmBox"), QStringLiteral("Acme's new client CA goes live")));
        VERIFY_RECORD(persona, "TENANT_CA_CERT_ACTIVATED", label, "SUCCESS");
        QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0 && table->item(rowOf(), 1)->text() == QStringLiteral("active"),
                                 serverWait);

        table->selectRow(rowOf());
        STEP(clickButton(certificates, QStringLiteral("deleteTenantCaButton")));
        STEP(confirmWithReason(QStringLiteral("tenantCaConfirmBox"), QStringLiteral("Test CA no longer needed")));
        VERIFY_RECORD(persona, "TENANT_CA_CERT_DELETED", label, "SUCCESS");
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(), -1, serverWait);
    }

    void carlCreatesATenantAndRotatesThePlatformCertificate()
    {
        PersonaWindow persona;
        const QString unready = persona.setUp();
        QVERIFY2(unready.isEmpty(), qPrintable(unready));
        const QString problem = persona.signIn(QStringLiteral("carl"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // A tenant through the wizard, with alice as its member; then deleted with its organization.
        auto* tenants = qobject_cast<TenantsPage*>(persona.openSection(QStringLiteral("tenants")));
        QVERIFY(tenants);
        QTRY_VERIFY_WITH_TIMEOUT(tenants->model()->rowCount() > 0, serverWait);
        const QString slug = QStringLiteral("carl") + runId();
        QVERIFY(persona.click(tenants->createAction()));
        TenantWizard* wizard = tenants->wizard();
        QVERIFY(wizard && wizard->isVisible());
        STEP(typeInto(wizard, QStringLiteral("wizardSlug"), slug));
        STEP(typeInto(wizard, QStringLiteral("wizardName"), QStringLiteral("Carl's ") + slug));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        wizard->findChild<QRadioButton*>(QStringLiteral("wizardAdminExisting"))->click();
        STEP(typeInto(wizard, QStringLiteral("wizardAdmin"), QStringLiteral("alice")));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        STEP(giveReason(wizard, QStringLiteral("A new customer for the platform")));
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->runPage()->isRunning(), serverWait);
        QVERIFY2(wizard->runPage()->outcome().succeeded, qPrintable(wizard->runPage()->outcome().summary));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        VERIFY_RECORD(persona, "TENANT_CREATE", slug, "SUCCESS");
        const auto intent = persona.waitForRecord(QStringLiteral("TENANT_CREATE_INTENT"), slug);
        QVERIFY2(intent && intent->details.value(u"reason").toString() == u"A new customer for the platform",
                 qPrintable(PersonaWindow::describe(intent)));
        QTRY_VERIFY_WITH_TIMEOUT(
            tenants->detailPane()->hasTenant() && tenants->detailPane()->tenant().tenant.slug == slug, serverWait);
        // In Keycloak: the tenant's organization, with alice as its member.
        const auto organization = PersonaWindow::await<std::optional<Organization>>(
            [&](auto done) { persona.organizations()->findByAlias(slug, &persona, done); });
        QVERIFY(organization.ok() && organization->has_value());
        const auto members = PersonaWindow::await<QList<KeycloakUser>>(
            [&](auto done) { persona.organizations()->members(organization->value().id, {}, 0, 10, &persona, done); });
        QVERIFY(members.ok() && members->size() == 1 && members->constFirst().username == u"alice");
        QVERIFY(persona.click(tenants->deleteAction()));
        auto* remove = PersonaWindow::waitFor<TenantDeleteDialog>(QStringLiteral("tenantDeleteDialog"));
        QVERIFY(remove);
        STEP(typeInto(remove, QStringLiteral("deleteSlugField"), slug));
        STEP(giveReason(remove, QStringLiteral("The customer's trial is over")));
        STEP(clickButton(remove, QStringLiteral("deleteConfirmButton")));
        VERIFY_RECORD(persona, "TENANT_DELETE", slug, "SUCCESS");
        const auto gone = PersonaWindow::await<std::optional<Organization>>(
            [&](auto done) { persona.organizations()->findByAlias(slug, &persona, done); });
        QVERIFY(gone.ok() && !gone->has_value());

        // A new platform certificate: staged, activated; then the previous one restored after a step-up.
        auto* page = qobject_cast<CertificatesPage*>(persona.openSection(QStringLiteral("certificates")));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->certificates().isEmpty(), serverWait);
        QString previousId;
        for (const PlatformCertificate& certificate : page->certificates())
            if (certificate.state == PlatformCertificate::State::Active)
                previousId = certificate.id;
        QVERIFY(!previousId.isEmpty());
        const test::Key caKey = test::Key::ec("P-256");
        const test::Cert ca = test::makeCa("Custos persona test CA", caKey);
        test::CertSpec spec;
        spec.commonName = "platform.custos.test";
        spec.sans = {QStringLiteral("DNS:platform.custos.test"), QStringLiteral("DNS:localhost")};
        const test::Key key = test::Key::ec("P-256");
        const test::Cert leaf = test::makeCert(spec, key, &ca);
        const auto write = [&persona](const QString& name, const QByteArray& bytes) {
            QFile out(persona.filePath(name));
            return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() ? out.fileName() : QString();
        };
        QVERIFY(persona.click(page->stageAction()));
        auto* stage = PersonaWindow::waitFor<QDialog>(QStringLiteral("stageCertificateDialog"));
        QVERIFY(stage);
        stage->findChild<QRadioButton*>(QStringLiteral("formatPkcs12"))->click();
        const QString bundle = write(QStringLiteral("leaf.p12"), leaf.pkcs12("carl-P12", {ca}));
        STEP(typeInto(stage, QStringLiteral("pkcs12FileField"), bundle));
        STEP(typeInto(stage, QStringLiteral("pkcs12PasswordField"), QStringLiteral("carl-P12")));
        STEP(typeInto(stage, QStringLiteral("hostNamesField"), QStringLiteral("platform.custos.test")));
        STEP(typeInto(stage, QStringLiteral("trustedCaField"), write(QStringLiteral("ca.pem"), ca.pem())));
        auto* system = stage->findChild<QCheckBox*>(QStringLiteral("trustSystemBox"));
        if (system->isChecked())
            system->click();
        STEP(clickButton(stage, QStringLiteral("checkButton")));
        STEP(giveReason(stage, QStringLiteral("The platform certificate expires soon")));
        STEP(clickButton(stage, QStringLiteral("stageButton")));
        QString stagedId;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const PlatformCertificate& certificate : page->certificates())
                    if (certificate.state == PlatformCertificate::State::Staged && certificate.stagedBy == u"carl" &&
                        certificate.facts.sans.contains(QStringLiteral("DNS:localhost")))
                        stagedId = certificate.id;
                return !stagedId.isEmpty();
            }(),
            serverWait);
        VERIFY_RECORD(persona, "CERTIFICATE_STAGED", stagedId, "SUCCESS");
        stage->reject();

        const auto stateOf = [page](const QString& id) {
            for (const PlatformCertificate& certificate : page->certificates())
                if (certificate.id == id)
                    return certificate.state;
            return PlatformCertificate::State::Staged;
        };
        page->selectCertificate(stagedId);
        QVERIFY(persona.click(page->activateAction()));
        STEP(confirmWithReason(QStringLiteral("certificateConfirmBox"), QStringLiteral("Renewal before expiry")));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(stagedId), PlatformCertificate::State::Active, serverWait);
        VERIFY_RECORD(persona, "CERTIFICATE_ACTIVATED", stagedId, "SUCCESS");

        // carl signed in an hour ago: restoring asks him to confirm it is him, in the browser.
        QVERIFY(persona.ageSignIn());
        page->selectCertificate(previousId);
        QVERIFY(persona.click(page->restoreAction()));
        STEP(confirmWithReason(QStringLiteral("certificateConfirmBox"),
                               QStringLiteral("Roll back to the previous one")));
        QTRY_VERIFY_WITH_TIMEOUT(persona.browserRounds() == 2, serverWait);
        QVERIFY2(persona.browserSucceeded(1), qPrintable(persona.browserOutput()));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(previousId), PlatformCertificate::State::Active, serverWait);
        VERIFY_RECORD(persona, "CERTIFICATE_RESTORED", previousId, "SUCCESS");
    }

    void veraReadsEverythingAndCanStartNoWrite()
    {
        PersonaWindow persona;
        const QString unready = persona.setUp();
        QVERIFY2(unready.isEmpty(), qPrintable(unready));
        const QString problem = persona.signIn(QStringLiteral("vera"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Every page, with something selected where a page lists things, so that actions on a selection count.
        QVERIFY(persona.openSection(QStringLiteral("overview")));
        QVERIFY(persona.selectUser(QStringLiteral("bob")));
        UserDetailPanel* detail = persona.window()->workspace()->usersPage()->detailPanel();
        detail->findChild<QTabWidget*>(QStringLiteral("userDetailTabs"))
            ->setCurrentWidget(detail->findChild<QWidget*>(QStringLiteral("sessionsTab")));
        auto* tenants = qobject_cast<TenantsPage*>(persona.openSection(QStringLiteral("tenants")));
        QVERIFY(tenants);
        QTRY_VERIFY_WITH_TIMEOUT(tenants->model()->rowCount() > 0, serverWait);
        tenants->findChild<QTableView*>(QStringLiteral("tenantTable"))->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(tenants->detailPane()->hasTenant(), serverWait);
        auto* certificates = qobject_cast<CertificatesPage*>(persona.openSection(QStringLiteral("certificates")));
        QVERIFY(certificates);
        QTRY_VERIFY_WITH_TIMEOUT(!certificates->certificates().isEmpty(), serverWait);
        certificates->selectCertificate(certificates->certificates().constFirst().id);
        auto* caTable = certificates->findChild<QTableWidget*>(QStringLiteral("tenantCaTable"));
        certificates->findChild<QTabWidget*>(QStringLiteral("certificateTabs"))
            ->setCurrentWidget(certificates->tenantCaPanel());
        if (caTable->rowCount() > 0)
            caTable->selectRow(0);
        QWidget* keys = persona.openSection(QStringLiteral("keys"));
        QVERIFY(keys);
        auto* keyTable = keys->findChild<QTableView*>(QStringLiteral("realmKeyTable"));
        if (keyTable && keyTable->model() && keyTable->model()->rowCount() > 0)
            keyTable->selectRow(0);
        QVERIFY(persona.openSection(QStringLiteral("expiry")));
        QVERIFY(persona.openSection(QStringLiteral("audit")));

        // Nothing that changes the realm, the platform or users is offered to her.
        const QStringList writes{"createUserAction",         "changeAccessAction",        "offboardAction",
                                 "resetMfaAction",           "resetPasswordAction",       "unlockAction",
                                 "sendActionsEmailAction",   "revokeSessionAction",       "bulkCsvAction",
                                 "createTenantAction",       "suspendTenantAction",       "reactivateTenantAction",
                                 "deleteTenantAction",       "addMemberButton",           "removeMemberButton",
                                 "stageCertificateAction",   "activateCertificateAction", "restoreCertificateAction",
                                 "discardCertificateAction", "stageTenantCaButton",       "activateTenantCaButton",
                                 "deleteTenantCaButton",     "rotationAddButton",         "rotationPassivateButton",
                                 "rotationDeleteButton"};
        QStringList enabled;
        int found = 0;
        for (const QString& name : writes)
            for (QObject* object : PersonaWindow::findAll(name)) {
                ++found;
                const auto* action = qobject_cast<QAction*>(object);
                const auto* button = qobject_cast<QAbstractButton*>(object);
                if ((action && action->isEnabled()) || (button && button->isEnabled()))
                    enabled.append(name);
            }
        QVERIFY2(found >= writes.size(), "not every write action was found in the window");
        QVERIFY2(enabled.isEmpty(), qPrintable(QStringLiteral("enabled for vera: ") + enabled.join(u", ")));
        // And nothing she did was refused or failed.
        for (const LedgerRecord& record : persona.ledgerRecords())
            QVERIFY2(record.source != u"local" || record.actorUsername != u"vera",
                     qPrintable(PersonaWindow::describe(record)));
    }
};

QTEST_MAIN(TestPersonaJobs)
#include "test_persona_jobs.moc"
