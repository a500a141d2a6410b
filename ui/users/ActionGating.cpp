#include "ui/users/ActionGating.h"

#include "core/auth/Identity.h"

#include <QCoreApplication>

namespace custos {

QString missingRoleReason(const Identity& identity, UserAction action)
{
    const QString role = requiredRole(action);
    if (identity.hasRole(role))
        return {};
    const QString held = identity.roles.isEmpty()
                             ? QCoreApplication::translate("custos::ActionGating", "no realm-management roles")
                             : identity.roles.join(QStringLiteral(", "));
    return QCoreApplication::translate("custos::ActionGating", "Needs the realm-management role %1; you have: %2")
        .arg(role, held);
}

} // namespace custos
