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
    note(QStringLiteral("format"),
         m_upload.format == CertificateUpload::Format::Pem ? QStringLiteral("pem") : QStringLiteral("pkcs12"));
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
    const Step stage{tr("stage the platform certificate %1 (not yet in service)").arg(leaf.subject),
                     [this](const StepDone& done) {
                         services().platform->stagePlatformCertificate(
                             m_upload, PlatformApi::newIdempotencyKey(), this,
                             [this, done](const Result<PlatformCertificate>& staged) {
                                 if (!staged.ok())
                                     return done(staged.error());
                                 m_staged = staged.value();
                                 setTarget(platformCertificateType, m_staged.id, m_staged.facts.subject);
                                 note(QStringLiteral("certificate_id"), m_staged.id);
                                 done(success());
                             });
                     },
                     {},
                     {}};
    runSteps({stage},
             [this] { succeed(tr("%1 is staged; activate it to put it in service").arg(m_staged.facts.subject)); });
}

// --- PlatformCertificateChange ----------------------------------------------------------------------------------

namespace {
QString changeAction(PlatformCertificateChange::Change change)
{
    switch (change) {
    case PlatformCertificateChange::Change::Activate:
        return QStringLiteral("CERTIFICATE_ACTIVATED");
    case PlatformCertificateChange::Change::Restore:
        return QStringLiteral("CERTIFICATE_RESTORED");
    case PlatformCertificateChange::Change::Discard:
        return QStringLiteral("CERTIFICATE_DISCARDED");
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
    const ActionId action = m_change == Change::Activate  ? ActionId::PlatformCertificateActivate
                            : m_change == Change::Restore ? ActionId::PlatformCertificateRestore
                                                          : ActionId::PlatformCertificateDiscard;
    const QString subject = m_certificate.facts.subject;
    const QString name = m_change == Change::Activate  ? tr("Activate certificate")
                         : m_change == Change::Restore ? tr("Restore certificate")
                                                       : tr("Discard certificate");
    const QString reason = m_change == Change::Activate  ? tr("activate the platform certificate %1").arg(subject)
                           : m_change == Change::Restore ? tr("restore the platform certificate %1").arg(subject)
                                                         : tr("discard the staged certificate %1").arg(subject);
    requireRecentAuthentication(actionSpec(action).stepUp, name, reason, [this] { changeCertificate(); });
}

void PlatformCertificateChange::changeCertificate()
{
    note(QStringLiteral("certificate"),
         facts(m_certificate.facts.subject, m_certificate.facts.fingerprintSha256, m_certificate.facts.notAfter));
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
    runSteps({Step{planned, [this](const StepDone& done) { apply(done); }, {}, {}}}, [this, subject] {
        succeed(m_change == Change::Discard
                    ? tr("The staged certificate %1 was discarded").arg(subject)
                    : tr("%1 is now the active platform certificate; the previous one is archived").arg(subject));
    });
}

void PlatformCertificateChange::apply(const StepDone& done)
{
    auto promoted = [this, done](const Result<PlatformCertificate>& result) {
        if (!result.ok())
            return done(result.error());
        note(QStringLiteral("state_after"), PlatformCertificate::stateName(result->state));
        done(success());
    };
    const QByteArray key = PlatformApi::newIdempotencyKey();
    switch (m_change) {
    case Change::Activate:
        services().platform->activatePlatformCertificate(m_certificate.id, key, this, promoted);
        break;
    case Change::Restore:
        services().platform->restorePlatformCertificate(m_certificate.id, key, this, promoted);
        break;
    case Change::Discard:
        services().platform->discardPlatformCertificate(m_certificate.id, this, done);
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
        return refuse(Error::invalid(tr("The CA certificate cannot be staged"), tr("it has no label"),
                                     tr("Enter a label, e.g. the CA's name")));
    auto bundle = CertificateBundle::fromPem(m_pem);
    if (!bundle)
        return refuse(bundle.error());
    const CertificateInfo& ca = bundle->leaf();
    note(QStringLiteral("certificate"), facts(ca.subject, ca.fingerprintSha256, ca.notAfter));
    ValidationPolicy policy;
    policy.requirePrivateKey = false;
    if (const Status checked = CertificateValidator(policy).validateCa(bundle.value()); !checked)
        return refuse(checked.error());
    const Step stage{tr("stage the CA certificate %1 (%2) for %3").arg(m_label, ca.subject, m_tenant.slug),
                     [this, pem = bundle->leafPem()](const StepDone& done) {
                         services().platform->stageTenantCaCertificate(
                             m_tenant.id, m_label, pem, PlatformApi::newIdempotencyKey(), this,
                             [this, done](const Result<TenantCaCertificate>& staged) {
                                 if (!staged.ok())
                                     return done(staged.error());
                                 m_staged = staged.value();
                                 setTarget(tenantCaType, m_staged.id, m_label);
                                 done(success());
                             });
                     },
                     {},
                     {}};
    runSteps({stage}, [this] { succeed(tr("The CA certificate %1 is staged for %2").arg(m_label, m_tenant.slug)); });
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
    note(QStringLiteral("certificate"),
         facts(m_certificate.facts.subject, m_certificate.facts.fingerprintSha256, m_certificate.facts.notAfter));
    const QString label = m_certificate.label;
    const bool activate = m_change == Change::Activate;
    const Step change{activate ? tr("activate the CA certificate %1 of %2").arg(label, m_tenant.slug)
                               : tr("delete the CA certificate %1 of %2").arg(label, m_tenant.slug),
                      [this, activate](const StepDone& done) {
                          if (!activate) {
                              services().platform->deleteTenantCaCertificate(m_tenant.id, m_certificate.id, this, done);
                              return;
                          }
                          services().platform->activateTenantCaCertificate(
                              m_tenant.id, m_certificate.id, PlatformApi::newIdempotencyKey(), this,
                              [done](const Result<TenantCaCertificate>& activated) {
                                  done(activated.ok() ? success() : Status(activated.error()));
                              });
                      },
                      {},
                      {}};
    runSteps({change}, [this, label, activate] {
        succeed(activate ? tr("The CA certificate %1 of %2 is active").arg(label, m_tenant.slug)
                         : tr("The CA certificate %1 of %2 was deleted").arg(label, m_tenant.slug));
    });
}

} // namespace custos
