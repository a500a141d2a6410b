#pragma once

#include "core/ledger/ChunkedProver.h"
#include "core/ledger/ExportIndex.h"
#include "core/ledger/LedgerReader.h"

#include <QFile>
#include <memory>

namespace custos {

// Reads an indexed export file lazily: a record is read from disk when it is asked for. Filtering scans the
// records in blocks, so it belongs on a worker thread; the index is shared, read-only, between threads.
class ExportReader final : public LedgerReader
{
public:
    [[nodiscard]] static Result<std::unique_ptr<ExportReader>> open(std::shared_ptr<const ExportIndex> index);

    [[nodiscard]] Result<QList<AuditEntry>> read(const QList<qint64>& positions) override;
    [[nodiscard]] Result<Page> scan(const AuditFilter& filter, qint64 after, int limit,
                                    const Cancelled& cancelled) override;
    [[nodiscard]] Result<QList<QByteArray>> inclusionProof(qint64 position, qint64 seq, qint64 treeSize,
                                                           const Cancelled& cancelled) override;
    [[nodiscard]] QByteArray checkpointNote() const override { return m_index->checkpointNote; }
    [[nodiscard]] bool isPartial() const override { return m_index->filtered; }

private:
    explicit ExportReader(std::shared_ptr<const ExportIndex> index);
    // Lines [from, to) of those `offsets` describes, without their newlines.
    [[nodiscard]] Result<QList<QByteArray>> lines(const std::vector<qint64>& offsets, qint64 from, qint64 to);

    std::shared_ptr<const ExportIndex> m_index;
    QFile m_file;
    ChunkedProver m_prover;
};

} // namespace custos
