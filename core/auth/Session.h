#pragma once

#include "core/auth/Identity.h"
#include "core/auth/Profile.h"
#include "core/auth/TokenSet.h"
#include "core/http/AccessTokenSource.h"
#include "core/http/PendingCall.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace custos {

class SecretStore;
class TokenEndpoint;

// The signed-in operator. Access and ID tokens live in this object's memory only; the refresh token is kept in
// the OS keychain (keyed by issuer + client + user) so the next start resumes without the browser. When the
// keychain refuses, the session runs "session only": nothing is persisted, and the UI says so.
class Session : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    enum class Persistence { Keychain, SessionOnly };

    Session(SecretStore* secrets, QObject* parent = nullptr);
    ~Session() override;

    // Takes over the tokens of a completed sign-in (or a resume) and stores the refresh token. `identity` comes
    // from identityFrom(), roles included; only a refresh re-derives the roles, from its new access token.
    void establish(const Profile& profile, std::shared_ptr<TokenEndpoint> endpoint, const TokenSet& tokens,
                   const Identity& identity);
    // Replaces the tokens after a step-up; the identity must be the same user.
    [[nodiscard]] Status adoptStepUp(const TokenSet& tokens, const Identity& identity);

    // Revokes the refresh token, deletes it from the keychain and forgets every token. `done` always gets the
    // RP-initiated logout URL (open it in the browser so the SSO session ends too, even when revocation failed)
    // and, separately, whether the revocation succeeded. The local state is cleared either way.
    void signOut(const QString& postLogoutRedirectUri, const QString& logoutState, QObject* context,
                 std::function<void(const QUrl& logout, const Status& revoked)> done);

    [[nodiscard]] bool isSignedIn() const { return !m_tokens.accessToken.isEmpty(); }
    [[nodiscard]] const Identity& identity() const { return m_identity; }
    [[nodiscard]] const Profile& profile() const { return m_profile; }
    [[nodiscard]] Persistence persistence() const { return m_persistence; }
    [[nodiscard]] QDateTime accessExpiresAt() const { return m_tokens.accessExpiresAt; }
    [[nodiscard]] QDateTime sessionExpiresAt() const { return m_tokens.refreshExpiresAt; }
    [[nodiscard]] QByteArray idToken() const { return m_tokens.idToken; }

    // AccessTokenSource
    [[nodiscard]] QByteArray accessToken() const override { return m_tokens.accessToken; }
    void refreshAccessToken(QObject* context, std::function<void(const Status&)> done) override;
    // Past its expiry (or about to be) by Clock::now(): a timer does not run while the machine sleeps, so a call
    // made on waking renews first instead of meeting a 401.
    [[nodiscard]] bool accessTokenStale() const override;

    [[nodiscard]] static QString keychainKey(const Profile& profile, const QString& subject);

signals:
    void signedIn();
    void refreshed();
    void persistenceChanged(custos::Session::Persistence persistence);
    // The refresh token was refused: the UI asks to sign in again and keeps what the operator was editing.
    void expired(const custos::Error& error);
    void signedOut();

private:
    void storeRefreshToken();
    void scheduleRefresh(qint64 seconds);
    void scheduleRefresh();
    void clear();
    // Abandons a refresh in flight: its answer belongs to a session that no longer exists.
    void abandonRefresh();

    SecretStore* m_secrets;
    Profile m_profile;
    std::shared_ptr<TokenEndpoint> m_endpoint;
    TokenSet m_tokens;
    Identity m_identity;
    Persistence m_persistence = Persistence::Keychain;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    quint64 m_epoch = 0; // bumped whenever the tokens are replaced or dropped
    PendingCall m_refreshCall;
    QList<std::function<void(const Status&)>> m_waiting;
};

} // namespace custos
