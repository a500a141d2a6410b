#pragma once

#include "core/ledger/ChunkedProver.h"
#include "core/ledger/LedgerReader.h"

#include <QSet>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace custos {

class LedgerStore;

// A ledger database opened read-only (never the writer's connection). Records and checkpoints are read through
// a read-only LedgerStore, which knows the schema and refuses a file that is not a ledger of its format. Filters
// and the leaf hashes of the proofs run in SQL of their own, one page or chunk at a time, so a million records are
// never loaded: fields are read with json_extract from the stored bytes, or from a column of the same name when
// the schema has one, and compared with the same case-insensitive rule as exports (AuditFilter::contains,
// registered as custos_contains).
class DatabaseReader final : public LedgerReader
{
public:
    [[nodiscard]] static Result<std::unique_ptr<DatabaseReader>> open(const QString& path);
    ~DatabaseReader() override;

    [[nodiscard]] Result<QList<AuditEntry>> read(const QList<qint64>& positions) override;
    [[nodiscard]] Result<Page> scan(const AuditFilter& filter, qint64 after, int limit,
                                    const Cancelled& cancelled) override;
    [[nodiscard]] Result<QList<QByteArray>> inclusionProof(qint64 position, qint64 seq, qint64 treeSize,
                                                           const Cancelled& cancelled) override;
    // Read anew each time: the ledger may have been appended to and signed again since it was opened.
    [[nodiscard]] QByteArray checkpointNote() const override;
    [[nodiscard]] bool isPartial() const override { return false; }

private:
    DatabaseReader(std::unique_ptr<LedgerStore> store, sqlite3* db, QString path);
    [[nodiscard]] Error sqlError(const QString& what) const;
    [[nodiscard]] Result<sqlite3_stmt*> prepare(const QByteArray& sql) const;
    // Only the hashes: a proof's chunk roots read every leaf once, the records' bytes would be many times more.
    [[nodiscard]] Result<QList<QByteArray>> leafHashes(qint64 from, qint64 to) const;
    // The SQL expression of a top-level record field: its column if the schema has one, else json_extract.
    [[nodiscard]] QByteArray field(const char* name) const;

    std::unique_ptr<LedgerStore> m_store;
    sqlite3* m_db; // for the filters' and the leaf hashes' SQL
    QString m_path;
    QSet<QString> m_columns;
    ChunkedProver m_prover;
};

} // namespace custos
