#include "TestTokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace {

QByteArray fromBignum(const BIGNUM* number, int width = 0)
{
    QByteArray out(width > 0 ? width : BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2binpad(number, reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(out.size()));
    return out;
}

QByteArray bignumParam(EVP_PKEY* key, const char* name, int width = 0)
{
    BIGNUM* number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1)
        qFatal("OpenSSL could not export %s", name);
    QByteArray out = fromBignum(number, width);
    BN_free(number);
    return out;
}

} // namespace

TestKey::TestKey(evp_pkey_st* key)
    : m_key(key, EVP_PKEY_free)
{
    if (!key)
        qFatal("OpenSSL could not generate a test key");
}

TestKey TestKey::rsa2048()
{
    return TestKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}));
}

TestKey TestKey::ecP256()
{
    return TestKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QJsonObject TestKey::jwk(const QString& keyId, const QString& use) const
{
    QJsonObject jwk{{"kid", keyId}};
    if (!use.isEmpty())
        jwk.insert("use", use);
    if (EVP_PKEY_is_a(m_key.get(), "RSA")) {
        jwk.insert("kty", "RSA");
        jwk.insert("n", QString::fromLatin1(base64Url(bignumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N))));
        jwk.insert("e", QString::fromLatin1(base64Url(bignumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E))));
    } else {
        jwk.insert("kty", "EC");
        jwk.insert("crv", "P-256");
        jwk.insert("x", QString::fromLatin1(base64Url(bignumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32))));
        jwk.insert("y", QString::fromLatin1(base64Url(bignumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32))));
    }
    return jwk;
}

QByteArray TestKey::sign(const QString& algorithm, const QByteArray& input) const
{
    const bool rsa = EVP_PKEY_is_a(m_key.get(), "RSA");
    if ((algorithm == "ES256") == rsa || !QStringList{"RS256", "PS256", "ES256"}.contains(algorithm))
        return {};
    EVP_MD_CTX* digest = EVP_MD_CTX_new();
    EVP_PKEY_CTX* context = nullptr;
    size_t size = 0;
    bool ok = EVP_DigestSignInit_ex(digest, &context, "SHA256", nullptr, nullptr, m_key.get(), nullptr) == 1;
    if (ok && algorithm == "PS256")
        ok = EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(context, RSA_PSS_SALTLEN_DIGEST) == 1;
    const auto* data = reinterpret_cast<const unsigned char*>(input.constData());
    ok = ok && EVP_DigestSign(digest, nullptr, &size, data, static_cast<size_t>(input.size())) == 1;
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    ok = ok && EVP_DigestSign(digest, reinterpret_cast<unsigned char*>(signature.data()), &size, data,
                              static_cast<size_t>(input.size())) == 1;
    EVP_MD_CTX_free(digest);
    if (!ok)
        qFatal("OpenSSL could not sign");
    signature.resize(static_cast<qsizetype>(size));
    if (rsa)
        return signature;
    // OpenSSL produces DER; JWS wants the two integers as fixed-width big-endian R‖S.
    const auto* der = reinterpret_cast<const unsigned char*>(signature.constData());
    ECDSA_SIG* parsed = d2i_ECDSA_SIG(nullptr, &der, static_cast<long>(signature.size()));
    const QByteArray raw = fromBignum(ECDSA_SIG_get0_r(parsed), 32) + fromBignum(ECDSA_SIG_get0_s(parsed), 32);
    ECDSA_SIG_free(parsed);
    return raw;
}

QByteArray TestKey::publicKeyPem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_key.get());
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, size);
    BIO_free(bio);
    return pem;
}

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compactJws(const QJsonObject& header, const QJsonObject& claims, const QByteArray& signature)
{
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + base64Url(signature);
}

QByteArray mintToken(const TestKey& key, const QJsonObject& header, const QJsonObject& claims)
{
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + base64Url(key.sign(header.value("alg").toString(), input));
}

QByteArray jwksDocument(const QList<QJsonObject>& keys)
{
    QJsonArray array;
    for (const QJsonObject& key : keys)
        array.append(key);
    return QJsonDocument(QJsonObject{{"keys", array}}).toJson(QJsonDocument::Compact);
}
