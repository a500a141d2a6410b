#pragma once

#include "core/common/Result.h"
#include "core/keycloak/Representations.h"

#include <QObject>
#include <functional>

namespace custos {

class UserAccessApi;

// What the role and group pickers offer: every realm role and the realm's groups (flattened with their paths).
// The two lists are read independently: each needs its own read role (roles: view-realm; groups: query-groups),
// and an operator who may read only one can still use it.
struct AccessChoices
{
    // Pickers list at most this many groups; a realm with more is told to filter on the server first.
    static constexpr int maxGroups = 1000;

    QList<RoleRef> roles;
    QList<GroupRef> groups;
    bool groupsTruncated = false;

    // Reads the realm's roles into `roles`; `done` runs once, on `context`.
    static void loadRoles(UserAccessApi* access, QObject* context,
                          std::function<void(const Result<QList<RoleRef>>&)> done);
    // Reads the realm's groups into `groups` and `groupsTruncated` (the roles stay empty); `done` runs once, on
    // `context`.
    static void loadGroups(UserAccessApi* access, QObject* context,
                           std::function<void(const Result<AccessChoices>&)> done);
};

} // namespace custos
