#include "core/tenants/TenantOperations.h"

#include "core/keycloak/OrganizationsApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/platform/PlatformApi.h"

#include <QJsonArray>

namespace custos {
namespace {

const QString tenantType = QStringLiteral("tenant");

} // namespace

// --- TenantCreation ---------------------------------------------------------------------------------------------

TenantCreation::TenantCreation(const PlatformServices& services, const Operator& actor,
                               const TenantCreationRequest& request, QObject* parent)
    : PlatformOperation(QStringLiteral("TENANT_CREATE"), services, actor, parent)
    , m_request(request)
    , m_idempotencyKey(PlatformApi::newIdempotencyKey())
{
    setTarget(tenantType, {}, request.tenant.slug.trimmed().toLower());
    setTenant(request.tenant.slug.trimmed().toLower());
}

void TenantCreation::run()
{
    auto draft = m_request.tenant.normalised();
    if (!draft)
        return refuse(draft.error());
    m_request.tenant = std::move(draft).value();
    m_request.tenant.keycloakOrganizationId.clear(); // the organization is created and linked here
    if (m_request.admin.trimmed().isEmpty())
        m_request.admin = m_request.tenant.adminEmail;
    m_request.admin = m_request.admin.trimmed();
    note(QStringLiteral("tenant"), m_request.tenant.toJson());
    note(QStringLiteral("admin"), m_request.admin);
    m_platformState = tr("platform: nothing was created");
    m_keycloakState = tr("Keycloak: nothing was created");
    const QString slug = m_request.tenant.slug;
    QStringList planned{tr("create the tenant %1 on the platform").arg(slug),
                        tr("create the Keycloak organization %1").arg(slug), tr("link the tenant to its organization")};
    if (!m_request.admin.isEmpty())
        planned.append(tr("make %1 a member of the organization (or invite them by e-mail)").arg(m_request.admin));
    recordIntent(planned, [this] { createTenant(); });
}

void TenantCreation::createTenant()
{
    const QString slug = m_request.tenant.slug;
    emit progress(tr("Creating the tenant %1 on the platform").arg(slug));
    services().platform->createTenant(m_request.tenant, m_idempotencyKey, this, [this, slug](const Result<VersionedTenant>& created) {
        if (!created.ok())
            return report(created.error());
        m_tenant = created.value();
        setTarget(tenantType, m_tenant.tenant.id, slug);
        m_steps.append(tr("tenant %1 created on the platform").arg(slug));
        m_platformState = tr("platform: tenant %1 created").arg(slug);
        if (stopRequested())
            return rollBack(cancelledError());
        createOrganization();
    });
}

void TenantCreation::createOrganization()
{
    const QString slug = m_request.tenant.slug;
    emit progress(tr("Creating the Keycloak organization %1").arg(slug));
    OrganizationDraft organization;
    organization.name = m_request.tenant.name;
    organization.alias = slug;
    // Data kept on the server, read by everyone: never in the operator's language.
    organization.description = QStringLiteral("Platform tenant %1").arg(slug);
    services().organizations->create(organization, this, [this, slug](const Result<QString>& created) {
        if (!created.ok())
            return rollBack(created.error());
        m_organizationId = created.value();
        note(QStringLiteral("organization_id"), m_organizationId);
        m_steps.append(tr("organization %1 created in Keycloak").arg(slug));
        m_keycloakState = tr("Keycloak: organization %1 created").arg(slug);
        if (stopRequested())
            return rollBack(cancelledError());
        link();
    });
}

void TenantCreation::link()
{
    emit progress(tr("Linking the tenant to its organization"));
    const QJsonObject patch{{QStringLiteral("keycloak_organization_id"), m_organizationId}};
    services().platform->updateTenant(m_tenant.tenant.id, patch, m_tenant.etag, this,
                                      [this](const Result<VersionedTenant>& linked) {
                                          if (!linked.ok())
                                              return rollBack(linked.error());
                                          m_tenant = linked.value();
                                          m_steps.append(tr("tenant linked to the organization"));
                                          if (stopRequested())
                                              return rollBack(cancelledError());
                                          assignAdmin();
                                      });
}

void TenantCreation::assignAdmin()
{
    const QString admin = m_request.admin;
    if (admin.isEmpty())
        return done(tr("no tenant administrator was assigned"));
    emit progress(tr("Looking up %1").arg(admin));
    const bool isEmail = admin.contains(u'@');
    auto found = [this, admin, isEmail](const Result<std::optional<KeycloakUser>>& user) {
        if (!user.ok())
            return rollBack(user.error());
        if (user->has_value())
            return addMember(user->value().id, user->value().username);
        if (isEmail)
            return invite(admin);
        rollBack(Error{Error::Kind::NotFound, tr("Could not assign the tenant administrator"),
                       tr("no account has the username “%1”").arg(admin),
                       tr("Check the username, or enter an e-mail address to invite someone new"), 404});
    };
    if (isEmail)
        services().users->findByEmail(admin, this, found);
    else
        services().users->findByUsername(admin, this, found);
}

void TenantCreation::addMember(const QString& userId, const QString& username)
{
    emit progress(tr("Adding %1 to the organization").arg(username));
    services().organizations->addMember(m_organizationId, userId, this, [this, userId, username](const Status& added) {
        if (!added.ok())
            return rollBack(added.error());
        note(QStringLiteral("admin_user_id"), userId);
        done(tr("%1 is a member of the organization").arg(username));
    });
}

void TenantCreation::invite(const QString& email)
{
    emit progress(tr("Inviting %1").arg(email));
    services().organizations->inviteByEmail(m_organizationId, email, {}, {}, this, [this, email](const Status& sent) {
        if (!sent.ok())
            return rollBack(sent.error());
        done(tr("%1 was invited by e-mail").arg(email));
    });
}

void TenantCreation::done(const QString& adminState)
{
    m_steps.append(adminState);
    note(QStringLiteral("steps"), QJsonArray::fromStringList(m_steps));
    note(QStringLiteral("organization_id"), m_organizationId);
    succeed(tr("Tenant %1 created on the platform and linked to the Keycloak organization %1; %2")
                .arg(m_request.tenant.slug, adminState));
}

void TenantCreation::rollBack(const Error& cause)
{
    if (m_organizationId.isEmpty())
        return deleteTenantAgain(cause);
    const QString slug = m_request.tenant.slug;
    emit progress(tr("Undoing: removing the organization %1").arg(slug));
    services().organizations->remove(m_organizationId, this, [this, cause, slug](const Status& removed) {
        if (removed.ok()) {
            m_keycloakState = tr("Keycloak: organization %1 removed again").arg(slug);
        } else {
            m_undoFailed = true;
            m_keycloakState = tr("Keycloak: organization %1 could NOT be removed (%2); it still exists")
                                  .arg(slug, removed.error().why);
        }
        deleteTenantAgain(cause);
    });
}

void TenantCreation::deleteTenantAgain(const Error& cause)
{
    if (m_tenant.tenant.id.isEmpty())
        return report(cause);
    const QString slug = m_request.tenant.slug;
    emit progress(tr("Undoing: deleting the tenant %1").arg(slug));
    // A fresh read for the ETag: the failed step may have changed the tenant after the version held here.
    services().platform->tenant(m_tenant.tenant.id, this, [this, cause, slug](const Result<VersionedTenant>& current) {
        if (!current.ok()) {
            m_undoFailed = true;
            m_platformState = tr("platform: tenant %1 could NOT be deleted (%2); it still exists")
                                  .arg(slug, current.error().why);
            return report(cause);
        }
        services().platform->deleteTenant(current->tenant.id, current->etag, this, [this, cause, slug](const Status& deleted) {
            if (deleted.ok()) {
                m_platformState = tr("platform: tenant %1 deleted again").arg(slug);
            } else {
                m_undoFailed = true;
                m_platformState = tr("platform: tenant %1 could NOT be deleted (%2); it still exists")
                                      .arg(slug, deleted.error().why);
            }
            report(cause);
        });
    });
}

void TenantCreation::report(const Error& cause)
{
    const QString state = m_platformState + QStringLiteral("; ") + m_keycloakState;
    note(QStringLiteral("steps"), QJsonArray::fromStringList(m_steps));
    note(QStringLiteral("state"), state);
    note(QStringLiteral("undo_failed"), m_undoFailed);
    Error error = cause;
    error.what = tr("Could not create the tenant %1").arg(m_request.tenant.slug);
    error.why = (cause.what.isEmpty() ? QString() : cause.what + QStringLiteral(": ")) + cause.why
                + QStringLiteral(". ") + state;
    if (m_undoFailed)
        error.action = tr("Remove what is left by hand (see above), then try again");
    fail(error);
}

// --- TenantStatusChange -----------------------------------------------------------------------------------------

TenantStatusChange::TenantStatusChange(const PlatformServices& services, const Operator& actor,
                                       const VersionedTenant& tenant, Change change, QObject* parent)
    : PlatformOperation(change == Change::Suspend ? QStringLiteral("TENANT_SUSPEND") : QStringLiteral("TENANT_REACTIVATE"),
                        services, actor, parent)
    , m_tenant(tenant)
    , m_change(change)
{
    setTarget(tenantType, tenant.tenant.id, tenant.tenant.slug);
    setTenant(tenant.tenant.slug);
}

void TenantStatusChange::run()
{
    const QString slug = m_tenant.tenant.slug;
    note(QStringLiteral("status_before"), m_tenant.tenant.status);
    auto finish = [this, slug](const Result<VersionedTenant>& changed) {
        if (!changed.ok())
            return fail(changed.error());
        m_tenant = changed.value();
        note(QStringLiteral("status_after"), m_tenant.tenant.status);
        succeed(m_change == Change::Suspend ? tr("Tenant %1 is suspended").arg(slug)
                                            : tr("Tenant %1 is active again").arg(slug));
    };
    const bool suspend = m_change == Change::Suspend;
    recordIntent({suspend ? tr("suspend the tenant %1").arg(slug) : tr("reactivate the tenant %1").arg(slug)},
                 [this, slug, suspend, finish] {
                     const QByteArray key = PlatformApi::newIdempotencyKey();
                     if (suspend) {
                         emit progress(tr("Suspending %1").arg(slug));
                         services().platform->suspendTenant(m_tenant.tenant.id, m_tenant.etag, key, this, finish);
                     } else {
                         emit progress(tr("Reactivating %1").arg(slug));
                         services().platform->reactivateTenant(m_tenant.tenant.id, m_tenant.etag, key, this, finish);
                     }
                 });
}

// --- TenantDeletion ---------------------------------------------------------------------------------------------

TenantDeletion::TenantDeletion(const PlatformServices& services, const Operator& actor, const VersionedTenant& tenant,
                               bool removeOrganization, QObject* parent)
    : PlatformOperation(QStringLiteral("TENANT_DELETE"), services, actor, parent)
    , m_tenant(tenant)
    , m_removeOrganization(removeOrganization)
{
    setTarget(tenantType, tenant.tenant.id, tenant.tenant.slug);
    setTenant(tenant.tenant.slug);
}

void TenantDeletion::run()
{
    const QString slug = m_tenant.tenant.slug;
    note(QStringLiteral("tenant"), m_tenant.tenant.toJson());
    QStringList planned{tr("delete the tenant %1 from the platform").arg(slug)};
    if (m_removeOrganization && !m_tenant.tenant.keycloakOrganizationId.isEmpty())
        planned.append(tr("remove its Keycloak organization %1").arg(slug));
    recordIntent(planned, [this] { deleteTenant(); });
}

void TenantDeletion::deleteTenant()
{
    const QString slug = m_tenant.tenant.slug;
    emit progress(tr("Deleting the tenant %1").arg(slug));
    services().platform->deleteTenant(m_tenant.tenant.id, m_tenant.etag, this, [this, slug](const Status& deleted) {
        if (!deleted.ok())
            return fail(deleted.error());
        const QString organizationId = m_tenant.tenant.keycloakOrganizationId;
        if (!m_removeOrganization || organizationId.isEmpty())
            return succeed(tr("Tenant %1 deleted from the platform; its Keycloak organization was kept").arg(slug));
        emit progress(tr("Removing the organization %1").arg(slug));
        services().organizations->remove(organizationId, this, [this, slug](const Status& removed) {
            note(QStringLiteral("organization_removed"), removed.ok());
            if (!removed.ok()) {
                Error error = removed.error();
                error.why += tr(". platform: tenant %1 deleted; Keycloak: organization %1 still exists").arg(slug);
                error.action = tr("Remove the organization in Keycloak by hand");
                return fail(error);
            }
            succeed(tr("Tenant %1 deleted from the platform and its Keycloak organization removed").arg(slug));
        });
    });
}

} // namespace custos
