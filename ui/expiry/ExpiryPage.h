#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace custos {

class ExpiryCollector;
class ExpiryModel;
class ExpirySummary;
struct ExpiryReport;

// Every certificate and key Custos can see, soonest expiry first, anything within 30 days highlighted, with the
// sources that could not be read named underneath.
class ExpiryPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExpiryPage(ExpiryCollector* collector, QWidget* parent = nullptr);

    [[nodiscard]] ExpiryModel* model() const { return m_model; }
    [[nodiscard]] ExpirySummary* summary() const { return m_summary; }

private:
    void showReport(const ExpiryReport& report);

    ExpiryCollector* m_collector;
    ExpiryModel* m_model;
    ExpirySummary* m_summary;
    QTableView* m_table;
    bool m_columnsSized = false; // sized to their contents once, or restored: the operator's widths stay
    QLabel* m_problems;
};

} // namespace custos
