#pragma once

#include "ui/reports/AuditReport.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace custos {

class AuditFilterBar;
class AuditLedger;
class AuditLogModel;
class LedgerAuditTrail;
class RecordDetailPane;
class VerificationView;

// The audit view of one ledger, a database or an export: the filterable log with a detail pane, and its
// verification. Embeddable: the signed-in workspace gives it the local ledger, the auditor window an export.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget* parent = nullptr);
    explicit AuditPage(const QString& ledgerPath, QWidget* parent = nullptr);
    ~AuditPage() override;

    // Opens `path` (a ledger database or an export) in place of the current ledger and verifies it.
    void setLedger(const QString& path);
    // Shows the signed-in window's own ledger, with its HMAC key, and keeps up with it: records committed while
    // the page is open join the log and are verified (see recordsAppended()).
    void follow(LedgerAuditTrail* trail);
    // The ledger gained records: the log shows them without reading the rest again, and verification runs again
    // in the background.
    void recordsAppended();
    // The values of records already shown changed (an erasure): the log reads its rows again.
    void reload();
    [[nodiscard]] QString ledgerPath() const;
    // The ledger's HMAC key, when the caller has it (a database and its keychain): HMACs are then checked.
    void setHmacKey(const QByteArray& key);
    // Auditor mode: verification checks the pinned key and remembered checkpoint (see VerificationView).
    void setAuditorTrust(const QString& settingsPath);

    // A PDF report of what the log shows: this ledger, the current filter, and the HMAC key when there is one.
    // The caller adds the output path and the watermark.
    [[nodiscard]] AuditReportRequest reportRequest() const;

    [[nodiscard]] AuditLogModel* model() const { return m_model; }
    [[nodiscard]] VerificationView* verificationView() const { return m_verification; }
    [[nodiscard]] RecordDetailPane* detailPane() const { return m_detail; }

    // The signed-in window offers, on a record's context menu, to erase the personal data of the person it is about
    // (its target when that is a user, else its actor); `whyNot` (empty when allowed) disables the offer and says
    // why. Auditor mode never calls it: an export has nothing to erase.
    void offerErasure(const QString& whyNot);
    [[nodiscard]] QAction* erasureAction() const { return m_erase; }

signals:
    // The operator asked to erase the personal data of `subject` (a Keycloak id, else a username).
    void erasureRequested(const QString& subject);
    // The operator asked for a PDF report (the page's button); the window decides where it goes and who signs it.
    void reportRequested();

private:
    void showRowCount();
    void showCurrentRecord();

    AuditLedger* m_ledger = nullptr;
    QPointer<LedgerAuditTrail> m_followed;
    AuditLogModel* m_model;
    AuditFilterBar* m_filters;
    QTableView* m_table;
    RecordDetailPane* m_detail;
    VerificationView* m_verification;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QProgressBar* m_opening;
    QPushButton* m_cancelOpening;
    QPushButton* m_report;
    QAction* m_erase = nullptr;
    QByteArray m_hmacKey;
};

} // namespace custos
