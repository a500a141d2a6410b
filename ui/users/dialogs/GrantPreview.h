#pragma once

#include "core/keycloak/Representations.h"

#include <QLabel>

namespace custos {

class UserAccessApi;

// Under the joiner's and mover's pickers, before confirming: the administration (realm-management) roles the chosen
// roles and groups would give, through composites and parent groups, flagged as privileged with what gives them.
// Read as the grant guard reads (core/users/GrantedAdminRoles, the operator's own token); the guard still decides.
class GrantPreview : public QLabel
{
    Q_OBJECT
public:
    explicit GrantPreview(UserAccessApi* access, QWidget* parent = nullptr);

    // Reads what granting `roles` and `groups` gives; a newer call drops the answer of an older one.
    void preview(const QList<RoleRef>& roles, const QList<GroupRef>& groups);

private:
    UserAccessApi* m_access;
    QObject* m_pending = nullptr; // the context of the read under way
};

} // namespace custos
