#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace custos {

class KeycloakAdmin;
class Session;

// What the operator sees once signed in: who they are, where, with which roles, until when; and the realm at a
// glance. The views of users, audit and certificates hang below this page.
class WorkspacePage : public QWidget
{
    Q_OBJECT
public:
    WorkspacePage(Session* session, KeycloakAdmin* keycloak, QWidget* parent = nullptr);

    // Shows the session and re-reads the realm's figures; the window calls it once the clients point at the realm.
    void refresh();

private:
    void showIdentity();

    Session* m_session;
    KeycloakAdmin* m_keycloak;
    QLabel* m_identity;
    QLabel* m_roles;
    QLabel* m_expiry;
    QLabel* m_persistence;
    QLabel* m_userCount;
    QPushButton* m_refresh;
};

} // namespace custos
