#pragma once

#include "core/auth/Jwks.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <chrono>

namespace custos {

// What the caller knows independently of the token; IdTokenVerifier compares the token against it.
struct IdTokenExpectations
{
    QString issuer;   // the discovery `issuer`, compared exactly
    QString clientId; // must be in `aud`, and equal `azp` when present
    // The `nonce` sent in the authorization request. Empty when none was sent (a token from a refresh):
    // then the token's nonce is not checked.
    QString nonce;
    // Step-up: when valid, `auth_time` is required and must not be earlier than this.
    QDateTime minimumAuthTime;
    // Step-up: when not empty, `acr` is required and must be one of these.
    QStringList acceptedAcr;
    // Tolerated difference between our clock and the server's, for `exp`, `iat` and `nbf`.
    std::chrono::seconds clockSkew{60};
};

// The claims of a verified ID token.
struct IdTokenClaims
{
    QString subject;           // `sub`
    QString preferredUsername; // `preferred_username`
    QString name;
    QString email;
    QString acr;
    QString sessionId;  // `sid`
    QDateTime authTime; // invalid if the token has none
    QDateTime expiresAt;
    QDateTime issuedAt;
    QJsonObject raw;
};

// Verifies a Keycloak ID token (OIDC Core §3.1.3.7, RFC 8725): an allow-listed signature by a published key,
// then issuer, audience, authorized party, lifetime, nonce, Keycloak's `typ: ID` and the step-up claims.
// Every refusal is Error::Kind::Protocol with its own `why`.
class IdTokenVerifier
{
public:
    // RS256, PS256 and ES256 only: `none` and HS* (keyed with a public key) are the classic forgeries.
    [[nodiscard]] static QStringList acceptedAlgorithms();

    [[nodiscard]] static Result<IdTokenClaims> verify(const QByteArray& token, const Jwks& jwks,
                                                      const IdTokenExpectations& expectations, const QDateTime& now);
};

} // namespace custos
