#include "ui/audit/VerificationView.h"

#include "ui/audit/ActivityChart.h"
#include "ui/audit/CosignatureList.h"
#include "ui/audit/VerificationText.h"
#include "ui/audit/WorkerThread.h"
#include "ui/widgets/StatusColours.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {
namespace {

QLabel* selectableLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    // These show what the file says (origin, key name, failure detail): never interpreted as markup.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

VerificationView::VerificationView(QWidget* parent)
    : QWidget(parent)
    , m_current(std::make_shared<std::atomic<quint64>>(0))
    , m_job(new VerificationJob(m_current))
    , m_summary(selectableLabel(QStringLiteral("summaryLabel"), this))
    , m_failure(selectableLabel(QStringLiteral("failureLabel"), this))
    , m_origin(selectableLabel(QStringLiteral("originLabel"), this))
    , m_size(selectableLabel(QStringLiteral("sizeLabel"), this))
    , m_root(selectableLabel(QStringLiteral("rootLabel"), this))
    , m_key(selectableLabel(QStringLiteral("keyLabel"), this))
    , m_fingerprint(selectableLabel(QStringLiteral("fingerprintLabel"), this))
    , m_hmac(selectableLabel(QStringLiteral("hmacLabel"), this))
    , m_cosignatures(new CosignatureList(this))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_again(new QPushButton(tr("&Verify again"), this))
    , m_chart(new ActivityChart(this))
{
    setObjectName(QStringLiteral("verificationView"));
    m_step->setObjectName(QStringLiteral("verificationStep"));
    m_progress->setObjectName(QStringLiteral("verificationProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelVerificationButton"));
    m_again->setObjectName(QStringLiteral("verifyAgainButton"));
    m_fingerprint->setFont(QFont(QStringLiteral("monospace")));
    m_fingerprint->setWordWrap(false);
    m_summary->setWordWrap(false);
    m_summary->setTextFormat(Qt::RichText); // the bold verdict; the counts in it are escaped
    m_step->setTextFormat(Qt::PlainText);

    connect(m_job, &VerificationJob::progress, this, &VerificationView::onProgress);
    connect(m_job, &VerificationJob::finished, this, &VerificationView::onFinished);
    m_thread = std::make_unique<WorkerThread>(m_job, QStringLiteral("custos-verify"));
    connect(m_cancel, &QPushButton::clicked, this, &VerificationView::cancel);
    connect(m_again, &QPushButton::clicked, this, [this] { verify(m_request.path); });

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_step);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_again);
    auto* form = new QFormLayout;
    form->addRow(tr("Failure:"), m_failure);
    form->addRow(tr("Checkpoint origin:"), m_origin);
    form->addRow(tr("Checkpoint size:"), m_size);
    form->addRow(tr("Checkpoint root:"), m_root);
    form->addRow(tr("Verifier key:"), m_key);
    form->addRow(tr("Key fingerprint (SHA-256):"), m_fingerprint);
    form->addRow(tr("Record HMACs:"), m_hmac);
    form->addRow(tr("Witness cosignatures:"), m_cosignatures);
    auto* column = new QVBoxLayout(this);
    column->addLayout(progressRow);
    column->addWidget(m_summary);
    column->addLayout(form);
    column->addWidget(m_chart, 1);
    clear();
    setRunning(false);
}

VerificationView::~VerificationView()
{
    ++*m_current; // the job stops at its next step; the thread is joined when m_thread goes
}

void VerificationView::setHmacKey(const QByteArray& key)
{
    m_request.hmacKey = key;
}

void VerificationView::setAuditorTrust(const QString& settingsPath)
{
    m_request.auditor = true;
    m_request.trustSettingsPath = settingsPath;
}

void VerificationView::verify(const QString& path)
{
    m_request.path = path;
    m_outcome.reset();
    m_cancelled = false;
    clear();
    start();
}

void VerificationView::recordsAdded()
{
    if (m_request.path.isEmpty() || m_cancelled)
        return;
    if (m_running)
        m_stale = true;
    else
        start();
}

void VerificationView::start()
{
    m_stale = false;
    const quint64 job = ++*m_current;
    m_thread->post([worker = m_job, job, request = m_request] { worker->run(job, request); });
    setRunning(true);
}

void VerificationView::cancel()
{
    if (!m_running)
        return;
    ++*m_current;
    m_stale = false;
    m_cancelled = true;
    setRunning(false);
    m_step->setText(tr("Verification cancelled: records added since are not verified until you verify again."));
}

void VerificationView::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_again->setVisible(!running && !m_request.path.isEmpty());
    if (running)
        m_progress->setRange(0, 0);
}

void VerificationView::clear()
{
    m_summary->setText(tr("<b>Not yet verified</b>"));
    StatusColours::colourText(m_summary, std::nullopt);
    for (QLabel* label : {m_failure, m_origin, m_size, m_root, m_key, m_fingerprint, m_hmac})
        label->clear();
    m_cosignatures->setReport(std::nullopt);
    m_chart->setActivity({});
}

void VerificationView::onProgress(quint64 job, const QString& step, qint64 done, qint64 total)
{
    if (job != *m_current)
        return;
    m_step->setText(step);
    // QProgressBar counts in int: scale a large ledger down to per mille.
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
}

void VerificationView::onFinished(quint64 job, const VerificationOutcome& outcome)
{
    if (job != *m_current)
        return;
    m_outcome = outcome;
    setRunning(false);
    m_step->clear();
    const VerificationReport& report = outcome.report;
    const QLocale locale;
    if (!outcome.error.isEmpty()) {
        m_summary->setText(tr("<b>Could not verify</b>"));
        StatusColours::colourText(m_summary, StatusColours::Role::Danger);
        m_failure->setText(outcome.error);
    } else if (report.ok() && report.checked == 0) {
        // Nothing was verified: no tick, and no colour that reads as success.
        m_summary->setText(tr("<b>No records to verify yet</b>"));
        StatusColours::colourText(m_summary, std::nullopt);
        m_failure->setText(tr("none"));
    } else {
        // A selective export proves the records it holds, not that none was left out; one without the witnesses'
        // quorum may be a history only its operator saw: amber, never a plain tick.
        const bool selective = report.completeness == VerificationReport::Completeness::Selective;
        // Each caveat is a whole clause, listed after the counts.
        QStringList caveats;
        if (selective)
            caveats.append(tr("complete: not proven (selective export: %1 records of a log of %2)")
                               .arg(report.disclosed)
                               .arg(report.checkpointSize));
        if (!outcome.witnessed())
            caveats.append(VerificationText::notWitnessed(*outcome.witnesses));
        if (!report.ok())
            m_summary->setText(
                tr("<b>✘ Verification FAILED: %1</b>").arg(VerificationText::counts(report).toHtmlEscaped()));
        else if (!caveats.isEmpty())
            m_summary->setText(tr("<b>⚠ %1; %2</b>")
                                   .arg(VerificationText::counts(report).toHtmlEscaped(),
                                        caveats.join(QStringLiteral("; ")).toHtmlEscaped()));
        else
            m_summary->setText(tr("<b>✔ %1</b>").arg(VerificationText::counts(report).toHtmlEscaped()));
        StatusColours::colourText(m_summary, !report.ok()         ? StatusColours::Role::Danger
                                             : !caveats.isEmpty() ? StatusColours::Role::Warning
                                                                  : StatusColours::Role::Success);
        if (report.ok())
            m_failure->setText(tr("none"));
        else if (report.firstBadSeq >= 0)
            m_failure->setText(tr("%1 at seq %2: %3")
                                   .arg(VerificationText::kindLabel(report.kind))
                                   .arg(report.firstBadSeq)
                                   .arg(report.detail));
        else
            m_failure->setText(tr("%1: %2").arg(VerificationText::kindLabel(report.kind), report.detail));
    }
    m_origin->setText(outcome.origin);
    m_size->setText(outcome.checkpointSize >= 0 ? tr("%1 records").arg(locale.toString(outcome.checkpointSize))
                                                : tr("no checkpoint"));
    m_root->setText(QString::fromLatin1(outcome.checkpointRoot.toBase64()));
    m_key->setText(outcome.verifierKey);
    m_fingerprint->setText(outcome.publicKey.isEmpty() ? QString() : VerificationText::fingerprint(outcome.publicKey));
    m_hmac->setText(report.hmacChecked ? tr("checked with the ledger's key")
                                       : tr("not checked (exports carry none; a database needs its key)"));
    m_cosignatures->setReport(outcome.witnesses);
    m_chart->setActivity(outcome.activity);
    emit finished(outcome);
    if (m_stale)
        start();
}

} // namespace custos
