#include "core/http/CaBundle.h"

#include "core/common/Logging.h"
#include "core/http/HttpClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificateExtension>

namespace custos {
namespace {

struct CaBundleText
{
    Q_DECLARE_TR_FUNCTIONS(custos::CaBundle)
};

Error bundleError(Error::Kind kind, const QString& path, const QString& why)
{
    return Error{kind, CaBundleText::tr("Could not use the CA bundle %1").arg(QDir::toNativeSeparators(path)), why,
                 CaBundleText::tr("Set the profile's CA bundle to a PEM file with your organization's CA certificates, "
                                  "or clear it to trust only the system's certificate store"),
                 0};
}

// True when the certificate says it is a CA (basicConstraints CA:TRUE).
bool isCa(const QSslCertificate& certificate)
{
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    for (const QSslCertificateExtension& extension : extensions) {
        if (extension.name() == QLatin1String("basicConstraints"))
            return extension.value().toMap().value(QStringLiteral("ca")).toBool();
    }
    return false;
}

} // namespace

Result<QList<QSslCertificate>> loadCaBundle(const QString& pemPath)
{
    const QFileInfo info(pemPath);
    if (pemPath.isEmpty())
        return bundleError(Error::Kind::Invalid, pemPath, CaBundleText::tr("no file name was given"));
    if (!info.exists())
        return bundleError(Error::Kind::Io, pemPath, CaBundleText::tr("the file does not exist"));
    if (!info.isFile())
        return bundleError(Error::Kind::Invalid, pemPath, CaBundleText::tr("it is not a regular file"));
    if (info.size() > kMaxCaBundleBytes)
        return bundleError(Error::Kind::Invalid, pemPath,
                           CaBundleText::tr("the file is larger than %1 KiB").arg(kMaxCaBundleBytes / 1024));

    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly))
        return bundleError(Error::Kind::Io, pemPath,
                           CaBundleText::tr("the file cannot be read (%1)").arg(file.errorString()));
    const QByteArray data = file.read(kMaxCaBundleBytes + 1);
    if (data.size() > kMaxCaBundleBytes)
        return bundleError(Error::Kind::Invalid, pemPath,
                           CaBundleText::tr("the file is larger than %1 KiB").arg(kMaxCaBundleBytes / 1024));
    if (data.trimmed().isEmpty())
        return bundleError(Error::Kind::Invalid, pemPath, CaBundleText::tr("the file is empty"));
    if (data.contains("PRIVATE KEY-----"))
        return bundleError(Error::Kind::Invalid, pemPath,
                           CaBundleText::tr("the file contains a private key, which does not belong in a CA bundle"));

    const qsizetype blocks = data.count("-----BEGIN CERTIFICATE-----");
    if (blocks == 0)
        return bundleError(Error::Kind::Invalid, pemPath,
                           CaBundleText::tr("the file contains no PEM certificate (\"-----BEGIN CERTIFICATE-----\")"));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.size() != blocks)
        return bundleError(
            Error::Kind::Invalid, pemPath,
            CaBundleText::tr("%1 of its %2 certificates cannot be read").arg(blocks - certificates.size()).arg(blocks));
    for (const QSslCertificate& certificate : certificates) {
        if (certificate.isNull())
            return bundleError(Error::Kind::Invalid, pemPath, CaBundleText::tr("a certificate in it cannot be read"));
        if (!isCa(certificate)) {
            const QString subject = certificate.subjectDisplayName();
            return bundleError(
                Error::Kind::Invalid, pemPath,
                CaBundleText::tr("the certificate \"%1\" is not a CA certificate (no basicConstraints CA:TRUE)")
                    .arg(subject.isEmpty() ? CaBundleText::tr("without a name") : subject));
        }
    }
    qCDebug(lcHttp).noquote() << "CA bundle" << pemPath << "has" << certificates.size() << "certificate(s)";
    return certificates;
}

Status trustCaBundle(HttpClient& http, const QString& pemPath)
{
    http.setExtraCaCertificates({});
    if (pemPath.isEmpty())
        return success();
    Result<QList<QSslCertificate>> certificates = loadCaBundle(pemPath);
    if (!certificates.ok())
        return certificates.error();
    http.setExtraCaCertificates(certificates.value());
    return success();
}

} // namespace custos
