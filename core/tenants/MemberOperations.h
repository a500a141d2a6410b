#pragma once

#include "core/platform/PlatformTypes.h"
#include "core/tenants/PlatformOperation.h"

// Membership of a tenant's Keycloak organization, audited like every other tenant change. (It uses no widgets:
// it sits here only because core/tenants has no member operation yet, and can move there unchanged.)
namespace custos {

// Adds the account with this username (or e-mail address) to the tenant's organization.
class OrganizationMemberAddition : public PlatformOperation
{
    Q_OBJECT
public:
    OrganizationMemberAddition(const PlatformServices& services, const Operator& actor, const Tenant& tenant,
                               const QString& account, QObject* parent = nullptr);

protected:
    void run() override;

private:
    Tenant m_tenant;
    QString m_account;
};

// Removes one member from the tenant's organization (their account stays).
class OrganizationMemberRemoval : public PlatformOperation
{
    Q_OBJECT
public:
    OrganizationMemberRemoval(const PlatformServices& services, const Operator& actor, const Tenant& tenant,
                              const QString& userId, const QString& username, QObject* parent = nullptr);

protected:
    void run() override;

private:
    Tenant m_tenant;
    QString m_userId;
    QString m_username;
};

} // namespace custos
