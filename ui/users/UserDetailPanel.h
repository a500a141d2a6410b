#pragma once

#include "core/actions/ActionGate.h"
#include "core/keycloak/Representations.h"
#include "ui/users/DetailTab.h"

#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QTabWidget;

namespace custos {

class UserAccessApi;
class UserSecurityApi;
class UsersApi;

// Everything about one user, a tab per subject (profile, credentials, roles, groups, organizations, sessions,
// brute force, events). Each tab reads Keycloak only when it is shown, and shows its own errors.
class UserDetailPanel : public QWidget
{
    Q_OBJECT
public:
    UserDetailPanel(UsersApi* users, UserAccessApi* access, UserSecurityApi* security, QWidget* parent = nullptr);

    // Shows `user` (as listed); the tabs read the rest.
    void setUser(const KeycloakUser& user);
    void clear();
    // Reads the shown user's tabs again (after an action changed them).
    void reload();
    [[nodiscard]] QString userId() const { return m_user ? m_user->id : QString(); }
    // What gates "End session": the operator's roles and the ledger's state (the page's gate).
    void setGate(const ActionGate& gate);
    [[nodiscard]] QAction* revokeSessionAction() const { return m_revokeSession; }

signals:
    // The operator asked to end one of the shown user's sessions.
    void revokeSessionRequested(const custos::KeycloakUser& user, const custos::UserSession& session);

private:
    // A tab whose reads need `read` (when set) says so instead of asking, when the gate refuses it.
    DetailTab* addTab(const QString& objectName, const QString& title, const QStringList& headers,
                      DetailTab::Loader loader, std::optional<ActionId> read = std::nullopt);
    void loadProfile(const KeycloakUser& user, QObject* context, const DetailTab::Deliver& deliver);
    void loadRoles(const KeycloakUser& user, QObject* context, const DetailTab::Deliver& deliver);
    // The realm-management client (role mappings are addressed by its UUID), looked up once.
    void withRealmManagement(QObject* context, std::function<void(const Result<std::optional<ClientRef>>&)> next);
    void createTabs();
    void showHeader();
    void updateRevokeAction();

    UsersApi* m_users;
    UserAccessApi* m_access;
    UserSecurityApi* m_security;
    std::optional<KeycloakUser> m_user;
    ActionGate m_gate;
    std::optional<ClientRef> m_realmManagement; // looked up once per realm
    QList<UserSession> m_sessions;              // as last shown by the sessions tab
    QLabel* m_header;
    QTabWidget* m_tabs;
    QList<DetailTab*> m_tabList;
    DetailTab* m_sessionsTab = nullptr;
    QAction* m_revokeSession;
};

} // namespace custos
