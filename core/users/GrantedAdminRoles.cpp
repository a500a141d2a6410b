#include "core/users/GrantedAdminRoles.h"

#include "core/keycloak/UserAccessApi.h"

namespace custos {

GrantedAdminRoles::GrantedAdminRoles(UserAccessApi* access, ClientRef realmManagement, QObject* parent)
    : QObject(parent)
    , m_access(access)
    , m_client(std::move(realmManagement))
{
}

void GrantedAdminRoles::read(const QList<RoleRef>& roles, const QList<GroupRef>& groups,
                             std::function<void(const Result<QStringList>&)> done)
{
    m_done = std::move(done);
    for (const RoleRef& role : roles)
        if (!m_seen.contains(role.id)) {
            m_seen.insert(role.id);
            m_roles.append(role);
        }
    for (const GroupRef& group : groups) {
        // A member of /a/b also gets the roles of /a.
        const QStringList names = group.path.split(u'/', Qt::SkipEmptyParts);
        QString path;
        for (const QString& name : names) {
            path += u'/' + name;
            if (!m_seen.contains(path)) {
                m_seen.insert(path);
                m_groupPaths.append(path);
            }
        }
    }
    next();
}

void GrantedAdminRoles::next()
{
    if (!m_roles.isEmpty())
        return readRole(m_roles.takeFirst());
    if (!m_groupPaths.isEmpty())
        return readGroup(m_groupPaths.takeFirst());
    QStringList granted(m_granted.cbegin(), m_granted.cend());
    granted.sort();
    m_done(granted);
}

void GrantedAdminRoles::readRole(const RoleRef& role)
{
    if (role.clientId == m_client.clientId && !role.clientId.isEmpty())
        m_granted.insert(role.name);
    if (!role.composite)
        return next();
    m_access->roleComposites(role.id, this, [this](const Result<QList<UserAccessApi::CompositeRole>>& composites) {
        if (!composites.ok())
            return failed(composites.error(), QStringLiteral("view-realm"));
        for (const UserAccessApi::CompositeRole& composite : composites.value()) {
            const RoleRef& inner = composite.role;
            if (composite.clientUuid == m_client.id)
                m_granted.insert(inner.name);
            // Any composite may hold administration roles further down, whichever client it belongs to.
            if (inner.composite && !m_seen.contains(inner.id)) {
                m_seen.insert(inner.id);
                m_roles.append(inner);
            }
        }
        next();
    });
}

void GrantedAdminRoles::readGroup(const QString& path)
{
    m_access->groupByPath(path, this, [this](const Result<GroupRef>& group) {
        if (!group.ok())
            return failed(group.error(), QStringLiteral("view-users"));
        m_access->groupClientRoles(group->id, m_client, this, [this](const Result<QList<RoleRef>>& roles) {
            if (!roles.ok())
                return failed(roles.error(), viewRealmManagement());
            for (const RoleRef& role : roles.value())
                m_granted.insert(role.name);
            next();
        });
    });
}

QString GrantedAdminRoles::viewRealmManagement()
{
    return tr("view-clients (or a “view” admin permission on the client realm-management)");
}

void GrantedAdminRoles::failed(const Error& error, const QString& neededReadRole)
{
    m_neededReadRole = neededReadRole;
    m_done(error);
}

} // namespace custos
