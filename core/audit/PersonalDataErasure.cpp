#include "core/audit/PersonalDataErasure.h"

#include "core/audit/ActionRecord.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/common/Logging.h"

#include <QFileInfo>
#include <QUuid>

namespace custos {

namespace {
const QString erasedAction = QStringLiteral("PERSONAL_DATA_ERASED");
} // namespace

PersonalDataErasure::PersonalDataErasure(LedgerAuditTrail* ledger, const Operator& actor, const QString& subject,
                                         const Justification& justification, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_actor(actor)
    , m_subject(subject.trimmed())
    , m_justification(justification)
    , m_correlationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void PersonalDataErasure::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_ledger)
        return fail(Error::io(tr("Nothing was erased"), tr("the audit ledger is not open"),
                              tr("Sign in again so the ledger can be opened")),
                    -1);
    // The intent names the ledger, not the person: a record that named them would keep what is being erased.
    ActionRecord planned = record();
    planned.justification = m_justification;
    const QStringList steps{tr("Delete for good the openings of one person's personal data, then rebuild the "
                               "ledger file"),
                            tr("Record PERSONAL_DATA_ERASED with the number of fields erased")};
    emit progress(tr("Recording the intent…"));
    m_ledger->recordIntent(planned, steps, this, [this](const Result<qint64>& intent) {
        if (!intent.ok())
            return fail(intent.error(), -1);
        emit progress(tr("Erasing and rebuilding the ledger file…"));
        m_ledger->erase(m_subject, m_justification.reason, m_actor.id, m_actor.username,
                        LedgerStore::ErasureAction{m_correlationId, intent.value()}, this,
                        [this, intentSeq = intent.value()](const Result<LedgerAuditTrail::Erased>& erased) {
                            if (!erased.ok())
                                return fail(erased.error(), intentSeq);
                            m_notRebuilt = erased->erasure.notRebuilt;
                            emit finished(erased->erasure.fieldsErased);
                        });
    });
}

ActionRecord PersonalDataErasure::record() const
{
    ActionRecord record;
    record.action = erasedAction;
    record.correlationId = m_correlationId;
    record.actorId = m_actor.id;
    record.actorUsername = m_actor.username;
    record.targetType = QStringLiteral("ledger");
    record.targetId = m_ledger->path();
    record.targetName = QFileInfo(m_ledger->path()).fileName();
    return record;
}

void PersonalDataErasure::fail(const Error& error, qint64 intentSeq)
{
    if (intentSeq < 0 || !m_ledger)
        return emit finished(error);
    ActionRecord outcome = record();
    outcome.error = error;
    outcome.intentSeq = intentSeq;
    // The erasure is one transaction: when it fails, nothing was erased.
    outcome.details =
        QJsonObject{{QStringLiteral("correlation_id"), m_correlationId}, {QStringLiteral("fields_erased"), 0}};
    m_ledger->record(outcome.toEntry(), this, [this, error](const Status& recorded) {
        if (!recorded.ok())
            return emit finished(unrecordedError(recorded.error(), false, tr("Nothing was erased")));
        emit finished(error);
    });
}

} // namespace custos
