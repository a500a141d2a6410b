#pragma once

#include "core/users/RoleHolders.h"

#include <QAbstractTableModel>

namespace custos {

// The holders of one role, one row per user: who they are, whether their account is enabled, and every way they
// hold it ("via composite iam-operator; via group /realm-admins, composite realm-admin (realm-management)").
class RoleHoldersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UserColumn, NameColumn, StatusColumn, HowColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setHolders(const QList<RoleHolders::Holder>& holders);
    void clear();
    [[nodiscard]] const RoleHolders::Holder& holder(int row) const { return m_holders.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<RoleHolders::Holder> m_holders;
};

} // namespace custos
