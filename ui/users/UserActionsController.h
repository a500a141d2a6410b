#pragma once

#include "core/keycloak/Representations.h"
#include "core/users/BulkRun.h"
#include "core/users/CallerAttributes.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace custos {

class ActionContext;
class ActionDialog;
class BulkDialog;
class HelpdeskDialog;
class BulkRun;

// What the users page's actions share, as PlatformContext is for the platform pages: the users' services and the
// window's ActionContext (who acts, what they may do, the ledger, the reason and ticket policy, the step-up). It
// opens the dialog for an action, and when it is confirmed and ActionContext::whenAllowed agrees, creates the
// operation (or the bulk run), shows its progress and its outcome, and says which users changed. Outcomes are
// shown only after the operation's finished(), which follows the ledger record.
class UserActionsController : public QObject
{
    Q_OBJECT
public:
    // `services.audit` and `services.stepUp` are ignored: every operation gets the ActionContext's. Dialogs are
    // window-modal children of `window`.
    UserActionsController(const UserServices& services, ActionContext* actions, QWidget* window,
                          QObject* parent = nullptr);

    // Which user attributes the helpdesk's caller verification shows as the phone and the manager on record.
    void setCallerAttributes(const CallerAttributes& attributes) { m_callerAttributes = attributes; }

public slots:
    // `users` is empty for Create; more than one user (or a bulk action from the bulk menu) opens the bulk dialog.
    void request(custos::UserAction action, const QList<custos::KeycloakUser>& users);
    void requestSessionRevoke(const custos::KeycloakUser& user, const custos::UserSession& session);
    // The bulk dialog with no selection: a CSV file is the source.
    void requestBulk(const QList<custos::KeycloakUser>& users = {},
                     custos::UserAction action = custos::UserAction::Offboard);

signals:
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

    // Runs `next` once ActionContext::whenAllowed agrees to `action` with the dialog's justification; otherwise
    // the dialog shows why.
    void whenAllowed(UserAction action, ActionDialog* dialog, std::function<void()> next);
    // Starts `operation` for `dialog`: progress while it runs, `shown(outcome)` after finished(), then the
    // refresh of the user. The operation belongs to the controller: closing the dialog never abandons it.
    void start(UserOperation* operation, ActionDialog* dialog,
               std::function<void(ActionDialog*, const OperationOutcome&)> shown = {});
    // The services every operation gets: the open audit trail and the ActionContext's step-up.
    [[nodiscard]] UserServices services();
    [[nodiscard]] UserOperation* createBulkOperation(const BulkItem& item, bool leaveGroups,
                                                     const Justification& justification, QObject* parent);

    UserServices m_services;
    ActionContext* m_actions;
    QPointer<QWidget> m_window;
    CallerAttributes m_callerAttributes;
};

} // namespace custos
