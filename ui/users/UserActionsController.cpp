#include "ui/users/UserActionsController.h"

#include "core/actions/ActionContext.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/ledger/LedgerFailedLogins.h"
#include "core/users/BulkRun.h"
#include "core/users/CallerVerification.h"
#include "ui/users/dialogs/BulkDialog.h"
#include "ui/users/dialogs/HelpdeskDialog.h"
#include "ui/users/dialogs/JoinerDialog.h"
#include "ui/users/dialogs/LeaverDialog.h"
#include "ui/users/dialogs/MoverDialog.h"

#include <QMessageBox>
#include <QWidget>

namespace custos {

namespace {

UserRef refOf(const KeycloakUser& user)
{
    return UserRef{user.id, user.username};
}

} // namespace

UserActionsController::UserActionsController(const UserServices& services, ActionContext* actions, QWidget* window,
                                             QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_actions(actions)
    , m_window(window)
{
}

UserServices UserActionsController::services()
{
    UserServices services = m_services;
    services.audit = m_actions->auditTrail();
    services.stepUp = m_actions->operationStepUp();
    return services;
}

void UserActionsController::request(UserAction action, const QList<KeycloakUser>& users)
{
    if (const QString blocked = m_actions->writeBlockedReason(); !blocked.isEmpty()) {
        // The window disables its actions while the ledger is closed; this is the last line of defence.
        auto* box = new QMessageBox(QMessageBox::Warning, displayName(action), blocked, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("ledgerClosedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (action == UserAction::Create)
        return openJoiner();
    if (users.isEmpty())
        return;
    if (users.size() > 1) {
        if (bulkActions().contains(action))
            return requestBulk(users, action);
        emit outcomeReported(tr("%1 works on one user at a time: select only one.").arg(displayName(action)));
        return;
    }
    const KeycloakUser& user = users.constFirst();
    switch (action) {
    case UserAction::ChangeAccess:
        return openMover(user);
    case UserAction::Offboard:
        return openLeaver(user);
    case UserAction::ResetMfa:
    case UserAction::ResetPassword:
    case UserAction::Unlock:
    case UserAction::SendActionsEmail:
        openHelpdesk(action, user, std::nullopt);
        return;
    case UserAction::RevokeSession:
        // Needs the session: requestSessionRevoke().
        qCWarning(lcUi) << "RevokeSession requested without a session";
        return;
    case UserAction::Create:
        break; // handled above
    }
}

void UserActionsController::requestSessionRevoke(const KeycloakUser& user, const UserSession& session)
{
    if (!m_actions->writeBlockedReason().isEmpty())
        return request(UserAction::RevokeSession, {user}); // says why it cannot run
    openHelpdesk(UserAction::RevokeSession, user, session);
}

void UserActionsController::requestBulk(const QList<KeycloakUser>& users, UserAction action)
{
    if (!m_actions->writeBlockedReason().isEmpty())
        return request(action, {}); // says why it cannot run
    auto* dialog = new BulkDialog(m_services.access, users, action, m_window);
    dialog->setJustificationPolicy(m_actions->justificationPolicy());
    connect(dialog, &BulkDialog::runRequested, this, [this, dialog] { runBulk(dialog); });
    present(dialog);
}

void UserActionsController::present(QWidget* dialog)
{
    if (auto* action = qobject_cast<ActionDialog*>(dialog))
        action->setJustificationPolicy(m_actions->justificationPolicy());
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void UserActionsController::openJoiner()
{
    auto* dialog = new JoinerDialog(m_services.access, m_window);
    connect(dialog, &JoinerDialog::openUserRequested, this, &UserActionsController::openUserRequested);
    connect(dialog, &ActionDialog::confirmed, this, [this, dialog] {
        whenAllowed(UserAction::Create, dialog, [this, dialog] {
            auto* operation = new JoinerOperation(services(), m_actions->currentOperator(), dialog->request(), this);
            start(operation, dialog, [operation](ActionDialog* shownIn, const OperationOutcome& outcome) {
                auto* joiner = static_cast<JoinerDialog*>(shownIn);
                if (outcome.succeeded)
                    joiner->showTemporaryPassword(operation->temporaryPassword());
                else if (outcome.error.kind == Error::Kind::Conflict)
                    joiner->offerExistingUser(operation->existingUser());
            });
        });
    });
    present(dialog);
}

void UserActionsController::openMover(const KeycloakUser& user)
{
    auto* dialog = new MoverDialog(m_services.access, user, m_window);
    connect(dialog, &ActionDialog::confirmed, this, [this, dialog] {
        whenAllowed(UserAction::ChangeAccess, dialog, [this, dialog] {
            start(new MoverOperation(services(), m_actions->currentOperator(), refOf(dialog->user()), dialog->change(),
                                     this),
                  dialog);
        });
    });
    present(dialog);
}

void UserActionsController::openLeaver(const KeycloakUser& user)
{
    auto* dialog = new LeaverDialog(user, m_window);
    connect(dialog, &ActionDialog::confirmed, this, [this, dialog] {
        whenAllowed(UserAction::Offboard, dialog, [this, dialog] {
            start(new LeaverOperation(services(), m_actions->currentOperator(), refOf(dialog->user()),
                                      dialog->leaveGroups(), this),
                  dialog);
        });
    });
    present(dialog);
}

HelpdeskDialog* UserActionsController::openHelpdesk(UserAction action, const KeycloakUser& user,
                                                    const std::optional<UserSession>& session)
{
    auto* dialog = new HelpdeskDialog(action, user, session, m_window);
    if (HelpdeskDialog::needsCallerVerification(action)) {
        connect(dialog, &HelpdeskDialog::emailInsteadRequested, this, [this, dialog] {
            HelpdeskDialog* email = openHelpdesk(UserAction::SendActionsEmail, dialog->user(), std::nullopt);
            email->replaceReset(*dialog);
            dialog->close();
        });
        gatherCallerFacts(dialog);
    }
    connect(dialog, &ActionDialog::confirmed, this, [this, dialog] {
        whenAllowed(dialog->action(), dialog, [this, dialog] {
            const UserRef target = refOf(dialog->user());
            switch (dialog->action()) {
            case UserAction::ResetMfa:
                return start(new MfaResetOperation(services(), m_actions->currentOperator(), target, this), dialog);
            case UserAction::ResetPassword: {
                auto* operation = new PasswordResetOperation(services(), m_actions->currentOperator(), target, this);
                return start(operation, dialog, [operation](ActionDialog* shownIn, const OperationOutcome& out) {
                    if (out.succeeded)
                        static_cast<HelpdeskDialog*>(shownIn)->showTemporaryPassword(operation->temporaryPassword());
                });
            }
            case UserAction::Unlock:
                return start(new UnlockOperation(services(), m_actions->currentOperator(), target, this), dialog);
            case UserAction::SendActionsEmail:
                return start(new ActionsEmailOperation(services(), m_actions->currentOperator(), target,
                                                       dialog->checkedEmailActions(), this),
                             dialog);
            case UserAction::RevokeSession:
                return start(new RevokeSessionOperation(services(), m_actions->currentOperator(), target,
                                                        dialog->session().value_or(UserSession{}), this),
                             dialog);
            case UserAction::Create:
            case UserAction::ChangeAccess:
            case UserAction::Offboard:
                break; // their own dialogs
            }
        });
    });
    present(dialog);
    return dialog;
}

void UserActionsController::gatherCallerFacts(HelpdeskDialog* dialog)
{
    // The failed sign-ins come from the ledger's ingested Keycloak events; without the ledger the facts are
    // incomplete, and the reset is not offered (the ledger must be open for any action anyway).
    const auto* ledger = qobject_cast<const LedgerAuditTrail*>(m_actions->auditTrail());
    const QString ledgerPath = ledger ? ledger->path() : QString();
    auto failedLogins = [ledgerPath](const QString& userId, const QDateTime& since, QObject* context,
                                     std::function<void(const Result<QList<QDateTime>>&)> done) {
        if (ledgerPath.isEmpty())
            return done(Error::io(tr("Could not read the failed sign-ins"), tr("the audit ledger is not open"),
                                  tr("Sign in again to open it")));
        LedgerFailedLogins::read(ledgerPath, userId, since, context, std::move(done));
    };
    auto* verification = new CallerVerification(m_services.users, m_services.access, m_services.security,
                                                m_callerAttributes, std::move(failedLogins), dialog);
    verification->gather(dialog->user().id, [dialog, verification](const Result<CallerFacts>& facts) {
        verification->deleteLater();
        dialog->showCallerFacts(facts, facts.ok() ? CallerVerification::needsSecondOperator(facts.value(), Clock::now())
                                                  : std::nullopt);
    });
}

void UserActionsController::whenAllowed(UserAction action, ActionDialog* dialog, std::function<void()> next)
{
    m_actions->whenAllowed(actionOf(action), dialog->justification(), next,
                           [dialog](const Error& error) { dialog->showError(error); });
}

void UserActionsController::start(UserOperation* operation, ActionDialog* dialog,
                                  std::function<void(ActionDialog*, const OperationOutcome&)> shown)
{
    const QPointer<ActionDialog> shownIn(dialog);
    // The dialog keeps Confirm disabled until the caller is verified; this is the last line of defence.
    const Justification justification = dialog->justification();
    if (HelpdeskDialog::needsCallerVerification(operation->action()) && justification.verification.isEmpty()) {
        dialog->showError(Error::invalid(tr("The caller is not verified"),
                                         tr("a reset needs the way you verified the caller, and your confirmation"),
                                         tr("Choose how you verified the caller and confirm it")));
        operation->deleteLater();
        return;
    }
    operation->setJustification(justification);
    dialog->setBusy(tr("Starting…"));
    connect(operation, &UserOperation::progress, dialog, &ActionDialog::setBusy);
    connect(operation, &UserOperation::finished, this,
            [this, operation, shownIn, shown = std::move(shown)](const OperationOutcome& outcome) {
                if (shownIn) {
                    shownIn->showOutcome(outcome);
                    if (shown)
                        shown(shownIn, outcome);
                }
                emit outcomeReported(
                    tr("%1 · %2: %3")
                        .arg(displayName(operation->action()), outcome.target.name, ActionDialog::describe(outcome)));
                if (!outcome.target.id.isEmpty())
                    emit usersChanged({outcome.target.id});
                operation->deleteLater();
            });
    operation->start();
}

void UserActionsController::runBulk(BulkDialog* dialog)
{
    const QList<BulkItem> items = dialog->items();
    const bool leaveGroups = dialog->leaveGroups();
    const Justification justification = dialog->justification();
    m_actions->whenAllowed(
        ActionId::UserBulkCsv, justification,
        [this, dialog, items, leaveGroups, justification] {
            auto* run = new BulkRun(
                items,
                [this, leaveGroups, justification](const BulkItem& item, QObject* parent) {
                    return createBulkOperation(item, leaveGroups, justification, parent);
                },
                BulkRun::defaultConcurrency, this);
            dialog->track(run);
            connect(run, &BulkRun::finished, this, [this, run] {
                QStringList changed;
                int done = 0;
                for (const OperationOutcome& outcome : run->outcomes()) {
                    done += outcome.succeeded ? 1 : 0;
                    if (!outcome.target.id.isEmpty())
                        changed.append(outcome.target.id);
                }
                emit outcomeReported(tr("Bulk action: %1 of %2 done").arg(done).arg(run->items().size()));
                emit usersChanged(changed);
                run->deleteLater();
            });
            run->start();
        },
        [dialog](const Error& error) { dialog->showError(error); });
}

UserOperation* UserActionsController::createBulkOperation(const BulkItem& item, bool leaveGroups,
                                                          const Justification& justification, QObject* parent)
{
    // Read for every item: a long run keeps up with a refreshed identity.
    const Operator actor = m_actions->currentOperator();
    UserOperation* operation = nullptr;
    switch (item.action) {
    case UserAction::Offboard:
        operation = new LeaverOperation(services(), actor, item.user, leaveGroups, parent);
        break;
    case UserAction::ChangeAccess:
        operation = new MoverOperation(services(), actor, item.user, item.change, parent);
        break;
    case UserAction::Unlock:
        operation = new UnlockOperation(services(), actor, item.user, parent);
        break;
    case UserAction::ResetMfa:
        operation = new MfaResetOperation(services(), actor, item.user, parent);
        break;
    case UserAction::Create:
    case UserAction::ResetPassword:
    case UserAction::SendActionsEmail:
    case UserAction::RevokeSession:
        Q_UNREACHABLE(); // not bulk actions: neither the dialog nor parseBulkCsv produces them
        return nullptr;
    }
    // A CSV line's own reason replaces the run's; the ticket stays the run's.
    Justification itemJustification = justification;
    if (!item.reason.isEmpty())
        itemJustification.reason = item.reason;
    operation->setJustification(itemJustification);
    return operation;
}

} // namespace custos
