#pragma once

#include "core/auth/Profile.h"
#include "core/auth/SignInFlow.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace custos {

class HttpClient;
class ProfileStore;
class SecretStore;
class Session;
class SessionResume;

// Runs the sign-in paths for the window: resume from the keychain, sign in through the browser, step up,
// sign out. Owns no widgets; the browser is opened through an injectable opener so tests can drive a real one.
class SignInController : public QObject
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl&)>;

    SignInController(HttpClient* http, SecretStore* secrets, Session* session, ProfileStore* profiles,
                     QObject* parent = nullptr);

    // Default: QDesktopServices::openUrl. Returns false when no browser could be started.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    void resume(const Profile& profile);
    void signIn(const Profile& profile);
    // Fresh authentication before a sensitive action; `done` runs once with the outcome.
    void stepUp(const QString& reason, QObject* context, std::function<void(const Status&)> done);
    void cancel();
    void signOut();

signals:
    // Progress for the sign-in screen ("Waiting for the browser…"), with the URL to copy if the browser did not open.
    void waitingForBrowser(const QUrl& url, bool browserOpened);
    void resumeFailed(const custos::Error& error);
    void signInFailed(const custos::Error& error);
    void signOutFinished(const custos::Status& status);

private:
    void runFlow(const Profile& profile, SignInFlow::Options options,
                 std::function<void(const Result<SignInResult>&)> done);

    HttpClient* m_http;
    SecretStore* m_secrets;
    Session* m_session;
    ProfileStore* m_profiles;
    UrlOpener m_openUrl;
    QPointer<SignInFlow> m_flow;
    QPointer<SessionResume> m_resume;
};

} // namespace custos
