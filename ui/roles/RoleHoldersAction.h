#pragma once

#include <QAction>
#include <QPointer>

namespace custos {

class ActionContext;
class KeycloakAdmin;
class RoleHoldersDialog;
class RolesApi;
class Session;
class UserAccessApi;

// "Who holds a role…": enabled while signed in with the roles the search needs (otherwise its tooltip names what is
// missing), it opens the one RoleHoldersDialog of the window, which closes at sign-out.
class RoleHoldersAction : public QAction
{
    Q_OBJECT
public:
    // `actions` gates it; `session` closes the dialog at sign-out.
    RoleHoldersAction(Session* session, ActionContext* actions, KeycloakAdmin* admin, UserAccessApi* access,
                      QWidget* window);

    [[nodiscard]] RoleHoldersDialog* dialog() const;

private:
    void update();
    void open();

    Session* m_session;
    ActionContext* m_actions;
    RolesApi* m_roles;
    UserAccessApi* m_access;
    QWidget* m_window;
    QPointer<RoleHoldersDialog> m_dialog;
};

} // namespace custos
