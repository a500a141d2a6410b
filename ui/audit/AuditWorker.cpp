#include "ui/audit/AuditWorker.h"

#include "core/ledger/DatabaseReader.h"
#include "core/ledger/ExportReader.h"

namespace custos {

AuditWorker::AuditWorker(std::shared_ptr<AuditControl> control)
    : m_control(std::move(control))
{
}

AuditWorker::~AuditWorker() = default;

void AuditWorker::open(const QString& path, bool database)
{
    if (database) {
        auto reader = DatabaseReader::open(path);
        if (!reader) {
            emit openFailed(reader.error().userMessage());
            return;
        }
        m_reader = std::move(reader).value();
        emit opened(nullptr);
        return;
    }
    auto index = ExportIndex::build(path, [this](qint64 done, qint64 total) {
        emit progress(done, total);
        return !m_control->stop;
    });
    if (!index) {
        emit openFailed(index.error().userMessage());
        return;
    }
    auto shared = std::make_shared<const ExportIndex>(std::move(index).value());
    auto reader = ExportReader::open(shared);
    if (!reader) {
        emit openFailed(reader.error().userMessage());
        return;
    }
    m_reader = std::move(reader).value();
    emit opened(shared);
}

void AuditWorker::fetch(quint64 job, const AuditFilter& filter, qint64 after, int limit)
{
    const auto cancelled = [this, job] { return m_control->stop || m_control->fetch != job; };
    if (cancelled())
        return;
    auto page = m_reader->scan(filter, after, limit, cancelled);
    if (!page && page.error().kind == Error::Kind::Cancelled)
        return;
    if (!page)
        emit fetched(job, {}, true, page.error().userMessage());
    else
        emit fetched(job, page->positions, page->exhausted, {});
}

void AuditWorker::prove(quint64 job, qint64 position, qint64 seq, qint64 treeSize)
{
    const auto cancelled = [this, job] { return m_control->stop || m_control->proof != job; };
    if (cancelled())
        return;
    auto proof = m_reader->inclusionProof(position, seq, treeSize, cancelled);
    if (!proof && proof.error().kind == Error::Kind::Cancelled)
        return;
    emit proved(job, proof ? proof.value() : QList<QByteArray>(), proof ? QString() : proof.error().userMessage());
}

} // namespace custos
