#pragma once

#include "core/platform/PlatformTypes.h"
#include "core/tenants/PlatformOperation.h"

#include <QStringList>

// Tenant lifecycle: the creation wizard's logic across the platform and Keycloak, suspend, reactivate, delete.
namespace custos {

struct TenantCreationRequest
{
    TenantDraft tenant;
    // The tenant administrator: the username of an existing account (added as a member of the organization), or
    // an e-mail address (an existing account with it is added, anyone else is invited). Empty: the draft's
    // admin e-mail; when that is empty too, nobody is assigned.
    QString admin;
};

// Creates the platform tenant → the Keycloak organization (alias = slug) → links them (the tenant's
// keycloak_organization_id) → assigns or invites the tenant administrator, as one list of steps. When a step fails,
// the steps already done are undone in reverse (organization removed, tenant deleted) and the outcome gives the
// state of each step.
class TenantCreation : public PlatformOperation
{
    Q_OBJECT
public:
    TenantCreation(const PlatformServices& services, const Operator& actor, const TenantCreationRequest& request,
                   QObject* parent = nullptr);

    // After success: the tenant as created and linked, and its organization's id.
    [[nodiscard]] const VersionedTenant& tenant() const { return m_tenant; }
    [[nodiscard]] QString organizationId() const { return m_organizationId; }

protected:
    void run() override;

private:
    [[nodiscard]] QList<Step> steps();
    // Adds the account with that username or e-mail to the organization, or invites the e-mail address.
    void assignAdmin(const StepDone& done);
    // The undo of the tenant's creation.
    void deleteTenantAgain(const StepDone& done);

    TenantCreationRequest m_request;
    QByteArray m_idempotencyKey;
    VersionedTenant m_tenant;
    QString m_organizationId;
    QString m_adminState;
};

// Suspend or reactivate, with the ETag of a prior read (412 when the tenant changed since).
class TenantStatusChange : public PlatformOperation
{
    Q_OBJECT
public:
    enum class Change { Suspend, Reactivate };

    TenantStatusChange(const PlatformServices& services, const Operator& actor, const VersionedTenant& tenant,
                       Change change, QObject* parent = nullptr);
    [[nodiscard]] const VersionedTenant& result() const { return m_tenant; }

protected:
    void run() override;

private:
    VersionedTenant m_tenant;
    Change m_change;
};

// Deletes the platform tenant (If-Match from a prior read) and, when asked, its Keycloak organization after it.
class TenantDeletion : public PlatformOperation
{
    Q_OBJECT
public:
    TenantDeletion(const PlatformServices& services, const Operator& actor, const VersionedTenant& tenant,
                   bool removeOrganization, QObject* parent = nullptr);

protected:
    void run() override;

private:
    VersionedTenant m_tenant;
    bool m_removeOrganization;
};

} // namespace custos
