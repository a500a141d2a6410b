#pragma once

#include "core/actions/ActionGate.h"
#include "core/users/RoleHolders.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace custos {

class AccessNotice;
class RoleHoldersModel;
class RolesApi;
class UserAccessApi;

// Who holds a role: the operator picks one of the realm's roles or realm-management's, and sees every user who holds
// it and how (directly, through a group or a parent group, through composite roles), with the search's progress
// and a Stop button while it runs. Non-modal; closing it stops a search. When the gate refuses the read the dialog
// says which roles are missing and asks the server nothing.
class RoleHoldersDialog : public QDialog
{
    Q_OBJECT
public:
    RoleHoldersDialog(UserAccessApi* access, RolesApi* roles, const ActionGate& gate, QWidget* parent = nullptr);

    // Lists the roles to choose from (realm-management's manage-users chosen first).
    void load();
    // Finds the holders of the chosen role.
    void find();
    void stop();

    [[nodiscard]] RoleHoldersModel* model() const { return m_model; }

    void reject() override;

private:
    void addRoles(const QList<RoleRef>& roles);
    void showError(const Error& error);
    void setBusy(bool busy);
    void showFound(const RoleHolders::Found& found);

    UserAccessApi* m_access;
    RolesApi* m_roles;
    ActionGate m_gate;
    RoleHolders* m_search;
    RoleHoldersModel* m_model;
    AccessNotice* m_notice;
    QComboBox* m_picker;
    QPushButton* m_find;
    QPushButton* m_stop;
    QLabel* m_step;
    QString m_stepText; // what the search is doing, as it last said
    QProgressBar* m_progress;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_error;
    int m_pendingLists = 0;
};

} // namespace custos
