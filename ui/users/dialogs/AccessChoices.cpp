#include "ui/users/dialogs/AccessChoices.h"

#include "core/keycloak/UserAccessApi.h"

namespace custos {

void AccessChoices::loadRoles(UserAccessApi* access, QObject* context,
                              std::function<void(const Result<QList<RoleRef>>&)> done)
{
    access->realmRoles(context, std::move(done));
}

void AccessChoices::loadGroups(UserAccessApi* access, QObject* context,
                               std::function<void(const Result<AccessChoices>&)> done)
{
    // One more than shown tells whether the list was cut.
    access->groups({}, 0, maxGroups + 1, context, [done = std::move(done)](const Result<QList<GroupRef>>& groups) {
        if (!groups.ok())
            return done(groups.error());
        AccessChoices choices;
        choices.groups = groups.value().mid(0, maxGroups);
        choices.groupsTruncated = groups->size() > maxGroups;
        done(choices);
    });
}

} // namespace custos
