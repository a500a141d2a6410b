#include "core/platform/ExpiryCollector.h"

#include "core/common/Clock.h"
#include "core/keycloak/RealmKeysApi.h"
#include "core/platform/PlatformApi.h"
#include "core/x509/CertificateBundle.h"

#include <algorithm>

namespace custos {

ExpiryCollector::ExpiryCollector(PlatformApi* platform, RealmKeysApi* realmKeys, QObject* parent)
    : QObject(parent)
    , m_platform(platform)
    , m_realmKeys(realmKeys)
{
}

void ExpiryCollector::collect()
{
    if (m_running)
        return;
    m_running = true;
    m_report = ExpiryReport{};
    m_started = m_now.isValid() ? m_now.toUTC() : Clock::now();
    // Counted as one pending piece of work, so callbacks that answer synchronously cannot finish early.
    begin();
    // The profile's platform URL is set at sign-in: whether there is a platform is asked at every collection.
    if (m_platform && m_platform->isConfigured()) {
        if (mayRead(ActionId::PlatformCertificatesView, tr("Platform certificates")))
            collectPlatformCertificates();
        if (mayRead(ActionId::TenantCaView, tr("Tenant CA certificates")))
            collectTenants({});
    }
    if (m_realmKeys && mayRead(ActionId::RealmKeysView, tr("Realm keys")))
        collectRealmKeys();
    end();
}

bool ExpiryCollector::mayRead(ActionId read, const QString& what)
{
    const QString missing = m_gate.missingAccess(read);
    if (!missing.isEmpty())
        m_report.skipped.append(ExpirySkipped{what, missing});
    return missing.isEmpty();
}

void ExpiryCollector::add(const QString& kind, const QString& name, const QString& tenant, const QDateTime& notAfter,
                          const QString& source, bool inService)
{
    if (!notAfter.isValid())
        return;
    ExpiryRow row;
    row.kind = kind;
    row.name = name;
    row.tenant = tenant;
    row.notAfter = notAfter.toUTC();
    row.daysLeft = m_started.daysTo(row.notAfter);
    row.source = source;
    row.withinWarning = inService && row.daysLeft <= m_warningDays;
    m_report.rows.append(row);
}

void ExpiryCollector::collectPlatformCertificates()
{
    begin();
    m_platform->platformCertificates({}, this, [this](const Result<QList<PlatformCertificate>>& certificates) {
        if (!certificates.ok()) {
            m_report.problems.append(certificates.error());
        } else {
            m_report.checked.append(tr("platform certificates"));
            for (const PlatformCertificate& certificate : certificates.value())
                add(tr("platform certificate (%1)").arg(PlatformCertificate::stateName(certificate.state)),
                    certificate.facts.subject, {}, certificate.facts.notAfter, QStringLiteral("platform"),
                    certificate.state != PlatformCertificate::State::Archived);
        }
        end();
    });
}

void ExpiryCollector::collectTenants(const QString& cursor)
{
    begin();
    m_platform->tenants(TenantQuery{{}, {}, 200, cursor}, this, [this](const Result<TenantPage>& page) {
        if (!page.ok()) {
            m_report.problems.append(page.error());
        } else {
            if (!m_report.checked.contains(tr("tenant CA certificates")))
                m_report.checked.append(tr("tenant CA certificates"));
            for (const Tenant& tenant : page->items)
                collectTenantCa(tenant.id, tenant.slug);
            if (!page->nextCursor.isEmpty())
                collectTenants(page->nextCursor);
        }
        end();
    });
}

void ExpiryCollector::collectTenantCa(const QString& tenantId, const QString& slug)
{
    begin();
    m_platform->tenantCaCertificates(
        tenantId, this, [this, slug](const Result<QList<TenantCaCertificate>>& certificates) {
            if (!certificates.ok()) {
                m_report.problems.append(certificates.error());
            } else {
                for (const TenantCaCertificate& certificate : certificates.value())
                    add(certificate.active ? tr("tenant CA certificate (active)")
                                           : tr("tenant CA certificate (staged)"),
                        certificate.label, slug, certificate.facts.notAfter, QStringLiteral("platform"), true);
            }
            end();
        });
}

void ExpiryCollector::collectRealmKeys()
{
    begin();
    m_realmKeys->keys(this, [this](const Result<RealmKeys>& keys) {
        if (!keys.ok()) {
            m_report.problems.append(keys.error());
        } else {
            m_report.checked.append(tr("realm keys"));
            for (const RealmKey& key : keys->keys) {
                // The certificate's own date when there is one; Keycloak's validTo otherwise.
                QDateTime notAfter = key.validTo;
                if (!key.certificateDer.isEmpty())
                    if (auto certificate = CertificateBundle::fromDer(key.certificateDer); certificate.ok())
                        notAfter = certificate->leaf().notAfter;
                add(tr("realm key (%1)").arg(key.status), QStringLiteral("%1 %2").arg(key.algorithm, key.kid), {},
                    notAfter, QStringLiteral("keycloak"), key.status != u"DISABLED");
            }
        }
        end();
    });
}

void ExpiryCollector::end()
{
    if (--m_pending > 0)
        return;
    std::stable_sort(m_report.rows.begin(), m_report.rows.end(),
                     [](const ExpiryRow& a, const ExpiryRow& b) { return a.notAfter < b.notAfter; });
    m_running = false;
    emit finished(m_report);
}

} // namespace custos
