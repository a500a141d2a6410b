#include "ui/widgets/Shortcuts.h"

#include <QAction>
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
    field->setToolTip(withShortcut(field->toolTip().isEmpty() ? field->accessibleName() : field->toolTip(),
                                   find->shortcut()));
}

} // namespace custos::Shortcuts
