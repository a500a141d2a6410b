#include "core/users/GrantedAdminRoles.h"

#include "core/keycloak/UserAccessApi.h"

namespace custos {

GrantedAdminRoles::GrantedAdminRoles(UserAccessApi* access, ClientRef realmManagement, QObject* parent)
    : QObject(parent)
    , m_access(access)
    , m_client(std::move(realmManagement))
{
}

void GrantedAdminRoles::preview(UserAccessApi* access, const QList<RoleRef>& roles, const QList<GroupRef>& groups,
                                QObject* context, std::function<void(const Result<Preview>&)> done)
{
    access->findClient(
        QStringLiteral("realm-management"), context,
        [access, roles, groups, context, done = std::move(done)](const Result<std::optional<ClientRef>>& client) {
            if (!client.ok())
                return done(client.error());
            // Keycloak lists only the clients a caller may view: not seeing it means not being able to tell.
            if (!client->has_value())
                return done(Error::forbidden(tr("Custos cannot tell what this grant gives"),
                                             tr("your account lacks %1").arg(viewRealmManagement()),
                                             tr("Ask a realm administrator for it")));
            auto* granted = new GrantedAdminRoles(access, client->value(), context);
            granted->read(roles, groups, [granted, done](const Result<QStringList>& names) {
                granted->deleteLater();
                if (!names.ok())
                    return done(names.error());
                done(Preview{names.value(), granted->describeSources(names.value())});
            });
        });
}

void GrantedAdminRoles::read(const QList<RoleRef>& roles, const QList<GroupRef>& groups,
                             std::function<void(const Result<QStringList>&)> done)
{
    m_done = std::move(done);
    for (const RoleRef& role : roles)
        if (!m_seen.contains(role.id)) {
            m_seen.insert(role.id);
            m_roles.append(role);
            m_source.insert(role.id, role.clientId.isEmpty()
                                         ? tr("realm role %1").arg(role.name)
                                         : tr("client role %1 of %2").arg(role.name, role.clientId));
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
    m_done(m_granted.keys()); // sorted: a QMap's keys are
}

void GrantedAdminRoles::readRole(const RoleRef& role)
{
    const QString source = m_source.value(role.id);
    if (role.clientId == m_client.clientId && !role.clientId.isEmpty())
        grant(role.name, source);
    if (!role.composite)
        return next();
    m_access->roleComposites(role.id, this,
                             [this, source](const Result<QList<UserAccessApi::CompositeRole>>& composites) {
                                 if (!composites.ok())
                                     return failed(composites.error(), QStringLiteral("view-realm"));
                                 for (const UserAccessApi::CompositeRole& composite : composites.value()) {
                                     const RoleRef& inner = composite.role;
                                     if (composite.clientUuid == m_client.id)
                                         grant(inner.name, source);
                                     // Any composite may hold administration roles further down, whichever client it
                                     // belongs to; a cycle ends at a role already seen.
                                     if (inner.composite && !m_seen.contains(inner.id)) {
                                         m_seen.insert(inner.id);
                                         m_roles.append(inner);
                                         m_source.insert(inner.id, source);
                                     }
                                 }
                                 next();
                             });
}

void GrantedAdminRoles::readGroup(const QString& path)
{
    m_access->groupByPath(path, this, [this, path](const Result<GroupRef>& group) {
        if (!group.ok())
            return failed(group.error(), QStringLiteral("view-users"));
        m_access->groupClientRoles(group->id, m_client, this, [this, path](const Result<QList<RoleRef>>& roles) {
            if (!roles.ok())
                return failed(roles.error(), viewRealmManagement());
            for (const RoleRef& role : roles.value())
                grant(role.name, tr("group %1").arg(path));
            next();
        });
    });
}

QString GrantedAdminRoles::viewRealmManagement()
{
    return tr("view-clients (or a “view” admin permission on the client realm-management)");
}

void GrantedAdminRoles::grant(const QString& role, const QString& source)
{
    // The groups are read parent first: a role a parent maps is named as the parent's.
    if (!m_granted.contains(role))
        m_granted.insert(role, source);
}

QString GrantedAdminRoles::describeSources(const QStringList& roles) const
{
    QMap<QString, QStringList> bySource;
    for (const QString& role : roles)
        bySource[sourceOf(role)].append(role);
    QStringList parts;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        parts.append(tr("%1 gives %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

void GrantedAdminRoles::failed(const Error& error, const QString& neededReadRole)
{
    m_neededReadRole = neededReadRole;
    m_done(error);
}

} // namespace custos
