#pragma once

#include "core/actions/AuditedOperation.h"

namespace custos {

class AuditTrail;
class OrganizationsApi;
class PlatformApi;
class UsersApi;

// The services tenant, member and certificate operations work with. An operation uses only what it needs.
struct PlatformServices
{
    PlatformApi* platform = nullptr;
    OrganizationsApi* organizations = nullptr;
    UsersApi* users = nullptr;
    AuditTrail* audit = nullptr;
    // Unset: an operation behind step-up runs only if the operator authenticated recently and strongly enough.
    OperationStepUp stepUp = {};
};

// An audited operation on the platform's tenants, their members or certificates: AuditedOperation with the
// services these work with (UserOperation is the same for one Keycloak user, with its guards).
class PlatformOperation : public AuditedOperation
{
    Q_OBJECT
public:
    PlatformOperation(const QString& action, const PlatformServices& services, const Operator& actor,
                      QObject* parent = nullptr)
        : AuditedOperation(action, services.audit, actor, parent)
        , m_services(services)
    {
        setStepUp(services.stepUp);
    }

protected:
    const PlatformServices& services() const { return m_services; }

private:
    PlatformServices m_services;
};

} // namespace custos
