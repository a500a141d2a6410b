#pragma once

#include "core/audit/Justification.h"
#include "core/common/Result.h"
#include "core/users/Operator.h"

#include <QObject>
#include <QPointer>

namespace custos {

struct ActionRecord;

class LedgerAuditTrail;

// Erasing one person's personal data from the window's ledger, recorded like any other action
// (docs/ledger-records.md): the intent (who asks, why, the plan; the person is not named in it) is durable first;
// then LedgerStore::erase deletes their openings and appends PERSONAL_DATA_ERASED, which is the action's outcome
// (its correlation id, intent_seq). The erasure is local and atomic, so no step is left half done; when it fails
// after the intent, a FAILURE outcome is recorded instead. Step-up and the operator's rights are checked before
// it is started (ActionId::LedgerErasePersonalData).
class PersonalDataErasure : public QObject
{
    Q_OBJECT
public:
    PersonalDataErasure(LedgerAuditTrail* ledger, const Operator& actor, const QString& subject,
                        const Justification& justification, QObject* parent = nullptr);

    [[nodiscard]] QString correlationId() const { return m_correlationId; }
    // After a successful finished(): why the ledger file could not be rebuilt afterwards, empty when it was
    // (LedgerStore::Erasure::notRebuilt).
    [[nodiscard]] QString notRebuilt() const { return m_notRebuilt; }

    // Starts once; finished() follows exactly once, after the outcome is durable.
    void start();

signals:
    void progress(const QString& step);
    // The number of fields erased, or why nothing was (the refusal or failure, as recorded).
    void finished(const custos::Result<qint64>& fieldsErased);

private:
    // This erasure's intent or outcome as far as both share it: the action, who, the ledger as the target.
    [[nodiscard]] ActionRecord record() const;
    // Records the failure after the intent `intentSeq` (or, without an intent, nothing more), then reports it.
    void fail(const Error& error, qint64 intentSeq);

    QPointer<LedgerAuditTrail> m_ledger;
    Operator m_actor;
    QString m_subject;
    Justification m_justification;
    QString m_correlationId;
    QString m_notRebuilt;
    bool m_started = false;
};

} // namespace custos
