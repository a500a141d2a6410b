#pragma once

#include "core/actions/ActionGate.h"
#include "core/audit/JustificationPolicy.h"
#include "core/platform/PlatformTypes.h"
#include "core/users/Operator.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace custos {

class AuditTrail;
struct Justification;

// Who acts and what they may do now, one per window, shared by every page and controller that runs an action:
// the operator (read afresh for every question, since a step-up changes the authentication time), their platform
// permissions (GET /me, once read), the audit trail every action records to first (or why it is not open), the
// profile's reason and ticket policy, and the step-up. Pages ask gate() to enable an action and for the sentence
// that says why not, and ask again on accessChanged(); whoever starts an action asks whenAllowed() last, and hands
// the operation operationStepUp().
class ActionContext : public QObject
{
    Q_OBJECT
public:
    using OperatorSource = std::function<Operator()>;

    ActionContext(OperatorSource currentOperator, StepUp stepUp, QObject* parent = nullptr);

    [[nodiscard]] Operator currentOperator() const { return m_currentOperator(); }

    // The trail every action records to; until it is set, every write is refused with `reason`.
    void setAuditTrail(AuditTrail* audit);
    void setAuditUnavailable(const QString& reason);
    [[nodiscard]] AuditTrail* auditTrail() const;
    // Why no change may run now (empty when changes may run): every action is recorded in the ledger first.
    [[nodiscard]] QString writeBlockedReason() const;

    // What the platform says the operator may do (GET /me), or why it is not known (empty: not read yet).
    void setPlatformIdentity(const PlatformIdentity& identity);
    void setPlatformUnknown(const QString& why);
    [[nodiscard]] const PlatformIdentity& platformIdentity() const { return m_identity; }
    [[nodiscard]] bool hasPlatformIdentity() const { return m_identityKnown; }
    // True when the operator may only see their own tenant (a tenant admin without a platform-wide role).
    [[nodiscard]] bool ownTenantOnly() const;

    // The profile's reason and ticket policy: the dialogs ask for both with it before any write.
    void setJustificationPolicy(const JustificationPolicy& policy) { m_policy = policy; }
    [[nodiscard]] const JustificationPolicy& justificationPolicy() const { return m_policy; }

    // What the operator may do now: their Keycloak roles, their platform scopes and the ledger's state. Pages ask
    // it with their selection.
    [[nodiscard]] ActionGate gate() const;
    // The last line of defence before an action starts (its dialog keeps Confirm disabled until then): runs `next`
    // when the justification meets the profile's policy and the ledger is open, otherwise `failed` with why. The
    // step-up is the operation's, after its guards. Asynchronous, so that an approval (ActionSpec::approval) can
    // be awaited here without changing a caller.
    void whenAllowed(ActionId action, const Justification& justification, const std::function<void()>& next,
                     const std::function<void(const Error&)>& failed) const;

    // The step-up every operation asks through: one browser round answers every operation that asks while it
    // runs (a bulk run's MFA resets), none when the operator authenticated within the console's step-up window
    // since the operation read them. The operation checks the answer against its own policy.
    [[nodiscard]] OperationStepUp operationStepUp();
    // For work that is not an operation (the ledger's erasure): `done` gets the operator once they meet `action`'s
    // step-up policy, after a step-up for `reason` if needed, or why they do not (naming `actionName`).
    void confirmIdentity(ActionId action, const QString& actionName, const QString& reason, QObject* context,
                         std::function<void(const Result<Operator>&)> done);

public slots:
    // The operator's roles or authentication changed (a sign-in, a refresh, a step-up, a sign-out).
    void operatorChanged();

signals:
    // What the operator may do changed (roles, platform permissions, the ledger): ask gate() again.
    void accessChanged();

private:
    void stepUpOnce(const StepUpPolicy& policy, const QString& reason, QObject* context,
                    std::function<void(const Result<Operator>&)> done);
    void stepUpFinished(const Result<Operator>& outcome);

    OperatorSource m_currentOperator;
    StepUp m_stepUp;
    struct StepUpWaiter
    {
        QPointer<QObject> context;
        std::function<void(const Result<Operator>&)> done;
    };
    QList<StepUpWaiter> m_stepUpWaiters; // non-empty while a step-up runs
    JustificationPolicy m_policy;
    QPointer<AuditTrail> m_audit;
    QString m_auditUnavailable;
    PlatformIdentity m_identity;
    bool m_identityKnown = false;
    QString m_identityError;
};

} // namespace custos
