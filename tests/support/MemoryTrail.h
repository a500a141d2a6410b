#pragma once

#include "core/audit/ActionRecord.h"
#include "core/audit/AuditTrail.h"

#include <QList>
#include <QTimer>

namespace custos::test {

// An audit trail in memory that answers on the event loop, as the ledger's writer thread does; it can refuse
// intents (a ledger locked by another process).
class MemoryTrail : public AuditTrail
{
public:
    using AuditTrail::AuditTrail;

    QList<QJsonObject> entries;
    bool refuseIntents = false;

    void recordWithSeq(const QJsonObject& entry, QObject* context,
                       std::function<void(const Result<qint64>&)> done) override
    {
        if (refuseIntents && ActionRecord::isIntent(entry)) {
            QTimer::singleShot(0, context, [done] {
                done(Error::io(QStringLiteral("The audit ledger is locked"), QStringLiteral("database is locked")));
            });
            return;
        }
        entries.append(entry);
        const qint64 seq = entries.size();
        QTimer::singleShot(0, context, [done, seq] { done(seq); });
    }
};

} // namespace custos::test
