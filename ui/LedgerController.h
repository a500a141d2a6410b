#pragma once

#include "core/actions/Actions.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/audit/LedgerWitnessing.h"
#include "core/common/Result.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <functional>
#include <memory>

namespace custos {

class KeycloakAdmin;
class KeycloakEventIngestor;
class PlatformApi;
class PlatformAuditIngestor;
class SecretStore;
class Session;

// The local audit ledger of the signed-in window: opens (or creates) it, keeps Keycloak's admin and user events
// and the platform's audit feed (its hash chains checked on the way in) flowing into it in the background, writes
// exports behind step-up (and records that it did), and says in one line how it stands.
class LedgerController : public QObject
{
    Q_OBJECT
public:
    static constexpr int ingestionIntervalMs = 5 * 60 * 1000;

    LedgerController(SecretStore* secrets, Session* session, KeycloakAdmin* keycloak, StepUp stepUp,
                     QObject* parent = nullptr);
    ~LedgerController() override;

    // The witnesses (a profile's) the ledger is given when it is next opened: it opens for writing only once they
    // answered its first submission, and every new checkpoint goes to them in the background.
    void setWitnesses(const WitnessPolicy& policy) { m_witnessPolicy = policy; }
    // Opens the ledger at `path` (created with origin `origin` if missing); idempotent. Then records Keycloak's
    // events now and every few minutes while signed in, if the operator may read them (view-events).
    void open(const QString& path, const QString& origin);
    [[nodiscard]] LedgerAuditTrail* trail() const { return m_trail; }

    // Without a keychain (or for a ledger created so) the keys are in a passphrase-protected file beside the
    // ledger: keyFileNeeded() asks the window for the passphrase, once per session, and the window answers with
    // openWithKeyFile() (again after a wrong passphrase) or declineKeyFile(). The passphrase is not kept.
    [[nodiscard]] static QString keyFilePath(const QString& ledgerPath);
    void openWithKeyFile(QByteArray passphrase, QObject* context, std::function<void(const Status&)> done);
    void declineKeyFile();
    // Stops background work (at sign-out); the ledger stays open.
    void pause();

    // Keycloak's events, then the platform's feed when it is set; also every few minutes while signed in.
    void recordKeycloakEvents();
    // The platform's audit feed joins the background recording: the whole feed (audit:read, `scope` empty) or a
    // tenant admin's own tenant (audit:read:own, `scope` its id); nullptr stops it (sign-out, no such right).
    void setPlatformFeed(PlatformApi* platform, const QString& scope = {});
    void recordPlatformEvents();
    void cancelIngestion();
    [[nodiscard]] bool isIngesting() const;

    // Confirms the operator's identity (step-up), writes the export, records LEDGER_EXPORTED (success or failure)
    // and only then calls `done`.
    // `progress` and `cancelled` as LedgerAuditTrail::exportTo has them; a cancelled export is recorded too.
    void exportLedger(const QString& path, LedgerAuditTrail::ExportFormat format, QObject* context,
                      std::function<void(const Status&)> done, LedgerAuditTrail::ExportProgress progress = {},
                      std::shared_ptr<std::atomic<bool>> cancelled = {});

    // A PDF audit report is an export too: confirmReport() asks for step-up before the report is written, and
    // recordReport() records LEDGER_EXPORTED (format pdf-report, success, failure or cancellation) before `done`.
    void confirmReport(QObject* context, std::function<void(const Status&)> done);
    void recordReport(const QString& path, const Status& written, QObject* context,
                      std::function<void(const Status&)> done);

    // "Ledger: 1,234 records", "Ledger: recording Keycloak events… 300", "Ledger: not open (reason)".
    [[nodiscard]] QString statusText() const { return m_status; }
    // The ledger on disk is not what Custos wrote and was refused: the status names its first bad record and what
    // to do, and stays until the next sign-in; nothing is recorded until then.
    [[nodiscard]] bool isRefused() const { return m_refused; }

    // "Last witnessed 3 minutes ago", "Not witnessed yet", "Witnesses unreachable since 14:02", …; empty without
    // witnesses. Read against Clock::now(), and sent again every half minute.
    [[nodiscard]] QString witnessText() const;
    [[nodiscard]] const LedgerWitnessing* witnessing() const { return m_witnessing; }

signals:
    void opened(custos::LedgerAuditTrail* trail);
    // The ledger cannot be written: it did not open, or later a witness saw it forked (then isRefused()).
    void openFailed(const QString& reason);
    // The witnesses do not know the ledger: `message` says how to enroll `verifierKey`, which the operator copies.
    void enrollmentNeeded(const QString& message, const QString& verifierKey);
    void witnessStatusChanged(const QString& text);
    // `exists`: unlock the key file; otherwise create it (the keychain could not hold new keys).
    void keyFileNeeded(const QString& keyFile, bool exists);
    void statusChanged(const QString& text);
    // The platform's feed failed its hash-chain check: an event was changed, removed or inserted upstream.
    void platformChainBroken(const QString& message);

private:
    void setStatus(const QString& text);
    void adopt(LedgerAuditTrail* trail);
    void startWriting(LedgerAuditTrail* trail);
    void stopWriting(const Error& error);
    void askForKeyFile();
    void refuse(const Error& error);
    void showSize();
    [[nodiscard]] Status notOpenError(const QString& what) const;
    void recordExport(const QString& path, const QString& format, const Status& written, QObject* context,
                      std::function<void(const Status&)> done);

    SecretStore* m_secrets;
    Session* m_session;
    KeycloakAdmin* m_keycloak;
    StepUp m_stepUp;
    QPointer<LedgerAuditTrail> m_trail;
    std::unique_ptr<QSettings> m_settings;
    KeycloakEventIngestor* m_ingestor = nullptr;
    PlatformApi* m_platform = nullptr;
    QString m_platformScope;
    PlatformAuditIngestor* m_platformIngestor = nullptr;
    QTimer m_ingestionTimer;
    bool m_opening = false; // also while the window asks for the key file's passphrase
    QString m_path;
    QString m_origin;
    qint64 m_size = -1;
    QString m_status;
    bool m_refused = false;
    WitnessPolicy m_witnessPolicy;
    QPointer<LedgerWitnessing> m_witnessing;
    QTimer m_witnessClock; // "N minutes ago" moves on
};

} // namespace custos
