#include "core/crypto/Ed25519Key.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace custos {
namespace {

struct Ed25519KeyText
{
    Q_DECLARE_TR_FUNCTIONS(custos::Ed25519Key)
};

Error cryptoError(const QString& what, const QString& why)
{
    return Error::invalid(what, why);
}

struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

} // namespace

Ed25519Key::Ed25519Key(evp_pkey_st* key)
    : m_key(key, EVP_PKEY_free)
{
}

Result<Ed25519Key> Ed25519Key::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        return cryptoError(Ed25519KeyText::tr("Could not create a signing key"),
                           Ed25519KeyText::tr("OpenSSL refused to generate one"));
    return Ed25519Key(key);
}

Result<Ed25519Key> Ed25519Key::fromPrivatePem(QByteArrayView pem)
{
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    EVP_PKEY* key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!key)
        return cryptoError(Ed25519KeyText::tr("Could not read the signing key"),
                           Ed25519KeyText::tr("it is not a PEM private key"));
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return cryptoError(Ed25519KeyText::tr("Could not read the signing key"),
                           Ed25519KeyText::tr("it is not an Ed25519 key"));
    }
    return Ed25519Key(key);
}

Result<Ed25519Key> Ed25519Key::fromPrivateSeed(QByteArrayView seed)
{
    EVP_PKEY* key = seed.size() == 32
                        ? EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                                       reinterpret_cast<const unsigned char*>(seed.data()), 32)
                        : nullptr;
    if (!key)
        return cryptoError(Ed25519KeyText::tr("Could not read the signing key"),
                           Ed25519KeyText::tr("an Ed25519 seed has 32 bytes"));
    return Ed25519Key(key);
}

QByteArray Ed25519Key::privatePem() const
{
    if (!m_key)
        return {};
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

QByteArray Ed25519Key::publicKey() const
{
    if (!m_key)
        return {};
    QByteArray raw(publicKeySize, Qt::Uninitialized);
    size_t length = publicKeySize;
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(raw.data()), &length) != 1 ||
        length != publicKeySize)
        return {};
    return raw;
}

Result<QByteArray> Ed25519Key::sign(QByteArrayView message) const
{
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    QByteArray signature(signatureSize, Qt::Uninitialized);
    size_t length = signatureSize;
    if (!m_key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.data()),
                       static_cast<size_t>(message.size())) != 1 ||
        length != signatureSize) {
        qCWarning(lcCrypto) << "Ed25519 signing failed";
        return cryptoError(Ed25519KeyText::tr("Could not sign"),
                           Ed25519KeyText::tr("OpenSSL refused to sign with the key"));
    }
    return signature;
}

bool Ed25519Key::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != publicKeySize || signature.size() != signatureSize)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(publicKey.data()),
                                    publicKeySize),
        EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), signatureSize,
                            reinterpret_cast<const unsigned char*>(message.data()),
                            static_cast<size_t>(message.size())) == 1;
}

} // namespace custos
