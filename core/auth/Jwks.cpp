#include "core/auth/Jwks.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>
#include <optional>

namespace custos {
namespace {

struct JwksText
{
    Q_DECLARE_TR_FUNCTIONS(custos::Jwks)
};

Error malformed(const QString& why)
{
    return Error::protocol(JwksText::tr("Could not read the identity provider's signing keys"), why,
                           JwksText::tr("Check that the profile's issuer points at a Keycloak realm"));
}

// A base64url member (no padding) decoded, or nullopt if missing or malformed.
std::optional<QByteArray> member(const QJsonObject& jwk, const char* name)
{
    const QJsonValue value = jwk.value(QLatin1String(name));
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    if (text.isEmpty() || text.contains('='))
        return std::nullopt;
    auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

// The key, or an Error saying why it was skipped; nullopt for keys that are fine but not for us.
std::optional<Result<PublicKey>> keyFrom(const QJsonObject& jwk)
{
    const QString use = jwk.value(QLatin1String("use")).toString();
    if (jwk.contains(QLatin1String("use")) && use != QLatin1String("sig"))
        return std::nullopt;
    const QJsonValue operations = jwk.value(QLatin1String("key_ops"));
    if (operations.isArray() && !operations.toArray().contains(QLatin1String("verify")))
        return std::nullopt;

    const QString type = jwk.value(QLatin1String("kty")).toString();
    if (type == QLatin1String("RSA")) {
        const auto n = member(jwk, "n");
        const auto e = member(jwk, "e");
        if (!n || !e)
            return Result<PublicKey>(malformed(JwksText::tr("an RSA key lacks a valid \"n\" or \"e\"")));
        return PublicKey::fromRsa(*n, *e);
    }
    if (type == QLatin1String("EC")) {
        if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256"))
            return std::nullopt; // P-384/P-521 are not on the allow-list
        const auto x = member(jwk, "x");
        const auto y = member(jwk, "y");
        if (!x || !y)
            return Result<PublicKey>(malformed(JwksText::tr("an EC key lacks a valid \"x\" or \"y\"")));
        return PublicKey::fromEcP256(*x, *y);
    }
    return std::nullopt; // oct, OKP and future types: not used for ID tokens here
}

} // namespace

Result<Jwks> Jwks::parse(const QByteArray& json)
{
    if (json.size() > maximumSize)
        return malformed(JwksText::tr("the key set is larger than %1 KiB").arg(maximumSize / 1024));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed(JwksText::tr("the key set is not a JSON object"));
    const QJsonValue keys = document.object().value(QLatin1String("keys"));
    if (!keys.isArray())
        return malformed(JwksText::tr("the key set has no \"keys\" array"));

    Jwks jwks;
    for (const QJsonValue& entry : keys.toArray()) {
        const QJsonObject jwk = entry.toObject();
        const QString keyId = jwk.value(QLatin1String("kid")).toString();
        const auto key = keyFrom(jwk);
        if (!key)
            continue;
        if (!key->ok()) {
            qCWarning(lcAuth).noquote() << QStringLiteral("Skipping signing key %1:").arg(keyId) << key->error().why;
            continue;
        }
        if (keyId.isEmpty()) {
            // Tokens are matched to keys by `kid`; a key without one could never be selected.
            qCWarning(lcAuth) << "Skipping a signing key without a kid";
            continue;
        }
        jwks.m_keys.append(Key{keyId, jwk.value(QLatin1String("alg")).toString(), key->value()});
    }
    return jwks;
}

QList<Jwks::Key> Jwks::find(const QString& keyId) const
{
    QList<Key> found;
    for (const Key& key : m_keys) {
        if (key.keyId == keyId)
            found.append(key);
    }
    return found;
}

bool Jwks::contains(const QString& keyId) const
{
    return std::any_of(m_keys.begin(), m_keys.end(), [&](const Key& key) { return key.keyId == keyId; });
}

} // namespace custos
