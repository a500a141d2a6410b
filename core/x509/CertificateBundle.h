#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

struct x509_st;
struct evp_pkey_st;

namespace custos {

// What a certificate says about itself, for views, validation messages and the ledger.
struct CertificateInfo
{
    QString subject; // RFC 4514
    QString issuer;
    QString serialNumber; // lowercase hex
    QStringList sans;     // "DNS:…", "IP:…", "email:…", "URI:…"
    QDateTime notBefore;  // UTC
    QDateTime notAfter;
    QString fingerprintSha256; // lowercase hex of the DER's SHA-256
    QString keyType;           // RSA, EC, Ed25519, Ed448, DSA, or the OpenSSL name
    int keyBits = 0;
    QString keyCurve;  // for EC: prime256v1, secp384r1…
    bool isCa = false; // basicConstraints CA:TRUE
    bool selfSigned = false;

    // "CN=www.example.org (SHA-256 ab12…)": enough to tell two certificates apart in a message.
    [[nodiscard]] QString shortName() const;
};

// A certificate chain, leaf first, optionally with the leaf's private key, read defensively from untrusted
// files: inputs are size-capped, at most maxCertificates are read, and garbage is an Error naming what is wrong,
// never a crash. The private key stays inside (OpenSSL memory) and is never exposed, logged or described.
class CertificateBundle
{
public:
    static constexpr qsizetype maxPemBytes = 64 * 1024;    // as the platform accepts
    static constexpr qsizetype maxPkcs12Bytes = 96 * 1024; // 128 KiB of base64 on the wire
    static constexpr int maxCertificates = 10;

    // A PEM chain in any order (reordered leaf first) and, optionally, a PEM private key (PKCS#8, traditional
    // RSA/EC, or encrypted with `keyPassword`).
    [[nodiscard]] static Result<CertificateBundle> fromPem(QByteArrayView chainPem, QByteArrayView keyPem = {},
                                                           const QByteArray& keyPassword = {});
    // A PKCS#12 (.p12/.pfx) file with its password.
    [[nodiscard]] static Result<CertificateBundle> fromPkcs12(QByteArrayView pkcs12, const QByteArray& password);
    // One DER certificate (a realm key's certificate).
    [[nodiscard]] static Result<CertificateBundle> fromDer(QByteArrayView der);

    [[nodiscard]] const QList<CertificateInfo>& chain() const;
    [[nodiscard]] const CertificateInfo& leaf() const { return chain().first(); }
    [[nodiscard]] bool hasPrivateKey() const;
    // The leaf as PEM (what a tenant CA upload sends).
    [[nodiscard]] QByteArray leafPem() const;

    // For CertificateValidator: the OpenSSL objects, owned by the bundle (leaf first).
    [[nodiscard]] QList<x509_st*> certificates() const;
    [[nodiscard]] evp_pkey_st* privateKey() const;

private:
    struct Data;
    explicit CertificateBundle(std::shared_ptr<Data> data);
    std::shared_ptr<Data> d;
};

} // namespace custos
