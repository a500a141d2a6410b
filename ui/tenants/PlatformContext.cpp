#include "ui/tenants/PlatformContext.h"

#include "core/audit/AuditTrail.h"
#include "core/common/Clock.h"
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

ActionGate PlatformContext::gate() const
{
    ActionGate gate;
    gate.setRoles(m_currentOperator().roles);
    if (m_identityKnown)
        gate.setPlatformIdentity(m_identity);
    else
        gate.setPlatformUnknown(m_identityError);
    gate.setLedgerBlocked(writeBlockedReason());
    return gate;
}

bool PlatformContext::ownTenantOnly() const
{
    return m_identityKnown && !m_identity.may(QStringLiteral("tenants:read")) &&
           m_identity.may(QStringLiteral("tenants:read:own"));
}

void PlatformContext::whenAllowed(ActionId action, const Justification& justification, const QString& stepUpReason,
                                  QObject* context, std::function<void()> next,
                                  std::function<void(const Error&)> failed)
{
    if (const Status justified = m_policy.check(justification); !justified.ok())
        return failed(justified.error());
    if (!m_audit)
        return failed(
            Error::io(tr("Nothing was done"), writeBlockedReason(), tr("Sign in again so the ledger can be opened")));
    const Operator actor = m_currentOperator();
    if (actionSpec(action).stepUp.satisfiedBy(actor, Clock::now()))
        return next();
    m_stepUp(stepUpReason, context,
             [this, action, next = std::move(next), failed = std::move(failed)](const Status& steppedUp) {
                 if (!steppedUp.ok())
                     return failed(steppedUp.error());
                 // The step-up's answer is checked like any sign-in: recent, and at the level the profile asks for.
                 const Operator now = m_currentOperator();
                 if (!actionSpec(action).stepUp.satisfiedBy(now, Clock::now()))
                     return failed(Error::forbidden(
                         tr("Nothing was done"),
                         tr("the new sign-in did not reach the level this action needs (acr %1, needed %2)")
                             .arg(now.acr.isEmpty() ? tr("none") : now.acr, actionSpec(action).stepUp.requiredAcr(now)),
                         tr("Confirm your identity with your second factor, then try again")));
                 next();
             });
}

} // namespace custos
