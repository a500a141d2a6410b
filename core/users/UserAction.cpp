#include "core/users/UserAction.h"

#include <QCoreApplication>

namespace custos {

namespace {
QString trAction(const char* text) { return QCoreApplication::translate("custos::UserAction", text); }
} // namespace

QString requiredRole(UserAction)
{
    // Keycloak checks every write to a user against manage-users; reads are checked per call (view-users…).
    return QStringLiteral("manage-users");
}

QString auditActionName(UserAction action)
{
    switch (action) {
    case UserAction::Create:
        return QStringLiteral("USER_CREATED");
    case UserAction::ChangeAccess:
        return QStringLiteral("USER_ACCESS_CHANGED");
    case UserAction::Offboard:
        return QStringLiteral("USER_OFFBOARDED");
    case UserAction::ResetMfa:
        return QStringLiteral("USER_MFA_RESET");
    case UserAction::ResetPassword:
        return QStringLiteral("USER_PASSWORD_RESET");
    case UserAction::Unlock:
        return QStringLiteral("USER_UNLOCKED");
    case UserAction::SendActionsEmail:
        return QStringLiteral("USER_ACTIONS_EMAIL_SENT");
    case UserAction::RevokeSession:
        return QStringLiteral("USER_SESSION_REVOKED");
    }
    return QStringLiteral("USER_ACTION");
}

QString displayName(UserAction action)
{
    switch (action) {
    case UserAction::Create:
        return trAction("New user");
    case UserAction::ChangeAccess:
        return trAction("Change roles and groups");
    case UserAction::Offboard:
        return trAction("Offboard (leaver)");
    case UserAction::ResetMfa:
        return trAction("Reset MFA");
    case UserAction::ResetPassword:
        return trAction("Reset password");
    case UserAction::Unlock:
        return trAction("Unlock");
    case UserAction::SendActionsEmail:
        return trAction("Send required-actions e-mail");
    case UserAction::RevokeSession:
        return trAction("End session");
    }
    return {};
}

QList<UserAction> bulkActions()
{
    return {UserAction::Offboard, UserAction::ChangeAccess, UserAction::Unlock, UserAction::ResetMfa};
}

QString csvKeyword(UserAction action)
{
    switch (action) {
    case UserAction::Offboard:
        return QStringLiteral("leaver");
    case UserAction::ChangeAccess:
        return QStringLiteral("role-change");
    case UserAction::Unlock:
        return QStringLiteral("unlock");
    case UserAction::ResetMfa:
        return QStringLiteral("mfa-reset");
    default:
        return {};
    }
}

bool fromCsvKeyword(const QString& keyword, UserAction* action)
{
    for (UserAction candidate : bulkActions()) {
        if (csvKeyword(candidate).compare(keyword.trimmed(), Qt::CaseInsensitive) == 0) {
            *action = candidate;
            return true;
        }
    }
    return false;
}

} // namespace custos
