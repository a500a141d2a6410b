#include "core/tenants/CertificateOperations.h"

#include <QJsonArray>

namespace custos {
namespace {

const QString platformCertificateType = QStringLiteral("platform-certificate");
const QString tenantCaType = QStringLiteral("tenant-ca-certificate");

// The facts a ledger record keeps about a certificate: enough to recognise it, nothing secret.
QJsonObject facts(const QString& subject, const QString& fingerprint, const QDateTime& notAfter)
{
    return QJsonObject{{QStringLiteral("subject"), subject},
                       {QStringLiteral("fingerprint_sha256"), fingerprint},
                       {QStringLiteral("not_after"), notAfter.toUTC().toString(Qt::ISODate)}};
}

} // namespace

// --- StagePlatformCertificate -----------------------------------------------------------------------------------

StagePlatformCertificate::StagePlatformCertificate(const PlatformServices& services, const Operator& actor,
                                                   const CertificateUpload& upload, const ValidationPolicy& policy,
                                                   QObject* parent)
    : PlatformOperation(QStringLiteral("CERTIFICATE_STAGED"), services, actor, parent)
    , m_upload(upload)
    , m_policy(policy)
{
    setTarget(platformCertificateType, {}, {});
}

void StagePlatformCertificate::run()
{
    emit progress(tr("Checking the certificate"));
    note(QStringLiteral("format"), m_upload.format == CertificateUpload::Format::Pem ? QStringLiteral("pem")
                                                                                     : QStringLiteral("pkcs12"));
    auto bundle = m_upload.format == CertificateUpload::Format::Pem
                      ? CertificateBundle::fromPem(m_upload.chainPem, m_upload.keyPem, m_upload.keyPassword)
                      : CertificateBundle::fromPkcs12(m_upload.pkcs12, m_upload.pkcs12Password);
    if (!bundle)
        return refuse(bundle.error());
    const CertificateInfo leaf = bundle->leaf();
    setTarget(platformCertificateType, leaf.fingerprintSha256, leaf.subject);
    note(QStringLiteral("certificate"), facts(leaf.subject, leaf.fingerprintSha256, leaf.notAfter));
    note(QStringLiteral("sans"), QJsonArray::fromStringList(leaf.sans));
    note(QStringLiteral("host_names"), QJsonArray::fromStringList(m_policy.hostNames));
    const QList<Error> problems = CertificateValidator(m_policy).problems(bundle.value());
    if (!problems.isEmpty()) {
        QStringList reasons;
        for (const Error& problem : problems)
            reasons.append(problem.why);
        note(QStringLiteral("validation_failures"), QJsonArray::fromStringList(reasons));
        return refuse(problems.first());
    }
    if (stopRequested())
        return fail(cancelledError());
    recordIntent({tr("stage the platform certificate %1 (not yet in service)").arg(leaf.subject)},
                 [this, subject = leaf.subject] {
                     emit progress(tr("Staging %1").arg(subject));
                     services().platform->stagePlatformCertificate(
                         m_upload, PlatformApi::newIdempotencyKey(), this,
                         [this](const Result<PlatformCertificate>& staged) {
                             if (!staged.ok())
                                 return fail(staged.error());
                             m_staged = staged.value();
                             setTarget(platformCertificateType, m_staged.id, m_staged.facts.subject);
                             note(QStringLiteral("certificate_id"), m_staged.id);
                             succeed(tr("%1 is staged; activate it to put it in service").arg(m_staged.facts.subject));
                         });
                 });
}

// --- PlatformCertificateChange ----------------------------------------------------------------------------------

namespace {
QString changeAction(PlatformCertificateChange::Change change)
{
    switch (change) {
    case PlatformCertificateChange::Change::Activate: return QStringLiteral("CERTIFICATE_ACTIVATED");
    case PlatformCertificateChange::Change::Restore: return QStringLiteral("CERTIFICATE_RESTORED");
    case PlatformCertificateChange::Change::Discard: return QStringLiteral("CERTIFICATE_DISCARDED");
    }
    return {};
}
} // namespace

PlatformCertificateChange::PlatformCertificateChange(const PlatformServices& services, const Operator& actor,
                                                     const PlatformCertificate& certificate, Change change,
                                                     QObject* parent)
    : PlatformOperation(changeAction(change), services, actor, parent)
    , m_certificate(certificate)
    , m_change(change)
{
    setTarget(platformCertificateType, certificate.id, certificate.facts.subject);
}

void PlatformCertificateChange::run()
{
    note(QStringLiteral("certificate"), facts(m_certificate.facts.subject, m_certificate.facts.fingerprintSha256,
                                              m_certificate.facts.notAfter));
    note(QStringLiteral("state_before"), PlatformCertificate::stateName(m_certificate.state));
    const QString subject = m_certificate.facts.subject;
    QString planned;
    switch (m_change) {
    case Change::Activate:
        planned = tr("make %1 the active platform certificate").arg(subject);
        break;
    case Change::Restore:
        planned = tr("restore %1 as the active platform certificate").arg(subject);
        break;
    case Change::Discard:
        planned = tr("discard the staged certificate %1").arg(subject);
        break;
    }
    recordIntent({planned}, [this] { apply(); });
}

void PlatformCertificateChange::apply()
{
    const QString subject = m_certificate.facts.subject;
    auto promoted = [this, subject](const Result<PlatformCertificate>& result) {
        if (!result.ok())
            return fail(result.error());
        note(QStringLiteral("state_after"), PlatformCertificate::stateName(result->state));
        succeed(tr("%1 is now the active platform certificate; the previous one is archived").arg(subject));
    };
    const QByteArray key = PlatformApi::newIdempotencyKey();
    switch (m_change) {
    case Change::Activate:
        emit progress(tr("Activating %1").arg(subject));
        services().platform->activatePlatformCertificate(m_certificate.id, key, this, promoted);
        break;
    case Change::Restore:
        emit progress(tr("Restoring %1").arg(subject));
        services().platform->restorePlatformCertificate(m_certificate.id, key, this, promoted);
        break;
    case Change::Discard:
        emit progress(tr("Discarding %1").arg(subject));
        services().platform->discardPlatformCertificate(m_certificate.id, this, [this, subject](const Status& discarded) {
            if (!discarded.ok())
                return fail(discarded.error());
            succeed(tr("The staged certificate %1 was discarded").arg(subject));
        });
        break;
    }
}

// --- StageTenantCaCertificate -----------------------------------------------------------------------------------

StageTenantCaCertificate::StageTenantCaCertificate(const PlatformServices& services, const Operator& actor,
                                                   const Tenant& tenant, const QString& label, const QByteArray& pem,
                                                   QObject* parent)
    : PlatformOperation(QStringLiteral("TENANT_CA_CERT_STAGED"), services, actor, parent)
    , m_tenant(tenant)
    , m_label(label.trimmed())
    , m_pem(pem)
{
    setTarget(tenantCaType, {}, m_label);
    setTenant(tenant.slug);
}

void StageTenantCaCertificate::run()
{
    emit progress(tr("Checking the CA certificate"));
    note(QStringLiteral("label"), m_label);
    if (m_label.isEmpty())
        return refuse(Error{Error::Kind::Invalid, tr("The CA certificate cannot be staged"), tr("it has no label"),
                            tr("Enter a label, e.g. the CA's name"), 0});
    auto bundle = CertificateBundle::fromPem(m_pem);
    if (!bundle)
        return refuse(bundle.error());
    const CertificateInfo& ca = bundle->leaf();
    note(QStringLiteral("certificate"), facts(ca.subject, ca.fingerprintSha256, ca.notAfter));
    ValidationPolicy policy;
    policy.requirePrivateKey = false;
    if (const Status checked = CertificateValidator(policy).validateCa(bundle.value()); !checked)
        return refuse(checked.error());
    recordIntent({tr("stage the CA certificate %1 (%2) for %3").arg(m_label, ca.subject, m_tenant.slug)},
                 [this, subject = ca.subject, pem = bundle->leafPem()] {
                     emit progress(tr("Staging %1 for %2").arg(subject, m_tenant.slug));
                     services().platform->stageTenantCaCertificate(
                         m_tenant.id, m_label, pem, PlatformApi::newIdempotencyKey(), this,
                         [this](const Result<TenantCaCertificate>& staged) {
                             if (!staged.ok())
                                 return fail(staged.error());
                             m_staged = staged.value();
                             setTarget(tenantCaType, m_staged.id, m_label);
                             succeed(tr("The CA certificate %1 is staged for %2").arg(m_label, m_tenant.slug));
                         });
                 });
}

// --- TenantCaCertificateChange ----------------------------------------------------------------------------------

TenantCaCertificateChange::TenantCaCertificateChange(const PlatformServices& services, const Operator& actor,
                                                     const Tenant& tenant, const TenantCaCertificate& certificate,
                                                     Change change, QObject* parent)
    : PlatformOperation(change == Change::Activate ? QStringLiteral("TENANT_CA_CERT_ACTIVATED")
                                                   : QStringLiteral("TENANT_CA_CERT_DELETED"),
                        services, actor, parent)
    , m_tenant(tenant)
    , m_certificate(certificate)
    , m_change(change)
{
    setTarget(tenantCaType, certificate.id, certificate.label);
    setTenant(tenant.slug);
}

void TenantCaCertificateChange::run()
{
    note(QStringLiteral("certificate"), facts(m_certificate.facts.subject, m_certificate.facts.fingerprintSha256,
                                              m_certificate.facts.notAfter));
    const QString label = m_certificate.label;
    recordIntent({m_change == Change::Activate ? tr("activate the CA certificate %1 of %2").arg(label, m_tenant.slug)
                                               : tr("delete the CA certificate %1 of %2").arg(label, m_tenant.slug)},
                 [this] { apply(); });
}

void TenantCaCertificateChange::apply()
{
    const QString label = m_certificate.label;
    if (m_change == Change::Activate) {
        emit progress(tr("Activating %1").arg(label));
        services().platform->activateTenantCaCertificate(
            m_tenant.id, m_certificate.id, PlatformApi::newIdempotencyKey(), this,
            [this, label](const Result<TenantCaCertificate>& activated) {
                if (!activated.ok())
                    return fail(activated.error());
                succeed(tr("The CA certificate %1 of %2 is active").arg(label, m_tenant.slug));
            });
        return;
    }
    emit progress(tr("Deleting %1").arg(label));
    services().platform->deleteTenantCaCertificate(m_tenant.id, m_certificate.id, this, [this, label](const Status& deleted) {
        if (!deleted.ok())
            return fail(deleted.error());
        succeed(tr("The CA certificate %1 of %2 was deleted").arg(label, m_tenant.slug));
    });
}

} // namespace custos
