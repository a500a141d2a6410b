#pragma once

#include "core/actions/Actions.h"
#include "core/actions/StepRunner.h"
#include "core/audit/Justification.h"
#include "core/common/Result.h"
#include "core/users/Operator.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

namespace custos {

struct ActionRecord;
class AuditTrail;

// What an operation acts on, as its ledger record names it.
struct OperationTarget
{
    QString type; // user, tenant, platform-certificate, realm-key-provider…
    QString id;
    QString name;
};

// What an operation reports, after its ledger record is durable.
struct OperationOutcome
{
    QString action; // the ledger's action name: USER_OFFBOARDED, TENANT_CREATE…
    OperationTarget target;
    QString tenant; // the tenant's slug, empty for users and realm-wide objects
    bool succeeded = false;
    bool refused = false; // stopped before anything changed (a guard, a local check, the ledger)
    Error error;          // when !succeeded
    QString summary;      // plain words: "bob is disabled; 2 sessions were ended"
    QJsonObject details;  // what the outcome record carries: before/after, counts, the steps and their states
    QList<StepRecord> steps;
    QString correlationId;
};

// One audited administrative action, run asynchronously: reads and guards (refusals), then a list of steps
// {label, apply, undo}. runSteps() writes the intent (the steps' labels, the operator's justification) and waits
// until it is durable before the first step; the StepRunner applies the steps, undoing the applied ones when a
// later one fails or the operator cancels; then the outcome record (success, failure or refusal alike, linked to
// the intent by intent_seq, with each step's state) is written, then finished(). The outcome is never reported
// before its record is durable; if the ledger cannot write it, the outcome says so.
class AuditedOperation : public QObject
{
    Q_OBJECT
public:
    AuditedOperation(const QString& action, AuditTrail* audit, const Operator& actor, QObject* parent = nullptr);

    [[nodiscard]] QString auditAction() const { return m_action; }
    [[nodiscard]] QString correlationId() const { return m_correlationId; }
    [[nodiscard]] bool isRunning() const { return m_started && !m_finished; }

    // Why the operator is doing this; the intent record keeps it. Set before start().
    void setJustification(const Justification& justification) { m_justification = justification; }

    // Starts once; finished() follows exactly once.
    void start();
    // Stops before the next step and undoes the applied ones. A call already sent is never aborted: the server may
    // have applied it, and the ledger must say what happened, so it completes and is recorded.
    void cancel();

signals:
    void progress(const QString& step);
    void finished(const custos::OperationOutcome& outcome);

protected:
    // Runs before run(): checks every operation of a kind shares (roles, resolving the target). Calls `next`, or
    // ends the operation with refuse() or fail().
    virtual void prepare(std::function<void()> next) { next(); }
    // The reads and guards, then runSteps(); or refuse()/fail().
    virtual void run() = 0;

    // Write-ahead, then the steps: records the intent to run `steps` and, once it is durable, runs them. When they
    // all applied, calls `applied` (which ends with succeed(), after any reads that confirm the result); otherwise
    // fails with the step's error, saying what was undone and what is left to do by hand. When the ledger cannot
    // take the intent, refuses: no server is touched.
    void runSteps(QList<Step> steps, std::function<void()> applied);

    // The step-up operations ask when the operator must authenticate again; unset, an operation behind step-up runs
    // only if the operator authenticated recently and strongly enough.
    void setStepUp(OperationStepUp stepUp) { m_stepUp = std::move(stepUp); }
    // Calls `next` once the operator meets `policy` (recent enough, at the acr their profile requires), asking
    // through the step-up (for `reason`) when they do not; otherwise refuses, naming `actionName`. The record notes
    // the authentication the change ran under.
    void requireRecentAuthentication(const StepUpPolicy& policy, const QString& actionName, const QString& reason,
                                     std::function<void()> next);

    void succeed(const QString& summary);
    void fail(const Error& error);
    void refuse(const Error& error);
    [[nodiscard]] bool stopRequested() const { return m_cancelled; }
    // Adds to the ledger record's details.
    void note(const QString& key, const QJsonValue& value) { m_details.insert(key, value); }
    void setTarget(const QString& type, const QString& id, const QString& name) { m_target = {type, id, name}; }
    void setTargetId(const QString& id) { m_target.id = id; }
    void setTenant(const QString& slug) { m_tenant = slug; }

    [[nodiscard]] const OperationTarget& target() const { return m_target; }
    [[nodiscard]] const Operator& actor() const { return m_actor; }
    [[nodiscard]] Operator& actor() { return m_actor; }
    [[nodiscard]] AuditTrail* audit() const { return m_audit; }

private:
    // The record of this operation as it stands, without the outcome's error.
    [[nodiscard]] ActionRecord actionRecord() const;
    void complete(OperationOutcome outcome);

    QString m_action;
    AuditTrail* m_audit;
    Operator m_actor;
    OperationTarget m_target;
    QString m_tenant;
    QString m_correlationId;
    QJsonObject m_details;
    std::optional<qint64> m_intentSeq;
    Justification m_justification;
    OperationStepUp m_stepUp;
    std::optional<StepRunner> m_runner;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace custos

Q_DECLARE_METATYPE(custos::OperationOutcome)
