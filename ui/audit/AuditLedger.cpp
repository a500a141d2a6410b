#include "ui/audit/AuditLedger.h"

#include "core/ledger/DatabaseReader.h"
#include "core/ledger/ExportReader.h"
#include "core/ledger/LedgerVerifier.h"
#include "ui/audit/AuditWorker.h"
#include "ui/audit/WorkerThread.h"

namespace custos {

AuditLedger::AuditLedger(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_database(LedgerVerifier::isDatabase(path))
    , m_control(std::make_shared<AuditControl>())
{
    auto* worker = m_worker = new AuditWorker(m_control);
    connect(worker, &AuditWorker::progress, this, &AuditLedger::progress);
    connect(worker, &AuditWorker::opened, this, &AuditLedger::onWorkerOpened);
    connect(worker, &AuditWorker::openFailed, this, &AuditLedger::failed);
    connect(worker, &AuditWorker::fetched, this, &AuditLedger::fetched);
    connect(worker, &AuditWorker::proved, this, &AuditLedger::proved);
    m_thread = std::make_unique<WorkerThread>(worker, QStringLiteral("custos-audit"));
    m_thread->post([worker, path, database = m_database] { worker->open(path, database); });
}

AuditLedger::~AuditLedger()
{
    m_control->stop = true; // the worker's current job ends at its next check; the thread is joined below
}

void AuditLedger::onWorkerOpened(const std::shared_ptr<const ExportIndex>& index)
{
    std::unique_ptr<LedgerReader> reader;
    if (index) {
        auto opened = ExportReader::open(index);
        if (!opened) {
            emit failed(opened.error().userMessage());
            return;
        }
        reader = std::move(opened).value();
    } else {
        auto opened = DatabaseReader::open(m_path);
        if (!opened) {
            emit failed(opened.error().userMessage());
            return;
        }
        reader = std::move(opened).value();
    }
    m_reader = std::move(reader);
    emit opened();
}

void AuditLedger::cancelOpening()
{
    m_control->stop = true;
}

quint64 AuditLedger::fetch(const AuditFilter& filter, qint64 after, int limit)
{
    const quint64 job = ++m_control->fetch;
    m_thread->post([worker = m_worker, job, filter, after, limit] { worker->fetch(job, filter, after, limit); });
    return job;
}

void AuditLedger::cancelFetch()
{
    ++m_control->fetch;
}

quint64 AuditLedger::prove(qint64 position, qint64 seq, qint64 treeSize)
{
    const quint64 job = ++m_control->proof;
    m_thread->post([worker = m_worker, job, position, seq, treeSize] { worker->prove(job, position, seq, treeSize); });
    return job;
}

} // namespace custos
