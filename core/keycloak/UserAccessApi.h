#pragma once

#include "core/common/Result.h"
#include "core/http/PendingCall.h"
#include "core/keycloak/Representations.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

namespace custos {

class KeycloakAdmin;

// What a user may do: realm and client role mappings (direct and effective), group memberships, organizations.
class UserAccessApi : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;
    using StatusCallback = std::function<void(const Status&)>;

    explicit UserAccessApi(KeycloakAdmin* admin, QObject* parent = nullptr);

    // Every realm role, for pickers.
    PendingCall realmRoles(QObject* context, Callback<QList<RoleRef>> done);
    // `effective`: composites expanded (what the user really has); otherwise only the direct mappings.
    PendingCall userRealmRoles(const QString& userId, bool effective, QObject* context, Callback<QList<RoleRef>> done);
    PendingCall addRealmRoles(const QString& userId, const QList<RoleRef>& roles, QObject* context,
                              StatusCallback done);
    PendingCall removeRealmRoles(const QString& userId, const QList<RoleRef>& roles, QObject* context,
                                 StatusCallback done);

    // The client whose clientId is `clientId` (its UUID is what role-mapping paths take). Found clients are
    // remembered for the realm: every guarded operation looks up realm-management.
    PendingCall findClient(const QString& clientId, QObject* context, Callback<std::optional<ClientRef>> done);
    PendingCall userClientRoles(const QString& userId, const ClientRef& client, bool effective, QObject* context,
                                Callback<QList<RoleRef>> done);

    // A role a composite role contains directly, and the UUID of the client it belongs to (empty: a realm role).
    struct CompositeRole
    {
        RoleRef role;
        QString clientUuid;
    };
    // What the role `roleId` contains directly: realm roles and every client's roles.
    PendingCall roleComposites(const QString& roleId, QObject* context, Callback<QList<CompositeRole>> done);

    // The group at `path` ("/engineering/platform").
    PendingCall groupByPath(const QString& path, QObject* context, Callback<GroupRef> done);
    // The roles of `client` a group gives its members by itself, composites expanded (not those of its parents).
    PendingCall groupClientRoles(const QString& groupId, const ClientRef& client, QObject* context,
                                 Callback<QList<RoleRef>> done);

    // Groups whose name contains `search` (all when empty), flattened with their paths.
    PendingCall groups(const QString& search, int first, int max, QObject* context, Callback<QList<GroupRef>> done);
    PendingCall userGroups(const QString& userId, QObject* context, Callback<QList<GroupRef>> done);
    PendingCall joinGroup(const QString& userId, const GroupRef& group, QObject* context, StatusCallback done);
    PendingCall leaveGroup(const QString& userId, const GroupRef& group, QObject* context, StatusCallback done);

    PendingCall userOrganizations(const QString& userId, QObject* context, Callback<QList<OrganizationRef>> done);

private:
    PendingCall changeRealmRoles(const QByteArray& method, const QString& userId, const QList<RoleRef>& roles,
                                 const QString& what, QObject* context, StatusCallback done);
    PendingCall changeGroup(const QByteArray& method, const QString& userId, const GroupRef& group, const QString& what,
                            QObject* context, StatusCallback done);

    KeycloakAdmin* m_admin;
    QHash<QString, ClientRef> m_clients;
};

} // namespace custos
