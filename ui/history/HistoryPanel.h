#pragma once

#include <QWidget>

class QAction;
class QTableView;

namespace custos {

class SessionHistory;

// The history of this session's outcomes, in a panel under the pages: opened and closed from View → History, the
// status bar's History button, or Ctrl+H (toggleAction()); it stays open beside the work, non-modal. A panel of
// the window's own rather than a QDockWidget, whose built-in buttons would speak English in any language.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    HistoryPanel(SessionHistory* history, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* view() const { return m_view; }
    // Checked while the panel is shown.
    [[nodiscard]] QAction* toggleAction() const { return m_toggle; }

private:
    QTableView* m_view;
    QAction* m_toggle;
};

} // namespace custos
