#include "core/auth/SessionResume.h"

#include "core/auth/IdTokenVerifier.h"
#include "core/auth/JwksCache.h"
#include "core/auth/Session.h"
#include "core/auth/TokenEndpoint.h"
#include "core/keychain/SecretStore.h"

namespace custos {

SessionResume::SessionResume(HttpClient* http, SecretStore* secrets, Profile profile, QString subject, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_secrets(secrets)
    , m_profile(std::move(profile))
    , m_subject(std::move(subject))
{
}

void SessionResume::start()
{
    m_secrets->read(Session::keychainKey(m_profile, m_subject), this, [this](const Result<QByteArray>& stored) {
        if (!stored.ok())
            return emit finished(stored.error());
        const QByteArray refreshToken = stored.value();
        ProviderMetadata::discover(m_http, m_profile.issuer, this,
                                   [this, refreshToken](const Result<ProviderMetadata>& metadata) {
                                       if (!metadata.ok())
                                           return emit finished(metadata.error());
                                       redeem(metadata.value(), refreshToken);
                                   });
    });
}

void SessionResume::redeem(const ProviderMetadata& metadata, const QByteArray& refreshToken)
{
    auto endpoint = std::make_shared<TokenEndpoint>(m_http, metadata, m_profile.clientId);
    m_jwks = new JwksCache(m_http, metadata.jwksUri, this);
    endpoint->refresh(refreshToken, this, [this, endpoint, metadata](const Result<TokenSet>& tokens) {
        if (!tokens.ok()) {
            if (tokens.error().kind == Error::Kind::Unauthorized)
                m_secrets->remove(Session::keychainKey(m_profile, m_subject), this, [](const Status&) {});
            return emit finished(tokens.error());
        }
        if (tokens->idToken.isEmpty())
            return emit finished(Error::protocol(tr("Could not resume your session"), tr("the server sent no ID token"),
                                                 tr("Sign in again")));
        IdTokenExpectations expected;
        expected.issuer = metadata.issuer;
        expected.clientId = m_profile.clientId;
        m_jwks->verify(tokens->idToken, expected, this,
                       [this, endpoint, tokens = tokens.value()](const Result<IdTokenClaims>& claims) {
                           if (!claims.ok())
                               return emit finished(claims.error());
                           if (claims->subject != m_subject)
                               return emit finished(Error::protocol(tr("Could not resume your session"),
                                                                    tr("the stored session belongs to another user"),
                                                                    tr("Sign in again")));
                           SignInResult result;
                           result.endpoint = endpoint;
                           result.tokens = tokens;
                           result.identity = identityFrom(claims.value(), tokens.accessToken);
                           emit finished(result);
                       });
    });
}

} // namespace custos
