#pragma once

#include "core/http/PendingCall.h"
#include "core/platform/PlatformTypes.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace custos {

class OutcomeBar;
class AccessNotice;
class PlatformContext;

// The CA certificates each tenant's clients may present certificates from: choose a tenant, see its CA
// certificates (staged or active), stage one, activate or delete it.
class TenantCaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TenantCaPanel(PlatformContext* context, QWidget* parent = nullptr);

    // Reads the tenants (all pages) and then the chosen tenant's CA certificates.
    void reload();
    [[nodiscard]] QTableWidget* table() const { return m_table; }

private:
    void loadTenants(const QString& cursor, QList<Tenant> collected);
    void loadCertificates();
    void updateActions();
    [[nodiscard]] Tenant currentTenant() const;
    [[nodiscard]] const TenantCaCertificate* selected() const;
    void openStage();
    void confirmChange(bool activate);

    PlatformContext* m_context;
    QList<Tenant> m_tenantList;
    QList<TenantCaCertificate> m_certificates;
    PendingCall m_call;
    quint64 m_generation = 0;
    QComboBox* m_tenants;
    QTableWidget* m_table;
    bool m_columnsSized = false; // sized to their contents once, or restored: the operator's widths stay
    QPushButton* m_stage;
    QPushButton* m_activate;
    QPushButton* m_delete;
    OutcomeBar* m_outcome;
    AccessNotice* m_notice;
};

} // namespace custos
