#pragma once

#include "core/ledger/AuditFilter.h"
#include "core/ledger/ExportIndex.h"
#include "core/ledger/LedgerReader.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <memory>

namespace custos {

struct AuditControl;
class AuditWorker;
class WorkerThread;

// One ledger opened for viewing, a database or an export, seen from the UI thread. Reading the rows on screen
// is quick and happens here (reader()); whatever may take long — indexing an export, a filtered search, an
// inclusion proof — runs on a worker thread and is answered by a signal. Asking again cancels the previous job.
class AuditLedger : public QObject
{
    Q_OBJECT
public:
    // Starts opening `path` at once; opened() or failed() follows.
    explicit AuditLedger(const QString& path, QObject* parent = nullptr);
    ~AuditLedger() override;

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] bool isDatabase() const { return m_database; }
    [[nodiscard]] bool isOpen() const { return m_reader != nullptr; }
    // Valid once opened.
    [[nodiscard]] LedgerReader* reader() const { return m_reader.get(); }

    // Stops opening an export that is still being indexed; failed() follows.
    void cancelOpening();
    // Positions after `after` that pass `filter`, at most `limit`; answered by fetched() with the returned number.
    quint64 fetch(const AuditFilter& filter, qint64 after, int limit);
    void cancelFetch();
    // The record's audit path in the tree of `treeSize` records; answered by proved() with the returned number.
    quint64 prove(qint64 position, qint64 seq, qint64 treeSize);

signals:
    void progress(qint64 done, qint64 total);
    void opened();
    void failed(const QString& message);
    void fetched(quint64 job, const QList<qint64>& positions, bool exhausted, const QString& error);
    void proved(quint64 job, const QList<QByteArray>& hashes, const QString& error);

private:
    void onWorkerOpened(const std::shared_ptr<const ExportIndex>& index);

    QString m_path;
    bool m_database;
    std::shared_ptr<AuditControl> m_control;
    std::unique_ptr<LedgerReader> m_reader;
    AuditWorker* m_worker; // lives on m_thread: only ever touched through m_thread->post()
    std::unique_ptr<WorkerThread> m_thread;
};

} // namespace custos
