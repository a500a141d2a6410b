#pragma once

#include "core/actions/AuditedOperation.h"

namespace custos {

class AuditTrail;
class OrganizationsApi;
class PlatformApi;
class RealmKeysApi;
class UsersApi;

// The services tenant, certificate and realm-key operations work with. An operation uses only what it needs.
struct PlatformServices
{
    PlatformApi* platform = nullptr;
    OrganizationsApi* organizations = nullptr;
    RealmKeysApi* realmKeys = nullptr;
    UsersApi* users = nullptr;
    AuditTrail* audit = nullptr;
};

// An audited operation on tenants, certificates or the realm's key providers: AuditedOperation with the services
// these work with (UserOperation is the same for one Keycloak user, with its guards).
class PlatformOperation : public AuditedOperation
{
    Q_OBJECT
public:
    PlatformOperation(const QString& action, const PlatformServices& services, const Operator& actor,
                      QObject* parent = nullptr)
        : AuditedOperation(action, services.audit, actor, parent)
        , m_services(services)
    {
    }

protected:
    const PlatformServices& services() const { return m_services; }

private:
    PlatformServices m_services;
};

} // namespace custos
