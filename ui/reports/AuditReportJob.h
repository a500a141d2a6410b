#pragma once

#include "core/common/Error.h"
#include "ui/reports/AuditReport.h"

#include <QMetaType>
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace custos {

struct AuditReportOutcome
{
    std::optional<Error> error; // Error::Kind::Cancelled after cancel()
    AuditReportSummary summary; // when there is no error

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

// Writes one audit report (AuditReport::write) on a thread of its own, so that verifying and laying out a large
// ledger never stalls the window. start() once; progress() while it runs; finished() exactly once, on the job's
// thread. Deleting the job cancels the report and waits for its thread, and no signal follows: a closed view is
// never called back.
class AuditReportJob : public QObject
{
    Q_OBJECT
public:
    explicit AuditReportJob(AuditReportRequest request, QObject* parent = nullptr);
    ~AuditReportJob() override;
    AuditReportJob(const AuditReportJob&) = delete;
    AuditReportJob& operator=(const AuditReportJob&) = delete;

    void start();
    // The report stops at its next record or page; finished() then reports Error::Kind::Cancelled and no file
    // is written.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    // `total` 0: a step of unknown length.
    void progress(const QString& step, qint64 done, qint64 total);
    void finished(const custos::AuditReportOutcome& outcome);

private:
    AuditReportRequest m_request;
    std::atomic<bool> m_cancelled{false};
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
};

} // namespace custos

Q_DECLARE_METATYPE(custos::AuditReportOutcome)
