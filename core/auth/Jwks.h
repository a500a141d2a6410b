#pragma once

#include "core/common/Result.h"
#include "core/crypto/PublicKey.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace custos {

// The identity provider's signing keys (a JSON Web Key Set, RFC 7517), reduced to what can verify ID tokens:
// RSA and EC P-256 keys meant for signatures. Encryption keys, other key types and malformed keys are skipped
// (and logged), so one bad entry cannot lock everyone out.
class Jwks
{
public:
    struct Key
    {
        QString keyId;     // `kid`
        QString algorithm; // `alg` if the set names one; empty means "any that fits the key type"
        PublicKey key;
    };

    // Larger documents are refused: Keycloak's key sets are a few KiB.
    static constexpr qsizetype maximumSize = 1024 * 1024;

    Jwks() = default;
    // Refuses a document that is not a JSON object with a `keys` array.
    [[nodiscard]] static Result<Jwks> parse(const QByteArray& json);

    [[nodiscard]] const QList<Key>& keys() const { return m_keys; }
    // Every usable key with this `kid` (normally one; an RSA and an EC key may share one in odd setups).
    [[nodiscard]] QList<Key> find(const QString& keyId) const;
    [[nodiscard]] bool contains(const QString& keyId) const;

private:
    QList<Key> m_keys;
};

} // namespace custos
