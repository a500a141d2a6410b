#include "core/audit/AuditTrail.h"

#include "core/audit/ActionRecord.h"
#include "core/common/Logging.h"

namespace custos {

void AuditTrail::record(const QJsonObject& entry, QObject* context, std::function<void(const Status&)> done)
{
    recordWithSeq(entry, context, [done = std::move(done)](const Result<qint64>& seq) {
        done(seq.ok() ? success() : Status(seq.error()));
    });
}

void AuditTrail::recordIntent(const ActionRecord& planned, const QStringList& steps, QObject* context,
                              std::function<void(const Result<qint64>&)> done)
{
    recordWithSeq(planned.intentEntry(steps), context,
                  [correlationId = planned.correlationId, done = std::move(done)](const Result<qint64>& seq) {
                      if (seq.ok())
                          return done(seq);
                      qCWarning(lcLedger) << "operation" << correlationId
                                          << "refused: its intent could not be recorded:" << seq.error().why;
                      Error refusal = seq.error();
                      refusal.what = tr("Refused: nothing was changed, because the audit ledger could not record "
                                        "what was about to be done");
                      refusal.why = seq.error().what +
                                    (seq.error().why.isEmpty() ? QString() : QStringLiteral(" — ") + seq.error().why);
                      refusal.action = tr("Make sure no other program holds the audit ledger open for writing and "
                                          "that its disk is not full, then try again");
                      refusal.httpStatus = 0;
                      done(refusal);
                  });
}

} // namespace custos
