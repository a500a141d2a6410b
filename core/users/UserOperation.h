#pragma once

#include "core/actions/AuditedOperation.h"
#include "core/users/Operator.h"
#include "core/users/UserAction.h"

#include <QDateTime>
#include <functional>

namespace custos {

class AuditTrail;
struct ClientRef;
struct GroupRef;
struct RoleRef;
class UserAccessApi;
class UserSecurityApi;
class UsersApi;

// The Keycloak calls, the audit trail and the step-up an operation works with.
struct UserServices
{
    UsersApi* users = nullptr;
    UserAccessApi* access = nullptr;
    UserSecurityApi* security = nullptr;
    AuditTrail* audit = nullptr;
    // Unset: an operation behind step-up runs only if the operator authenticated recently and strongly enough.
    OperationStepUp stepUp = {};
};

// Which user an operation targets. A bulk CSV names users by username only; the operation looks up the id.
struct UserRef
{
    QString id;
    QString username;
};

// An audited operation on one Keycloak user: the user's services, resolving a username to an id, and the guards
// every user action shares (not yourself, no account or grant above the operator's roles, step-up). Fails closed.
class UserOperation : public AuditedOperation
{
    Q_OBJECT
public:
    UserOperation(UserAction action, const UserServices& services, const Operator& actor, const UserRef& target,
                  QObject* parent = nullptr);

    [[nodiscard]] UserAction action() const { return m_action; }

protected:
    // Refuses without manage-users, then resolves the target's id from its username where the target exists.
    void prepare(std::function<void()> next) override;
    // Whether the target already exists (so a username alone is resolved to an id before run()).
    [[nodiscard]] virtual bool targetExists() const { return true; }
    // Guards for operations on existing accounts: not yourself, and no account holding realm-management roles
    // the operator does not hold (its effective roles: direct, through groups and their parents, through
    // composites). Calls `next` when the operation may proceed. Fails closed: when the operator's account cannot
    // read what the check needs, or the check cannot run, it refuses before anything changes and says which.
    void guardTarget(std::function<void()> next);
    // Guards for changes that grant (joiner, mover): the realm roles and groups given must not carry
    // realm-management roles the operator does not hold (through composites or parent groups). Fails closed.
    void guardGrants(const QList<RoleRef>& roles, const QList<GroupRef>& groups, std::function<void()> next);
    // The step-up the gate's table asks of this action (AuditedOperation::requireRecentAuthentication). Run it
    // after the guards, before runSteps(): the operator re-authenticates only for a change that may run.
    void requireRecentAuthentication(const QString& reason, std::function<void()> next);

    // A step's apply: sets a generated temporary password (to be changed at the next sign-in) and, once Keycloak
    // took it, keeps it in `kept` to be shown once.
    void setTemporaryPassword(QString* kept, const StepDone& done);

    const UserServices& services() const { return m_services; }

private:
    void resolveTarget(std::function<void()> next);
    // Calls `found` with the realm-management client, or refuses: a guard that cannot see it cannot run.
    void findRealmManagement(const QString& subject, std::function<void(const ClientRef&)> found);
    // Which of `roles` the operator does not hold.
    [[nodiscard]] QStringList notHeld(const QStringList& roles) const;
    // What a guard refuses with when reading `subject` failed: a missing read role is named; a check that could
    // not run (network, server) is reported as such.
    [[nodiscard]] Error checkFailed(const QString& subject, const Error& cause, const QString& neededReadRole) const;
    [[nodiscard]] Error cannotCheck(const QString& subject, const QString& missingRole) const;

    UserAction m_action;
    UserServices m_services;
};

} // namespace custos
