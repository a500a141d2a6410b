#include "core/crypto/Hmac.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/params.h>
#include <stdexcept>

namespace custos {
namespace {

EVP_MAC* hmacAlgorithm()
{
    static EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

} // namespace

QByteArray Hmac::sha256(QByteArrayView key, QByteArrayView message)
{
    QByteArray mac(32, Qt::Uninitialized);
    unsigned int length = 0;
    static const unsigned char emptyKey = 0; // HMAC() wants a non-null pointer even for an empty key
    const auto* keyData = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char*>(key.data());
    if (!HMAC(EVP_sha256(), keyData, static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(message.data()), static_cast<size_t>(message.size()),
              reinterpret_cast<unsigned char*>(mac.data()), &length) ||
        length != 32)
        throw std::runtime_error("OpenSSL could not compute an HMAC-SHA256");
    return mac;
}

bool Hmac::equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

HmacSha256::HmacSha256(QByteArrayView key)
    : m_ctx(hmacAlgorithm() ? EVP_MAC_CTX_new(hmacAlgorithm()) : nullptr)
{
    static const unsigned char emptyKey = 0; // EVP_MAC_init wants a non-null key to set one, even an empty one
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    const auto* keyData = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char*>(key.data());
    if (!m_ctx || EVP_MAC_init(m_ctx, keyData, static_cast<size_t>(key.size()), params) != 1) {
        EVP_MAC_CTX_free(m_ctx);
        throw std::runtime_error("OpenSSL could not start an HMAC-SHA256");
    }
}

HmacSha256::~HmacSha256()
{
    EVP_MAC_CTX_free(m_ctx);
}

Sha256::Digest HmacSha256::mac(QByteArrayView message)
{
    Sha256::Digest out;
    size_t length = 0;
    // A null key restarts the MAC with the key already set.
    if (EVP_MAC_init(m_ctx, nullptr, 0, nullptr) != 1 ||
        EVP_MAC_update(m_ctx, reinterpret_cast<const unsigned char*>(message.data()),
                       static_cast<size_t>(message.size())) != 1 ||
        EVP_MAC_final(m_ctx, out.data(), &length, out.size()) != 1 || length != out.size())
        throw std::runtime_error("OpenSSL could not compute an HMAC-SHA256");
    return out;
}

} // namespace custos
