#include "ui/expiry/ExpiryModel.h"

#include "ui/widgets/StatusColours.h"

#include <QBrush>
#include <QLocale>

namespace custos {

ExpiryModel::ExpiryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ExpiryModel::setReport(const ExpiryReport& report)
{
    beginResetModel();
    m_rows = report.rows;
    endResetModel();
}

int ExpiryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExpiryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpiryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExpiryRow& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case DaysLeft:
            if (row.daysLeft < 0)
                return tr("expired %n day(s) ago", nullptr, int(-row.daysLeft));
            return row.withinWarning ? tr("⚠ %n day(s)", nullptr, int(row.daysLeft))
                                     : tr("%n day(s)", nullptr, int(row.daysLeft));
        case Expires:
            return QLocale().toString(row.notAfter.toLocalTime(), QLocale::ShortFormat);
        case Kind:
            return row.kind;
        case Name:
            return row.name;
        case Tenant:
            return row.tenant;
        case Source:
            return row.source == u"keycloak" ? tr("Keycloak") : tr("Platform");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == DaysLeft)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // A tint the palette's own text reads well on, in light and dark themes alike.
    if (row.withinWarning && role == Qt::BackgroundRole)
        return QBrush(
            StatusColours::background(row.daysLeft < 0 ? StatusColours::Role::Danger : StatusColours::Role::Warning));
    return {};
}

QVariant ExpiryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DaysLeft:
        return tr("Days left");
    case Expires:
        return tr("Expires");
    case Kind:
        return tr("What");
    case Name:
        return tr("Name");
    case Tenant:
        return tr("Tenant");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custos
