#pragma once

#include "core/ledger/AuditorTrustStore.h"
#include "ui/audit/VerificationJob.h"

#include <QMainWindow>

class QLabel;
class QPushButton;

namespace custos {

class AuditPage;

// Auditor mode: opens a ledger export on the auditor's own machine, with no sign-in and no server, and says
// whether to trust it. It shows the verifier key's fingerprint to compare with the one the organisation
// publishes, lets the auditor pin that key for the export's origin, and remembers the last checkpoint that
// verified per origin: a later export signed by another key, or one that does not extend that checkpoint
// (history rewritten), is flagged in red above everything else.
class AuditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `trustSettingsPath`: where pins and checkpoints are kept (an INI file); empty: the application's settings.
    explicit AuditorWindow(const QString& trustSettingsPath = {}, QWidget* parent = nullptr);
    ~AuditorWindow() override;

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
    void onVerified(const VerificationOutcome& outcome);
    void showVerdict(const VerificationOutcome& outcome);
    void setBanner(const QString& text, bool alarm);

    AuditorTrustStore m_trust;
    AuditPage* m_page;
    QLabel* m_banner;
    QLabel* m_fingerprint;
    QPushButton* m_pin;
};

} // namespace custos
