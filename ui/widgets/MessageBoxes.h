#pragma once

#include <QMessageBox>

namespace custos {

// A window-modal message box that returns at once and deletes itself when closed: the asynchronous replacement
// for QMessageBox::warning() and friends, which spin a nested event loop.
void showMessageBox(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);

} // namespace custos
