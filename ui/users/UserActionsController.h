#pragma once

#include "core/actions/Actions.h"
#include "core/audit/JustificationPolicy.h"
#include "core/keycloak/Representations.h"
#include "core/users/BulkRun.h"
#include "core/users/CallerAttributes.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace custos {

class ActionDialog;
class AuditTrail;
class BulkDialog;
class HelpdeskDialog;
class BulkRun;

// Runs what the operator asks of users: opens the dialog for the action, and when it is confirmed creates the
// operation (or the bulk run) with the services and the current operator, shows its progress and its outcome,
// and says which users changed. Outcomes are shown only after the operation's finished(), which follows the
// ledger record. No action runs without the audit trail: until one is set, every request is refused with the
// reason, and writeBlockedReason() says why for the window to disable its actions.
class UserActionsController : public QObject
{
    Q_OBJECT
public:
    // Who acts, read afresh for every operation (a step-up changes the authentication time).
    using OperatorSource = std::function<Operator()>;

    // `services.audit` is ignored: the trail is set with setAuditTrail() once it is open. Dialogs are window-modal
    // children of `window`.
    UserActionsController(const UserServices& services, OperatorSource currentOperator, StepUp stepUp, QWidget* window,
                          QObject* parent = nullptr);

    // The trail every operation records to; until it is set, write actions are refused with `reason`.
    void setAuditTrail(AuditTrail* audit);
    void setAuditUnavailable(const QString& reason);
    // The profile's rule for the reason and ticket every dialog asks for (and the bulk CSV's reasons meet).
    void setJustificationPolicy(const JustificationPolicy& policy) { m_policy = policy; }
    // Which user attributes the helpdesk's caller verification shows as the phone and the manager on record.
    void setCallerAttributes(const CallerAttributes& attributes) { m_callerAttributes = attributes; }
    // Why write actions cannot run now (empty when they can).
    [[nodiscard]] QString writeBlockedReason() const { return m_blockedReason; }

public slots:
    // `users` is empty for Create; more than one user (or a bulk action from the bulk menu) opens the bulk dialog.
    void request(custos::UserAction action, const QList<custos::KeycloakUser>& users);
    void requestSessionRevoke(const custos::KeycloakUser& user, const custos::UserSession& session);
    // The bulk dialog with no selection: a CSV file is the source.
    void requestBulk(const QList<custos::KeycloakUser>& users = {},
                     custos::UserAction action = custos::UserAction::Offboard);

signals:
    // Empty when write actions may run, otherwise why not ("The audit ledger is not open: …").
    void writeAvailabilityChanged(const QString& blockedReason);
    // These users were changed (or may have been, after a failure): views showing them refresh.
    void usersChanged(const QStringList& userIds);
    // The operator asked to see this user (after a joiner's conflict).
    void openUserRequested(const custos::UserRef& user);
    // One line for the status bar, for every outcome (also when its dialog was closed meanwhile).
    void outcomeReported(const QString& message);

private:
    void openJoiner();
    void openMover(const KeycloakUser& user);
    void openLeaver(const KeycloakUser& user);
    HelpdeskDialog* openHelpdesk(UserAction action, const KeycloakUser& user,
                                 const std::optional<UserSession>& session);
    // The verification step of a reset: the facts about the user, read for `dialog`.
    void gatherCallerFacts(HelpdeskDialog* dialog);
    void runBulk(BulkDialog* dialog);
    // Shows `dialog` window-modal, without a nested event loop.
    void present(QWidget* dialog);

    // Runs `next` once the operator may act (the ledger is open); otherwise `failed` gets the reason.
    void whenAllowed(std::function<void()> next, std::function<void(const Error&)> failed);
    // The operations' step-up: one browser round for every operation that asks while it runs (a bulk run's MFA
    // resets), none when the operator authenticated recently enough.
    void stepUpOnce(const QString& reason, QObject* context, std::function<void(const Result<Operator>&)> done);
    void stepUpFinished(const Result<Operator>& outcome);
    // Starts `operation` for `dialog`: progress while it runs, `shown(outcome)` after finished(), then the
    // refresh of the user. The operation belongs to the controller: closing the dialog never abandons it.
    void start(UserOperation* operation, ActionDialog* dialog,
               std::function<void(ActionDialog*, const OperationOutcome&)> shown = {});
    // The services every operation gets: the open audit trail and stepUpOnce().
    [[nodiscard]] UserServices services();
    [[nodiscard]] UserOperation* createBulkOperation(const BulkItem& item, bool leaveGroups,
                                                     const Justification& justification, QObject* parent);

    UserServices m_services;
    OperatorSource m_currentOperator;
    StepUp m_stepUp;
    struct StepUpWaiter
    {
        QPointer<QObject> context;
        std::function<void(const Result<Operator>&)> done;
    };
    QList<StepUpWaiter> m_stepUpWaiters; // non-empty while a step-up runs
    QPointer<QWidget> m_window;
    QPointer<AuditTrail> m_audit;
    QString m_blockedReason;
    JustificationPolicy m_policy;
    CallerAttributes m_callerAttributes;
};

} // namespace custos
