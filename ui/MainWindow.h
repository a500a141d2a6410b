#pragma once

#include "core/auth/ProfileStore.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace custos {

class ApiClient;
class HttpClient;
class KeycloakAdmin;
class SecretStore;
class Session;
class SignInController;
class SignInPage;
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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void importProfile();
    void reloadProfiles(const QString& selected);
    void onSignedIn();
    void onSignedOut();
    void updateStatusBar();

    ProfileStore* m_profiles;
    HttpClient* m_http;
    Session* m_session;
    ApiClient* m_api;
    KeycloakAdmin* m_keycloak;
    SignInController* m_controller;
    QStackedWidget* m_pages;
    SignInPage* m_signIn;
    WorkspacePage* m_workspace;
    QLabel* m_connection;
    QAction* m_signOutAction = nullptr;
};

} // namespace custos
