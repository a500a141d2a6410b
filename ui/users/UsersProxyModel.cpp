#include "ui/users/UsersProxyModel.h"

#include "ui/users/UsersModel.h"

namespace custos {

UsersProxyModel::UsersProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UsersModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void UsersProxyModel::setQuickFilter(const QString& text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_filter = filter;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_filter = filter;
    invalidateFilter();
#endif
}

bool UsersProxyModel::canFetchMore(const QModelIndex& parent) const
{
    return !isFiltering() && QSortFilterProxyModel::canFetchMore(parent);
}

bool UsersProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    // The columns people type from: username, name, e-mail, and the status words ("locked", "disabled").
    for (int column :
         {UsersModel::UsernameColumn, UsersModel::NameColumn, UsersModel::EmailColumn, UsersModel::StatusColumn}) {
        const QString text = sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace custos
