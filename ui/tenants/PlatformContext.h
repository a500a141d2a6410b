#pragma once

#include "core/actions/ActionGate.h"
#include "core/audit/JustificationPolicy.h"
#include "core/platform/PlatformTypes.h"
#include "core/tenants/PlatformOperation.h"
#include "core/users/Operator.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace custos {

// What the tenants, certificates and realm-keys pages share: the services, who acts (read afresh for every
// operation, since a step-up changes the authentication time), the step-up, the audit trail once the ledger is
// open, what the platform says the operator may do (GET /me) next to their Keycloak roles, and the profile's
// reason and ticket policy every write on these pages meets.
// Every decision to enable an action goes through its gate(), so the pages gate alike and name the same roles.
class PlatformContext : public QObject
{
    Q_OBJECT
public:
    using OperatorSource = std::function<Operator()>;

    // `services.audit` is ignored: the trail is set with setAuditTrail() once the ledger is open.
    PlatformContext(const PlatformServices& services, OperatorSource currentOperator, StepUp stepUp,
                    QObject* parent = nullptr);

    [[nodiscard]] PlatformServices services() const;
    [[nodiscard]] Operator currentOperator() const { return m_currentOperator(); }

    void setAuditTrail(AuditTrail* audit);
    void setAuditUnavailable(const QString& reason);
    // Why no change may run now (empty when changes may run): every operation is recorded in the ledger first.
    [[nodiscard]] QString writeBlockedReason() const;

    // Reads GET /me again (after sign-in or a step-up); identityChanged() follows.
    void refreshIdentity();
    // Forgets who was signed in (sign-out): every write action is disabled until the next refreshIdentity().
    void clear();
    [[nodiscard]] const PlatformIdentity& platformIdentity() const { return m_identity; }
    [[nodiscard]] bool hasPlatformIdentity() const { return m_identityKnown; }

    // What the operator may do now: their Keycloak roles, their platform scopes (or why they are not known) and
    // the ledger's state. Pages ask it with their selection.
    [[nodiscard]] ActionGate gate() const;
    // True when the operator may only see their own tenant (a tenant admin without a platform-wide role).
    [[nodiscard]] bool ownTenantOnly() const;

    // The profile's reason and ticket policy: the dialogs ask for both with it before any write.
    void setJustificationPolicy(const JustificationPolicy& policy) { m_policy = policy; }
    [[nodiscard]] const JustificationPolicy& justificationPolicy() const { return m_policy; }

    // Runs `next` once the operator may run `action`: `justification` meets the profile's policy (the dialogs keep
    // their confirm button disabled until it does; this is the last line of defence), the ledger is open and, when
    // the action's step-up policy asks for it, they authenticated recently enough (or do so now, for
    // `stepUpReason`). Otherwise `failed` gets why. `next` hands the justification to its operation.
    void whenAllowed(ActionId action, const Justification& justification, const QString& stepUpReason, QObject* context,
                     std::function<void()> next, std::function<void(const Error&)> failed);

signals:
    void identityChanged();
    void writeAvailabilityChanged(const QString& blockedReason);

private:
    PlatformServices m_services;
    OperatorSource m_currentOperator;
    StepUp m_stepUp;
    JustificationPolicy m_policy;
    QPointer<AuditTrail> m_audit;
    QString m_auditUnavailable;
    PlatformIdentity m_identity;
    bool m_identityKnown = false;
    QString m_identityError;
};

} // namespace custos
