#include "ui/tenants/PlatformContext.h"

#include "core/audit/AuditTrail.h"
#include "core/platform/PlatformApi.h"

namespace custos {

PlatformContext::PlatformContext(const PlatformServices& services, OperatorSource currentOperator, StepUp stepUp,
                                 QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_currentOperator(std::move(currentOperator))
    , m_stepUp(std::move(stepUp))
    , m_auditUnavailable(tr("the audit ledger is not open yet"))
{
    m_services.audit = nullptr;
}

PlatformServices PlatformContext::services() const
{
    PlatformServices services = m_services;
    services.audit = m_audit;
    return services;
}

void PlatformContext::setAuditTrail(AuditTrail* audit)
{
    m_audit = audit;
    emit writeAvailabilityChanged(writeBlockedReason());
}

void PlatformContext::setAuditUnavailable(const QString& reason)
{
    m_audit = nullptr;
    m_auditUnavailable = reason;
    emit writeAvailabilityChanged(writeBlockedReason());
}

QString PlatformContext::writeBlockedReason() const
{
    if (m_audit)
        return {};
    return tr("The audit ledger is not open (%1): every change is recorded there first.").arg(m_auditUnavailable);
}

void PlatformContext::refreshIdentity()
{
    if (!m_services.platform || !m_services.platform->isConfigured()) {
        m_identityKnown = false;
        m_identityError = tr("This profile has no platform URL.");
        emit identityChanged();
        return;
    }
    m_services.platform->me(this, [this](const Result<PlatformIdentity>& me) {
        m_identityKnown = me.ok();
        m_identity = me.ok() ? me.value() : PlatformIdentity{};
        m_identityError = me.ok() ? QString() : me.error().userMessage();
        emit identityChanged();
    });
}

void PlatformContext::clear()
{
    m_identity = {};
    m_identityKnown = false;
    m_identityError.clear();
    emit identityChanged();
}

QString PlatformContext::denied(const QString& permission, const QString& role) const
{
    if (!m_identityKnown)
        return m_identityError.isEmpty() ? tr("Your platform roles are not known yet.")
                                         : tr("Your platform roles could not be read: %1").arg(m_identityError);
    if (m_identity.may(permission))
        return {};
    return tr("Needs the %1 role on the platform.").arg(role);
}

QString PlatformContext::platformWriteDenied() const
{
    return denied(QStringLiteral("tenants:write"), QStringLiteral("cpi-admin"));
}

QString PlatformContext::platformCertificatesDenied() const
{
    return denied(QStringLiteral("platform-certificates:write"), QStringLiteral("cpi-admin"));
}

QString PlatformContext::tenantCaDenied(const QString& tenantId) const
{
    if (!m_identityKnown || m_identity.may(QStringLiteral("tenant-ca-certificates:write")))
        return denied(QStringLiteral("tenant-ca-certificates:write"), QStringLiteral("cpi-admin"));
    if (m_identity.may(QStringLiteral("tenant-ca-certificates:write:own"))) {
        if (!tenantId.isEmpty() && tenantId == m_identity.tenantId)
            return {};
        return tr("Needs the cpi-admin role on the platform: as tenant-admin you manage only your own tenant (%1).")
            .arg(m_identity.tenantClaim);
    }
    return tr("Needs the cpi-admin role, or tenant-admin of this tenant, on the platform.");
}

bool PlatformContext::hasKeycloakRole(const QStringList& roles) const
{
    const QStringList held = m_currentOperator().roles;
    return std::any_of(roles.begin(), roles.end(), [&held](const QString& role) { return held.contains(role); });
}

QString PlatformContext::organizationMembersDenied() const
{
    // Keycloak 26.0–26.6 need manage-realm for organizations; 26.7 also accepts manage-organizations.
    if (hasKeycloakRole({QStringLiteral("manage-realm"), QStringLiteral("manage-organizations")}))
        return {};
    return tr("Needs the manage-realm role in Keycloak (realm-management).");
}

QString PlatformContext::realmKeysDenied() const
{
    if (hasKeycloakRole({QStringLiteral("manage-realm")}))
        return {};
    return tr("Needs the manage-realm role in Keycloak (realm-management).");
}

bool PlatformContext::ownTenantOnly() const
{
    return m_identityKnown && !m_identity.may(QStringLiteral("tenants:read"))
           && m_identity.may(QStringLiteral("tenants:read:own"));
}

void PlatformContext::whenAllowed(bool needsStepUp, const QString& reason, QObject* context,
                                  std::function<void()> next, std::function<void(const Error&)> failed)
{
    if (!m_audit)
        return failed(Error{Error::Kind::Io, tr("Nothing was done"), writeBlockedReason(),
                            tr("Sign in again so the ledger can be opened"), 0});
    if (!needsStepUp)
        return next();
    const Operator actor = m_currentOperator();
    const bool recent = actor.authTime.isValid()
                        && actor.authTime.secsTo(QDateTime::currentDateTimeUtc()) < stepUpWindowSeconds;
    if (recent)
        return next();
    m_stepUp(reason, context, [next = std::move(next), failed = std::move(failed)](const Status& steppedUp) {
        if (steppedUp.ok())
            next();
        else
            failed(steppedUp.error());
    });
}

} // namespace custos
