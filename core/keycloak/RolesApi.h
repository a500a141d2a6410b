#pragma once

#include "core/common/Result.h"
#include "core/http/PendingCall.h"
#include "core/keycloak/Representations.h"

#include <QObject>
#include <functional>

namespace custos {

class KeycloakAdmin;

// The realm's roles seen from the roles' side, one page at a time: the clients and roles there are, and the users
// and groups a role is mapped to directly; a group's subgroups and members. Keycloak shows only what the caller may
// view: clients (and so their roles) the token cannot view are simply not listed.
class RolesApi : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;

    explicit RolesApi(KeycloakAdmin* admin, QObject* parent = nullptr);

    // A role's container: the realm (both empty) or a client (its UUID for paths, its clientId for people).
    struct Container
    {
        QString clientUuid;
        QString clientId;
        [[nodiscard]] bool isRealm() const { return clientUuid.isEmpty(); }
    };

    PendingCall clients(int first, int max, QObject* context, Callback<QList<ClientRef>> done);
    // The roles of `container`; each RoleRef carries the container's clientId.
    PendingCall roles(const Container& container, int first, int max, QObject* context, Callback<QList<RoleRef>> done);
    // The users `role` of `container` is mapped to directly (not through groups or composites).
    PendingCall roleUsers(const Container& container, const QString& role, int first, int max, QObject* context,
                          Callback<QList<KeycloakUser>> done);
    // The groups `role` of `container` is mapped to directly.
    PendingCall roleGroups(const Container& container, const QString& role, int first, int max, QObject* context,
                           Callback<QList<GroupRef>> done);
    PendingCall groupChildren(const QString& groupId, int first, int max, QObject* context,
                              Callback<QList<GroupRef>> done);
    PendingCall groupMembers(const QString& groupId, int first, int max, QObject* context,
                             Callback<QList<KeycloakUser>> done);

private:
    [[nodiscard]] QString rolesPath(const Container& container) const;
    [[nodiscard]] static QString readRole(const Container& container);

    KeycloakAdmin* m_admin;
};

} // namespace custos
