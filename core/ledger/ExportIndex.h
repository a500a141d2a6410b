#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <vector>

namespace custos {

// Where each line of an export file starts, found in one pass so the records can then be read lazily: eight bytes
// a record instead of the record. Also keeps the trailer's checkpoint and key, which are small. The file's format
// is LedgerExport's; nothing here is trusted, the verifier checks it.
struct ExportIndex
{
    QString path;
    QString origin;
    bool filtered = false;
    std::vector<qint64> recordOffsets; // start of each record line, then the end of the last one
    std::vector<qint64> proofOffsets;  // filtered exports: likewise for the proof lines, one per record
    QByteArray checkpointNote;
    QString verifierKey;

    [[nodiscard]] qint64 recordCount() const { return static_cast<qint64>(recordOffsets.size()) - 1; }

    // `progress(done, total)` is called now and then with bytes read; it returns false to cancel.
    [[nodiscard]] static Result<ExportIndex> build(const QString& path,
                                                   const std::function<bool(qint64, qint64)>& progress);
};

} // namespace custos
