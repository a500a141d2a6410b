#include "core/users/UserAction.h"

#include <QCoreApplication>

namespace custos {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well; a helper taking the text as a variable hides it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::UserAction)
};
} // namespace

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
        return Text::tr("New user");
    case UserAction::ChangeAccess:
        return Text::tr("Change roles and groups");
    case UserAction::Offboard:
        return Text::tr("Offboard (leaver)");
    case UserAction::ResetMfa:
        return Text::tr("Reset MFA");
    case UserAction::ResetPassword:
        return Text::tr("Reset password");
    case UserAction::Unlock:
        return Text::tr("Unlock");
    case UserAction::SendActionsEmail:
        return Text::tr("Send required-actions e-mail");
    case UserAction::RevokeSession:
        return Text::tr("End session");
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
