#include "ui/roles/RoleHoldersAction.h"

#include "core/actions/ActionContext.h"
#include "core/auth/Session.h"
#include "core/keycloak/RolesApi.h"
#include "ui/roles/RoleHoldersDialog.h"
#include "ui/widgets/Gating.h"

namespace custos {

RoleHoldersAction::RoleHoldersAction(Session* session, ActionContext* actions, KeycloakAdmin* admin,
                                     UserAccessApi* access, QWidget* window)
    : QAction(tr("Who holds a &role…"), window)
    , m_session(session)
    , m_actions(actions)
    , m_roles(new RolesApi(admin, this))
    , m_access(access)
    , m_window(window)
{
    setObjectName(QStringLiteral("roleHoldersAction"));
    connect(this, &QAction::triggered, this, &RoleHoldersAction::open);
    connect(actions, &ActionContext::accessChanged, this, &RoleHoldersAction::update);
    connect(session, &Session::signedOut, this, [this] {
        // What it shows belongs to the session that ended.
        if (m_dialog)
            m_dialog->reject();
        update();
    });
    update();
}

RoleHoldersDialog* RoleHoldersAction::dialog() const
{
    return m_dialog;
}

void RoleHoldersAction::update()
{
    Gating::apply(this, m_actions->gate().whyNot(ActionId::RoleHoldersView),
                  tr("Every user who holds a role, and how: directly, through groups, through composite roles"),
                  m_session->isSignedIn());
}

void RoleHoldersAction::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new RoleHoldersDialog(m_access, m_roles, m_actions->gate(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
    m_dialog->load();
}

} // namespace custos
