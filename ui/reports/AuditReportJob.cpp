#include "ui/reports/AuditReportJob.h"

#include <QThread>

namespace custos {

AuditReportJob::AuditReportJob(AuditReportRequest request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

AuditReportJob::~AuditReportJob()
{
    cancel();
    // The thread posts its signals to this object: once it has stopped, destroying the object drops any still
    // queued, so none arrives afterwards.
    if (m_thread)
        m_thread->wait();
}

void AuditReportJob::start()
{
    if (m_thread)
        return;
    m_running = true;
    // Runs on the report's thread; both signals are posted to this object's thread.
    const auto forwardProgress = [this](const QString& step, qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, step, done, total] { emit progress(step, done, total); }, Qt::QueuedConnection);
    };
    m_thread.reset(QThread::create([this, request = m_request, forwardProgress] {
        auto written = AuditReport::write(request, m_cancelled, forwardProgress);
        AuditReportOutcome outcome;
        if (written)
            outcome.summary = written.value();
        else
            outcome.error = written.error();
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                m_running = false;
                emit finished(outcome);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("custos-report"));
    m_thread->start(QThread::LowPriority);
}

void AuditReportJob::cancel()
{
    m_cancelled = true;
}

} // namespace custos
