#pragma once

#include "core/http/PendingCall.h"
#include "core/platform/PlatformTypes.h"
#include "core/tenants/CertificateOperations.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace custos {

class AccessNotice;
class CertificateTimeline;
class OutcomeBar;
class PlatformContext;
class StageCertificateDialog;
class TenantCaPanel;

// The platform's certificates: active, staged and archived on a timeline and in a table (the timeline's text
// alternative), staging after local validation, and activate / restore / discard behind a confirmation and a
// step-up; and, on a second tab, each tenant's CA certificates.
class CertificatesPage : public QWidget
{
    Q_OBJECT
public:
    // Within this many days of its end a certificate is highlighted.
    static constexpr int warningDays = 30;

    explicit CertificatesPage(PlatformContext* context, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] CertificateTimeline* timeline() const { return m_timeline; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] TenantCaPanel* tenantCaPanel() const { return m_tenantCa; }
    [[nodiscard]] OutcomeBar* outcomeBar() const { return m_outcome; }
    [[nodiscard]] QAction* stageAction() const { return m_stage; }
    [[nodiscard]] QAction* activateAction() const { return m_activate; }
    [[nodiscard]] QAction* restoreAction() const { return m_restore; }
    [[nodiscard]] QAction* discardAction() const { return m_discard; }
    [[nodiscard]] const QList<PlatformCertificate>& certificates() const { return m_certificates; }
    // Selects the certificate with this id in the table.
    void selectCertificate(const QString& certificateId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void showCertificates(const QList<PlatformCertificate>& certificates);
    // The timeline's colours in words, in the palette's shades.
    void updateLegend();
    void updateActions();
    [[nodiscard]] const PlatformCertificate* selected() const;
    void openStageDialog();
    void confirmChange(PlatformCertificateChange::Change change);

    PlatformContext* m_context;
    QList<PlatformCertificate> m_certificates;
    PendingCall m_call;
    QTabWidget* m_tabs;
    CertificateTimeline* m_timeline;
    QTableWidget* m_table;
    QLabel* m_legend = nullptr;
    TenantCaPanel* m_tenantCa;
    OutcomeBar* m_outcome;
    AccessNotice* m_notice;
    QAction* m_stage = nullptr;
    QAction* m_activate = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_discard = nullptr;
    QAction* m_refresh = nullptr;
    bool m_columnsSized = false; // sized to their contents once, or restored: the operator's widths stay
};

} // namespace custos
