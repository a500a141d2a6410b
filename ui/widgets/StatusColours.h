#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <optional>

class QWidget;

namespace custos {

// The colours that carry meaning (a success, a warning, a failure…), chosen for a palette rather than hard-coded,
// so that they stay readable with the system's light or dark theme: darker shades on a light palette, lighter ones
// on a dark palette, nudged further until text meets WCAG's 4.5:1 contrast. Colour only backs up what the words say.
namespace StatusColours {

enum class Role { Success, Warning, Danger, Neutral, Info };

// Whether white text reads better than black on the palette's window and base: a dark theme.
[[nodiscard]] bool isDark(const QPalette& palette);
// For text and marks in `role`: at least 4.5:1 against the palette's Base, AlternateBase and Window.
[[nodiscard]] QColor text(Role role, const QPalette& palette = QGuiApplication::palette());
// A row or bar tinted for `role`, under which the palette's own Text stays at 4.5:1 or more.
[[nodiscard]] QColor background(Role role, const QPalette& palette = QGuiApplication::palette());
// WCAG 2 contrast ratio between two colours, from 1 to 21.
[[nodiscard]] double contrast(const QColor& a, const QColor& b);
// Shows `widget`'s text in `role`'s colour, again whenever the palette changes; nullopt gives the widget back its
// inherited palette (for labels that set no palette of their own).
void colourText(QWidget* widget, std::optional<Role> role);

} // namespace StatusColours
} // namespace custos
