#include "ui/tenants/TenantsModel.h"

#include "ui/widgets/StatusColours.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace custos {

TenantsModel::TenantsModel(PlatformApi* platform, QObject* parent)
    : QAbstractTableModel(parent)
    , m_platform(platform)
{
}

void TenantsModel::setQuery(const TenantQuery& query)
{
    m_query = query;
    m_query.cursor.clear();
    reload();
}

void TenantsModel::reload()
{
    beginResetModel();
    m_tenants.clear();
    m_nextCursor.clear();
    m_total = 0;
    endResetModel();
    m_active = true;
    fetch({});
}

void TenantsModel::clear()
{
    m_call.cancel();
    ++m_generation;
    beginResetModel();
    m_tenants.clear();
    m_nextCursor.clear();
    m_total = 0;
    m_loading = false;
    m_active = false;
    endResetModel();
}

void TenantsModel::fetch(const QString& cursor)
{
    m_call.cancel();
    const quint64 generation = ++m_generation;
    m_loading = true;
    TenantQuery query = m_query;
    query.cursor = cursor;
    m_call = m_platform->tenants(query, this, [this, generation](const Result<TenantPage>& page) {
        if (generation != m_generation)
            return; // an older query's answer
        m_loading = false;
        if (!page.ok()) {
            emit loadFailed(page.error());
            return;
        }
        m_total = page->total;
        m_nextCursor = page->nextCursor;
        if (!page->items.isEmpty()) {
            beginInsertRows({}, int(m_tenants.size()), int(m_tenants.size() + page->items.size() - 1));
            m_tenants.append(page->items);
            endInsertRows();
        }
        emit pageLoaded();
    });
}

int TenantsModel::rowOf(const QString& tenantId) const
{
    for (int row = 0; row < m_tenants.size(); ++row)
        if (m_tenants.at(row).id == tenantId)
            return row;
    return -1;
}

void TenantsModel::updateTenant(const Tenant& tenant)
{
    const int row = rowOf(tenant.id);
    if (row < 0)
        return;
    m_tenants[row] = tenant;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TenantsModel::removeTenant(const QString& tenantId)
{
    const int row = rowOf(tenantId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_tenants.removeAt(row);
    endRemoveRows();
    m_total = std::max<qint64>(0, m_total - 1);
}

int TenantsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tenants.size());
}

int TenantsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tenant& tenant = m_tenants.at(index.row());
    if (role == TenantIdRole)
        return tenant.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Slug:
            return tenant.slug;
        case Name:
            return tenant.name;
        case Status:
            if (role == Qt::ToolTipRole)
                return tenant.isSuspended() ? tr("Suspended: its users cannot sign in to the platform") : tr("Active");
            return tenant.isSuspended() ? tr("⏸ Suspended") : tr("● Active");
        case Plan:
            return tenant.plan;
        case AdminEmail:
            return tenant.adminEmail;
        case Created:
            return QLocale().toString(tenant.createdAt.toLocalTime(), QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (index.column() == Status && tenant.isSuspended()) {
        if (role == Qt::ForegroundRole)
            return QBrush(StatusColours::text(StatusColours::Role::Warning));
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == Status)
        return tenant.isSuspended() ? tr("Suspended") : tr("Active");
    return {};
}

QVariant TenantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Slug:
        return tr("Slug");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Plan:
        return tr("Plan");
    case AdminEmail:
        return tr("Admin e-mail");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

bool TenantsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_active && !m_loading && !m_nextCursor.isEmpty();
}

void TenantsModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetch(m_nextCursor);
}

} // namespace custos
