#pragma once

#include "core/users/BulkRun.h"

#include <QAbstractTableModel>
#include <optional>

namespace custos {

// One row per item of a bulk run: the user, the action, and its outcome as soon as it is known.
class BulkResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UserColumn, ActionColumn, ResultColumn, DetailsColumn, CorrelationColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // Shows `run`'s items, each outcome as the item finishes and, once the run has finished, run->outcomes()
    // (which include the items a cancel kept from starting). The model does not keep `run`.
    void track(BulkRun* run);

    [[nodiscard]] const QList<BulkItem>& items() const { return m_items; }
    // Every item's outcome, once the run has finished.
    [[nodiscard]] QList<OperationOutcome> outcomes() const;
    [[nodiscard]] bool isComplete() const { return m_complete; }
    [[nodiscard]] int count(bool succeeded) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void setOutcome(int row, const OperationOutcome& outcome);

    QList<BulkItem> m_items;
    QList<std::optional<OperationOutcome>> m_outcomes;
    bool m_complete = false;
};

} // namespace custos
