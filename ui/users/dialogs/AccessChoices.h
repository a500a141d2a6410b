#pragma once

#include "core/common/Result.h"
#include "core/keycloak/Representations.h"

#include <QObject>

#include <functional>

namespace custos {

class UserAccessApi;

// What the role and group pickers offer: every realm role and the realm's groups (flattened with their paths).
struct AccessChoices
{
    // Pickers list at most this many groups; a realm with more is told to filter on the server first.
    static constexpr int maxGroups = 1000;

    QList<RoleRef> roles;
    QList<GroupRef> groups;
    bool groupsTruncated = false;

    // Reads both lists; `done` runs once, on `context`.
    static void load(UserAccessApi* access, QObject* context, std::function<void(const Result<AccessChoices>&)> done);
};

} // namespace custos
