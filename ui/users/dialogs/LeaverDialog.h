#pragma once

#include "core/keycloak/Representations.h"
#include "ui/users/dialogs/ActionDialog.h"

class QCheckBox;

namespace custos {

// Leaver: confirms, naming the user, that every session is ended and the account disabled; optionally the
// group memberships are removed too. The outcome says how many sessions were ended.
class LeaverDialog : public ActionDialog
{
    Q_OBJECT
public:
    LeaverDialog(const KeycloakUser& user, QWidget* parent = nullptr);

    [[nodiscard]] const KeycloakUser& user() const { return m_user; }
    [[nodiscard]] bool leaveGroups() const;

private:
    KeycloakUser m_user;
    QCheckBox* m_leaveGroups;
};

} // namespace custos
