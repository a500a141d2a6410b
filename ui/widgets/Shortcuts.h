#pragma once

#include <QKeySequence>
#include <QString>

class QLineEdit;
class QWidget;

namespace custos::Shortcuts {

// "Read again (F5)": a tooltip that teaches the shortcut, in the platform's notation.
[[nodiscard]] QString withShortcut(const QString& toolTip, const QKeySequence& shortcut);
// The platform's Find (Ctrl+F) puts the focus in `field`, its text selected, whenever `page` is shown; each page
// with a search field adds its own, and only the shown page's one is live.
void addFind(QWidget* page, QLineEdit* field);
// Shift+F10 and the Menu key open the context menu of the focused widget in `window`, as a right click would; in a
// list or table, at its current row, so the menu acts on what is selected.
void addContextMenuKeys(QWidget* window);

} // namespace custos::Shortcuts
