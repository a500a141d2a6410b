#pragma once

#include "core/common/Error.h"
#include "core/platform/PlatformApi.h"

#include <QAbstractTableModel>

namespace custos {

// The platform's tenants for a search, read lazily: the first page when the query is set, each further page when
// the view asks (canFetchMore/fetchMore follow the cursor). Answers of an older query are dropped.
class TenantsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Slug, Name, Status, Plan, AdminEmail, Created, ColumnCount };
    enum Role { TenantIdRole = Qt::UserRole + 1 };

    explicit TenantsModel(PlatformApi* platform, QObject* parent = nullptr);

    // Starts over with `query` (its cursor is ignored): the rows go, the first page is read.
    void setQuery(const TenantQuery& query);
    // The current query again from its first page.
    void reload();
    void clear();

    [[nodiscard]] const Tenant& tenantAt(int row) const { return m_tenants.at(row); }
    [[nodiscard]] int rowOf(const QString& tenantId) const;
    // A tenant changed (suspended, reactivated): its row shows the new state without a reload.
    void updateTenant(const Tenant& tenant);
    void removeTenant(const QString& tenantId);
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // After each page (also an empty one): the view updates its count and status line.
    void pageLoaded();
    void loadFailed(const custos::Error& error);

private:
    void fetch(const QString& cursor);

    PlatformApi* m_platform;
    TenantQuery m_query;
    QList<Tenant> m_tenants;
    QString m_nextCursor;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_active = false;
    PendingCall m_call;
};

} // namespace custos
