#pragma once

#include "core/platform/PlatformTypes.h"
#include "core/tenants/PlatformOperation.h"
#include "core/users/Operator.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace custos {

// What the tenants, certificates and realm-keys pages share: the services, who acts (read afresh for every
// operation, since a step-up changes the authentication time), the step-up, the audit trail once the ledger is
// open, and what the platform says the operator may do (GET /me) next to their Keycloak roles.
// Every decision to enable an action goes through here, so the three pages gate alike and name the same roles.
class PlatformContext : public QObject
{
    Q_OBJECT
public:
    using OperatorSource = std::function<Operator()>;
    // A fresh authentication in the browser before a sensitive action; `done` runs once with the outcome.
    using StepUp = std::function<void(const QString& reason, QObject* context, std::function<void(const Status&)>)>;

    // An action behind step-up runs without asking again when the operator authenticated this recently (the same
    // window as MFA resets).
    static constexpr int stepUpWindowSeconds = 300;

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
    [[nodiscard]] QString identityError() const { return m_identityError; }

    // Gating: empty when the operator may, otherwise the sentence for a disabled action's tooltip, naming the role.
    [[nodiscard]] QString platformWriteDenied() const;          // tenants: create, suspend, reactivate, delete
    [[nodiscard]] QString platformCertificatesDenied() const;   // stage, activate, restore, discard
    [[nodiscard]] QString tenantCaDenied(const QString& tenantId) const;
    [[nodiscard]] QString organizationMembersDenied() const;    // Keycloak: manage-realm
    [[nodiscard]] QString realmKeysDenied() const;              // Keycloak: manage-realm
    // True when the operator may only see their own tenant (a tenant admin without a platform-wide role).
    [[nodiscard]] bool ownTenantOnly() const;

    // Runs `next` once the operator may act: the ledger is open and, with `needsStepUp`, they authenticated within
    // stepUpWindowSeconds (or do so now, for `reason`). Otherwise `failed` gets why.
    void whenAllowed(bool needsStepUp, const QString& reason, QObject* context, std::function<void()> next,
                     std::function<void(const Error&)> failed);

signals:
    void identityChanged();
    void writeAvailabilityChanged(const QString& blockedReason);

private:
    [[nodiscard]] QString denied(const QString& permission, const QString& role) const;
    [[nodiscard]] bool hasKeycloakRole(const QStringList& roles) const;

    PlatformServices m_services;
    OperatorSource m_currentOperator;
    StepUp m_stepUp;
    QPointer<AuditTrail> m_audit;
    QString m_auditUnavailable;
    PlatformIdentity m_identity;
    bool m_identityKnown = false;
    QString m_identityError;
};

} // namespace custos
