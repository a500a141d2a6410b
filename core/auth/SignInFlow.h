#pragma once

#include "core/auth/Identity.h"
#include "core/auth/Profile.h"
#include "core/auth/ProviderMetadata.h"
#include "core/auth/TokenSet.h"
#include "core/http/PendingCall.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <memory>

namespace custos {

class HttpClient;
class JwksCache;
struct AuthorizationResponse;
class LoopbackReceiver;
class TokenEndpoint;

struct SignInResult
{
    std::shared_ptr<TokenEndpoint> endpoint;
    TokenSet tokens;
    Identity identity;
};

struct IdTokenClaims;
// The operator's identity from verified ID-token claims and the access token's roles.
[[nodiscard]] Identity identityFrom(const IdTokenClaims& claims, const QByteArray& accessToken);

// One Authorization Code + PKCE sign-in in the system browser (RFC 8252, RFC 9700): discovery, a loopback
// listener, the authorization URL, the code exchange and the ID-token verification. A job: start(), then
// authorizationUrlReady (open it in the browser, and show it for copying), then finished exactly once.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Step-up: force a fresh authentication (prompt=login, max_age=0) and require auth_time after the start.
        bool stepUp = false;
        QString acrValues; // requested and then required in the ID token's acr, when set
        QString loginHint; // pre-fills the username on the login page
        std::chrono::milliseconds timeout{std::chrono::minutes(5)};
    };

    SignInFlow(HttpClient* http, Profile profile, Options options, QObject* parent = nullptr);
    ~SignInFlow() override;

    void start();
    void cancel();

signals:
    void authorizationUrlReady(const QUrl& url);
    void finished(const custos::Result<custos::SignInResult>& result);

private:
    void onDiscovered(const ProviderMetadata& metadata);
    void onRedirect(const AuthorizationResponse& response);
    void onTokens(const TokenSet& tokens);
    void fail(const Error& error);

    HttpClient* m_http;
    Profile m_profile;
    Options m_options;
    ProviderMetadata m_metadata;
    QByteArray m_verifier;
    QByteArray m_state;
    QByteArray m_nonce;
    QDateTime m_startedAt;
    QPointer<LoopbackReceiver> m_receiver;
    std::shared_ptr<TokenEndpoint> m_endpoint;
    JwksCache* m_jwks = nullptr;
    PendingCall m_call; // the request in flight, cancelled when the flow fails or is cancelled
    bool m_finished = false;
};

} // namespace custos
