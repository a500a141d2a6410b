#include "core/crypto/Hmac.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <stdexcept>

namespace custos {

QByteArray Hmac::sha256(QByteArrayView key, QByteArrayView message)
{
    QByteArray mac(32, Qt::Uninitialized);
    unsigned int length = 0;
    static const unsigned char emptyKey = 0; // HMAC() wants a non-null pointer even for an empty key
    const auto* keyData = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char*>(key.data());
    if (!HMAC(EVP_sha256(), keyData, static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(message.data()), static_cast<size_t>(message.size()),
              reinterpret_cast<unsigned char*>(mac.data()), &length)
        || length != 32)
        throw std::runtime_error("OpenSSL could not compute an HMAC-SHA256");
    return mac;
}

bool Hmac::equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace custos
