#pragma once

#include <QString>
#include <QStringList>

namespace custos {

// The things an operator can do to users. What each needs (roles, selection, step-up) is in the action table
// (core/actions/Actions.cpp): the UI enables an action only when the gate allows it.
enum class UserAction {
    Create,        // joiner
    ChangeAccess,  // mover: realm roles and groups
    Offboard,      // leaver: revoke sessions, disable, optionally leave groups
    ResetMfa,      // delete OTP and WebAuthn credentials, require CONFIGURE_TOTP, revoke sessions (after step-up)
    ResetPassword, // a generated temporary password, shown once
    Unlock,        // clear a brute-force lockout
    SendActionsEmail,
    RevokeSession, // one session
};

// The ledger's action name (seed 001's vocabulary where it fits): USER_CREATED, USER_DISABLED…
[[nodiscard]] QString auditActionName(UserAction action);
// "Reset MFA", for menus and result tables.
[[nodiscard]] QString displayName(UserAction action);
// Every action that can run on many users at once (the bulk dialog and CSV imports).
[[nodiscard]] QList<UserAction> bulkActions();
// The CSV keyword of a bulk action (leaver, role-change, unlock, mfa-reset), and back.
[[nodiscard]] QString csvKeyword(UserAction action);
[[nodiscard]] bool fromCsvKeyword(const QString& keyword, UserAction* action);

} // namespace custos
