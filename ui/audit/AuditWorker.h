#pragma once

#include "core/ledger/AuditFilter.h"
#include "core/ledger/ExportIndex.h"
#include "core/ledger/LedgerReader.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <atomic>
#include <memory>

namespace custos {

// What the UI thread changes to call off the worker's current job: a job compares its own number with the
// latest one, so asking for something new cancels what nobody waits for any more.
struct AuditControl
{
    std::atomic<quint64> fetch{0};
    std::atomic<quint64> proof{0};
    std::atomic<bool> stop{false}; // opening cancelled, or the ledger closed
};

// The slow half of an opened ledger, on a worker thread: indexing an export, searching with a filter, building
// inclusion proofs. It has a reader of its own; AuditLedger posts the jobs and relays the answers.
class AuditWorker : public QObject
{
    Q_OBJECT
public:
    explicit AuditWorker(std::shared_ptr<AuditControl> control);
    ~AuditWorker() override;

    void open(const QString& path, bool database);
    void fetch(quint64 job, const AuditFilter& filter, qint64 after, int limit);
    void prove(quint64 job, qint64 position, qint64 seq, qint64 treeSize);

signals:
    void progress(qint64 done, qint64 total);
    // `index` is null for a database.
    void opened(std::shared_ptr<const custos::ExportIndex> index);
    void openFailed(const QString& message);
    void fetched(quint64 job, const QList<qint64>& positions, bool exhausted, const QString& error);
    void proved(quint64 job, const QList<QByteArray>& hashes, const QString& error);

private:
    std::shared_ptr<AuditControl> m_control;
    std::unique_ptr<LedgerReader> m_reader;
};

} // namespace custos
