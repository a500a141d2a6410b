#include "core/auth/IdTokenVerifier.h"

#include "core/auth/Jwt.h"
#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <optional>

namespace custos {
namespace {

struct IdTokenVerifierText
{
    Q_DECLARE_TR_FUNCTIONS(custos::IdTokenVerifier)
};

Error refused(const QString& why, const QString& action = {})
{
    return Error::protocol(
        IdTokenVerifierText::tr("Could not verify your sign-in"), why,
        action.isEmpty()
            ? IdTokenVerifierText::tr("Sign in again; if it keeps failing, ask the Keycloak administrator to check "
                                      "the client's settings")
            : action);
}

QString clockAction()
{
    return IdTokenVerifierText::tr("Check that this computer's date, time and time zone are right");
}

std::optional<PublicKey::Algorithm> algorithmFor(const QString& name)
{
    if (name == QLatin1String("RS256"))
        return PublicKey::Algorithm::RsaPkcs1Sha256;
    if (name == QLatin1String("PS256"))
        return PublicKey::Algorithm::RsaPssSha256;
    if (name == QLatin1String("ES256"))
        return PublicKey::Algorithm::EcdsaP256Sha256;
    return std::nullopt;
}

// A NumericDate (seconds since the epoch, possibly fractional); nullopt if absent, not a number or absurd.
std::optional<qint64> numericDate(const QJsonObject& claims, const char* name)
{
    const QJsonValue value = claims.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    constexpr double lastSecondOfYear9999 = 253402300799.0;
    if (!std::isfinite(seconds) || seconds < 0 || seconds > lastSecondOfYear9999)
        return std::nullopt;
    return static_cast<qint64>(std::floor(seconds));
}

QDateTime toDateTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// Checks the header and the signature; the claims are read only once this has passed.
Status checkSignature(const Jwt& jwt, const Jwks& jwks)
{
    const QString name = jwt.algorithm();
    if (name.isEmpty() || name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return refused(IdTokenVerifierText::tr("the ID token is not signed"));
    if (name.startsWith(QLatin1String("HS")))
        return refused(
            IdTokenVerifierText::tr("the ID token is signed with a shared secret (%1), which Custos never accepts")
                .arg(name));
    const auto algorithm = algorithmFor(name);
    if (!algorithm)
        return refused(
            IdTokenVerifierText::tr("the ID token uses the signature algorithm %1, which Custos does not accept")
                .arg(name));
    if (jwt.header().contains(QLatin1String("crit")))
        return refused(
            IdTokenVerifierText::tr("the ID token requires header extensions that Custos does not understand"));
    const QString keyId = jwt.keyId();
    if (keyId.isEmpty())
        return refused(IdTokenVerifierText::tr("the ID token does not name the key it was signed with"));
    const QList<Jwks::Key> candidates = jwks.find(keyId);
    if (candidates.isEmpty())
        return refused(
            IdTokenVerifierText::tr("the ID token was signed with a key the identity provider does not publish"));

    bool keyFits = false;
    for (const Jwks::Key& key : candidates) {
        // The key type must match the algorithm, and a key that names its algorithm is used for that one only.
        if (!key.key.supports(*algorithm) || (!key.algorithm.isEmpty() && key.algorithm != name))
            continue;
        keyFits = true;
        if (key.key.verify(*algorithm, jwt.signingInput(), jwt.signature()))
            return success();
    }
    if (!keyFits)
        return refused(IdTokenVerifierText::tr("the ID token's signing key does not match its algorithm %1").arg(name));
    return refused(IdTokenVerifierText::tr("the ID token's signature is not valid"));
}

Status checkAudience(const QJsonObject& claims, const QString& clientId)
{
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    QStringList audiences;
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else if (aud.isArray()) {
        for (const QJsonValue& entry : aud.toArray()) {
            if (!entry.isString())
                return refused(IdTokenVerifierText::tr("the ID token's audience is malformed"));
            audiences.append(entry.toString());
        }
    }
    if (!audiences.contains(clientId))
        return refused(IdTokenVerifierText::tr("the ID token was issued for another client"));

    const QJsonValue azp = claims.value(QLatin1String("azp"));
    if (azp.isUndefined()) {
        // With several audiences only `azp` says which client the token was issued to (OIDC Core §3.1.3.7).
        if (audiences.size() > 1)
            return refused(IdTokenVerifierText::tr(
                "the ID token has several audiences but does not say which client it was issued to"));
        return success();
    }
    if (!azp.isString() || azp.toString() != clientId)
        return refused(IdTokenVerifierText::tr("the ID token's authorized party is another client"));
    return success();
}

Status checkLifetime(const QJsonObject& claims, const IdTokenExpectations& expectations, qint64 now)
{
    const qint64 skew = expectations.clockSkew.count();
    const auto exp = numericDate(claims, "exp");
    if (!exp)
        return refused(IdTokenVerifierText::tr("the ID token has no valid expiry time"));
    if (*exp <= now - skew)
        return refused(
            IdTokenVerifierText::tr("the ID token expired at %1").arg(toDateTime(*exp).toString(Qt::ISODate)),
            clockAction());
    const auto iat = numericDate(claims, "iat");
    if (!iat)
        return refused(IdTokenVerifierText::tr("the ID token has no valid issue time"));
    if (*iat > now + skew)
        return refused(IdTokenVerifierText::tr("the ID token claims to be issued in the future"), clockAction());
    if (claims.contains(QLatin1String("nbf"))) {
        const auto nbf = numericDate(claims, "nbf");
        if (!nbf || *nbf > now + skew)
            return refused(IdTokenVerifierText::tr("the ID token is not valid yet"), clockAction());
    }
    return success();
}

Status checkStepUp(const QJsonObject& claims, const IdTokenExpectations& expectations)
{
    if (expectations.minimumAuthTime.isValid()) {
        const auto authTime = numericDate(claims, "auth_time");
        if (!authTime)
            return refused(IdTokenVerifierText::tr("the ID token does not say when you signed in"));
        if (*authTime < expectations.minimumAuthTime.toSecsSinceEpoch())
            return refused(IdTokenVerifierText::tr("the identity provider did not ask you to sign in again"),
                           IdTokenVerifierText::tr("Sign in again when asked; this action needs a fresh sign-in"));
    }
    if (!expectations.acceptedAcr.isEmpty()) {
        const QJsonValue acr = claims.value(QLatin1String("acr"));
        if (!acr.isString() || !expectations.acceptedAcr.contains(acr.toString()))
            return refused(IdTokenVerifierText::tr("the sign-in did not reach the required authentication level"),
                           IdTokenVerifierText::tr("Sign in again with the stronger method this action needs"));
    }
    return success();
}

} // namespace

QStringList IdTokenVerifier::acceptedAlgorithms()
{
    return {QStringLiteral("RS256"), QStringLiteral("PS256"), QStringLiteral("ES256")};
}

Result<IdTokenClaims> IdTokenVerifier::verify(const QByteArray& token, const Jwks& jwks,
                                              const IdTokenExpectations& expectations, const QDateTime& now)
{
    // Fail closed on a caller that forgot what to expect: an empty issuer or client would match nothing useful.
    if (expectations.issuer.isEmpty() || expectations.clientId.isEmpty() || !now.isValid())
        return refused(IdTokenVerifierText::tr("the expected issuer or client is unknown"));

    const Result<Jwt> jwt = Jwt::parse(token);
    if (!jwt.ok())
        return jwt.error();
    if (const Status signature = checkSignature(*jwt, jwks); !signature.ok()) {
        qCInfo(lcAuth).noquote() << "ID token refused (" + jwt->describeForLog() + "):" << signature.error().why;
        return signature.error();
    }

    const QJsonObject& claims = jwt->claims();
    std::optional<Error> failure;
    // Keycloak marks ID tokens `typ: ID`; an access or refresh token signed by the same key must not pass.
    if (claims.value(QLatin1String("typ")).toString() != QLatin1String("ID"))
        failure = refused(IdTokenVerifierText::tr("the token is not an ID token"));
    else if (claims.value(QLatin1String("iss")).toString() != expectations.issuer)
        failure =
            refused(IdTokenVerifierText::tr("the ID token was issued by another server than the profile's issuer"));
    else if (claims.value(QLatin1String("sub")).toString().isEmpty())
        failure = refused(IdTokenVerifierText::tr("the ID token does not name a user"));
    else if (const Status audience = checkAudience(claims, expectations.clientId); !audience.ok())
        failure = audience.error();
    else if (const Status lifetime = checkLifetime(claims, expectations, now.toSecsSinceEpoch()); !lifetime.ok())
        failure = lifetime.error();
    else if (!expectations.nonce.isEmpty() && claims.value(QLatin1String("nonce")).toString() != expectations.nonce)
        failure = refused(IdTokenVerifierText::tr("the ID token does not belong to this sign-in (its nonce differs)"));
    else if (const Status stepUp = checkStepUp(claims, expectations); !stepUp.ok())
        failure = stepUp.error();
    if (failure) {
        qCInfo(lcAuth).noquote() << "ID token refused:" << failure->why;
        return *failure;
    }

    IdTokenClaims verified;
    verified.subject = claims.value(QLatin1String("sub")).toString();
    verified.preferredUsername = claims.value(QLatin1String("preferred_username")).toString();
    verified.name = claims.value(QLatin1String("name")).toString();
    verified.email = claims.value(QLatin1String("email")).toString();
    verified.acr = claims.value(QLatin1String("acr")).toString();
    verified.sessionId = claims.value(QLatin1String("sid")).toString();
    if (const auto authTime = numericDate(claims, "auth_time"))
        verified.authTime = toDateTime(*authTime);
    verified.expiresAt = toDateTime(*numericDate(claims, "exp"));
    verified.issuedAt = toDateTime(*numericDate(claims, "iat"));
    verified.raw = claims;
    return verified;
}

} // namespace custos
