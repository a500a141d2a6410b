#pragma once

#include "core/auth/Identity.h"
#include "core/keycloak/Representations.h"
#include "core/users/UserAction.h"

#include <QMap>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;

namespace custos {

class ActionBar;
class ActionContext;
class UserAccessApi;
class UserDetailPanel;
class UserSecurityApi;
class UsersApi;
class UsersModel;
class UsersProxyModel;

// The users of the realm: a server-side search (prefix, contains, exact, attribute), the paged list with the
// total, the selected user's detail, and the actions on users, enabled by the operator's roles and the selection.
// The page runs no operation itself: it asks for one with actionRequested(), and whoever ran it calls
// refreshUsers() or refreshSearch() afterwards.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    // `context` gates the actions (the operator's roles, the ledger), asked again on its accessChanged().
    UsersPage(UsersApi* users, UserAccessApi* access, UserSecurityApi* security, ActionContext* context,
              QWidget* parent = nullptr);

    // The first time the page is opened: lists all users and reads the attribute names for attribute searches.
    void activate();
    // Forgets the results and the detail (sign-out, another realm); what was typed in the search field stays.
    void clear();

    [[nodiscard]] QAction* action(UserAction action) const { return m_actions.value(action); }
    [[nodiscard]] UsersModel* model() const { return m_model; }
    [[nodiscard]] UserDetailPanel* detailPanel() const { return m_detail; }
    // The users selected in the list, in list order, as listed (without their raw representation).
    [[nodiscard]] QList<KeycloakUser> selectedUsers() const;

public slots:
    // Reads these users again after an action; a user that no longer exists leaves the list ("vanished").
    void refreshUsers(const QStringList& ids);
    // Runs the current search again from its first page, keeping the selected user selected when listed.
    void refreshSearch();
    // Submits what the search fields say.
    void submitSearch();

signals:
    // The operator asked for `action` on `users` (empty for Create).
    void actionRequested(custos::UserAction action, const QList<custos::KeycloakUser>& users);
    // The operator asked to end one session of `user` (from the detail's sessions tab).
    void revokeSessionRequested(const custos::KeycloakUser& user, const custos::UserSession& session);

private:
    QWidget* createSearchBar();
    QWidget* createErrorBar();
    void createActions();
    void loadAttributeSuggestions();
    void onModeChanged();
    void onSelectionChanged();
    void updateActions();
    void updateStatus();
    void showPageError(const Error& error);
    void reselect();
    void showNotice(const QString& text);

    UsersApi* m_users;
    UserSecurityApi* m_security;
    UsersModel* m_model;
    UsersProxyModel* m_proxy;
    ActionContext* m_context;
    QMap<UserAction, QAction*> m_actions;
    QComboBox* m_modeBox;
    QComboBox* m_attributeBox;
    QLineEdit* m_searchField;
    QPushButton* m_searchButton;
    QLineEdit* m_filterField;
    ActionBar* m_toolBar;
    QTableView* m_table;
    QWidget* m_errorBar;
    QLabel* m_errorLabel;
    QLabel* m_status;
    QLabel* m_notice;
    QMenu* m_contextMenu;
    UserDetailPanel* m_detail;
    QString m_reselectId; // the user to select again once a refreshed search lists them
    bool m_attributesLoaded = false;
};

} // namespace custos
