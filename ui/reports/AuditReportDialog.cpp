#include "ui/reports/AuditReportDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace custos {

AuditReportDialog::AuditReportDialog(AuditReportRequest request, QWidget* parent)
    : QDialog(parent)
    , m_outputPath(request.outputPath)
    , m_job(new AuditReportJob(std::move(request), this))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel))
    , m_openReport(m_buttons->addButton(tr("&Open report"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("auditReportDialog"));
    setWindowTitle(tr("Audit report"));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(460);
    m_step->setObjectName(QStringLiteral("reportStep"));
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAccessibleName(tr("Report progress"));
    m_result->setObjectName(QStringLiteral("reportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->hide();
    m_cancel->setObjectName(QStringLiteral("reportCancelButton"));
    m_openReport->setObjectName(QStringLiteral("openReportButton"));
    m_openReport->hide();

    auto* column = new QVBoxLayout(this);
    column->addWidget(m_step);
    column->addWidget(m_progress);
    column->addWidget(m_result);
    column->addStretch(1);
    column->addWidget(m_buttons);

    connect(m_cancel, &QPushButton::clicked, this, &AuditReportDialog::reject);
    connect(m_openReport, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_outputPath)); });
    connect(m_job, &AuditReportJob::progress, this, &AuditReportDialog::showProgress);
    connect(m_job, &AuditReportJob::finished, this, &AuditReportDialog::showOutcome);
}

AuditReportDialog::~AuditReportDialog() = default;

void AuditReportDialog::chooseOutput(QWidget* parent, std::function<void(const QString& path)> chosen)
{
    auto* dialog = new QFileDialog(parent, tr("Save audit report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, parent, std::move(chosen));
    dialog->open();
}

void AuditReportDialog::start()
{
    m_step->setText(tr("Verifying the ledger…"));
    m_progress->setRange(0, 0);
    m_job->start();
    open();
}

void AuditReportDialog::reject()
{
    // A running report is cancelled first; the dialog closes once the job has said so (showOutcome).
    if (m_job->isRunning()) {
        m_step->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void AuditReportDialog::showProgress(const QString& step, qint64 done, qint64 total)
{
    m_step->setText(step);
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    // Per mille: a progress bar holds an int, a ledger may hold more records than that.
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(done * 1000 / total));
}

void AuditReportDialog::setRecorder(Recorder recorder)
{
    m_recorder = std::move(recorder);
}

void AuditReportDialog::showOutcome(const AuditReportOutcome& outcome)
{
    emit finished(outcome);
    const Status written = outcome.ok() ? Status(success()) : Status(*outcome.error);
    if (outcome.error && outcome.error->kind == Error::Kind::Cancelled) {
        if (m_recorder)
            m_recorder(written, [](const Status&) {});
        return QDialog::reject();
    }
    if (!m_recorder)
        return present(outcome, written);
    // Nothing is shown as done before its ledger record is durable.
    m_cancel->setEnabled(false);
    m_step->setText(tr("Recording the report in the audit ledger…"));
    m_progress->setRange(0, 0);
    QPointer<AuditReportDialog> self(this);
    m_recorder(written, [self, outcome](const Status& recorded) {
        if (self)
            self->present(outcome, recorded);
    });
}

void AuditReportDialog::present(const AuditReportOutcome& outcome, const Status& recorded)
{
    m_progress->hide();
    m_step->hide();
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Close"));
    m_result->show();
    if (!recorded.ok()) {
        m_result->setText(recorded.error().userMessage());
        return;
    }
    const VerificationReport& verification = outcome.summary.verification;
    const QLocale locale;
    const QString verdict =
        verification.ok() ? tr("The ledger verifies: %1 records valid.").arg(locale.toString(verification.checked))
                          : tr("The ledger does NOT verify; the report shows the first failure.");
    const QString pages = tr("%n page(s)", nullptr, outcome.summary.pageCount);
    const QString records = tr("%n record(s) listed", nullptr, static_cast<int>(outcome.summary.recordsListed));
    m_result->setText(
        tr("<p>%1</p><p>Wrote %2: %3, %4.</p>")
            .arg(verdict.toHtmlEscaped(), QFileInfo(m_outputPath).fileName().toHtmlEscaped(), pages, records));
    m_openReport->show();
    m_openReport->setDefault(true);
    m_openReport->setFocus();
}

} // namespace custos
