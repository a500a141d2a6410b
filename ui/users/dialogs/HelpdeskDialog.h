#pragma once

#include "core/keycloak/Representations.h"
#include "core/users/UserAction.h"
#include "ui/users/dialogs/ActionDialog.h"

#include <optional>

class QCheckBox;

namespace custos {

class CallerVerificationPanel;
struct CallerFacts;
class SecretField;

// The helpdesk's actions on one user, each a confirmation naming the user and what will happen: reset MFA,
// reset password (the temporary password shown once afterwards), unlock, send a required-actions e-mail (with
// the actions to ask for) and end one session. The resets (MFA, password, unlock) first show the caller
// verification step: they cannot be confirmed until the agent chose how they verified the caller and confirmed it.
class HelpdeskDialog : public ActionDialog
{
    Q_OBJECT
public:
    // `session` is the session to end, for RevokeSession only.
    HelpdeskDialog(UserAction action, const KeycloakUser& user, const std::optional<UserSession>& session,
                   QWidget* parent = nullptr);

    // The required actions Keycloak can ask for in the e-mail, in the order offered.
    [[nodiscard]] static QStringList emailActions();

    [[nodiscard]] UserAction action() const { return m_action; }
    [[nodiscard]] const KeycloakUser& user() const { return m_user; }
    [[nodiscard]] const std::optional<UserSession>& session() const { return m_session; }
    // The actions checked for the e-mail.
    [[nodiscard]] QStringList checkedEmailActions() const;

    void showTemporaryPassword(const QString& password);
    // For the required-actions e-mail offered instead of `reset` (an MFA or password reset): asks the user for what
    // the reset would have fixed, and keeps the reason and ticket the agent typed there.
    void replaceReset(const HelpdeskDialog& reset);

    // Whether this action is a helpdesk reset, which needs the caller verified first.
    [[nodiscard]] static bool needsCallerVerification(UserAction action);
    // What the directory knows about the user (or why it could not be read), and whether a second operator is
    // needed, for the verification step.
    void showCallerFacts(const Result<CallerFacts>& facts, const std::optional<Error>& secondOperator);
    // The reason and ticket, and for a reset the caller's verification.
    [[nodiscard]] Justification justification() const override;

signals:
    // The agent chose the required-actions e-mail instead of the reset.
    void emailInsteadRequested();

private:
    [[nodiscard]] QString question() const;

    UserAction m_action;
    KeycloakUser m_user;
    std::optional<UserSession> m_session;
    QList<QCheckBox*> m_emailActions;
    SecretField* m_secret = nullptr;
    CallerVerificationPanel* m_verification = nullptr;
};

} // namespace custos
