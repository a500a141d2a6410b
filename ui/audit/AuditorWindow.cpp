#include "ui/audit/AuditorWindow.h"

#include "core/ledger/LedgerSnapshot.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/VerificationText.h"
#include "ui/audit/VerificationView.h"
#include "ui/audit/WitnessTrustDialog.h"
#include "ui/reports/AuditReportDialog.h"
#include "ui/widgets/MessageBoxes.h"
#include "ui/widgets/StatusColours.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
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
    // Plain text: the banner quotes the file (origin, failure detail), which must never be read as markup.
    m_banner->setTextFormat(Qt::PlainText);
    QFont bannerFont = m_banner->font();
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_fingerprint->setObjectName(QStringLiteral("auditorFingerprint"));
    m_fingerprint->setTextFormat(Qt::PlainText); // it names the origin the file claims
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
    QAction* witnesses = file->addAction(tr("&Witnesses…"), this, &AuditorWindow::editWitnesses);
    witnesses->setObjectName(QStringLiteral("witnessesAction"));
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
    setBanner(tr("Open a ledger export (File → Open ledger export…) to verify it. No sign-in is needed."),
              Tone::Neutral);
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
    // The report lists the checkpoint's cosignatures and judges them by the same pinned witnesses and quorum.
    request.witnessPolicy = m_trust.witnessPolicy();
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
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("%1 — Custos Auditor").arg(name));
    setBanner(tr("Verifying %1…").arg(name), Tone::Neutral);
    m_fingerprint->clear();
    m_pin->setEnabled(false);
    const quint64 opening = ++m_opening;
    // The copy runs on a thread of its own and hands its result back through `copied`; the window, if still
    // there, picks it up when the thread finishes.
    auto copied = std::make_shared<std::optional<Result<std::shared_ptr<const LedgerSnapshot>>>>();
    QThread* copier = QThread::create([copied, path] { *copied = LedgerSnapshot::take(path); });
    copier->setObjectName(QStringLiteral("custos-snapshot"));
    connect(copier, &QThread::finished, copier, &QObject::deleteLater);
    connect(copier, &QThread::finished, this, [this, copied, opening] {
        if (opening != m_opening || !copied->has_value())
            return;
        const auto& snapshot = copied->value();
        if (!snapshot)
            return setBanner(tr("Could not open the export. %1").arg(snapshot.error().userMessage()), Tone::Alarm);
        m_snapshot = snapshot.value();
        m_page->setLedger(m_snapshot->path());
    });
    copier->start();
}

void AuditorWindow::editWitnesses()
{
    auto* dialog = new WitnessTrustDialog(m_trust, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WitnessTrustDialog::changed, this, [this] {
        if (!m_page->ledgerPath().isEmpty())
            m_page->verificationView()->verify(m_page->ledgerPath());
    });
    dialog->open();
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
    // Only an export that verified, with the pinned key if there is one, that extends what was seen before and
    // that the required witnesses cosigned moves the remembered checkpoint forward: an unwitnessed one may be a
    // history shown to nobody else, and remembering it would flag the real one as rewritten.
    const bool extends = outcome.history == History::FirstSeen || outcome.history == History::Consistent;
    if (outcome.error.isEmpty() && outcome.report.ok() && extends && outcome.keyTrust != KeyTrust::Untrusted &&
        outcome.witnessed() && outcome.checkpointSize > outcome.rememberedSize) {
        if (auto remembered = m_trust.rememberCheckpoint(outcome.origin, outcome.checkpointNote); !remembered)
            statusBar()->showMessage(remembered.error().userMessage());
    }
    showVerdict(outcome);
    emit assessed(outcome);
}

void AuditorWindow::showVerdict(const VerificationOutcome& outcome)
{
    const QString fingerprint = VerificationText::fingerprint(outcome.publicKey);
    m_fingerprint->setText(outcome.publicKey.isEmpty() ? QString()
                                                       : QStringLiteral("%1  (%2)").arg(fingerprint, outcome.origin));
    m_pin->setEnabled(!outcome.verifierKey.isEmpty() && outcome.keyTrust == KeyTrust::NotPinned &&
                      outcome.lookAlikeOf.isEmpty());
    const VerificationReport& report = outcome.report;
    const QString& origin = outcome.origin;
    if (!outcome.error.isEmpty())
        return setBanner(tr("Could not open the export. %1").arg(outcome.error), Tone::Alarm);
    if (outcome.keyTrust == KeyTrust::Untrusted)
        return setBanner(tr("UNTRUSTED KEY. This export is signed by a key other than the one you pinned for %1. Do "
                            "not rely on it.")
                             .arg(origin),
                         Tone::Alarm);
    if (!outcome.lookAlikeOf.isEmpty())
        return setBanner(tr("LOOK-ALIKE ORIGIN. This export claims to come from %1, which only resembles %2, whose "
                            "key you pinned; it is not signed by that key. Do not rely on it.")
                             .arg(origin, outcome.lookAlikeOf),
                         Tone::Alarm);
    if (outcome.history == History::Rewritten)
        return setBanner(tr("HISTORY REWRITTEN. This export does not extend the checkpoint of %1 records you saw "
                            "before from %2: records were changed, removed or replaced since.")
                             .arg(outcome.rememberedSize)
                             .arg(origin),
                         Tone::Alarm);
    if (outcome.history == History::KeyChanged)
        return setBanner(tr("KEY CHANGED. The checkpoint you saw before from %1 was signed by another key than this "
                            "export's: its history cannot be linked to what you saw.")
                             .arg(origin),
                         Tone::Alarm);
    if (!report.ok())
        return setBanner(tr("VERIFICATION FAILED: %1%2. %3")
                             .arg(VerificationText::kindLabel(report.kind),
                                  report.firstBadSeq >= 0 ? tr(" at seq %1").arg(report.firstBadSeq) : QString(),
                                  report.detail),
                         Tone::Alarm);
    const bool selective = report.completeness == VerificationReport::Completeness::Selective;
    const bool witnessed = outcome.witnessed();
    // A selective export proves each record it holds, never that none was left out, and one the required
    // witnesses did not cosign may be a history only its operator saw: never a plain "Verified".
    QString verdict = !witnessed ? tr("NOT WITNESSED. Records verified: %1/%2, checkpoint of %3 records from %4, but "
                                      "%5. Cosignatures from witnesses you did not pin, or that do not verify, do "
                                      "not count.")
                                       .arg(report.valid)
                                       .arg(report.checked)
                                       .arg(outcome.checkpointSize)
                                       .arg(origin, VerificationText::notWitnessed(*outcome.witnesses))
                      : selective ? tr("Records verified: %1/%2, checkpoint of %3 records from %4, but complete: not "
                                       "proven (selective export: %5 records of a log of %6).")
                                        .arg(report.valid)
                                        .arg(report.checked)
                                        .arg(outcome.checkpointSize)
                                        .arg(origin)
                                        .arg(report.disclosed)
                                        .arg(report.checkpointSize)
                                  : tr("Verified: %1/%2 records, checkpoint of %3 records from %4.")
                                        .arg(report.valid)
                                        .arg(report.checked)
                                        .arg(outcome.checkpointSize)
                                        .arg(origin);
    if (!witnessed && selective)
        verdict += u' ' + tr("Complete: not proven (selective export: %1 records of a log of %2).")
                              .arg(report.disclosed)
                              .arg(report.checkpointSize);
    if (witnessed && outcome.witnesses && outcome.witnesses->quorum > 0)
        verdict += u' ' + tr("Witnessed: %1.").arg(VerificationText::witnessCount(*outcome.witnesses));
    verdict += u' ';
    verdict += outcome.keyTrust == KeyTrust::Pinned
                   ? tr("Signed by the key you pinned.")
                   : tr("The key is not pinned: compare its fingerprint below with the one your organisation "
                        "publishes, then pin it.");
    verdict += u' ';
    switch (outcome.history) {
    case History::FirstSeen:
        verdict += tr("First export seen from this origin.");
        break;
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
    case History::KeyChanged:
        break; // flagged above
    }
    setBanner(verdict, selective || !witnessed ? Tone::Caution : Tone::Neutral);
}

void AuditorWindow::setBanner(const QString& text, Tone tone)
{
    m_banner->setText(text);
    m_banner->setProperty("alarm", tone == Tone::Alarm);
    m_banner->setProperty("caution", tone == Tone::Caution);
    switch (tone) {
    case Tone::Alarm:
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; }"));
        break;
    case Tone::Caution:
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; }")
                                    .arg(StatusColours::background(StatusColours::Role::Warning).name(),
                                         StatusColours::text(StatusColours::Role::Warning).name()));
        break;
    case Tone::Neutral:
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); }"));
        break;
    }
}

} // namespace custos
