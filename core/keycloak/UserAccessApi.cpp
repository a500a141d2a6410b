#include "core/keycloak/UserAccessApi.h"

#include "core/keycloak/KeycloakAdmin.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace custos {

namespace {
const QString viewUsers = QStringLiteral("view-users");
const QString manageUsers = QStringLiteral("manage-users");

} // namespace

UserAccessApi::UserAccessApi(KeycloakAdmin* admin, QObject* parent)
    : QObject(parent)
    , m_admin(admin)
{
    connect(admin, &KeycloakAdmin::realmChanged, this, [this] { m_clients.clear(); });
}

PendingCall UserAccessApi::realmRoles(QObject* context, Callback<QList<RoleRef>> done)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("max"), QStringLiteral("1000"));
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("roles"), params), tr("Could not read the realm roles"),
                            QStringLiteral("view-realm"), context, KeycloakAdmin::parseList<RoleRef>(std::move(done)));
}

PendingCall UserAccessApi::userRealmRoles(const QString& userId, bool effective, QObject* context,
                                          Callback<QList<RoleRef>> done)
{
    const QString rest =
        effective ? QStringLiteral("role-mappings/realm/composite") : QStringLiteral("role-mappings/realm");
    return m_admin->getJson(m_admin->adminUrl(KeycloakAdmin::userPath(userId, rest)),
                            tr("Could not read the user's realm roles"), viewUsers, context,
                            KeycloakAdmin::parseList<RoleRef>(std::move(done)));
}

PendingCall UserAccessApi::addRealmRoles(const QString& userId, const QList<RoleRef>& roles, QObject* context,
                                         StatusCallback done)
{
    return changeRealmRoles("POST", userId, roles, tr("Could not grant the realm roles"), context, std::move(done));
}

PendingCall UserAccessApi::removeRealmRoles(const QString& userId, const QList<RoleRef>& roles, QObject* context,
                                            StatusCallback done)
{
    return changeRealmRoles("DELETE", userId, roles, tr("Could not remove the realm roles"), context, std::move(done));
}

PendingCall UserAccessApi::changeRealmRoles(const QByteArray& method, const QString& userId,
                                            const QList<RoleRef>& roles, const QString& what, QObject* context,
                                            StatusCallback done)
{
    QJsonArray body;
    for (const RoleRef& role : roles)
        body.append(role.toJson());
    return m_admin->sendStatus(
        HttpRequest::sendJson(method,
                              m_admin->adminUrl(KeycloakAdmin::userPath(userId, QStringLiteral("role-mappings/realm"))),
                              QJsonDocument(body), what),
        manageUsers, context, std::move(done));
}

PendingCall UserAccessApi::findClient(const QString& clientId, QObject* context,
                                      Callback<std::optional<ClientRef>> done)
{
    if (const auto known = m_clients.constFind(clientId); known != m_clients.constEnd()) {
        done(std::optional<ClientRef>{*known});
        return {};
    }
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("clientId"), KeycloakAdmin::segment(clientId));
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("clients"), params),
                            tr("Could not look up the client “%1”").arg(clientId), QStringLiteral("query-clients"),
                            context, [this, clientId, done = std::move(done)](const Result<QJsonValue>& reply) {
                                if (!reply.ok())
                                    return done(reply.error());
                                auto clients = ClientRef::listFromJson(reply.value());
                                if (!clients)
                                    return done(clients.error());
                                for (const ClientRef& client : clients.value())
                                    if (client.clientId == clientId) {
                                        m_clients.insert(clientId, client);
                                        return done(std::optional<ClientRef>{client});
                                    }
                                done(std::optional<ClientRef>{});
                            });
}

PendingCall UserAccessApi::userClientRoles(const QString& userId, const ClientRef& client, bool effective,
                                           QObject* context, Callback<QList<RoleRef>> done)
{
    QString rest = QStringLiteral("role-mappings/clients/") + KeycloakAdmin::segment(client.id);
    if (effective)
        rest += QStringLiteral("/composite");
    const QString clientId = client.clientId;
    return m_admin->getJson(m_admin->adminUrl(KeycloakAdmin::userPath(userId, rest)),
                            tr("Could not read the user's roles of client %1").arg(clientId),
                            QStringLiteral("view-clients"), context,
                            [clientId, done = std::move(done)](const Result<QJsonValue>& reply) {
                                if (!reply.ok())
                                    return done(reply.error());
                                done(RoleRef::listFromJson(reply.value(), clientId));
                            });
}

PendingCall UserAccessApi::roleComposites(const QString& roleId, QObject* context, Callback<QList<CompositeRole>> done)
{
    return m_admin->getJson(
        m_admin->adminUrl(QStringLiteral("roles-by-id/") + KeycloakAdmin::segment(roleId) +
                          QStringLiteral("/composites")),
        tr("Could not read what a composite role contains"), QStringLiteral("view-realm"), context,
        [done = std::move(done)](const Result<QJsonValue>& reply) {
            if (!reply.ok())
                return done(reply.error());
            const auto roles = RoleRef::listFromJson(reply.value());
            if (!roles.ok())
                return done(roles.error());
            QList<CompositeRole> composites;
            const QJsonArray objects = reply.value().toArray();
            for (qsizetype i = 0; i < roles->size(); ++i) {
                const QJsonObject object = objects.at(i).toObject();
                const bool clientRole = object.value(QLatin1String("clientRole")).toBool();
                composites.append(CompositeRole{
                    roles->at(i), clientRole ? object.value(QLatin1String("containerId")).toString() : QString()});
            }
            done(composites);
        });
}

PendingCall UserAccessApi::groupByPath(const QString& path, QObject* context, Callback<GroupRef> done)
{
    QStringList segments;
    for (const QString& name : path.split(u'/', Qt::SkipEmptyParts))
        segments.append(KeycloakAdmin::segment(name));
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("group-by-path/") + segments.join(u'/')),
                            tr("Could not read the group %1").arg(path), viewUsers, context,
                            [done = std::move(done)](const Result<QJsonValue>& reply) {
                                if (!reply.ok())
                                    return done(reply.error());
                                const auto groups = GroupRef::listFromJson(QJsonArray{reply.value()});
                                if (!groups.ok())
                                    return done(groups.error());
                                done(groups->first());
                            });
}

PendingCall UserAccessApi::groupClientRoles(const QString& groupId, const ClientRef& client, QObject* context,
                                            Callback<QList<RoleRef>> done)
{
    const QString clientId = client.clientId;
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("groups/") + KeycloakAdmin::segment(groupId) +
                                              QStringLiteral("/role-mappings/clients/") +
                                              KeycloakAdmin::segment(client.id) + QStringLiteral("/composite")),
                            tr("Could not read the group's roles of client %1").arg(clientId),
                            QStringLiteral("view-clients"), context,
                            [clientId, done = std::move(done)](const Result<QJsonValue>& reply) {
                                if (!reply.ok())
                                    return done(reply.error());
                                // Keycloak answers 200 {} (not 403) to a caller who may not see these mappings:
                                // that is a refusal to show them, never "no roles".
                                if (reply->isObject() && reply->toObject().isEmpty()) {
                                    Error hidden;
                                    hidden.kind = Error::Kind::Forbidden;
                                    hidden.what = tr("Could not read the group's roles of client %1").arg(clientId);
                                    hidden.why = tr("Keycloak did not show them to your account");
                                    hidden.action = tr("Ask for view-clients on the realm");
                                    return done(hidden);
                                }
                                done(RoleRef::listFromJson(reply.value(), clientId));
                            });
}

PendingCall UserAccessApi::groups(const QString& search, int first, int max, QObject* context,
                                  Callback<QList<GroupRef>> done)
{
    QUrlQuery params;
    if (!search.isEmpty())
        params.addQueryItem(QStringLiteral("search"), KeycloakAdmin::segment(search));
    params.addQueryItem(QStringLiteral("first"), QString::number(first));
    params.addQueryItem(QStringLiteral("max"), QString::number(max));
    params.addQueryItem(QStringLiteral("briefRepresentation"), QStringLiteral("true"));
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("groups"), params), tr("Could not read the groups"),
                            QStringLiteral("query-groups"), context,
                            KeycloakAdmin::parseList<GroupRef>(std::move(done)));
}

PendingCall UserAccessApi::userGroups(const QString& userId, QObject* context, Callback<QList<GroupRef>> done)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("max"), QStringLiteral("1000"));
    params.addQueryItem(QStringLiteral("briefRepresentation"), QStringLiteral("true"));
    return m_admin->getJson(m_admin->adminUrl(KeycloakAdmin::userPath(userId, QStringLiteral("groups")), params),
                            tr("Could not read the user's groups"), viewUsers, context,
                            KeycloakAdmin::parseList<GroupRef>(std::move(done)));
}

PendingCall UserAccessApi::joinGroup(const QString& userId, const GroupRef& group, QObject* context,
                                     StatusCallback done)
{
    return changeGroup("PUT", userId, group, tr("Could not add the user to group %1").arg(group.path), context,
                       std::move(done));
}

PendingCall UserAccessApi::leaveGroup(const QString& userId, const GroupRef& group, QObject* context,
                                      StatusCallback done)
{
    return changeGroup("DELETE", userId, group, tr("Could not remove the user from group %1").arg(group.path), context,
                       std::move(done));
}

PendingCall UserAccessApi::changeGroup(const QByteArray& method, const QString& userId, const GroupRef& group,
                                       const QString& what, QObject* context, StatusCallback done)
{
    return m_admin->sendStatus(
        HttpRequest::withoutBody(method,
                                 m_admin->adminUrl(KeycloakAdmin::userPath(
                                     userId, QStringLiteral("groups/") + KeycloakAdmin::segment(group.id))),
                                 what),
        manageUsers, context, std::move(done));
}

PendingCall UserAccessApi::userOrganizations(const QString& userId, QObject* context,
                                             Callback<QList<OrganizationRef>> done)
{
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("organizations/members/") +
                                              KeycloakAdmin::segment(userId) + QStringLiteral("/organizations")),
                            tr("Could not read the user's organizations"), QStringLiteral("view-organizations"),
                            context, KeycloakAdmin::parseList<OrganizationRef>(std::move(done)));
}

} // namespace custos
