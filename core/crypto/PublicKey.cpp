#include "core/crypto/PublicKey.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

namespace custos {
namespace {

// RAII for the OpenSSL objects used here; each deleter is the matching *_free.
template <auto Free> struct Deleter
{
    template <typename T> void operator()(T* object) const { Free(object); }
};
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ParamBuilderPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using ParamsPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using DigestContextPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;

constexpr int minimumRsaBits = 2048;
constexpr int maximumRsaBits = 16384; // bigger keys only cost verification time
constexpr int maximumExponentBits = 64;
constexpr qsizetype p256CoordinateBytes = 32;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

BignumPtr bignum(const QByteArray& bigEndian)
{
    return BignumPtr(BN_bin2bn(bytes(bigEndian), static_cast<int>(bigEndian.size()), nullptr));
}

Error keyError(const QString& why)
{
    ERR_clear_error(); // leave no stale entries for the next OpenSSL caller on this thread
    return Error::protocol(QCoreApplication::translate("custos::PublicKey", "Could not use a signing key"), why);
}

struct PublicKeyText
{
    Q_DECLARE_TR_FUNCTIONS(custos::PublicKey)
};

// Builds a public EVP_PKEY of `keyType` ("RSA", "EC") from `params`, then runs OpenSSL's public-key check.
EVP_PKEY* keyFromParams(const char* keyType, const OSSL_PARAM* params)
{
    KeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    EVP_PKEY* key = nullptr;
    if (!context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, const_cast<OSSL_PARAM*>(params)) != 1)
        return nullptr;
    KeyContextPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        EVP_PKEY_free(key);
        return nullptr;
    }
    return key;
}

// JWS carries ECDSA signatures as fixed-width R‖S; OpenSSL verifies the DER SEQUENCE { r, s }.
QByteArray ecdsaRawToDer(const QByteArray& raw)
{
    if (raw.size() != 2 * p256CoordinateBytes)
        return {};
    EcdsaSigPtr signature(ECDSA_SIG_new());
    BignumPtr r = bignum(raw.left(p256CoordinateBytes));
    BignumPtr s = bignum(raw.mid(p256CoordinateBytes));
    if (!signature || !r || !s || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1)
        return {};
    (void)r.release(); // now owned by the signature
    (void)s.release();
    const int size = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_ECDSA_SIG(signature.get(), &out) != size)
        return {};
    return der;
}

} // namespace

PublicKey::PublicKey(Type type, std::shared_ptr<evp_pkey_st> key)
    : m_type(type)
    , m_key(std::move(key))
{
}

Result<PublicKey> PublicKey::fromRsa(const QByteArray& modulus, const QByteArray& exponent)
{
    BignumPtr n = bignum(modulus);
    BignumPtr e = bignum(exponent);
    if (!n || !e || modulus.isEmpty() || exponent.isEmpty())
        return keyError(PublicKeyText::tr("the RSA key has no modulus or exponent"));
    const int bits = BN_num_bits(n.get());
    if (bits < minimumRsaBits || bits > maximumRsaBits)
        return keyError(PublicKeyText::tr("the RSA key has %1 bits; only 2048 to 16384 are accepted").arg(bits));
    if (!BN_is_odd(e.get()) || BN_is_one(e.get()) || BN_num_bits(e.get()) > maximumExponentBits)
        return keyError(PublicKeyText::tr("the RSA key has an unusable public exponent"));

    ParamBuilderPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return keyError(PublicKeyText::tr("OpenSSL could not build the RSA key"));
    ParamsPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    EVP_PKEY* key = params ? keyFromParams("RSA", params.get()) : nullptr;
    if (!key)
        return keyError(PublicKeyText::tr("OpenSSL rejected the RSA key"));
    return PublicKey(Type::Rsa, std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free));
}

Result<PublicKey> PublicKey::fromEcP256(const QByteArray& x, const QByteArray& y)
{
    if (x.size() != p256CoordinateBytes || y.size() != p256CoordinateBytes)
        return keyError(PublicKeyText::tr("a P-256 key needs two coordinates of 32 bytes each"));
    const QByteArray point = QByteArray(1, '\x04') + x + y; // uncompressed SEC1 encoding
    char group[] = "P-256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group, 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, const_cast<char*>(point.constData()),
                                          static_cast<size_t>(point.size())),
        OSSL_PARAM_construct_end(),
    };
    EVP_PKEY* key = keyFromParams("EC", params);
    if (!key)
        return keyError(PublicKeyText::tr("the P-256 key is not a valid point on the curve"));
    return PublicKey(Type::EcP256, std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free));
}

int PublicKey::bits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

bool PublicKey::supports(Algorithm algorithm) const
{
    switch (algorithm) {
    case Algorithm::RsaPkcs1Sha256:
    case Algorithm::RsaPssSha256:
        return m_type == Type::Rsa;
    case Algorithm::EcdsaP256Sha256:
        return m_type == Type::EcP256;
    }
    return false;
}

bool PublicKey::verify(Algorithm algorithm, const QByteArray& data, const QByteArray& signature) const
{
    if (!supports(algorithm) || signature.isEmpty())
        return false;
    const QByteArray encoded = algorithm == Algorithm::EcdsaP256Sha256 ? ecdsaRawToDer(signature) : signature;
    if (encoded.isEmpty()) {
        ERR_clear_error();
        return false;
    }
    DigestContextPtr digest(EVP_MD_CTX_new());
    EVP_PKEY_CTX* keyContext = nullptr; // owned by `digest`
    bool ready = digest && EVP_DigestVerifyInit_ex(digest.get(), &keyContext, "SHA256", nullptr, nullptr, m_key.get(),
                                                   nullptr) == 1;
    if (ready && algorithm == Algorithm::RsaPkcs1Sha256)
        ready = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) == 1;
    if (ready && algorithm == Algorithm::RsaPssSha256) {
        // RFC 7518 §3.5: MGF1 with SHA-256 and a salt as long as the hash.
        ready = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1 &&
                EVP_PKEY_CTX_set_rsa_mgf1_md_name(keyContext, "SHA256", nullptr) == 1 &&
                EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1;
    }
    const bool valid = ready && EVP_DigestVerify(digest.get(), bytes(encoded), static_cast<size_t>(encoded.size()),
                                                 bytes(data), static_cast<size_t>(data.size())) == 1;
    if (!valid) {
        if (!ready)
            qCWarning(lcCrypto) << "OpenSSL could not set up signature verification";
        ERR_clear_error();
    }
    return valid;
}

} // namespace custos
