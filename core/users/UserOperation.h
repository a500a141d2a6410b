#pragma once

#include "core/audit/Justification.h"
#include "core/common/Result.h"
#include "core/users/Operator.h"
#include "core/users/UserAction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace custos {

struct ActionRecord;
class AuditTrail;
struct ClientRef;
struct GroupRef;
struct RoleRef;
class UserAccessApi;
class UserSecurityApi;
class UsersApi;

// Asks the operator to authenticate again (step-up) before a sensitive change: `done` runs once, on `context`,
// with the operator as they are now authenticated (authTime, acr), or with why they did not.
using OperationStepUp =
    std::function<void(const QString& reason, QObject* context, std::function<void(const Result<Operator>&)> done)>;

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

struct OperationOutcome
{
    UserAction action = UserAction::Offboard;
    UserRef target;
    bool succeeded = false;
    Error error;         // when !succeeded
    QString summary;     // plain words: "bob is disabled; 2 sessions were ended"
    QJsonObject details; // what the ledger record carries: before/after, counts, steps
    QString correlationId;
    // The operation did not reach Keycloak at all: refused by a guard (self, missing role, no step-up).
    bool refused = false;
};

// One administrative operation on one user, run asynchronously: reads and guards, the intent record
// (recordIntent) before the first change, the steps against Keycloak, then the outcome record (success, failure or
// refusal alike), then finished(). The outcome is never reported before the record is durable; if the ledger
// cannot write it, the outcome says so.
class UserOperation : public QObject
{
    Q_OBJECT
public:
    UserOperation(UserAction action, const UserServices& services, const Operator& actor, const UserRef& target,
                  QObject* parent = nullptr);

    [[nodiscard]] UserAction action() const { return m_action; }
    [[nodiscard]] const UserRef& target() const { return m_target; }
    [[nodiscard]] QString correlationId() const { return m_correlationId; }
    [[nodiscard]] bool isRunning() const { return m_started && !m_finished; }

    // Why the operator is doing this; the intent record keeps it. Set before start().
    void setJustification(const Justification& justification) { m_justification = justification; }

    // Starts once; finished() follows exactly once.
    void start();
    // Stops before the next step. A call already sent is never aborted: Keycloak may have applied it, and the
    // ledger must say what happened, so it completes and is recorded.
    void cancel();

signals:
    void progress(const QString& step);
    void finished(const custos::OperationOutcome& outcome);

protected:
    // Runs the steps; ends with succeed() or fail(). The target's id is resolved before run() is called.
    virtual void run() = 0;
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
    // Calls `next` once the operator authenticated as the gate's step-up policy for this action asks (recently
    // enough, and at the acr their profile requires), asking through services().stepUp when they did not, and
    // checking the step-up's answer the same way; otherwise refuses. Run it after the guards, before the first change.
    void requireRecentAuthentication(const QString& reason, std::function<void()> next);
    // Write-ahead: calls `next` once the ledger holds the intent to run `plannedSteps` (plain words). Call it
    // after the guards and step-up, before the first call that changes anything. When the ledger cannot take it,
    // refuses: no server is touched.
    void recordIntent(const QStringList& plannedSteps, std::function<void()> next);

    void succeed(const QString& summary);
    void fail(const Error& error);
    void refuse(const Error& error);
    // Whether the operator asked to stop; a step checks it before sending the next call (and then fails Cancelled).
    [[nodiscard]] bool stopRequested() const { return m_cancelled; }
    // Adds to the ledger record's details.
    void note(const QString& key, const QJsonValue& value) { m_details.insert(key, value); }
    void setTargetId(const QString& id) { m_target.id = id; }

    const UserServices& services() const { return m_services; }
    const Operator& actor() const { return m_actor; }

private:
    void resolveTarget();
    // Calls `found` with the realm-management client, or refuses: a guard that cannot see it cannot run.
    void findRealmManagement(const QString& subject, std::function<void(const ClientRef&)> found);
    // Which of `roles` the operator does not hold.
    [[nodiscard]] QStringList notHeld(const QStringList& roles) const;
    // What a guard refuses with when reading `subject` failed: a missing read role is named; a check that could
    // not run (network, server) is reported as such.
    [[nodiscard]] Error checkFailed(const QString& subject, const Error& cause, const QString& neededReadRole) const;
    [[nodiscard]] Error cannotCheck(const QString& subject, const QString& missingRole) const;
    // The record of this operation as it stands, without the outcome's error.
    [[nodiscard]] ActionRecord actionRecord() const;
    void complete(OperationOutcome outcome);

    UserAction m_action;
    UserServices m_services;
    Operator m_actor;
    UserRef m_target;
    QString m_correlationId;
    QJsonObject m_details;
    std::optional<qint64> m_intentSeq;
    Justification m_justification;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace custos

Q_DECLARE_METATYPE(custos::OperationOutcome)
