#pragma once

#include <QDockWidget>

class QTableView;

namespace custos {

class SessionHistory;

// The history of this session's outcomes, docked at the bottom of the window: opened from View → History, the
// status bar's History button, or Ctrl+H; it stays open beside the work, non-modal.
class HistoryDock : public QDockWidget
{
    Q_OBJECT
public:
    HistoryDock(SessionHistory* history, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* view() const { return m_view; }

private:
    QTableView* m_view;
};

} // namespace custos
