#pragma once

#include "core/auth/SignInFlow.h"

#include <QProcess>
#include <QString>
#include <QUrl>

namespace custos {
class HttpClient;
}

namespace custos::test {

// The real browser for end-to-end tests: tests/e2e/browser-login.mjs drives Debian's Chromium (playwright-core)
// through Keycloak's login page to the URL Custos opened, and checks Custos's final page says "Signed in".
class BrowserLogin
{
public:
    // `trustedSpki`: base64 SHA-256 of a server key Chromium should accept (the devstack's HTTPS certificate).
    // `totpSecret` (base32): the person's authenticator, for when Keycloak asks a one-time code (a step-up).
    BrowserLogin(QString username, QString password, QString trustedSpki = {}, QString totpSecret = {});
    ~BrowserLogin();

    void open(const QUrl& url);
    // Waits on the event loop for the browser to exit; true when it saw the success page.
    [[nodiscard]] bool succeeded(int timeoutMs = 60000);
    // The browser was started and has exited (succeeded() then answers at once).
    [[nodiscard]] bool hasExited() const { return m_started && m_process.state() == QProcess::NotRunning; }
    [[nodiscard]] QByteArray output() { return m_process.readAll(); }

private:
    QString m_username;
    QString m_password;
    QString m_trustedSpki;
    QString m_totpSecret;
    QProcess m_process;
    bool m_started = false;
};

// A whole browser sign-in with SignInFlow; logs the browser's output when it fails.
[[nodiscard]] Result<SignInResult> signInWithBrowser(HttpClient* http, const Profile& profile, const QString& username,
                                                     const QString& password, SignInFlow::Options options = {},
                                                     const QString& trustedSpki = {});

} // namespace custos::test
