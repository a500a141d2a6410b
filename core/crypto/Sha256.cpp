#include "core/crypto/Sha256.h"

#include <openssl/evp.h>
#include <stdexcept>

namespace custos {
namespace {

// Fetched once: an implicit fetch per call costs more than hashing a ledger record.
const EVP_MD* sha256Md()
{
    static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(m_ctx, sha256Md(), nullptr) != 1)
        throw std::runtime_error("OpenSSL could not start a SHA-256 digest");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_ctx, data.data(), static_cast<size_t>(data.size()));
}

Sha256::Digest Sha256::digest()
{
    Digest out;
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx, out.data(), &length) != 1 || EVP_DigestInit_ex(m_ctx, sha256Md(), nullptr) != 1)
        throw std::runtime_error("OpenSSL could not compute a SHA-256 digest");
    return out;
}

QByteArray Sha256::result()
{
    const Digest out = digest();
    return QByteArray(reinterpret_cast<const char*>(out.data()), size);
}

QByteArray Sha256::hash(QByteArrayView data)
{
    thread_local Sha256 context;
    context.addData(data);
    return context.result();
}

} // namespace custos
