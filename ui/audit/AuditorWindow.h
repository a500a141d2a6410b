#pragma once

#include "core/ledger/AuditorTrustStore.h"
#include "core/ledger/VerificationJob.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QPushButton;

namespace custos {

class AuditPage;
class LedgerSnapshot;

// Auditor mode: opens a ledger export on the auditor's own machine, with no sign-in and no server, and says
// whether to trust it. It shows the verifier key's fingerprint to compare with the one the organisation
// publishes, lets the auditor pin that key for the export's origin, and remembers the last checkpoint that
// verified per origin: a later export signed by another key, or one that does not extend that checkpoint
// (history rewritten), is flagged in red above everything else. An export whose checkpoint lacks the cosignatures
// of the quorum of witnesses the auditor pinned is "not witnessed", in amber, never "Verified".
class AuditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `trustSettingsPath`: where pins and checkpoints are kept (an INI file); empty: AuditorTrustStore's default.
    explicit AuditorWindow(const QString& trustSettingsPath = {}, QWidget* parent = nullptr);
    ~AuditorWindow() override;

    // Copies the export into a private snapshot (LedgerSnapshot) off the UI thread, then verifies, shows and
    // reports on that copy only: the file at `path` may change meanwhile, what is shown cannot.
    void openExport(const QString& path);
    [[nodiscard]] AuditPage* page() const { return m_page; }

signals:
    // After each verification, once the banner shows its verdict.
    void assessed(const custos::VerificationOutcome& outcome);

private:
    void chooseExport();
    // A PDF report of the open export, its verification and the records the filter shows; no sign-in, so the
    // watermark names the local account.
    void saveReport();
    void writeReport(const QString& path);
    void pinKey();
    // The witnesses this computer trusts and their quorum; a change judges the open export again.
    void editWitnesses();
    void onVerified(const VerificationOutcome& outcome);
    void showVerdict(const VerificationOutcome& outcome);
    enum class Tone { Neutral, Caution, Alarm };
    void setBanner(const QString& text, Tone tone);

    AuditorTrustStore m_trust;
    std::shared_ptr<const LedgerSnapshot> m_snapshot;
    quint64 m_opening = 0; // the latest openExport(): a copy finished for an earlier one is dropped
    AuditPage* m_page;
    QLabel* m_banner;
    QLabel* m_fingerprint;
    QPushButton* m_pin;
};

} // namespace custos
