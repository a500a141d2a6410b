#pragma once

#include "core/platform/ExpiryCollector.h"

#include <QAbstractTableModel>

namespace custos {

// The rows of an ExpiryReport, soonest first; those within the warning window (or expired) highlighted, with the
// days left in words so the colour is never the only signal.
class ExpiryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DaysLeft, Expires, Kind, Name, Tenant, Source, ColumnCount };

    explicit ExpiryModel(QObject* parent = nullptr);

    void setReport(const ExpiryReport& report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExpiryRow> m_rows;
};

} // namespace custos
