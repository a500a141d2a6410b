#include "core/x509/CertificateBundle.h"

#include "core/x509/OpenSslHandles.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTimeZone>
#include <cstring>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

namespace custos {

using namespace x509;

struct CertificateBundle::Data
{
    std::vector<X509Ptr> certificates; // leaf first
    QList<CertificateInfo> infos;
    PkeyPtr key;
};

namespace {

struct CertificateBundleText
{
    Q_DECLARE_TR_FUNCTIONS(custos::CertificateBundle)
};

Error invalid(const QString& what, const QString& why, const QString& action)
{
    return Error::invalid(what, why, action);
}

QString readCertificate()
{
    return CertificateBundleText::tr("Could not read the certificate");
}

QString nameText(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return {};
    return bioText(bio.get());
}

QDateTime timeOf(const ASN1_TIME* time)
{
    struct tm parts
    {
    };
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

QString asn1Text(const ASN1_STRING* text)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(text)), ASN1_STRING_length(text));
}

QStringList subjectAltNames(X509* certificate)
{
    QStringList out;
    auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
        switch (name->type) {
        case GEN_DNS:
            out.append(QStringLiteral("DNS:") + asn1Text(name->d.dNSName));
            break;
        case GEN_EMAIL:
            out.append(QStringLiteral("email:") + asn1Text(name->d.rfc822Name));
            break;
        case GEN_URI:
            out.append(QStringLiteral("URI:") + asn1Text(name->d.uniformResourceIdentifier));
            break;
        case GEN_IPADD: {
            const ASN1_OCTET_STRING* ip = name->d.iPAddress;
            const auto* bytes = ASN1_STRING_get0_data(ip);
            QHostAddress address;
            if (ASN1_STRING_length(ip) == 4) {
                address.setAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 |
                                   bytes[3]);
            } else if (ASN1_STRING_length(ip) == 16) {
                Q_IPV6ADDR v6;
                std::memcpy(v6.c, bytes, 16);
                address.setAddress(v6);
            }
            if (!address.isNull())
                out.append(QStringLiteral("IP:") + address.toString());
            break;
        }
        default:
            break;
        }
    }
    GENERAL_NAMES_free(names);
    return out;
}

void describeKey(const EVP_PKEY* key, CertificateInfo& info)
{
    if (!key)
        return;
    info.keyBits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        info.keyType = QStringLiteral("RSA");
        break;
    case EVP_PKEY_EC: {
        info.keyType = QStringLiteral("EC");
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) == 1)
            info.keyCurve = QString::fromUtf8(group, qsizetype(length));
        break;
    }
    case EVP_PKEY_ED25519:
        info.keyType = QStringLiteral("Ed25519");
        break;
    case EVP_PKEY_ED448:
        info.keyType = QStringLiteral("Ed448");
        break;
    case EVP_PKEY_DSA:
        info.keyType = QStringLiteral("DSA");
        break;
    default:
        info.keyType = QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
        break;
    }
}

CertificateInfo describe(X509* certificate)
{
    CertificateInfo info;
    info.subject = nameText(X509_get_subject_name(certificate));
    info.issuer = nameText(X509_get_issuer_name(certificate));
    if (BnPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr)); serial) {
        if (char* hex = BN_bn2hex(serial.get())) {
            info.serialNumber = QString::fromLatin1(hex).toLower();
            OPENSSL_free(hex);
        }
    }
    info.sans = subjectAltNames(certificate);
    info.notBefore = timeOf(X509_get0_notBefore(certificate));
    info.notAfter = timeOf(X509_get0_notAfter(certificate));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) == 1)
        info.fingerprintSha256 =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
    describeKey(X509_get0_pubkey(certificate), info);
    info.isCa = (X509_get_extension_flags(certificate) & EXFLAG_CA) != 0;
    info.selfSigned = X509_self_signed(certificate, 0) == 1;
    return info;
}

// Leaf first, then each certificate's issuer when it is in the set; certificates that link to nothing go last
// (the validator then reports the broken chain).
std::vector<X509Ptr> leafFirst(std::vector<X509Ptr> certificates, X509* knownLeaf)
{
    auto issued = [](X509* issuer, X509* subject) {
        return issuer != subject && X509_check_issued(issuer, subject) == X509_V_OK;
    };
    std::vector<X509Ptr> out;
    auto take = [&](size_t index) {
        out.push_back(std::move(certificates[index]));
        certificates.erase(certificates.begin() + qsizetype(index));
    };
    size_t leafIndex = 0;
    for (size_t i = 0; i < certificates.size(); ++i) {
        X509* candidate = certificates[i].get();
        if (knownLeaf) {
            if (X509_cmp(candidate, knownLeaf) == 0) {
                leafIndex = i;
                break;
            }
            continue;
        }
        bool issuesAnother = false;
        for (const X509Ptr& other : certificates)
            issuesAnother = issuesAnother || issued(candidate, other.get());
        if (!issuesAnother) {
            leafIndex = i;
            break;
        }
    }
    take(leafIndex);
    for (bool found = true; found && !certificates.empty();) {
        found = false;
        for (size_t i = 0; i < certificates.size(); ++i) {
            if (issued(certificates[i].get(), out.back().get())) {
                take(i);
                found = true;
                break;
            }
        }
    }
    for (X509Ptr& rest : certificates)
        out.push_back(std::move(rest));
    return out;
}

Result<std::vector<X509Ptr>> readPemCertificates(QByteArrayView pem)
{
    if (pem.isEmpty())
        return invalid(readCertificate(), CertificateBundleText::tr("the certificate file is empty"),
                       CertificateBundleText::tr("Select the PEM file with the certificate chain"));
    if (pem.size() > CertificateBundle::maxPemBytes)
        return invalid(readCertificate(),
                       CertificateBundleText::tr("the certificate file is larger than %1 KiB")
                           .arg(CertificateBundle::maxPemBytes / 1024),
                       CertificateBundleText::tr("Select the server certificate and its intermediates only"));
    BioPtr bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    std::vector<X509Ptr> certificates;
    ERR_clear_error();
    while (true) {
        X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!certificate)
            break;
        if (int(certificates.size()) == CertificateBundle::maxCertificates)
            return invalid(readCertificate(),
                           CertificateBundleText::tr("the file holds more than %1 certificates")
                               .arg(CertificateBundle::maxCertificates),
                           CertificateBundleText::tr("Select the server certificate and its intermediates only"));
        certificates.push_back(std::move(certificate));
    }
    // The normal end of the file is "no start line"; anything else is a damaged certificate.
    const unsigned long error = ERR_peek_last_error();
    const bool cleanEnd =
        error == 0 || (ERR_GET_LIB(error) == ERR_LIB_PEM && ERR_GET_REASON(error) == PEM_R_NO_START_LINE);
    const QString reason = openSslReason();
    if (certificates.empty())
        return invalid(readCertificate(), CertificateBundleText::tr("the file holds no PEM certificate"),
                       CertificateBundleText::tr("Select a PEM file starting with -----BEGIN CERTIFICATE-----"));
    if (!cleanEnd)
        return invalid(readCertificate(),
                       CertificateBundleText::tr("certificate %1 of the file is damaged (%2)")
                           .arg(certificates.size() + 1)
                           .arg(reason),
                       CertificateBundleText::tr("Export the chain again as PEM"));
    return certificates;
}

int passwordCallback(char* buffer, int size, int, void* userData)
{
    const auto* password = static_cast<const QByteArray*>(userData);
    if (!password || password->isEmpty() || password->size() > size)
        return 0;
    std::memcpy(buffer, password->constData(), size_t(password->size()));
    return int(password->size());
}

Result<PkeyPtr> readPemKey(QByteArrayView pem, const QByteArray& password)
{
    const QString what = CertificateBundleText::tr("Could not read the private key");
    if (pem.size() > CertificateBundle::maxPemBytes)
        return invalid(
            what,
            CertificateBundleText::tr("the key file is larger than %1 KiB").arg(CertificateBundle::maxPemBytes / 1024),
            CertificateBundleText::tr("Select the private key file"));
    const bool encrypted = QByteArrayView(pem).contains("ENCRYPTED");
    BioPtr bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    ERR_clear_error();
    // The password is read in place; no copy of it is made here.
    PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passwordCallback, const_cast<QByteArray*>(&password)));
    const QString reason = openSslReason();
    if (key)
        return key;
    if (encrypted && password.isEmpty())
        return invalid(what, CertificateBundleText::tr("the key is encrypted and no password was given"),
                       CertificateBundleText::tr("Enter the key's password"));
    if (encrypted)
        return invalid(what, CertificateBundleText::tr("the password does not decrypt the key"),
                       CertificateBundleText::tr("Check the key's password"));
    return invalid(what, CertificateBundleText::tr("the file holds no readable PEM private key (%1)").arg(reason),
                   CertificateBundleText::tr("Select the PEM private key that belongs to the certificate"));
}

} // namespace

QString CertificateInfo::shortName() const
{
    return CertificateBundleText::tr("%1 (SHA-256 %2…)")
        .arg(subject.isEmpty() ? CertificateBundleText::tr("a certificate without subject") : subject,
             fingerprintSha256.left(16));
}

CertificateBundle::CertificateBundle(std::shared_ptr<Data> data)
    : d(std::move(data))
{
}

const QList<CertificateInfo>& CertificateBundle::chain() const
{
    return d->infos;
}

bool CertificateBundle::hasPrivateKey() const
{
    return d->key != nullptr;
}

QList<X509*> CertificateBundle::certificates() const
{
    QList<X509*> out;
    for (const X509Ptr& certificate : d->certificates)
        out.append(certificate.get());
    return out;
}

EVP_PKEY* CertificateBundle::privateKey() const
{
    return d->key.get();
}

QByteArray CertificateBundle::leafPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), d->certificates.front().get()) != 1)
        return {};
    return bioText(bio.get()).toLatin1();
}

Result<CertificateBundle> CertificateBundle::fromPem(QByteArrayView chainPem, QByteArrayView keyPem,
                                                     const QByteArray& keyPassword)
{
    auto certificates = readPemCertificates(chainPem);
    if (!certificates)
        return certificates.error();
    auto data = std::make_shared<Data>();
    if (!keyPem.isEmpty()) {
        auto key = readPemKey(keyPem, keyPassword);
        if (!key)
            return key.error();
        data->key = std::move(key).value();
    }
    data->certificates = leafFirst(std::move(certificates).value(), nullptr);
    for (const X509Ptr& certificate : data->certificates)
        data->infos.append(describe(certificate.get()));
    return CertificateBundle(std::move(data));
}

Result<CertificateBundle> CertificateBundle::fromPkcs12(QByteArrayView pkcs12, const QByteArray& password)
{
    const QString what = CertificateBundleText::tr("Could not read the PKCS#12 file");
    if (pkcs12.isEmpty() || pkcs12.size() > maxPkcs12Bytes)
        return invalid(what,
                       CertificateBundleText::tr("the file is empty or larger than %1 KiB").arg(maxPkcs12Bytes / 1024),
                       CertificateBundleText::tr("Select the .p12 or .pfx file of the server certificate"));
    ERR_clear_error();
    const auto* bytes = reinterpret_cast<const unsigned char*>(pkcs12.data());
    Pkcs12Ptr parsed(d2i_PKCS12(nullptr, &bytes, long(pkcs12.size())));
    if (!parsed)
        return invalid(what, CertificateBundleText::tr("the file is not PKCS#12 (%1)").arg(openSslReason()),
                       CertificateBundleText::tr("Select a .p12 or .pfx file"));
    // Checked first so a wrong password is named as such, not as a damaged file.
    const QByteArray passwordZ = password; // PKCS12 functions read a NUL-terminated string
    // An empty password may have been encoded as "no password" (NULL) or as the empty string: try both.
    const bool macOk = PKCS12_verify_mac(parsed.get(), passwordZ.constData(), int(passwordZ.size())) == 1 ||
                       (passwordZ.isEmpty() && PKCS12_verify_mac(parsed.get(), nullptr, 0) == 1);
    if (!macOk)
        return invalid(what, CertificateBundleText::tr("the password is wrong, or the file is damaged"),
                       CertificateBundleText::tr("Enter the password the file was exported with"));
    EVP_PKEY* key = nullptr;
    X509* leaf = nullptr;
    STACK_OF(X509)* others = nullptr;
    if (PKCS12_parse(parsed.get(), passwordZ.constData(), &key, &leaf, &others) != 1)
        return invalid(what, CertificateBundleText::tr("its contents cannot be decrypted (%1)").arg(openSslReason()),
                       CertificateBundleText::tr("Export the file again with AES-256 encryption"));
    auto data = std::make_shared<Data>();
    data->key.reset(key);
    X509Ptr leafHolder(leaf);
    std::vector<X509Ptr> certificates;
    const int otherCount = others ? sk_X509_num(others) : 0;
    if (otherCount + 1 > maxCertificates) {
        sk_X509_pop_free(others, X509_free);
        return invalid(what, CertificateBundleText::tr("the file holds more than %1 certificates").arg(maxCertificates),
                       CertificateBundleText::tr("Export only the server certificate, its key and its intermediates"));
    }
    for (int i = 0; i < otherCount; ++i)
        certificates.emplace_back(sk_X509_value(others, i));
    sk_X509_free(others); // the certificates now belong to `certificates`
    if (!leafHolder) {
        if (certificates.empty())
            return invalid(what, CertificateBundleText::tr("the file holds no certificate"),
                           CertificateBundleText::tr("Select the server certificate's file"));
    } else {
        certificates.insert(certificates.begin(), std::move(leafHolder));
    }
    X509* knownLeaf = leaf ? certificates.front().get() : nullptr;
    data->certificates = leafFirst(std::move(certificates), knownLeaf);
    for (const X509Ptr& certificate : data->certificates)
        data->infos.append(describe(certificate.get()));
    return CertificateBundle(std::move(data));
}

Result<CertificateBundle> CertificateBundle::fromDer(QByteArrayView der)
{
    if (der.isEmpty() || der.size() > maxPemBytes)
        return invalid(readCertificate(), CertificateBundleText::tr("the certificate is empty or too large"), {});
    ERR_clear_error();
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.data());
    X509Ptr certificate(d2i_X509(nullptr, &bytes, long(der.size())));
    if (!certificate)
        return invalid(readCertificate(),
                       CertificateBundleText::tr("it is not a DER certificate (%1)").arg(openSslReason()), {});
    auto data = std::make_shared<Data>();
    data->infos.append(describe(certificate.get()));
    data->certificates.push_back(std::move(certificate));
    return CertificateBundle(std::move(data));
}

} // namespace custos
