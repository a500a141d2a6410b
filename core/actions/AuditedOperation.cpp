#include "core/actions/AuditedOperation.h"

#include "core/audit/ActionRecord.h"
#include "core/audit/AuditTrail.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"

#include <QUuid>

namespace custos {

AuditedOperation::AuditedOperation(const QString& action, AuditTrail* audit, const Operator& actor, QObject* parent)
    : QObject(parent)
    , m_action(action)
    , m_audit(audit)
    , m_actor(actor)
    , m_correlationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void AuditedOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    qCInfo(lcLedger) << "operation" << m_action << "on" << m_target.name << "correlation" << m_correlationId;
    prepare([this] { run(); });
}

void AuditedOperation::cancel()
{
    m_cancelled = true;
    if (m_runner)
        m_runner->cancel();
}

void AuditedOperation::runSteps(QList<Step> steps, std::function<void()> applied)
{
    m_runner.emplace(std::move(steps));
    if (m_cancelled)
        m_runner->cancel();
    emit progress(tr("Recording what is about to be done in the audit ledger"));
    m_audit->recordIntent(
        actionRecord(), m_runner->labels(), this, [this, applied = std::move(applied)](const Result<qint64>& seq) {
            if (!seq.ok()) {
                m_runner.reset(); // nothing ran: the outcome lists no steps
                return refuse(seq.error());
            }
            m_intentSeq = seq.value();
            m_runner->run([this](const QString& label,
                                 bool undoing) { emit progress(undoing ? tr("Undoing: %1").arg(label) : label); },
                          [this, applied](const std::optional<Error>& error) {
                              if (error)
                                  return fail(*error);
                              applied();
                          });
        });
}

void AuditedOperation::requireRecentAuthentication(const StepUpPolicy& policy, const QString& actionName,
                                                   const QString& reason, std::function<void()> next)
{
    const auto noteAuthentication = [this] {
        note(QStringLiteral("operator_acr"), m_actor.acr);
        note(QStringLiteral("operator_auth_time"), m_actor.authTime.toString(Qt::ISODate));
    };
    if (policy.satisfiedBy(m_actor, Clock::now())) {
        noteAuthentication();
        return next();
    }
    if (!m_stepUp)
        return refuse(policy.unmet(m_actor, Clock::now(), actionName));
    emit progress(tr("Confirming it is you: sign in again in your browser if it asks…"));
    m_stepUp(
        reason, this,
        [this, policy, actionName, noteAuthentication, next = std::move(next)](const Result<Operator>& authenticated) {
            if (!authenticated.ok())
                return refuse(authenticated.error());
            m_actor.authTime = authenticated->authTime;
            m_actor.acr = authenticated->acr;
            note(QStringLiteral("stepped_up"), true);
            noteAuthentication();
            // The step-up's answer is checked like any sign-in: recent, and at the level the profile asks for.
            if (!policy.satisfiedBy(m_actor, Clock::now()))
                return refuse(policy.unmet(m_actor, Clock::now(), actionName));
            next();
        });
}

void AuditedOperation::succeed(const QString& summary)
{
    OperationOutcome outcome;
    outcome.succeeded = true;
    outcome.summary = summary;
    complete(std::move(outcome));
}

void AuditedOperation::fail(const Error& error)
{
    OperationOutcome outcome;
    outcome.error = error;
    outcome.summary = error.userMessage();
    complete(std::move(outcome));
}

void AuditedOperation::refuse(const Error& error)
{
    OperationOutcome outcome;
    outcome.error = error;
    outcome.summary = error.userMessage();
    outcome.refused = true;
    complete(std::move(outcome));
}

ActionRecord AuditedOperation::actionRecord() const
{
    return ActionRecord{m_action,      m_correlationId, m_actor.id,   m_actor.username, m_target.type, m_target.id,
                        m_target.name, m_tenant,        std::nullopt, m_details,        m_intentSeq,   m_justification};
}

void AuditedOperation::complete(OperationOutcome outcome)
{
    if (m_finished)
        return;
    outcome.action = m_action;
    outcome.target = m_target;
    outcome.tenant = m_tenant;
    outcome.correlationId = m_correlationId;
    m_details.insert(QStringLiteral("correlation_id"), m_correlationId);
    if (outcome.refused)
        m_details.insert(QStringLiteral("refused"), true);
    if (m_runner) {
        m_details.insert(QStringLiteral("steps"), m_runner->toJson());
        outcome.steps = m_runner->records();
    }

    ActionRecord record = actionRecord();
    if (!outcome.succeeded)
        record.error = outcome.error;
    const QJsonObject entry = record.toEntry();
    outcome.details = entry.value(QStringLiteral("details")).toObject();
    m_audit->record(entry, this, [this, outcome = std::move(outcome)](const Status& recorded) mutable {
        if (!recorded.ok()) {
            qCWarning(lcLedger) << "operation" << m_correlationId << "could not be recorded:" << recorded.error().why;
            outcome.error = outcome.refused ? unrecordedRefusal(outcome.error, recorded.error())
                                            : unrecordedError(recorded.error(), outcome.succeeded, outcome.summary);
            outcome.succeeded = false;
        }
        m_finished = true;
        emit finished(outcome);
    });
}

} // namespace custos
