#pragma once

#include "core/users/UserOperation.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace custos {

class ActionContext;
class OverviewPage;
class Session;
class UsersPage;

// The signed-in console: a navigation list on the left (Overview, Users, and whatever the window adds, such as
// Audit), the chosen section on the right. Ctrl+1, Ctrl+2… open the sections in order; the last one open is
// remembered for the next start.
class WorkspacePage : public QWidget
{
    Q_OBJECT
public:
    // `actions` gates the users page's actions.
    WorkspacePage(Session* session, const UserServices& services, ActionContext* actions, QWidget* parent = nullptr);

    // Appends a section; `key` names it in the settings. Opens it when it was the last one open.
    void addSection(const QString& key, const QString& title, QWidget* page);
    void showSection(const QString& key);
    [[nodiscard]] QString currentSection() const;

    [[nodiscard]] UsersPage* usersPage() const { return m_users; }
    [[nodiscard]] OverviewPage* overviewPage() const { return m_overview; }

    // Shows the session and re-reads the realm; the window calls it once the clients point at the realm.
    void refresh();
    // Forgets what was read from the realm (after sign-out).
    void clear();

private:
    void onSectionChanged(int row);

    Session* m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    OverviewPage* m_overview;
    UsersPage* m_users;
    QString m_remembered; // the section open when the application last ran
};

} // namespace custos
