#include "ui/users/dialogs/BulkResultsModel.h"

#include "ui/users/dialogs/ActionDialog.h"
#include "ui/widgets/StatusColours.h"

#include <QBrush>
#include <QColor>

namespace custos {

void BulkResultsModel::track(BulkRun* run)
{
    beginResetModel();
    m_items = run->items();
    m_outcomes = QList<std::optional<OperationOutcome>>(m_items.size());
    m_complete = false;
    endResetModel();
    connect(run, &BulkRun::itemFinished, this, &BulkResultsModel::setOutcome);
    connect(run, &BulkRun::finished, this, [this, run] {
        const QList<OperationOutcome>& all = run->outcomes();
        for (qsizetype row = 0; row < all.size() && row < m_outcomes.size(); ++row)
            setOutcome(int(row), all.at(row));
        m_complete = true;
    });
}

void BulkResultsModel::setOutcome(int row, const OperationOutcome& outcome)
{
    if (row < 0 || row >= m_outcomes.size())
        return;
    m_outcomes[row] = outcome;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QList<OperationOutcome> BulkResultsModel::outcomes() const
{
    QList<OperationOutcome> all;
    all.reserve(m_outcomes.size());
    for (const auto& outcome : m_outcomes)
        all.append(outcome.value_or(OperationOutcome{}));
    return all;
}

int BulkResultsModel::count(bool succeeded) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [succeeded](const auto& outcome) { return outcome && outcome->succeeded == succeeded; }));
}

int BulkResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BulkResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkItem& item = m_items.at(index.row());
    const std::optional<OperationOutcome>& outcome = m_outcomes.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && outcome && !outcome->succeeded)
        return QBrush(StatusColours::text(StatusColours::Role::Danger));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UserColumn:
        return item.user.username;
    case ActionColumn:
        return displayName(item.action);
    case ResultColumn:
        if (!outcome)
            return tr("Waiting");
        if (outcome->succeeded)
            return tr("Done");
        if (outcome->error.kind == Error::Kind::Cancelled)
            return tr("Cancelled");
        return outcome->refused ? tr("Refused") : tr("Failed");
    case DetailsColumn:
        return outcome ? ActionDialog::describe(*outcome) : QString();
    case CorrelationColumn:
        return outcome ? outcome->correlationId : QString();
    default:
        return {};
    }
}

QVariant BulkResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ResultColumn:
        return tr("Result");
    case DetailsColumn:
        return tr("Details");
    case CorrelationColumn:
        return tr("Correlation id");
    default:
        return {};
    }
}

} // namespace custos
