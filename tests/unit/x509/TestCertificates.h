#pragma once

// Test-only: keys and certificates made with OpenSSL's API in the test itself, with any validity window,
// key size, SANs and issuer, so each validation failure can be produced on purpose.

#include <QByteArray>
#include <QStringList>
#include <memory>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace custos::test {

struct Key
{
    std::shared_ptr<EVP_PKEY> key;

    static Key rsa(int bits) { return Key{std::shared_ptr<EVP_PKEY>(EVP_RSA_gen(unsigned(bits)), EVP_PKEY_free)}; }
    static Key ec(const char* curve) { return Key{std::shared_ptr<EVP_PKEY>(EVP_EC_gen(curve), EVP_PKEY_free)}; }

    [[nodiscard]] QByteArray pem(const QByteArray& password = {}) const
    {
        BIO* bio = BIO_new(BIO_s_mem());
        if (password.isEmpty())
            PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
        else
            PEM_write_bio_PKCS8PrivateKey(bio, key.get(), EVP_aes_256_cbc(), password.constData(), int(password.size()),
                                          nullptr, nullptr);
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        QByteArray out(data, length);
        BIO_free(bio);
        return out;
    }
};

struct Cert
{
    std::shared_ptr<X509> cert;
    Key key;

    [[nodiscard]] QByteArray pem() const
    {
        BIO* bio = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(bio, cert.get());
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        QByteArray out(data, length);
        BIO_free(bio);
        return out;
    }

    [[nodiscard]] QByteArray pkcs12(const QByteArray& password, const QList<Cert>& chain = {}) const
    {
        STACK_OF(X509)* cas = sk_X509_new_null();
        for (const Cert& c : chain)
            sk_X509_push(cas, c.cert.get());
        PKCS12* p12 = PKCS12_create(password.constData(), "custos", key.key.get(), cert.get(), cas, 0, 0, 0, 0, 0);
        sk_X509_free(cas);
        unsigned char* der = nullptr;
        const int length = i2d_PKCS12(p12, &der);
        QByteArray out(reinterpret_cast<const char*>(der), length);
        OPENSSL_free(der);
        PKCS12_free(p12);
        return out;
    }
};

struct CertSpec
{
    QByteArray commonName = "leaf.example.org";
    long notBeforeDays = -1; // relative to now
    long notAfterDays = 90;
    bool ca = false;
    QStringList sans{QStringLiteral("DNS:leaf.example.org")}; // openssl syntax: DNS:…, IP:…
};

inline void addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

// A certificate for `key` per `spec`, signed by `issuer` (self-signed when null).
inline Cert makeCert(const CertSpec& spec, const Key& key, const Cert* issuer = nullptr)
{
    static long serial = 1000;
    std::shared_ptr<X509> cert(X509_new(), X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), spec.notBeforeDays * 86400);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), spec.notAfterDays * 86400);
    X509_set_pubkey(cert.get(), key.key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(spec.commonName.constData()), -1, -1, 0);
    X509* signer = issuer ? issuer->cert.get() : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    addExtension(cert.get(), signer, NID_basic_constraints, spec.ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    if (spec.ca)
        addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (issuer)
        addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (!spec.sans.isEmpty())
        addExtension(cert.get(), signer, NID_subject_alt_name, spec.sans.join(QStringLiteral(",")).toUtf8());
    X509_sign(cert.get(), issuer ? issuer->key.key.get() : key.key.get(), EVP_sha256());
    return Cert{cert, key};
}

inline Cert makeCa(const QByteArray& name, const Key& key, long notAfterDays = 365)
{
    CertSpec spec;
    spec.commonName = name;
    spec.ca = true;
    spec.sans.clear();
    spec.notAfterDays = notAfterDays;
    return makeCert(spec, key);
}

} // namespace custos::test
