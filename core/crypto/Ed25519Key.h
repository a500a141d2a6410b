#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

struct evp_pkey_st;

namespace custos {

// An Ed25519 (RFC 8032) key pair through OpenSSL EVP. Copies share the same key.
class Ed25519Key
{
public:
    static constexpr int publicKeySize = 32;
    static constexpr int signatureSize = 64;

    Ed25519Key() = default;

    [[nodiscard]] static Result<Ed25519Key> generate();
    // PKCS#8 "PRIVATE KEY" PEM; other PEM blocks in the same text are skipped.
    [[nodiscard]] static Result<Ed25519Key> fromPrivatePem(QByteArrayView pem);
    // The 32-byte seed of RFC 8032.
    [[nodiscard]] static Result<Ed25519Key> fromPrivateSeed(QByteArrayView seed);

    [[nodiscard]] bool isNull() const { return !m_key; }
    // Secret material: the caller cleanses it when done.
    [[nodiscard]] QByteArray privatePem() const;
    [[nodiscard]] QByteArray publicKey() const;
    [[nodiscard]] Result<QByteArray> sign(QByteArrayView message) const;

    [[nodiscard]] static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

private:
    explicit Ed25519Key(evp_pkey_st* key);

    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace custos
