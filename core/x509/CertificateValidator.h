#pragma once

#include "core/common/Result.h"
#include "core/x509/CertificateBundle.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace custos {

// What a certificate must satisfy before Custos stages it.
struct ValidationPolicy
{
    QStringList hostNames;   // every one must be covered by a SAN (DNS names, or IP addresses)
    QByteArray trustedCaPem; // CA certificates (PEM) the chain may end in, besides the system store
    bool trustSystemStore = true;
    bool requirePrivateKey = true; // a server certificate is staged with its key
    QDateTime at;                  // the moment validity is judged at; now when invalid
    int minRsaBits = 2048;
    int minEcBits = 256;
};

// Local validation of a certificate bundle with OpenSSL, one precise Error per failed check, in this order:
// the private key is present and matches the leaf; the leaf is not a CA; every certificate is within its validity
// (expired / not yet valid, with the dates); key strength (RSA under minRsaBits, EC under minEcBits refused);
// the SANs cover the host names (RFC 6125: a wildcard only as the whole leftmost label, matching one label);
// the chain builds to a trusted root (X509_verify_cert with an X509_STORE of the system store and/or the
// supplied CAs).
class CertificateValidator
{
public:
    explicit CertificateValidator(ValidationPolicy policy);

    // Every failed check (empty: the bundle passes).
    [[nodiscard]] QList<Error> problems(const CertificateBundle& bundle) const;
    // The first failed check, or success.
    [[nodiscard]] Status validate(const CertificateBundle& bundle) const;
    // A tenant CA certificate: exactly one certificate, CA:TRUE, within its validity, a strong enough key.
    [[nodiscard]] Status validateCa(const CertificateBundle& bundle) const;

private:
    [[nodiscard]] QList<Error> validity(const CertificateBundle& bundle) const;
    [[nodiscard]] QList<Error> keyStrength(const CertificateBundle& bundle) const;
    [[nodiscard]] QList<Error> hostCoverage(const CertificateBundle& bundle) const;
    [[nodiscard]] QList<Error> chainTrust(const CertificateBundle& bundle) const;
    [[nodiscard]] QDateTime moment() const;

    ValidationPolicy m_policy;
};

} // namespace custos
