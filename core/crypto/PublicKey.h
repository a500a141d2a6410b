#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <memory>

struct evp_pkey_st;

namespace custos {

// A public key for verifying signatures (RSA or EC P-256). Wraps an OpenSSL EVP_PKEY so no OpenSSL header
// leaks out of core/crypto; copies share the same immutable key.
class PublicKey
{
public:
    enum class Type { Rsa, EcP256 };
    enum class Algorithm {
        RsaPkcs1Sha256, // JWS RS256
        RsaPssSha256,   // JWS PS256: MGF1-SHA-256, salt length 32
        EcdsaP256Sha256 // JWS ES256: the signature is raw R‖S, 32 bytes each
    };

    // Big-endian unsigned modulus and exponent. Moduli under 2048 bits are refused.
    [[nodiscard]] static Result<PublicKey> fromRsa(const QByteArray& modulus, const QByteArray& exponent);
    // Big-endian affine coordinates, 32 bytes each; a point not on the curve is refused.
    [[nodiscard]] static Result<PublicKey> fromEcP256(const QByteArray& x, const QByteArray& y);

    [[nodiscard]] Type type() const { return m_type; }
    [[nodiscard]] int bits() const;
    // Whether `algorithm` fits this key's type (an RSA algorithm never runs on an EC key and vice versa).
    [[nodiscard]] bool supports(Algorithm algorithm) const;
    // False for a wrong signature, an algorithm the key does not support, or any malformed input.
    [[nodiscard]] bool verify(Algorithm algorithm, const QByteArray& data, const QByteArray& signature) const;

private:
    PublicKey(Type type, std::shared_ptr<evp_pkey_st> key);

    Type m_type;
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace custos
