#pragma once

#include <QList>
#include <QTableWidget>

namespace custos {

// The item of `rows` (one per table row, in the table's order) that `table` has selected; nullptr when no row is.
template <typename T> const T* selectedRow(const QTableWidget* table, const QList<T>& rows)
{
    const int row = table->currentRow();
    if (row < 0 || row >= rows.size() || table->selectedItems().isEmpty())
        return nullptr;
    return &rows.at(row);
}

} // namespace custos
