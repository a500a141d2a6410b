#include "ui/widgets/ActionBar.h"

#include "ui/widgets/FlowLayout.h"

#include <QAction>
#include <QActionEvent>
#include <QFrame>
#include <QToolButton>

namespace custos {

ActionBar::ActionBar(QWidget* parent)
    : ActionBar(QString(), parent)
{
}

ActionBar::ActionBar(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setWindowTitle(title);
    setAccessibleName(title);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QAction* ActionBar::addSeparator()
{
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    addAction(separator);
    return separator;
}

void ActionBar::setToolButtonStyle(Qt::ToolButtonStyle style)
{
    m_style = style;
    for (QWidget* widget : std::as_const(m_widgets))
        if (auto* button = qobject_cast<QToolButton*>(widget))
            button->setToolButtonStyle(style);
}

QWidget* ActionBar::widgetForAction(QAction* action) const
{
    return m_widgets.value(action);
}

QWidget* ActionBar::createWidget(QAction* action)
{
    if (action->isSeparator()) {
        auto* line = new QFrame(this);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        return line;
    }
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(m_style);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

void ActionBar::actionEvent(QActionEvent* event)
{
    QAction* action = event->action();
    switch (event->type()) {
    case QEvent::ActionAdded: {
        QWidget* widget = createWidget(action);
        QWidget* next = m_widgets.value(event->before());
        m_layout->insertWidget(next ? m_layout->indexOf(next) : m_layout->count(), widget);
        widget->setVisible(action->isVisible());
        m_widgets.insert(action, widget);
        break;
    }
    case QEvent::ActionChanged:
        if (QWidget* widget = m_widgets.value(action); widget && widget->isVisibleTo(this) != action->isVisible()) {
            widget->setVisible(action->isVisible());
            m_layout->invalidate();
        }
        break;
    case QEvent::ActionRemoved:
        delete m_widgets.take(action);
        break;
    default:
        break;
    }
    QWidget::actionEvent(event);
}

} // namespace custos
