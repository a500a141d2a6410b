#include "ui/users/dialogs/AccessChoices.h"

#include "core/keycloak/UserAccessApi.h"


namespace custos {

void AccessChoices::load(UserAccessApi* access, QObject* context,
                         std::function<void(const Result<AccessChoices>&)> done)
{
    // Both callbacks are bound to `context`: they never run once it is gone.
    access->realmRoles(context, [access, context, done](const Result<QList<RoleRef>>& roles) {
        if (!roles.ok())
            return done(roles.error());
        // One more than shown tells whether the list was cut.
        const auto withGroups = [roles = roles.value(), done](const Result<QList<GroupRef>>& groups) {
            if (!groups.ok())
                return done(groups.error());
            AccessChoices choices;
            choices.roles = roles;
            choices.groups = groups.value().mid(0, maxGroups);
            choices.groupsTruncated = groups->size() > maxGroups;
            done(choices);
        };
        access->groups({}, 0, maxGroups + 1, context, withGroups);
    });
}

} // namespace custos
