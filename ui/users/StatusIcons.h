#pragma once

#include <QIcon>

namespace custos {

struct KeycloakUser;

// The status column's glyph: one coloured badge for the most pressing state of an account, so a disabled or locked
// user stands out while scrolling. Drawn in code (no icon theme is guaranteed on every desktop) and cached.
namespace StatusIcons {

enum class State { Ok, Mfa, Pending, Locked, Disabled }; // ascending: the last one that applies wins

[[nodiscard]] State stateOf(const KeycloakUser& user);
// stateOf() as a number, to sort the status column from harmless to most pressing.
[[nodiscard]] int severity(const KeycloakUser& user);
[[nodiscard]] QIcon forState(State state);
[[nodiscard]] QIcon forUser(const KeycloakUser& user);

} // namespace StatusIcons
} // namespace custos
