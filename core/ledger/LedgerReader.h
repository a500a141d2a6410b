#pragma once

#include "core/common/Result.h"
#include "core/ledger/AuditEntry.h"
#include "core/ledger/AuditFilter.h"
#include "core/ledger/Checkpoint.h"

#include <QByteArray>
#include <QList>
#include <functional>
#include <optional>

namespace custos {

// Random access to one opened ledger, a database or an export, for the audit views. A reader belongs to one
// thread: the model reads visible rows on the UI thread with its own reader while a worker scans with another.
class LedgerReader
{
public:
    using Cancelled = std::function<bool()>;
    struct Page
    {
        QList<qint64> positions;
        bool exhausted = false; // no record after the last position passes the filter
    };

    LedgerReader() = default;
    virtual ~LedgerReader();
    LedgerReader(const LedgerReader&) = delete;
    LedgerReader& operator=(const LedgerReader&) = delete;

    // The entries at `positions` (ascending); a position that holds no record is left out.
    [[nodiscard]] virtual Result<QList<AuditEntry>> read(const QList<qint64>& positions) = 0;
    // Up to `limit` positions after `after` whose records pass `filter`, in order. Stops early when cancelled.
    [[nodiscard]] virtual Result<Page> scan(const AuditFilter& filter, qint64 after, int limit,
                                            const Cancelled& cancelled) = 0;
    // The audit path of the record at `position`, whose seq is `seq`, in the tree of the first `treeSize` records.
    [[nodiscard]] virtual Result<QList<QByteArray>> inclusionProof(qint64 position, qint64 seq, qint64 treeSize,
                                                                   const Cancelled& cancelled) = 0;
    // The latest signed checkpoint note, byte for byte; empty when the ledger has none.
    [[nodiscard]] virtual QByteArray checkpointNote() const = 0;
    // The checkpoint a signed note carries, its signature not checked (the verifier does that).
    [[nodiscard]] static std::optional<Checkpoint> checkpointIn(const QByteArray& note);
    // An export made with a filter holds a subset of the records: positions are not seqs there.
    [[nodiscard]] virtual bool isPartial() const = 0;
};

} // namespace custos
