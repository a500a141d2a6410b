#include "core/x509/CertificateValidator.h"

#include "core/common/Clock.h"
#include "core/x509/OpenSslHandles.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <openssl/pem.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace custos {

using namespace x509;

namespace {

struct CertificateValidatorText
{
    Q_DECLARE_TR_FUNCTIONS(custos::CertificateValidator)
};

Error rejected(const QString& why, const QString& action)
{
    return Error::invalid(CertificateValidatorText::tr("The certificate cannot be used"), why, action);
}

QString date(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// Adds every certificate of a PEM bundle to `store`; the number added.
int addPemToStore(X509_STORE* store, const QByteArray& pem)
{
    if (pem.isEmpty() || pem.size() > CertificateBundle::maxPemBytes)
        return 0;
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    int added = 0;
    while (added < CertificateBundle::maxCertificates) {
        X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!certificate)
            break;
        if (X509_STORE_add_cert(store, certificate.get()) == 1)
            ++added;
    }
    ERR_clear_error();
    return added;
}

} // namespace

CertificateValidator::CertificateValidator(ValidationPolicy policy)
    : m_policy(std::move(policy))
{
}

QDateTime CertificateValidator::moment() const
{
    return m_policy.at.isValid() ? m_policy.at.toUTC() : Clock::now();
}

Status CertificateValidator::validate(const CertificateBundle& bundle) const
{
    const QList<Error> found = problems(bundle);
    if (found.isEmpty())
        return success();
    return found.first();
}

QList<Error> CertificateValidator::problems(const CertificateBundle& bundle) const
{
    QList<Error> out;
    const CertificateInfo& leaf = bundle.leaf();
    if (!bundle.hasPrivateKey()) {
        if (m_policy.requirePrivateKey)
            out.append(rejected(
                CertificateValidatorText::tr("no private key was given for %1").arg(leaf.shortName()),
                CertificateValidatorText::tr("Select the private key file, or a PKCS#12 file that contains it")));
    } else if (EVP_PKEY_eq(X509_get0_pubkey(bundle.certificates().first()), bundle.privateKey()) != 1) {
        ERR_clear_error();
        out.append(rejected(CertificateValidatorText::tr("the private key does not belong to %1").arg(leaf.shortName()),
                            CertificateValidatorText::tr("Select the key the certificate was issued for")));
    }
    if (leaf.isCa)
        out.append(rejected(
            CertificateValidatorText::tr("%1 is a CA certificate (basicConstraints CA:TRUE), not a server certificate")
                .arg(leaf.shortName()),
            CertificateValidatorText::tr("Select the server certificate; its issuers belong after it in the chain")));
    out.append(validity(bundle));
    out.append(keyStrength(bundle));
    out.append(hostCoverage(bundle));
    out.append(chainTrust(bundle));
    return out;
}

QList<Error> CertificateValidator::validity(const CertificateBundle& bundle) const
{
    QList<Error> out;
    const QDateTime now = moment();
    for (const CertificateInfo& info : bundle.chain()) {
        if (!info.notAfter.isValid() || !info.notBefore.isValid())
            out.append(rejected(CertificateValidatorText::tr("%1 has no readable validity dates").arg(info.shortName()),
                                CertificateValidatorText::tr("Request a new certificate")));
        else if (info.notAfter < now)
            out.append(
                rejected(CertificateValidatorText::tr("%1 expired on %2").arg(info.shortName(), date(info.notAfter)),
                         CertificateValidatorText::tr("Renew the certificate")));
        else if (info.notBefore > now)
            out.append(rejected(
                CertificateValidatorText::tr("%1 is not valid before %2").arg(info.shortName(), date(info.notBefore)),
                CertificateValidatorText::tr("Wait until %1, or check the issuing CA's clock")
                    .arg(date(info.notBefore))));
    }
    return out;
}

QList<Error> CertificateValidator::keyStrength(const CertificateBundle& bundle) const
{
    QList<Error> out;
    for (const CertificateInfo& info : bundle.chain()) {
        if (info.keyType == u"RSA" && info.keyBits < m_policy.minRsaBits)
            out.append(rejected(CertificateValidatorText::tr("%1 has a %2-bit RSA key; at least %3 bits are required")
                                    .arg(info.shortName())
                                    .arg(info.keyBits)
                                    .arg(m_policy.minRsaBits),
                                CertificateValidatorText::tr(
                                    "Request a certificate with a 2048-bit (or larger) RSA key, or a P-256 key")));
        else if (info.keyType == u"EC" && info.keyBits < m_policy.minEcBits)
            out.append(rejected(
                CertificateValidatorText::tr("%1 has a %2-bit elliptic-curve key (%3); at least P-256 is required")
                    .arg(info.shortName())
                    .arg(info.keyBits)
                    .arg(info.keyCurve),
                CertificateValidatorText::tr("Request a certificate with a P-256, P-384 or P-521 key")));
        else if (info.keyType == u"DSA")
            out.append(
                rejected(CertificateValidatorText::tr("%1 has a DSA key, which is not supported").arg(info.shortName()),
                         CertificateValidatorText::tr("Request a certificate with an RSA or EC key")));
    }
    return out;
}

QList<Error> CertificateValidator::hostCoverage(const CertificateBundle& bundle) const
{
    QList<Error> out;
    if (m_policy.hostNames.isEmpty())
        return out;
    const CertificateInfo& leaf = bundle.leaf();
    if (leaf.sans.isEmpty()) {
        out.append(rejected(
            CertificateValidatorText::tr("%1 has no subject alternative names, so no client will accept it for %2")
                .arg(leaf.shortName(), m_policy.hostNames.join(QStringLiteral(", "))),
            CertificateValidatorText::tr("Request a certificate whose subjectAltName lists the host names")));
        return out;
    }
    X509* certificate = bundle.certificates().first();
    QStringList uncovered;
    for (const QString& host : m_policy.hostNames) {
        const QByteArray name = host.trimmed().toLower().toUtf8();
        // IP addresses match IP SANs only; names go through OpenSSL's RFC 6125 matcher with partial wildcards
        // ("w*.example.org") refused and the subject's CN never consulted.
        const bool covered =
            QHostAddress(host.trimmed()).isNull()
                ? X509_check_host(certificate, name.constData(), size_t(name.size()),
                                  X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS | X509_CHECK_FLAG_NEVER_CHECK_SUBJECT,
                                  nullptr) == 1
                : X509_check_ip_asc(certificate, name.constData(), 0) == 1;
        if (!covered)
            uncovered.append(host.trimmed());
    }
    ERR_clear_error();
    if (!uncovered.isEmpty())
        out.append(rejected(
            CertificateValidatorText::tr("%1 does not cover %2 (its names: %3)")
                .arg(leaf.shortName(), uncovered.join(QStringLiteral(", ")), leaf.sans.join(QStringLiteral(", "))),
            CertificateValidatorText::tr("Request a certificate whose subjectAltName lists every host name")));
    return out;
}

QList<Error> CertificateValidator::chainTrust(const CertificateBundle& bundle) const
{
    QList<Error> out;
    StorePtr store(X509_STORE_new());
    if (!store)
        return {rejected(CertificateValidatorText::tr("OpenSSL could not create a certificate store"), {})};
    if (m_policy.trustSystemStore)
        X509_STORE_set_default_paths(store.get());
    addPemToStore(store.get(), m_policy.trustedCaPem);
    const QList<X509*> certificates = bundle.certificates();
    STACK_OF(X509)* untrusted = sk_X509_new_null();
    for (qsizetype i = 1; i < certificates.size(); ++i)
        sk_X509_push(untrusted, certificates.at(i));
    StoreCtxPtr context(X509_STORE_CTX_new());
    bool verified = false;
    int error = X509_V_OK;
    int depth = 0;
    if (context && X509_STORE_CTX_init(context.get(), store.get(), certificates.first(), untrusted) == 1) {
        // Validity has its own precise message above; here only the chain's shape and signatures count.
        X509_STORE_CTX_set_flags(context.get(), X509_V_FLAG_NO_CHECK_TIME);
        X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER);
        verified = X509_verify_cert(context.get()) == 1;
        error = X509_STORE_CTX_get_error(context.get());
        depth = X509_STORE_CTX_get_error_depth(context.get());
    }
    sk_X509_free(untrusted); // the certificates belong to the bundle
    ERR_clear_error();
    if (verified)
        return out;
    const QString at = depth < bundle.chain().size()
                           ? bundle.chain().at(depth).shortName()
                           : CertificateValidatorText::tr("certificate %1 of the chain").arg(depth + 1);
    const QString reason = QString::fromLatin1(X509_verify_cert_error_string(error));
    switch (error) {
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        out.append(rejected(CertificateValidatorText::tr("%1 is self-signed and not among the trusted CAs").arg(at),
                            CertificateValidatorText::tr(
                                "Use a certificate issued by a trusted CA, or add this one as the trusted CA")));
        break;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        out.append(rejected(
            CertificateValidatorText::tr("the chain does not lead to a trusted root: the issuer of %1 is missing or "
                                         "not trusted (%2)")
                .arg(at, reason),
            CertificateValidatorText::tr("Include the intermediate certificates, or supply the issuing CA")));
        break;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
        out.append(
            rejected(CertificateValidatorText::tr("the signature on %1 does not verify: the chain is broken").arg(at),
                     CertificateValidatorText::tr("Export the chain again from the issuing CA")));
        break;
    default:
        out.append(rejected(CertificateValidatorText::tr("the chain does not verify at %1: %2").arg(at, reason),
                            CertificateValidatorText::tr("Check the chain's order and the issuing CA")));
        break;
    }
    return out;
}

Status CertificateValidator::validateCa(const CertificateBundle& bundle) const
{
    if (bundle.chain().size() != 1)
        return rejected(CertificateValidatorText::tr("the file holds %1 certificates; a tenant CA is exactly one")
                            .arg(bundle.chain().size()),
                        CertificateValidatorText::tr("Select the file with only the CA certificate"));
    if (!bundle.leaf().isCa)
        return rejected(CertificateValidatorText::tr("%1 is not a CA certificate (basicConstraints CA:TRUE is missing)")
                            .arg(bundle.leaf().shortName()),
                        CertificateValidatorText::tr("Select the CA that issues the tenant's client certificates"));
    QList<Error> found = validity(bundle);
    found.append(keyStrength(bundle));
    if (!found.isEmpty())
        return found.first();
    return success();
}

} // namespace custos
