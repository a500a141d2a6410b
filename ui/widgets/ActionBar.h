#pragma once

#include <QHash>
#include <QWidget>

class QAction;
class QToolButton;

namespace custos {

class FlowLayout;

// A page's row of action buttons, in place of a QToolBar: the buttons take the keyboard focus in the Tab order
// (a QToolBar's do not), and when the row is too narrow for them (longer labels in French) it wraps to a second
// line instead of hiding actions behind an extension arrow. Add actions with QWidget::addAction(); a button follows
// its action's text, tooltip, enabled state and visibility.
class ActionBar : public QWidget
{
    Q_OBJECT
public:
    explicit ActionBar(QWidget* parent = nullptr);
    ActionBar(const QString& title, QWidget* parent = nullptr);

    QAction* addSeparator();
    void setToolButtonStyle(Qt::ToolButtonStyle style);
    // The button showing `action`, as QToolBar::widgetForAction.
    [[nodiscard]] QWidget* widgetForAction(QAction* action) const;

protected:
    void actionEvent(QActionEvent* event) override;

private:
    QWidget* createWidget(QAction* action);

    FlowLayout* m_layout;
    QHash<QAction*, QWidget*> m_widgets;
    Qt::ToolButtonStyle m_style = Qt::ToolButtonTextOnly;
};

} // namespace custos
