#pragma once

#include "core/users/UserAction.h"

#include <QString>
#include <QStringList>

namespace custos {

struct Identity;

// Why the operator may not run `action`, naming the realm-management role they lack and the ones they have; empty
// when their roles allow it. The server enforces the roles anyway: this only keeps the console honest about it.
[[nodiscard]] QString missingRoleReason(const Identity& identity, UserAction action);

} // namespace custos
