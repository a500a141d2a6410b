#pragma once

#include <QString>

namespace custos {

struct ProfileAttribute;

// What a person reads for a user-profile attribute: Keycloak's built-in ones (username, email, firstName,
// lastName) in the window's language, whatever label the realm gives them (often a message key such as
// "${firstName}", which Custos cannot resolve); for the others, the realm's label, or the name itself.
[[nodiscard]] QString attributeLabel(const QString& name, const QString& realmLabel = {});
[[nodiscard]] QString attributeLabel(const ProfileAttribute& attribute);

} // namespace custos
