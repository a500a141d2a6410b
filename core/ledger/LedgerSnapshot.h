#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace custos {

// A private, read-only copy of a ledger file, so that what is verified, shown and printed are the same bytes:
// the file the auditor picked may be replaced while it is open (issue 16), its copy cannot. The copy lives in a
// directory only this account may enter and goes with the snapshot.
class LedgerSnapshot
{
public:
    // Copies `path` (an export, or a database with what its write-ahead log holds) into a new private directory.
    // Slow for a large file: call it off the UI thread.
    [[nodiscard]] static Result<std::shared_ptr<const LedgerSnapshot>> take(const QString& path);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString sourcePath() const { return m_source; }

private:
    LedgerSnapshot() = default;

    QTemporaryDir m_dir;
    QString m_path;
    QString m_source;
};

} // namespace custos
