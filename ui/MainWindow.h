#pragma once

#include "core/auth/ProfileStore.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace custos {

class ApiClient;
class AuditPage;
class ErasureController;
class ExpiryCollector;
class HistoryPanel;
class OutcomeBar;
class OrganizationsApi;
class PlatformApi;
class ActionContext;
class PlatformContext;
class RealmKeysApi;
class HttpClient;
class KeycloakAdmin;
class LedgerController;
class SecretStore;
class Session;
class SessionHistory;
class SignInController;
class SignInPage;
class UserAccessApi;
class UserActionsController;
class UserSecurityApi;
class UsersApi;
class WorkspacePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore* profiles, SecretStore* secrets, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Selects the profile on the sign-in screen (from --profile or the last one used).
    void selectProfile(const QString& name);
    // Tries to resume the selected profile's session from the keychain; shows the sign-in screen otherwise.
    void resumeSession();

    [[nodiscard]] SignInController* signInController() const { return m_controller; }
    [[nodiscard]] Session* session() const { return m_session; }
    [[nodiscard]] WorkspacePage* workspace() const { return m_workspace; }
    [[nodiscard]] AuditPage* auditPage() const { return m_audit; }
    [[nodiscard]] ActionContext* actionContext() const { return m_actions; }
    [[nodiscard]] UserActionsController* userActions() const { return m_userActions; }
    [[nodiscard]] LedgerController* ledger() const { return m_ledger; }
    [[nodiscard]] ErasureController* erasure() const { return m_erasure; }
    [[nodiscard]] SessionHistory* history() const { return m_history; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    // Tenants, certificates, realm keys and expiry: the platform's pages and the realm's keys.
    void addPlatformSections();
    void importProfile();
    void importProfileFrom(const QString& path);
    void reloadProfiles(const QString& selected);
    void onSignedIn();
    void onSignedOut();
    void updateStatusBar();
    // Opens (or creates) the audit ledger once signed in; write actions stay disabled until it is open.
    void openLedger();
    void exportLedger();
    // The notification above the pages and the history of this session's outcomes, with their ways in.
    void createOutcomeViews();
    // Auditor mode from the console: a chosen export verified in a window of its own, as `custos FILE` does.
    void openLedgerExport();
    // A PDF report of the audit page's ledger and filter, after step-up; recorded in the ledger like any export.
    void saveAuditReport();
    void writeAuditReport(const QString& path);
    void updateBulkAction();

    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    HttpClient* m_http;
    Session* m_session;
    ApiClient* m_api;
    KeycloakAdmin* m_keycloak;
    UsersApi* m_users;
    UserAccessApi* m_userAccess;
    UserSecurityApi* m_userSecurity;
    PlatformApi* m_platform;
    OrganizationsApi* m_organizations;
    RealmKeysApi* m_realmKeys;
    SignInController* m_controller;
    // Who acts and what they may do: one for every page and controller that runs an action.
    ActionContext* m_actions;
    QStackedWidget* m_pages;
    SignInPage* m_signIn;
    WorkspacePage* m_workspace;
    AuditPage* m_audit;
    UserActionsController* m_userActions;
    PlatformContext* m_platformContext;
    ExpiryCollector* m_expiry;
    LedgerController* m_ledger;
    ErasureController* m_erasure;
    SessionHistory* m_history;
    HistoryPanel* m_historyPanel;
    OutcomeBar* m_notice;
    QLabel* m_connection;
    QLabel* m_ledgerStatus;
    QLabel* m_witnessStatus;
    QAction* m_signOutAction = nullptr;
    QAction* m_bulkCsvAction = nullptr;
    QAction* m_exportLedgerAction = nullptr;
    QAction* m_saveReportAction = nullptr;
    QAction* m_recordEventsAction = nullptr;
    QAction* m_eraseAction = nullptr;
};

} // namespace custos
