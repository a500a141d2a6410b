#pragma once

#include "core/audit/Justification.h"
#include "core/platform/PlatformTypes.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace custos {

class AccessNotice;
class OutcomeBar;
class PlatformContext;
class TenantDetailPane;
class TenantsModel;
class TenantWizard;

// The platform's tenants: search, the lazily paged list with each tenant's status, the selected tenant's detail
// and organization members, the create wizard, and suspend / reactivate / delete behind confirmation. Actions are
// enabled by the platform's answer to GET /me; a disabled one says in its tooltip which role it needs.
class TenantsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TenantsPage(PlatformContext* context, QWidget* parent = nullptr);

    [[nodiscard]] TenantsModel* model() const { return m_model; }
    [[nodiscard]] TenantDetailPane* detailPane() const { return m_detail; }
    [[nodiscard]] QAction* createAction() const { return m_create; }
    [[nodiscard]] QAction* suspendAction() const { return m_suspend; }
    [[nodiscard]] QAction* reactivateAction() const { return m_reactivate; }
    [[nodiscard]] QAction* deleteAction() const { return m_delete; }
    // The open create wizard, if any.
    [[nodiscard]] TenantWizard* wizard() const { return m_wizard; }

public slots:
    // Lists from the first page with what the search fields say.
    void submitSearch();
    void openWizard();
    // Selects the tenant with this id once it is listed (after a creation, the list is read again).
    void selectTenant(const QString& tenantId);

private:
    void createActions();
    void onSelectionChanged();
    void updateActions();
    void updateStatus();
    void changeStatus(bool suspend);
    void confirmDelete();
    void startDeletion(const VersionedTenant& tenant, bool removeOrganization, const Justification& justification);

    PlatformContext* m_context;
    TenantsModel* m_model;
    TenantDetailPane* m_detail;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QTableView* m_table;
    bool m_columnsSized = false; // sized to their contents once, or restored: the operator's widths stay
    QLabel* m_status;
    OutcomeBar* m_outcome;
    AccessNotice* m_notice;
    QAction* m_create = nullptr;
    QAction* m_suspend = nullptr;
    QAction* m_reactivate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_refresh = nullptr;
    TenantWizard* m_wizard = nullptr;
    QString m_pendingSelection;
};

} // namespace custos
