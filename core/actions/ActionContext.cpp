#include "core/actions/ActionContext.h"

#include "core/audit/AuditTrail.h"
#include "core/audit/Justification.h"
#include "core/common/Clock.h"

namespace custos {

ActionContext::ActionContext(OperatorSource currentOperator, StepUp stepUp, QObject* parent)
    : QObject(parent)
    , m_currentOperator(std::move(currentOperator))
    , m_stepUp(std::move(stepUp))
    , m_auditUnavailable(tr("it is opened when you sign in"))
{
}

void ActionContext::setAuditTrail(AuditTrail* audit)
{
    m_audit = audit;
    emit accessChanged();
}

void ActionContext::setAuditUnavailable(const QString& reason)
{
    m_audit = nullptr;
    m_auditUnavailable = reason;
    emit accessChanged();
}

AuditTrail* ActionContext::auditTrail() const
{
    return m_audit;
}

QString ActionContext::writeBlockedReason() const
{
    if (m_audit)
        return {};
    return tr("The audit ledger is not open: %1. Every change is recorded there first.").arg(m_auditUnavailable);
}

void ActionContext::setPlatformIdentity(const PlatformIdentity& identity)
{
    m_identity = identity;
    m_identityKnown = true;
    m_identityError.clear();
    emit accessChanged();
}

void ActionContext::setPlatformUnknown(const QString& why)
{
    m_identity = {};
    m_identityKnown = false;
    m_identityError = why;
    emit accessChanged();
}

bool ActionContext::ownTenantOnly() const
{
    return m_identityKnown && !m_identity.may(QStringLiteral("tenants:read")) &&
           m_identity.may(QStringLiteral("tenants:read:own"));
}

ActionGate ActionContext::gate() const
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

void ActionContext::whenAllowed(ActionId action, const Justification& justification, const std::function<void()>& next,
                                const std::function<void(const Error&)>& failed) const
{
    if (const Status justified = m_policy.check(justification); !justified.ok())
        return failed(justified.error());
    if (actionSpec(action).needsLedger && !m_audit)
        return failed(
            Error::io(tr("Nothing was done"), writeBlockedReason(), tr("Sign in again so the ledger can be opened")));
    next();
}

void ActionContext::operatorChanged()
{
    emit accessChanged();
}

OperationStepUp ActionContext::operationStepUp()
{
    return [this, guard = QPointer<ActionContext>(this)](const QString& reason, QObject* context,
                                                         std::function<void(const Result<Operator>&)> done) {
        if (!guard)
            return done(Error::cancelled(tr("Nothing was done"), tr("the window was closed")));
        stepUpOnce(StepUpPolicy{true, stepUpMaxAgeSeconds, {}}, reason, context, std::move(done));
    };
}

void ActionContext::confirmIdentity(ActionId action, const QString& actionName, const QString& reason, QObject* context,
                                    std::function<void(const Result<Operator>&)> done)
{
    const StepUpPolicy policy = actionSpec(action).stepUp;
    stepUpOnce(policy, reason, context,
               [policy, actionName, done = std::move(done)](const Result<Operator>& authenticated) {
                   if (!authenticated.ok())
                       return done(authenticated);
                   // The step-up's answer is checked like any sign-in: recent, and at the level the profile asks.
                   if (!policy.satisfiedBy(authenticated.value(), Clock::now()))
                       return done(policy.unmet(authenticated.value(), Clock::now(), actionName));
                   done(authenticated);
               });
}

void ActionContext::stepUpOnce(const StepUpPolicy& policy, const QString& reason, QObject* context,
                               std::function<void(const Result<Operator>&)> done)
{
    // Another operation may have stepped up since this one read the operator.
    const Operator actor = m_currentOperator();
    if (policy.satisfiedBy(actor, Clock::now()))
        return done(actor);
    m_stepUpWaiters.append(StepUpWaiter{context, std::move(done)});
    if (m_stepUpWaiters.size() > 1)
        return; // the step-up under way answers this one too
    if (!m_stepUp)
        return stepUpFinished(
            Error::forbidden(tr("No step-up is available"), tr("this window cannot ask you to sign in again")));
    m_stepUp(reason, this, [this](const Status& steppedUp) {
        stepUpFinished(steppedUp.ok() ? Result<Operator>(m_currentOperator()) : Result<Operator>(steppedUp.error()));
        emit accessChanged();
    });
}

void ActionContext::stepUpFinished(const Result<Operator>& outcome)
{
    const QList<StepUpWaiter> waiters = std::exchange(m_stepUpWaiters, {});
    for (const StepUpWaiter& waiter : waiters)
        if (waiter.context)
            waiter.done(outcome);
}

} // namespace custos
