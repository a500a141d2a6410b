#pragma once

// One persona's whole session in the real window: MainWindow offscreen on the devstack's profile with a private
// keychain (in memory), settings and data directory, signed in as that persona through Keycloak's real login page
// (Chromium driven by tests/e2e/browser-login.mjs, every step-up too), and the window's own ledger read back.
// The service account only sets up and checks server state; everything the persona does goes through the window.
#include "core/auth/ProfileStore.h"
#include "core/keychain/SecretStore.h"
#include "core/keycloak/Representations.h"
#include "core/ledger/LedgerRecord.h"
#include "tests/support/Await.h"
#include "tests/support/DevStack.h"

#include <QApplication>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QAction;

namespace custos {

class ApiClient;
class HttpClient;
class KeycloakAdmin;
class MainWindow;
class OrganizationsApi;
class UserAccessApi;
class UserSecurityApi;
class UsersApi;

namespace test {
class BrowserLogin;
class ServiceAccount;
} // namespace test

class PersonaWindow : public QObject
{
    Q_OBJECT
public:
    static constexpr int serverWait = 60000;

    explicit PersonaWindow(QObject* parent = nullptr);
    ~PersonaWindow() override;

    // Empty when the devstack is there, otherwise why not.
    [[nodiscard]] QString setUp();
    // The profile asks `acrValues` of every step-up, as an organisation that wants a second factor for sensitive
    // actions sets it (the devstack maps acr "2" to a one-time code). Before signIn(); empty when saved.
    [[nodiscard]] QString requireAcr(const QString& acrValues);
    // Signs `username` in from the sign-in page with the browser; empty once the workspace shows and the ledger
    // is open (write actions may run), otherwise why not.
    [[nodiscard]] QString signIn(const QString& username);

    [[nodiscard]] MainWindow* window() const { return m_window.get(); }
    [[nodiscard]] const test::DevStack& stack() const { return m_stack; }
    [[nodiscard]] QString username() const { return m_username; }
    // A file name in this window's private directory.
    [[nodiscard]] QString filePath(const QString& name) const;

    // Set-up and checks with the service account.
    [[nodiscard]] test::ServiceAccount* account() const { return m_account; }
    [[nodiscard]] KeycloakAdmin* admin() const { return m_admin; }
    [[nodiscard]] OrganizationsApi* organizations() const { return m_organizations; }
    [[nodiscard]] UsersApi* users() const { return m_users; }
    [[nodiscard]] UserAccessApi* access() const { return m_access; }
    [[nodiscard]] UserSecurityApi* security() const { return m_security; }
    // A user made for this test with the demo password scheme, deleted at the end; empty id on failure.
    [[nodiscard]] KeycloakUser createUser(const QString& username);
    // Deletes the user `id` at the end of the test (one the persona created).
    void deleteAtEnd(const QString& id) { m_created.append(id); }
    [[nodiscard]] std::optional<KeycloakUser> userNamed(const QString& username);
    [[nodiscard]] bool deleteUser(const QString& id);
    // Puts a demo user back as the devstack's realm file has them (credentials, authenticator, groups), deleting
    // the changed one: after a test reset their password or their second factor.
    [[nodiscard]] bool restoreDemoUser(const QString& username);
    // Restores them now, and again at the end of the test, however it ends.
    [[nodiscard]] bool restoreDemoUserNowAndAtEnd(const QString& username);

    // Opens the workspace section `key` (overview, users, tenants, certificates, keys, expiry, audit) by clicking
    // it in the navigation, as a person does; the page now shown, or nullptr.
    QWidget* openSection(const QString& key);
    // Finds the user `username` on the users page (an exact search typed into the search field) and selects them;
    // true once their detail shows.
    bool selectUser(const QString& username);
    // Clicks `action` where the person sees it (its toolbar button) or triggers it from its menu; false when it is
    // disabled or invisible.
    bool click(QAction* action);

    // Every object in the window or any window it opened whose object name, accessible name or action text
    // (without its mnemonic) is `name`; visible ones first.
    [[nodiscard]] static QList<QObject*> findAll(const QString& name);
    template <typename T> [[nodiscard]] static T* find(const QString& name);
    // Waits for a visible widget (or an action) named `name`.
    template <typename T> [[nodiscard]] static T* waitFor(const QString& name, int timeoutMs = serverWait);

    // The browser's rounds: the sign-in first, then one per step-up. A round counts once the browser saw the
    // console's "Signed in" page.
    [[nodiscard]] int browserRounds() const { return int(m_browsers.size()); }
    [[nodiscard]] bool browserSucceeded(int round);
    [[nodiscard]] QString browserOutput();
    // As if the persona had signed in an hour ago: the next action that needs a fresh authentication asks for a
    // step-up (the same tokens, an older auth_time).
    [[nodiscard]] bool ageSignIn();

    // The window's ledger, oldest first.
    [[nodiscard]] QList<LedgerRecord> ledgerRecords() const;
    [[nodiscard]] qint64 ledgerSize() const;
    // The newest record of `action` (console-made, source "local") on `target` (its name or id), waiting for it.
    [[nodiscard]] std::optional<LedgerRecord> waitForRecord(const QString& action, const QString& target,
                                                            int timeoutMs = serverWait) const;
    // "USER_MFA_RESET by harry on otto: SUCCESS ()" for failure messages.
    [[nodiscard]] static QString describe(const std::optional<LedgerRecord>& record);

    // Waits for an asynchronous call that reports a Result<T> through a callback.
    template <typename T, typename Call> static Result<T> await(Call call);

private:
    bool openInBrowser(const QUrl& url);

    test::DevStack m_stack;
    QTemporaryDir m_dir;
    QString m_username;
    MemorySecretStore m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<test::BrowserLogin>> m_browsers;
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;
    ApiClient* m_api = nullptr;
    KeycloakAdmin* m_admin = nullptr;
    UsersApi* m_users = nullptr;
    UserAccessApi* m_access = nullptr;
    UserSecurityApi* m_security = nullptr;
    OrganizationsApi* m_organizations = nullptr;
    QStringList m_created;
    QStringList m_restore;
};

template <typename T> T* PersonaWindow::find(const QString& name)
{
    for (QObject* object : findAll(name))
        if (auto* found = qobject_cast<T*>(object))
            return found;
    return nullptr;
}

template <typename T> T* PersonaWindow::waitFor(const QString& name, int timeoutMs)
{
    T* found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = find<T>(name);
            const auto* widget = qobject_cast<const QWidget*>(found);
            return found && (!widget || widget->isVisible());
        },
        timeoutMs);
    return shown ? found : nullptr;
}

template <typename T, typename Call> Result<T> PersonaWindow::await(Call call)
{
    return test::await<T>(std::move(call), serverWait);
}

} // namespace custos
