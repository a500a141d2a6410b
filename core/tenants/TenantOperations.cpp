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
    runSteps(steps(), [this] {
        note(QStringLiteral("organization_id"), m_organizationId);
        succeed(tr("Tenant %1 created on the platform and linked to the Keycloak organization %1; %2")
                    .arg(m_request.tenant.slug,
                         m_adminState.isEmpty() ? tr("no tenant administrator was assigned") : m_adminState));
    });
}

QList<Step> TenantCreation::steps()
{
    // When a step fails, the runner undoes in reverse: the organization is removed (its members and the link go
    // with it), then the tenant is deleted; the outcome gives the state of each step.
    const QString slug = m_request.tenant.slug;
    QList<Step> steps;
    steps.append(Step{tr("create the tenant %1 on the platform").arg(slug),
                      [this, slug](const StepDone& done) {
                          services().platform->createTenant(m_request.tenant, m_idempotencyKey, this,
                                                            [this, slug, done](const Result<VersionedTenant>& created) {
                                                                if (!created.ok())
                                                                    return done(created.error());
                                                                m_tenant = created.value();
                                                                setTarget(tenantType, m_tenant.tenant.id, slug);
                                                                done(success());
                                                            });
                      },
                      [this](const StepDone& done) { deleteTenantAgain(done); },
                      tr("delete the tenant %1 on the platform").arg(slug)});
    steps.append(Step{tr("create the Keycloak organization %1").arg(slug),
                      [this, slug](const StepDone& done) {
                          OrganizationDraft organization;
                          organization.name = m_request.tenant.name;
                          organization.alias = slug;
                          // Data kept on the server, read by everyone: never in the operator's language.
                          organization.description = QStringLiteral("Platform tenant %1").arg(slug);
                          services().organizations->create(
                              organization, this, [this, done](const Result<QString>& created) {
                                  if (!created.ok())
                                      return done(created.error());
                                  m_organizationId = created.value();
                                  note(QStringLiteral("organization_id"), m_organizationId);
                                  done(success());
                              });
                      },
                      [this](const StepDone& done) { services().organizations->remove(m_organizationId, this, done); },
                      tr("remove the organization %1 in Keycloak").arg(slug)});
    steps.append(Step{tr("link the tenant to its organization"),
                      [this](const StepDone& done) {
                          const QJsonObject patch{{QStringLiteral("keycloak_organization_id"), m_organizationId}};
                          services().platform->updateTenant(m_tenant.tenant.id, patch, m_tenant.etag, this,
                                                            [this, done](const Result<VersionedTenant>& linked) {
                                                                if (!linked.ok())
                                                                    return done(linked.error());
                                                                m_tenant = linked.value();
                                                                done(success());
                                                            });
                      },
                      {},
                      {}});
    if (!m_request.admin.isEmpty())
        steps.append(Step{tr("make %1 a member of the organization (or invite them by e-mail)").arg(m_request.admin),
                          [this](const StepDone& done) { assignAdmin(done); },
                          {},
                          {}});
    return steps;
}

void TenantCreation::assignAdmin(const StepDone& done)
{
    const QString admin = m_request.admin;
    const bool isEmail = admin.contains(u'@');
    auto found = [this, admin, isEmail, done](const Result<std::optional<KeycloakUser>>& user) {
        if (!user.ok())
            return done(user.error());
        if (user->has_value()) {
            const QString userId = user->value().id;
            const QString username = user->value().username;
            services().organizations->addMember(
                m_organizationId, userId, this, [this, userId, username, done](const Status& added) {
                    if (added.ok()) {
                        note(QStringLiteral("admin_user_id"), userId);
                        m_adminState = tr("%1 is a member of the organization").arg(username);
                    }
                    done(added);
                });
            return;
        }
        if (!isEmail)
            return done(Error::notFound(tr("Could not assign the tenant administrator"),
                                        tr("no account has the username “%1”").arg(admin),
                                        tr("Check the username, or enter an e-mail address to invite someone new"))
                            .withHttpStatus(404));
        services().organizations->inviteByEmail(m_organizationId, admin, {}, {}, this,
                                                [this, admin, done](const Status& sent) {
                                                    if (sent.ok())
                                                        m_adminState = tr("%1 was invited by e-mail").arg(admin);
                                                    done(sent);
                                                });
    };
    if (isEmail)
        services().users->findByEmail(admin, this, found);
    else
        services().users->findByUsername(admin, this, found);
}

void TenantCreation::deleteTenantAgain(const StepDone& done)
{
    // A fresh read for the ETag: the failed step may have changed the tenant after the version held here.
    services().platform->tenant(m_tenant.tenant.id, this, [this, done](const Result<VersionedTenant>& current) {
        if (!current.ok())
            return done(current.error());
        services().platform->deleteTenant(current->tenant.id, current->etag, this, done);
    });
}

// --- TenantStatusChange -----------------------------------------------------------------------------------------

TenantStatusChange::TenantStatusChange(const PlatformServices& services, const Operator& actor,
                                       const VersionedTenant& tenant, Change change, QObject* parent)
    : PlatformOperation(change == Change::Suspend ? QStringLiteral("TENANT_SUSPEND")
                                                  : QStringLiteral("TENANT_REACTIVATE"),
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
    const bool suspend = m_change == Change::Suspend;
    const Step change{suspend ? tr("suspend the tenant %1").arg(slug) : tr("reactivate the tenant %1").arg(slug),
                      [this, suspend](const StepDone& done) {
                          auto changed = [this, done](const Result<VersionedTenant>& result) {
                              if (!result.ok())
                                  return done(result.error());
                              m_tenant = result.value();
                              note(QStringLiteral("status_after"), m_tenant.tenant.status);
                              done(success());
                          };
                          const QByteArray key = PlatformApi::newIdempotencyKey();
                          if (suspend)
                              services().platform->suspendTenant(m_tenant.tenant.id, m_tenant.etag, key, this, changed);
                          else
                              services().platform->reactivateTenant(m_tenant.tenant.id, m_tenant.etag, key, this,
                                                                    changed);
                      },
                      {},
                      {}};
    runSteps({change}, [this, slug, suspend] {
        succeed(suspend ? tr("Tenant %1 is suspended").arg(slug) : tr("Tenant %1 is active again").arg(slug));
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
    QList<Step> steps{Step{tr("delete the tenant %1 from the platform").arg(slug),
                           [this](const StepDone& done) {
                               services().platform->deleteTenant(m_tenant.tenant.id, m_tenant.etag, this, done);
                           },
                           {},
                           {}}};
    const QString organizationId = m_tenant.tenant.keycloakOrganizationId;
    const bool removeOrganization = m_removeOrganization && !organizationId.isEmpty();
    if (removeOrganization)
        steps.append(Step{tr("remove its Keycloak organization %1").arg(slug),
                          [this, organizationId](const StepDone& done) {
                              services().organizations->remove(organizationId, this, [done](const Status& removed) {
                                  if (removed.ok())
                                      return done(removed);
                                  Error error = removed.error();
                                  error.action = tr("Remove the organization in Keycloak by hand");
                                  done(error);
                              });
                          },
                          {},
                          {}});
    note(QStringLiteral("organization_removed"), false);
    runSteps(steps, [this, slug, removeOrganization] {
        note(QStringLiteral("organization_removed"), removeOrganization);
        succeed(removeOrganization
                    ? tr("Tenant %1 deleted from the platform and its Keycloak organization removed").arg(slug)
                    : tr("Tenant %1 deleted from the platform; its Keycloak organization was kept").arg(slug));
    });
}

} // namespace custos
