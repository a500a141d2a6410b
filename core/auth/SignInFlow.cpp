#include "core/auth/SignInFlow.h"

#include "core/auth/IdTokenVerifier.h"
#include "core/auth/JwksCache.h"
#include "core/auth/LoopbackReceiver.h"
#include "core/auth/Pkce.h"
#include "core/auth/TokenEndpoint.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/crypto/Random.h"
#include "core/http/HttpClient.h"

#include <QUrlQuery>

namespace custos {
namespace {
// auth_time has second resolution and clocks drift: accept a fresh login this much before our start.
constexpr qint64 authTimeSkewSeconds = 60;
} // namespace

Identity identityFrom(const IdTokenClaims& claims, const QByteArray& accessToken)
{
    Identity identity;
    identity.subject = claims.subject;
    identity.username = claims.preferredUsername;
    identity.displayName = claims.name;
    identity.email = claims.email;
    identity.sessionId = claims.sessionId;
    identity.acr = claims.acr;
    identity.authTime = claims.authTime;
    identity.roles = Identity::realmManagementRoles(accessToken);
    return identity;
}

SignInFlow::SignInFlow(HttpClient* http, Profile profile, Options options, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
{
}

SignInFlow::~SignInFlow()
{
    cleanse(m_verifier);
}

void SignInFlow::start()
{
    m_startedAt = Clock::now();
    qCInfo(lcAuth).noquote() << (m_options.stepUp ? "step-up" : "sign-in") << "started for"
                             << m_profile.issuer.toString();
    m_call =
        ProviderMetadata::discover(m_http, m_profile.issuer, this, [this](const Result<ProviderMetadata>& metadata) {
            if (m_finished)
                return;
            if (!metadata.ok())
                return fail(metadata.error());
            onDiscovered(metadata.value());
        });
}

void SignInFlow::cancel()
{
    fail(Error::cancelled(tr("Sign-in cancelled"), {}));
}

void SignInFlow::onDiscovered(const ProviderMetadata& metadata)
{
    m_metadata = metadata;
    m_endpoint = std::make_shared<TokenEndpoint>(m_http, metadata, m_profile.clientId);
    m_jwks = new JwksCache(m_http, metadata.jwksUri, this);

    const Pkce pkce = Pkce::generate();
    m_verifier = pkce.verifier();
    m_state = randomToken(32);
    m_nonce = randomToken(32);

    m_receiver = new LoopbackReceiver(QStringLiteral("/callback"), QString::fromLatin1(m_state), this);
    if (!m_receiver->listen(m_options.timeout))
        return fail(Error::io(
            tr("Could not start the sign-in"),
            tr("no local port could be opened for the browser's answer (%1)").arg(m_receiver->errorString())));
    connect(m_receiver, &LoopbackReceiver::received, this, &SignInFlow::onRedirect);
    connect(m_receiver, &LoopbackReceiver::timedOut, this, [this] {
        fail(Error::timeout(tr("Sign-in did not complete"), tr("the browser did not come back to Custos in time"),
                            tr("Start the sign-in again")));
    });

    QUrl url = metadata.authorizationEndpoint;
    QUrlQuery query(url);
    auto add = [&query](const QString& name, const QString& value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), m_profile.clientId);
    add(QStringLiteral("redirect_uri"), m_receiver->redirectUri());
    add(QStringLiteral("scope"), QStringLiteral("openid profile email"));
    add(QStringLiteral("state"), QString::fromLatin1(m_state));
    add(QStringLiteral("nonce"), QString::fromLatin1(m_nonce));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge()));
    add(QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method()));
    if (m_options.stepUp) {
        add(QStringLiteral("prompt"), QStringLiteral("login"));
        add(QStringLiteral("max_age"), QStringLiteral("0"));
    }
    if (!m_options.acrValues.isEmpty())
        add(QStringLiteral("acr_values"), m_options.acrValues);
    if (!m_options.loginHint.isEmpty())
        add(QStringLiteral("login_hint"), m_options.loginHint);
    url.setQuery(query);
    emit authorizationUrlReady(url);
}

void SignInFlow::onRedirect(const AuthorizationResponse& response)
{
    if (m_finished)
        return;
    // RFC 9207: the answer must come from the issuer we sent the operator to (mix-up defence).
    if (response.hasIss && response.iss != m_metadata.issuer)
        return fail(
            Error::protocol(tr("Sign-in refused"),
                            tr("the answer came from \"%1\", not from %2").arg(response.iss, m_metadata.issuer)));
    if (!response.hasIss && m_metadata.issParameterSupported)
        return fail(
            Error::protocol(tr("Sign-in refused"),
                            tr("the answer does not say which server issued it, although the server promises to")));
    if (!response.error.isEmpty()) {
        const QString why = response.errorDescription.isEmpty()
                                ? response.error
                                : response.errorDescription + u" (" + response.error + u')';
        return fail(
            Error::unauthorized(tr("The identity provider did not sign you in"), why,
                                tr("Try again, or ask your administrator whether your account may use Custos")));
    }
    if (response.code.isEmpty())
        return fail(Error::protocol(tr("Sign-in failed"), tr("the answer carries no authorization code")));
    m_call = m_endpoint->exchangeCode(response.code, m_verifier, m_receiver->redirectUri(), this,
                                      [this](const Result<TokenSet>& tokens) {
                                          cleanse(m_verifier); // single use: redeemed or refused, it is dead now
                                          if (m_finished)
                                              return;
                                          if (!tokens.ok())
                                              return fail(tokens.error());
                                          onTokens(tokens.value());
                                      });
}

void SignInFlow::onTokens(const TokenSet& tokens)
{
    if (tokens.idToken.isEmpty())
        return fail(Error::protocol(tr("Sign-in failed"), tr("the server sent no ID token")));
    IdTokenExpectations expected;
    expected.issuer = m_metadata.issuer;
    expected.clientId = m_profile.clientId;
    expected.nonce = QString::fromLatin1(m_nonce);
    if (m_options.stepUp)
        expected.minimumAuthTime = m_startedAt.addSecs(-authTimeSkewSeconds);
    if (!m_options.acrValues.isEmpty())
        expected.acceptedAcr = m_options.acrValues.split(u' ', Qt::SkipEmptyParts);
    m_jwks->verify(tokens.idToken, expected, this, [this, tokens](const Result<IdTokenClaims>& claims) {
        if (m_finished)
            return;
        if (!claims.ok())
            return fail(claims.error());
        SignInResult result;
        result.endpoint = m_endpoint;
        result.tokens = tokens;
        result.identity = identityFrom(claims.value(), tokens.accessToken);
        m_finished = true;
        m_receiver->respond(true, tr("Signed in"),
                            tr("You are signed in to Custos as %1.").arg(result.identity.username));
        emit finished(result);
    });
}

void SignInFlow::fail(const Error& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_call.cancel();
    qCInfo(lcAuth).noquote() << "sign-in failed:" << Error::kindName(error.kind) << error.why;
    if (m_receiver) {
        if (error.kind == Error::Kind::Cancelled || error.kind == Error::Kind::Timeout)
            m_receiver->cancel();
        else
            m_receiver->respond(false, tr("Sign-in failed"), error.userMessage());
    }
    emit finished(error);
}

} // namespace custos
