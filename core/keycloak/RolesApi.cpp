#include "core/keycloak/RolesApi.h"

#include "core/keycloak/KeycloakAdmin.h"

namespace custos {

namespace {

QUrlQuery page(int first, int max)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("first"), QString::number(first));
    params.addQueryItem(QStringLiteral("max"), QString::number(max));
    params.addQueryItem(QStringLiteral("briefRepresentation"), QStringLiteral("true"));
    return params;
}

KeycloakAdmin::JsonCallback users(std::function<void(const Result<QList<KeycloakUser>>&)> done)
{
    return [done = std::move(done)](const Result<QJsonValue>& reply) {
        if (!reply.ok())
            return done(reply.error());
        done(KeycloakUser::listFromJson(reply.value()));
    };
}

} // namespace

RolesApi::RolesApi(KeycloakAdmin* admin, QObject* parent)
    : QObject(parent)
    , m_admin(admin)
{
}

QString RolesApi::rolesPath(const Container& container) const
{
    return container.isRealm()
               ? QStringLiteral("roles")
               : QStringLiteral("clients/") + KeycloakAdmin::segment(container.clientUuid) + QStringLiteral("/roles");
}

QString RolesApi::readRole(const Container& container)
{
    // A realm's roles are part of its settings; a client's, of the client (or the admin permission "view" on it).
    return container.isRealm() ? QStringLiteral("view-realm") : QStringLiteral("view-clients");
}

PendingCall RolesApi::clients(int first, int max, QObject* context, Callback<QList<ClientRef>> done)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("first"), QString::number(first));
    params.addQueryItem(QStringLiteral("max"), QString::number(max));
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("clients"), params), tr("Could not list the clients"),
                            QStringLiteral("query-clients"), context,
                            KeycloakAdmin::parseList<ClientRef>(std::move(done)));
}

PendingCall RolesApi::roles(const Container& container, int first, int max, QObject* context,
                            Callback<QList<RoleRef>> done)
{
    const QString what = container.isRealm() ? tr("Could not read the realm roles")
                                             : tr("Could not read the roles of client %1").arg(container.clientId);
    return m_admin->getJson(m_admin->adminUrl(rolesPath(container), page(first, max)), what, readRole(container),
                            context,
                            [clientId = container.clientId, done = std::move(done)](const Result<QJsonValue>& reply) {
                                if (!reply.ok())
                                    return done(reply.error());
                                done(RoleRef::listFromJson(reply.value(), clientId));
                            });
}

PendingCall RolesApi::roleUsers(const Container& container, const QString& role, int first, int max, QObject* context,
                                Callback<QList<KeycloakUser>> done)
{
    return m_admin->getJson(
        m_admin->adminUrl(rolesPath(container) + u'/' + KeycloakAdmin::segment(role) + QStringLiteral("/users"),
                          page(first, max)),
        tr("Could not list the users of role %1").arg(role), readRole(container), context, users(std::move(done)));
}

PendingCall RolesApi::roleGroups(const Container& container, const QString& role, int first, int max, QObject* context,
                                 Callback<QList<GroupRef>> done)
{
    return m_admin->getJson(
        m_admin->adminUrl(rolesPath(container) + u'/' + KeycloakAdmin::segment(role) + QStringLiteral("/groups"),
                          page(first, max)),
        tr("Could not list the groups of role %1").arg(role), readRole(container), context,
        KeycloakAdmin::parseList<GroupRef>(std::move(done)));
}

PendingCall RolesApi::groupChildren(const QString& groupId, int first, int max, QObject* context,
                                    Callback<QList<GroupRef>> done)
{
    return m_admin->getJson(
        m_admin->adminUrl(QStringLiteral("groups/") + KeycloakAdmin::segment(groupId) + QStringLiteral("/children"),
                          page(first, max)),
        tr("Could not list the subgroups of a group"), QStringLiteral("query-groups"), context,
        KeycloakAdmin::parseList<GroupRef>(std::move(done)));
}

PendingCall RolesApi::groupMembers(const QString& groupId, int first, int max, QObject* context,
                                   Callback<QList<KeycloakUser>> done)
{
    return m_admin->getJson(
        m_admin->adminUrl(QStringLiteral("groups/") + KeycloakAdmin::segment(groupId) + QStringLiteral("/members"),
                          page(first, max)),
        tr("Could not list the members of a group"), QStringLiteral("view-users"), context, users(std::move(done)));
}

} // namespace custos
