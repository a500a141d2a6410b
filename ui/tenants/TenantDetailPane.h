#pragma once

#include "core/http/PendingCall.h"
#include "core/platform/PlatformTypes.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace custos {

class OutcomeBar;
class PlatformContext;

// One tenant as the platform reads it now (with its ETag, for the next change), its Keycloak organization and the
// organization's members, with adding and removing members.
class TenantDetailPane : public QWidget
{
    Q_OBJECT
public:
    // At most this many members are listed (organizations of the devstack and most tenants are far smaller).
    static constexpr int memberPageSize = 100;

    explicit TenantDetailPane(PlatformContext* context, QWidget* parent = nullptr);

    // Reads the tenant (empty: shows nothing); loaded() follows.
    void showTenant(const QString& tenantId);
    void reload();
    [[nodiscard]] bool hasTenant() const { return !m_tenant.tenant.id.isEmpty(); }
    [[nodiscard]] const VersionedTenant& tenant() const { return m_tenant; }
    [[nodiscard]] QListWidget* memberList() const { return m_members; }

signals:
    void loaded(const custos::VersionedTenant& tenant);

private:
    void showFields();
    void loadOrganization();
    void loadMembers();
    void addMember();
    void removeMember();
    void updateActions();

    PlatformContext* m_context;
    VersionedTenant m_tenant;
    QString m_requested;
    PendingCall m_call;
    QLabel* m_title;
    QLabel* m_fields;
    QLabel* m_organization;
    QGroupBox* m_membersBox;
    QListWidget* m_members;
    QLineEdit* m_memberField;
    QPushButton* m_addMember;
    QPushButton* m_removeMember;
    OutcomeBar* m_outcome;
};

} // namespace custos
