#include "core/tenants/PlatformOperation.h"

#include "core/audit/ActionRecord.h"
#include "core/audit/AuditTrail.h"
#include "core/common/Logging.h"

#include <QUuid>

namespace custos {

PlatformOperation::PlatformOperation(const QString& action, const PlatformServices& services, const Operator& actor,
                                     QObject* parent)
    : QObject(parent)
    , m_action(action)
    , m_services(services)
    , m_actor(actor)
    , m_correlationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void PlatformOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    qCInfo(lcPlatform) << "operation" << m_action << "correlation" << m_correlationId;
    run();
}

void PlatformOperation::setTarget(const QString& type, const QString& id, const QString& name)
{
    m_targetType = type;
    m_targetId = id;
    m_targetName = name;
}

Error PlatformOperation::cancelledError() const
{
    return Error{
        Error::Kind::Cancelled, tr("The operation was cancelled"), tr("you stopped it before the next step"), {}, 0};
}

void PlatformOperation::succeed(const QString& summary)
{
    PlatformOutcome outcome;
    outcome.succeeded = true;
    outcome.summary = summary;
    complete(std::move(outcome));
}

void PlatformOperation::fail(const Error& error)
{
    PlatformOutcome outcome;
    outcome.error = error;
    outcome.summary = error.userMessage();
    complete(std::move(outcome));
}

void PlatformOperation::refuse(const Error& error)
{
    PlatformOutcome outcome;
    outcome.error = error;
    outcome.summary = error.userMessage();
    outcome.refused = true;
    complete(std::move(outcome));
}

void PlatformOperation::recordIntent(const QStringList& plannedSteps, std::function<void()> next)
{
    emit progress(tr("Recording what is about to be done in the audit ledger"));
    m_services.audit->recordIntent(actionRecord(), plannedSteps, this,
                                   [this, next = std::move(next)](const Result<qint64>& seq) {
                                       if (!seq.ok())
                                           return refuse(seq.error());
                                       m_intentSeq = seq.value();
                                       next();
                                   });
}

ActionRecord PlatformOperation::actionRecord() const
{
    return ActionRecord{m_action,     m_correlationId, m_actor.id,   m_actor.username, m_targetType, m_targetId,
                        m_targetName, m_tenant,        std::nullopt, m_details,        m_intentSeq,  m_justification};
}

void PlatformOperation::complete(PlatformOutcome outcome)
{
    if (m_finished)
        return;
    outcome.action = m_action;
    outcome.targetType = m_targetType;
    outcome.targetId = m_targetId;
    outcome.targetName = m_targetName;
    outcome.tenant = m_tenant;
    outcome.correlationId = m_correlationId;
    m_details.insert(QStringLiteral("correlation_id"), m_correlationId);
    if (outcome.refused)
        m_details.insert(QStringLiteral("refused"), true);

    ActionRecord record = actionRecord();
    if (!outcome.succeeded)
        record.error = outcome.error;
    const QJsonObject entry = record.toEntry();
    outcome.details = entry.value(QStringLiteral("details")).toObject();
    m_services.audit->record(entry, this, [this, outcome = std::move(outcome)](const Status& recorded) mutable {
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
