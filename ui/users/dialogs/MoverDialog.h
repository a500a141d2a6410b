#pragma once

#include "core/users/Operations.h"
#include "ui/users/dialogs/AccessChoices.h"
#include "ui/users/dialogs/ActionDialog.h"

class QLabel;
class QListWidget;

namespace custos {

class CheckableList;
class GrantPreview;
class UserAccessApi;

// Mover: the user's direct realm roles and groups, checked in lists of everything the realm has; the operator
// changes what is checked and sees, before applying, exactly what will be added and removed.
class MoverDialog : public ActionDialog
{
    Q_OBJECT
public:
    MoverDialog(UserAccessApi* access, const KeycloakUser& user, QWidget* parent = nullptr);

    [[nodiscard]] const KeycloakUser& user() const { return m_user; }
    // What applying would change, from the current and the checked roles and groups.
    [[nodiscard]] AccessChange change() const;

    void showOutcome(const OperationOutcome& outcome) override;

private:
    // Reads the realm's lists and the user's memberships; `keepChecked` keeps what the operator checked.
    void load(bool keepChecked);
    void updatePreview();

    UserAccessApi* m_access;
    KeycloakUser m_user;
    CheckableList* m_roles;
    CheckableList* m_groups;
    QListWidget* m_preview;
    GrantPreview* m_grantPreview;
    QLabel* m_undone;
    AccessChoices m_choices;
    QList<RoleRef> m_currentRoles;
    QList<GroupRef> m_currentGroups;
    bool m_rolesLoaded = false;
    bool m_groupsLoaded = false;
};

} // namespace custos
