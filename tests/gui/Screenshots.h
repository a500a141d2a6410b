#pragma once

#include <QString>

class QWidget;

// The README's pictures: scripts/screenshots runs some GUI tests in a real X server with CUSTOS_SCREENSHOT_DIR set,
// and those tests save what they show there.
namespace Screenshots {

[[nodiscard]] bool wanted();
// With screenshots wanted, installs the English catalogue, so that texts read as the program shows them ("1
// record", not "1 record(s)"). Call it before the widgets are made.
void prepare();
// Saves `widget` as NAME.png in CUSTOS_SCREENSHOT_DIR; true when none is wanted.
[[nodiscard]] bool save(QWidget* widget, const QString& name);

} // namespace Screenshots
