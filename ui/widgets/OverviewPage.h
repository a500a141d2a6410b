#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace custos {

class Session;
class UsersApi;

// The workspace's first page: who is signed in, where, with which roles, until when; and the realm at a glance.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(Session* session, UsersApi* users, QWidget* parent = nullptr);

    // Shows the session and re-reads the realm's figures.
    void refresh();
    // Another line of figures ("Expiring soon:" and its summary), owned by whoever adds it.
    void addRow(const QString& label, QWidget* widget);

private:
    void showIdentity();

    Session* m_session;
    UsersApi* m_users;
    QLabel* m_identity;
    QLabel* m_roles;
    QLabel* m_expiry;
    QLabel* m_persistence;
    QLabel* m_userCount;
    QPushButton* m_refresh;
    QFormLayout* m_form;
};

} // namespace custos
