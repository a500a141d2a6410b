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
// keycloak_organization_id) → assigns or invites the tenant administrator. When a step fails, the steps already
// done are undone in reverse (organization removed, tenant deleted) and the outcome says exactly what state each
// system is in ("platform: tenant acme2 deleted again; Keycloak: organization acme2 removed").
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
    void createTenant();
    void createOrganization();
    void link();
    void assignAdmin();
    void addMember(const QString& userId, const QString& username);
    void invite(const QString& email);
    void done(const QString& adminState);
    // Undo, in reverse: organization, then tenant; then report `cause` with the state of both systems.
    void rollBack(const Error& cause);
    void deleteTenantAgain(const Error& cause);
    void report(const Error& cause);

    TenantCreationRequest m_request;
    QByteArray m_idempotencyKey;
    VersionedTenant m_tenant;
    QString m_organizationId;
    QStringList m_steps;
    QString m_platformState;
    QString m_keycloakState;
    bool m_undoFailed = false;
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
    void deleteTenant();

    VersionedTenant m_tenant;
    bool m_removeOrganization;
};

} // namespace custos
