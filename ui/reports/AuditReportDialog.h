#pragma once

#include "ui/reports/AuditReportJob.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace custos {

// Writes one PDF audit report and shows how it goes: the step, a progress bar and Cancel while it runs, then what
// was written (pages, records, the verification verdict) with a button that opens the PDF. Closing the dialog
// while the report runs cancels it. finished() is emitted exactly once, before the dialog can be closed, so the
// caller can record the outcome (the workspace writes it to the ledger).
class AuditReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditReportDialog(AuditReportRequest request, QWidget* parent = nullptr);
    ~AuditReportDialog() override;

    // Records the report's outcome (the workspace writes it to its ledger, success, failure or cancellation) before
    // the dialog shows it; `recorded` gets the final word: the report's outcome, or why its record failed.
    using Recorder = std::function<void(const Status& written, std::function<void(const Status& recorded)> recorded)>;
    void setRecorder(Recorder recorder);

    // Asks where the PDF goes (a non-modal save dialog over `parent`); `chosen` gets the path.
    static void chooseOutput(QWidget* parent, std::function<void(const QString& path)> chosen);

    // Starts the report and shows the dialog (window-modal, no nested event loop).
    void start();
    [[nodiscard]] bool isRunning() const { return m_job->isRunning(); }

    void reject() override;

signals:
    void finished(const custos::AuditReportOutcome& outcome);

private:
    void showProgress(const QString& step, qint64 done, qint64 total);
    void showOutcome(const AuditReportOutcome& outcome);
    void present(const AuditReportOutcome& outcome, const Status& recorded);

    QString m_outputPath;
    AuditReportJob* m_job;
    QLabel* m_step;
    QProgressBar* m_progress;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QPushButton* m_cancel;
    QPushButton* m_openReport;
    Recorder m_recorder;
};

} // namespace custos
