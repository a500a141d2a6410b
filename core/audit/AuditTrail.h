#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace custos {

struct ActionRecord;

// Where Custos writes what it did: an intent before an action's first change, its outcome after (see
// docs/ledger-records.md), each durable before the action goes on or is reported done.
// An entry is a ledger entry (see LedgerRecord::fromEntry): action, actor, target, outcome, error, details…
class AuditTrail : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // `done` runs once the record is durable (committed with synchronous=FULL), with the seq it got in the ledger
    // (-1: an entry with its source and source_id was already recorded), or with the reason it is not.
    virtual void recordWithSeq(const QJsonObject& entry, QObject* context,
                               std::function<void(const Result<qint64>&)> done) = 0;
    // The same for callers that need no seq.
    void record(const QJsonObject& entry, QObject* context, std::function<void(const Status&)> done);
    // Write-ahead: records that `planned` is about to run `steps` (plain words) and calls `done` with the intent's
    // seq once it is durable. When the ledger cannot take it, `done` gets the refusal to report instead (nothing
    // was changed; why; what to do), and the caller must not touch any server.
    void recordIntent(const ActionRecord& planned, const QStringList& steps, QObject* context,
                      std::function<void(const Result<qint64>&)> done);
};

} // namespace custos
