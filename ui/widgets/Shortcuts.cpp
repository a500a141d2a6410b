#include "ui/widgets/Shortcuts.h"

#include <QAbstractItemView>
#include <QAction>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QLineEdit>

namespace custos::Shortcuts {

QString withShortcut(const QString& toolTip, const QKeySequence& shortcut)
{
    if (shortcut.isEmpty())
        return toolTip;
    return QCoreApplication::translate("custos::Shortcuts", "%1 (%2)")
        .arg(toolTip, shortcut.toString(QKeySequence::NativeText));
}

void addFind(QWidget* page, QLineEdit* field)
{
    auto* find = new QAction(page);
    find->setObjectName(page->objectName() + QStringLiteral("FindAction"));
    find->setShortcut(QKeySequence::Find);
    // Window-wide, but an action on a hidden page does not fire: Ctrl+F means the search of the page shown.
    find->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(find, &QAction::triggered, field, [field] {
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    page->addAction(find);
    field->setToolTip(
        withShortcut(field->toolTip().isEmpty() ? field->accessibleName() : field->toolTip(), find->shortcut()));
}

void addContextMenuKeys(QWidget* window)
{
    auto* open = new QAction(window);
    open->setObjectName(QStringLiteral("contextMenuKeysAction"));
    open->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)});
    open->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(open, &QAction::triggered, window, [window] {
        QWidget* focused = window->focusWidget();
        if (!focused)
            return;
        // A scroll area's context menu is asked for on its viewport, where a right click lands.
        QWidget* target = focused;
        QPoint position = focused->rect().center();
        if (auto* area = qobject_cast<QAbstractScrollArea*>(focused)) {
            target = area->viewport();
            position = target->rect().center();
            if (auto* view = qobject_cast<QAbstractItemView*>(focused)) {
                const QRect current = view->visualRect(view->currentIndex()).intersected(target->rect());
                position = current.isEmpty() ? target->rect().topLeft() : current.center();
            }
        }
        QContextMenuEvent event(QContextMenuEvent::Keyboard, position, target->mapToGlobal(position));
        QCoreApplication::sendEvent(target, &event);
    });
    window->addAction(open);
}

} // namespace custos::Shortcuts
