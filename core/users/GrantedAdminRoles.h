#pragma once

#include "core/common/Result.h"
#include "core/keycloak/Representations.h"

#include <QHash>
#include <QMap>
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

    // What a grant would confer, for the joiner's and mover's preview before confirming.
    struct Preview
    {
        QStringList roles; // the realm-management roles, sorted: every one is privileged
        QString sources;   // describeSources(roles)
    };
    // Finds realm-management, then reads as the grant guard does (the same expansion, the operator's own token);
    // `done` runs once, on `context`, unless `context` is destroyed first. Refused like the guard when the operator
    // cannot see the client or a read.
    static void preview(UserAccessApi* access, const QList<RoleRef>& roles, const QList<GroupRef>& groups,
                        QObject* context, std::function<void(const Result<Preview>&)> done);

    // Reads once; `done` gets the role names (sorted), or the first error: nothing is concluded from a read that
    // failed.
    void read(const QList<RoleRef>& roles, const QList<GroupRef>& groups,
              std::function<void(const Result<QStringList>&)> done);
    // After a read: what confers `role`, in plain words ("group /engineering/operations", "realm role cpi-admin"):
    // the chosen realm role whose composites hold it, or the group (the chosen one or a parent) that maps it.
    [[nodiscard]] QString sourceOf(const QString& role) const { return m_granted.value(role); }
    // `roles` grouped by what confers them: "group /realm-admins gives realm-admin, manage-users; realm role
    // cpi-admin gives manage-realm".
    [[nodiscard]] QString describeSources(const QStringList& roles) const;
    // After an error: the realm-management role the failed read needs.
    [[nodiscard]] QString neededReadRole() const { return m_neededReadRole; }
    // What reading anyone's realm-management role mappings needs.
    [[nodiscard]] static QString viewRealmManagement();

private:
    void next();
    void readRole(const RoleRef& role);
    void readGroup(const QString& path);
    void failed(const Error& error, const QString& neededReadRole);
    void grant(const QString& role, const QString& source);

    UserAccessApi* m_access;
    ClientRef m_client;
    QList<RoleRef> m_roles;           // composite roles still to open
    QHash<QString, QString> m_source; // role id -> the chosen realm role it was reached from
    QStringList m_groupPaths;         // groups (and parent groups) still to read
    QSet<QString> m_seen;             // role ids and group paths already queued
    QMap<QString, QString> m_granted; // realm-management role -> what confers it (the first source found)
    QString m_neededReadRole;
    std::function<void(const Result<QStringList>&)> m_done;
};

} // namespace custos
