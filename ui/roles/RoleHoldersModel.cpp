#include "ui/roles/RoleHoldersModel.h"

namespace custos {

void RoleHoldersModel::setHolders(const QList<RoleHolders::Holder>& holders)
{
    beginResetModel();
    m_holders = holders;
    endResetModel();
}

void RoleHoldersModel::clear()
{
    setHolders({});
}

int RoleHoldersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_holders.size());
}

int RoleHoldersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleHoldersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoleHolders::Holder& holder = m_holders.at(index.row());
    QStringList grants;
    for (const RoleHolders::Grant& grant : holder.grants)
        grants.append(RoleHolders::describe(grant));
    if (role == Qt::ToolTipRole && index.column() == HowColumn)
        return grants.join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UserColumn:
        return holder.user.username;
    case NameColumn:
        return holder.user.displayName();
    case StatusColumn:
        return holder.user.enabled ? tr("Enabled") : tr("Disabled");
    case HowColumn:
        return grants.join(QStringLiteral("; "));
    }
    return {};
}

QVariant RoleHoldersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Account");
    case HowColumn:
        return tr("How they hold it");
    }
    return {};
}

} // namespace custos
