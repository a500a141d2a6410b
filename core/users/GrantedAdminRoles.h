#pragma once

#include "core/common/Result.h"
#include "core/keycloak/Representations.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace custos {

class UserAccessApi;

// The realm-management roles a change would give a user, read with the operator's own token: those inside the
// realm roles granted (through composites, at any depth) and those of the groups joined (each group's own,
// composites expanded, and its parent groups'). Keycloak stops neither: a manage-users holder may add anyone to
// any group, and map realm roles whose composites hold administration roles.
class GrantedAdminRoles : public QObject
{
    Q_OBJECT
public:
    GrantedAdminRoles(UserAccessApi* access, ClientRef realmManagement, QObject* parent = nullptr);

    // Reads once; `done` gets the role names (sorted), or the first error: nothing is concluded from a read that
    // failed.
    void read(const QList<RoleRef>& roles, const QList<GroupRef>& groups,
              std::function<void(const Result<QStringList>&)> done);
    // After an error: the realm-management role the failed read needs.
    [[nodiscard]] QString neededReadRole() const { return m_neededReadRole; }
    // What reading anyone's realm-management role mappings needs.
    [[nodiscard]] static QString viewRealmManagement();

private:
    void next();
    void readRole(const RoleRef& role);
    void readGroup(const QString& path);
    void failed(const Error& error, const QString& neededReadRole);

    UserAccessApi* m_access;
    ClientRef m_client;
    QList<RoleRef> m_roles;   // composite roles still to open
    QStringList m_groupPaths; // groups (and parent groups) still to read
    QSet<QString> m_seen;     // role ids and group paths already queued
    QSet<QString> m_granted;
    QString m_neededReadRole;
    std::function<void(const Result<QStringList>&)> m_done;
};

} // namespace custos
