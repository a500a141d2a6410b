#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

struct evp_pkey_st;

// Signing keys generated inside the test process, and compact JWS tokens minted with them: the test controls
// every byte a hostile or broken identity provider could send.
class TestKey
{
public:
    [[nodiscard]] static TestKey rsa2048();
    [[nodiscard]] static TestKey ecP256();

    // The public half as a JWK with the given `kid` (and `use` unless empty).
    [[nodiscard]] QJsonObject jwk(const QString& keyId, const QString& use = QStringLiteral("sig")) const;
    // A JWS signature over `input` for "RS256", "PS256" or "ES256" (raw R‖S); empty on an unsupported pairing.
    [[nodiscard]] QByteArray sign(const QString& algorithm, const QByteArray& input) const;
    // SubjectPublicKeyInfo PEM: what an attacker feeds to HS256 in the key-confusion attack.
    [[nodiscard]] QByteArray publicKeyPem() const;

private:
    explicit TestKey(evp_pkey_st* key);
    std::shared_ptr<evp_pkey_st> m_key;
};

[[nodiscard]] QByteArray base64Url(const QByteArray& data);
// header.claims.signature with each part base64url-encoded.
[[nodiscard]] QByteArray compactJws(const QJsonObject& header, const QJsonObject& claims, const QByteArray& signature);
// A token signed by `key` with the header's `alg`.
[[nodiscard]] QByteArray mintToken(const TestKey& key, const QJsonObject& header, const QJsonObject& claims);
// {"keys": [...]} as served by a jwks_uri.
[[nodiscard]] QByteArray jwksDocument(const QList<QJsonObject>& keys);
