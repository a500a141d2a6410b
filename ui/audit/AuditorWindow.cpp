#include "ui/audit/AuditorWindow.h"

#include "ui/audit/AuditPage.h"
#include "ui/audit/VerificationText.h"
#include "ui/audit/VerificationView.h"
#include "ui/reports/AuditReportDialog.h"
#include "ui/widgets/MessageBoxes.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace custos {
namespace {

using History = VerificationOutcome::History;
using KeyTrust = VerificationOutcome::KeyTrust;

} // namespace

AuditorWindow::AuditorWindow(const QString& trustSettingsPath, QWidget* parent)
    : QMainWindow(parent)
    , m_trust(trustSettingsPath)
    , m_page(new AuditPage(this))
    , m_banner(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_pin(new QPushButton(tr("&Pin this key"), this))
{
    setObjectName(QStringLiteral("auditorWindow"));
    setWindowTitle(tr("Custos — Auditor"));
    m_banner->setObjectName(QStringLiteral("trustBanner"));
    // Rich text for the bold lead only: everything taken from the file is escaped where it is inserted.
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_fingerprint->setObjectName(QStringLiteral("auditorFingerprint"));
    m_fingerprint->setTextFormat(Qt::RichText); // the origin in it is escaped
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pin->setObjectName(QStringLiteral("pinKeyButton"));
    m_pin->setToolTip(tr("Trust this key for this origin from now on. Compare the fingerprint with the one your "
                         "organisation publishes first."));
    m_pin->setEnabled(false);
    m_page->setAuditorTrust(trustSettingsPath);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open ledger export…"), this, &AuditorWindow::chooseExport);
    open->setObjectName(QStringLiteral("openExportAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* report = file->addAction(tr("Save &report as PDF…"), this, &AuditorWindow::saveReport);
    report->setObjectName(QStringLiteral("saveReportAction"));
    report->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(new QLabel(tr("Verifier key fingerprint:"), this));
    keyRow->addWidget(m_fingerprint, 1);
    keyRow->addWidget(m_pin);
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->addWidget(m_banner);
    column->addLayout(keyRow);
    column->addWidget(m_page, 1);
    setCentralWidget(central);
    setBanner(tr("Open a ledger export (File → Open ledger export…) to verify it. No sign-in is needed."), false);
    resize(1200, 760);

    connect(m_pin, &QPushButton::clicked, this, &AuditorWindow::pinKey);
    connect(m_page, &AuditPage::reportRequested, this, &AuditorWindow::saveReport);
    connect(m_page->verificationView(), &VerificationView::finished, this, &AuditorWindow::onVerified);
}

AuditorWindow::~AuditorWindow() = default;

void AuditorWindow::chooseExport()
{
    auto* dialog = new QFileDialog(this, tr("Open ledger export"), {},
                                   tr("Ledger exports (*.custos-ledger *.jsonl *.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &AuditorWindow::openExport);
    dialog->open();
}

void AuditorWindow::saveReport()
{
    if (m_page->ledgerPath().isEmpty())
        return statusBar()->showMessage(tr("Open a ledger export first."));
    AuditReportDialog::chooseOutput(this, [this](const QString& path) { writeReport(path); });
}

void AuditorWindow::writeReport(const QString& path)
{
    AuditReportRequest request = m_page->reportRequest();
    request.outputPath = path;
    QString account = qEnvironmentVariable("USER");
    if (account.isEmpty())
        account = qEnvironmentVariable("USERNAME");
    request.operatorName = tr("%1 (auditor, local account)").arg(account.isEmpty() ? tr("unknown") : account);
    // With a pinned key, the report checks the checkpoint against it, as the window does.
    if (const auto& outcome = m_page->verificationView()->outcome(); outcome && !outcome->origin.isEmpty())
        request.trustedKey = m_trust.entry(outcome->origin).pinnedKey;
    auto* progress = new AuditReportDialog(std::move(request), this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &AuditReportDialog::finished, this, [this, path](const AuditReportOutcome& outcome) {
        statusBar()->showMessage(outcome.ok() ? tr("The audit report was saved to %1").arg(path)
                                              : outcome.error->userMessage());
    });
    progress->start();
}

void AuditorWindow::openExport(const QString& path)
{
    setWindowTitle(tr("%1 — Custos Auditor").arg(QFileInfo(path).fileName()));
    setBanner(tr("Verifying %1…").arg(QFileInfo(path).fileName()), false);
    m_fingerprint->clear();
    m_pin->setEnabled(false);
    m_page->setLedger(path);
}

void AuditorWindow::pinKey()
{
    const auto& outcome = m_page->verificationView()->outcome();
    if (!outcome || outcome->verifierKey.isEmpty())
        return;
    if (auto pinned = m_trust.pinKey(outcome->origin, outcome->verifierKey); !pinned)
        return showMessageBox(this, QMessageBox::Warning, tr("Pin the key"), pinned.error().userMessage());
    statusBar()->showMessage(tr("Key pinned for %1").arg(outcome->origin));
    m_page->verificationView()->verify(m_page->ledgerPath());
}

void AuditorWindow::onVerified(const VerificationOutcome& outcome)
{
    // Only an export that verified, with the pinned key if there is one, and that extends what was seen before
    // moves the remembered checkpoint forward.
    const bool extends = outcome.history == History::FirstSeen || outcome.history == History::Consistent;
    if (outcome.error.isEmpty() && outcome.report.ok() && extends && outcome.keyTrust != KeyTrust::Untrusted
        && outcome.checkpointSize > outcome.rememberedSize) {
        if (auto remembered = m_trust.rememberCheckpoint(outcome.origin, outcome.checkpointNote); !remembered)
            statusBar()->showMessage(remembered.error().userMessage());
    }
    showVerdict(outcome);
    emit assessed(outcome);
}

void AuditorWindow::showVerdict(const VerificationOutcome& outcome)
{
    const QString fingerprint = VerificationText::fingerprint(outcome.publicKey);
    m_fingerprint->setText(outcome.publicKey.isEmpty()
                               ? QString()
                               : QStringLiteral("<tt>%1</tt>  (%2)").arg(fingerprint, outcome.origin.toHtmlEscaped()));
    m_pin->setEnabled(!outcome.verifierKey.isEmpty() && outcome.keyTrust == KeyTrust::NotPinned);
    const VerificationReport& report = outcome.report;
    const QString origin = outcome.origin.toHtmlEscaped();
    if (!outcome.error.isEmpty())
        return setBanner(tr("<b>Could not open the export.</b> %1").arg(outcome.error.toHtmlEscaped()), true);
    if (outcome.keyTrust == KeyTrust::Untrusted)
        return setBanner(tr("<b>UNTRUSTED KEY.</b> This export is signed by a key other than the one you pinned for "
                            "%1. Do not rely on it.")
                             .arg(origin),
                         true);
    if (outcome.history == History::Rewritten)
        return setBanner(tr("<b>HISTORY REWRITTEN.</b> This export does not extend the checkpoint of %1 records "
                            "you saw before from %2: records were changed, removed or replaced since.")
                             .arg(outcome.rememberedSize)
                             .arg(origin),
                         true);
    if (outcome.history == History::KeyChanged)
        return setBanner(tr("<b>KEY CHANGED.</b> The checkpoint you saw before from %1 was signed by another key "
                            "than this export's: its history cannot be linked to what you saw.")
                             .arg(origin),
                         true);
    if (!report.ok())
        return setBanner(tr("<b>VERIFICATION FAILED</b>: %1%2. %3")
                             .arg(VerificationText::kindLabel(report.kind),
                                  report.firstBadSeq >= 0 ? tr(" at seq %1").arg(report.firstBadSeq) : QString(),
                                  report.detail.toHtmlEscaped()),
                         true);
    QString verdict = tr("<b>Verified:</b> %1/%2 records, checkpoint of %3 records from %4.")
                          .arg(report.valid)
                          .arg(report.checked)
                          .arg(outcome.checkpointSize)
                          .arg(origin);
    verdict += u' ';
    verdict += outcome.keyTrust == KeyTrust::Pinned
                   ? tr("Signed by the key you pinned.")
                   : tr("The key is not pinned: compare its fingerprint below with the one your organisation "
                        "publishes, then pin it.");
    verdict += u' ';
    switch (outcome.history) {
    case History::FirstSeen: verdict += tr("First export seen from this origin."); break;
    case History::Consistent:
        verdict += tr("Extends the checkpoint of %1 records you saw before.").arg(outcome.rememberedSize);
        break;
    case History::Older:
        verdict += tr("Older than the checkpoint of %1 records you saw before: it cannot show it is part of it.")
                       .arg(outcome.rememberedSize);
        break;
    case History::NotProvable:
        verdict += tr("A filtered export cannot show it extends the checkpoint of %1 records you saw before.")
                       .arg(outcome.rememberedSize);
        break;
    case History::Rewritten:
    case History::KeyChanged: break; // flagged above
    }
    setBanner(verdict, false);
}

void AuditorWindow::setBanner(const QString& text, bool alarm)
{
    m_banner->setText(text);
    m_banner->setProperty("alarm", alarm);
    m_banner->setStyleSheet(alarm ? QStringLiteral("QLabel { background: #b00020; color: white; }")
                                  : QStringLiteral("QLabel { background: palette(alternate-base); }"));
}

} // namespace custos
