#include "core/actions/Actions.h"

#include "core/users/Operator.h"

#include <QtGlobal>
#include <algorithm>

namespace custos {

namespace {

using Roles = QList<QStringList>;

// ---- The read roles the users' guards and dialogs need to succeed --------------------------------------------
// Aligned with the personas' composites (devstack/keycloak/custos-demo-realm.json) and the guards in
// core/users/UserOperation.cpp; change them here, and only here.
//
// The target guard finds the realm-management client (query-clients) and reads the target's effective roles of it,
// which Keycloak shows only with view-clients or the admin permission "view" on realm-management; without either
// the answer is a silent `{}` (keycloak-permissions.md). The permission is not in the token, so the gate asks for
// query-clients (which view-clients includes) and the guard names a missing permission when it runs.
const QStringList targetGuardReads{QStringLiteral("query-clients")};
// The joiner's and the mover's dialogs list the realm's roles: GET roles answers 403 without view-realm.
const QStringList realmRoleListReads{QStringLiteral("view-realm")};
// Every write to a user.
const QString manageUsers = QStringLiteral("manage-users");

Roles userRoles(const QStringList& reads)
{
    Roles roles{{manageUsers}};
    for (const QString& read : reads)
        roles.append({read});
    return roles;
}

const StepUpPolicy noStepUp{};
const StepUpPolicy recentStepUp{true, stepUpMaxAgeSeconds, {}};

ActionSpec spec(ActionId id, const char* key, Roles roles, Roles scopes, SelectionNeed selection, StepUpPolicy stepUp,
                bool needsLedger)
{
    return ActionSpec{id, QString::fromLatin1(key), std::move(roles), std::move(scopes), selection, stepUp, needsLedger,
                      {}};
}

QList<ActionSpec> buildTable()
{
    using S = SelectionNeed;
    const Roles none;
    // Keycloak 26.0–26.6 need manage-realm for organizations; 26.7 also accepts manage-organizations.
    const Roles organizations{{QStringLiteral("manage-realm"), QStringLiteral("manage-organizations")}};
    // Rotation reads the key providers (components: view-realm) and changes them (manage-realm).
    const Roles realmKeys{{QStringLiteral("manage-realm")}, {QStringLiteral("view-realm")}};
    const Roles tenantsWrite{{QStringLiteral("tenants:write")}};
    const Roles certificatesWrite{{QStringLiteral("platform-certificates:write")}};
    const Roles tenantCaWrite{
        {QStringLiteral("tenant-ca-certificates:write"), QStringLiteral("tenant-ca-certificates:write:own")}};
    const QStringList guardAndRoles = targetGuardReads + realmRoleListReads;
    return {
        spec(ActionId::UserCreate, "user.create", userRoles(realmRoleListReads), none, S::None, noStepUp, true),
        spec(ActionId::UserChangeAccess, "user.change-access", userRoles(guardAndRoles), none, S::SomeUsers, noStepUp,
             true),
        spec(ActionId::UserOffboard, "user.offboard", userRoles(targetGuardReads), none, S::SomeUsers, noStepUp, true),
        spec(ActionId::UserResetMfa, "user.reset-mfa", userRoles(targetGuardReads), none, S::SomeUsers, recentStepUp,
             true),
        spec(ActionId::UserResetPassword, "user.reset-password", userRoles(targetGuardReads), none, S::OneUser,
             noStepUp, true),
        spec(ActionId::UserUnlock, "user.unlock", userRoles(targetGuardReads), none, S::SomeUsers, noStepUp, true),
        spec(ActionId::UserSendActionsEmail, "user.send-actions-email", userRoles(targetGuardReads), none, S::OneUser,
             noStepUp, true),
        spec(ActionId::UserRevokeSession, "user.revoke-session", userRoles(targetGuardReads), none, S::OneUser,
             noStepUp, true),
        // A CSV may ask for any bulk action: it needs what the widest of them needs.
        spec(ActionId::UserBulkCsv, "user.bulk-csv", userRoles(guardAndRoles), none, S::None, noStepUp, true),
        // A user's role mappings: without these read roles Keycloak answers with the default roles only (realm) or
        // with nothing at all (realm-management), as if that were all (keycloak-permissions.md).
        spec(ActionId::UserRealmRolesView, "user-realm-roles.view", {realmRoleListReads}, none, S::None, noStepUp,
             false),
        spec(ActionId::UserAdminRolesView, "user-admin-roles.view", {targetGuardReads}, none, S::None, noStepUp, false),
        spec(ActionId::UserEventsView, "user-events.view", {{QStringLiteral("view-events")}}, none, S::None, noStepUp,
             false),
        // Who holds a role reads the realm's roles and what its composites contain (view-realm), the realm-management
        // client and its roles (query-clients here; the "view" admin permission on it, or view-clients, is named by
        // Keycloak's 403 when missing), and the users and group members the roles are mapped to (view-users).
        spec(ActionId::RoleHoldersView, "role-holders.view",
             {{QStringLiteral("view-users")}, {QStringLiteral("view-realm")}, {QStringLiteral("query-clients")}}, none,
             S::None, noStepUp, false),

        spec(ActionId::TenantsView, "tenants.view", none,
             {{QStringLiteral("tenants:read"), QStringLiteral("tenants:read:own")}}, S::None, noStepUp, false),
        spec(ActionId::TenantCreate, "tenant.create", none, tenantsWrite, S::None, noStepUp, true),
        spec(ActionId::TenantSuspend, "tenant.suspend", none, tenantsWrite, S::Tenant, noStepUp, true),
        spec(ActionId::TenantReactivate, "tenant.reactivate", none, tenantsWrite, S::Tenant, noStepUp, true),
        spec(ActionId::TenantDelete, "tenant.delete", none, tenantsWrite, S::Tenant, noStepUp, true),
        spec(ActionId::OrganizationMemberAdd, "organization.member-add", organizations, none, S::Tenant, noStepUp,
             true),
        spec(ActionId::OrganizationMemberRemove, "organization.member-remove", organizations, none, S::Member, noStepUp,
             true),

        spec(ActionId::PlatformCertificatesView, "certificates.view", none,
             {{QStringLiteral("platform-certificates:read")}}, S::None, noStepUp, false),
        spec(ActionId::PlatformCertificateStage, "certificate.stage", none, certificatesWrite, S::None, noStepUp, true),
        spec(ActionId::PlatformCertificateActivate, "certificate.activate", none, certificatesWrite, S::Certificate,
             recentStepUp, true),
        spec(ActionId::PlatformCertificateRestore, "certificate.restore", none, certificatesWrite, S::Certificate,
             recentStepUp, true),
        spec(ActionId::PlatformCertificateDiscard, "certificate.discard", none, certificatesWrite, S::Certificate,
             recentStepUp, true),
        // The panel lists the tenants to choose from, then the chosen tenant's CA certificates.
        spec(ActionId::TenantCaView, "tenant-ca.view", none,
             {{QStringLiteral("tenant-ca-certificates:read"), QStringLiteral("tenant-ca-certificates:read:own")},
              {QStringLiteral("tenants:read"), QStringLiteral("tenants:read:own")}},
             S::None, noStepUp, false),
        spec(ActionId::TenantCaStage, "tenant-ca.stage", none, tenantCaWrite, S::Tenant, noStepUp, true),
        spec(ActionId::TenantCaActivate, "tenant-ca.activate", none, tenantCaWrite, S::TenantCaCertificate, noStepUp,
             true),
        spec(ActionId::TenantCaDelete, "tenant-ca.delete", none, tenantCaWrite, S::TenantCaCertificate, noStepUp, true),

        // GET keys and the realm's token lifetimes answer 403 without view-realm.
        spec(ActionId::RealmKeysView, "realm-keys.view", {{QStringLiteral("view-realm")}}, none, S::None, noStepUp,
             false),
        spec(ActionId::RealmKeyRotate, "realm-key.rotate", realmKeys, none, S::None, noStepUp, true),

        // Erasing a person's data from the ledger deletes recorded evidence about them: Keycloak lets only
        // manage-events delete its own recorded events, and only manage-users delete a person. Both, then: a realm
        // admin (or a data-protection role made of the two), not the helpdesk, an operator or an auditor.
        spec(ActionId::LedgerErasePersonalData, "ledger.erase-personal-data",
             {{QStringLiteral("manage-events")}, {manageUsers}}, none, S::None, recentStepUp, true),
    };
}

} // namespace

QString StepUpPolicy::requiredAcr(const Operator& actor) const
{
    return acr.isEmpty() ? actor.requiredAcr : acr;
}

bool StepUpPolicy::satisfiedBy(const Operator& actor, const QDateTime& now) const
{
    if (!required)
        return true;
    return acrAtLeast(actor.acr, requiredAcr(actor)) && isRecent(actor.authTime, now);
}

Error StepUpPolicy::unmet(const Operator& actor, const QDateTime& now, const QString& actionName) const
{
    const QString needed = requiredAcr(actor);
    if (!acrAtLeast(actor.acr, needed))
        return Error::forbidden(tr("%1 needs a stronger sign-in").arg(actionName),
                                tr("your sign-in reached acr “%1”; this action needs “%2”")
                                    .arg(actor.acr.isEmpty() ? tr("none") : actor.acr, needed),
                                tr("Confirm your identity with your second factor (step-up), then try again"));
    const qint64 seconds = actor.authTime.isValid() ? actor.authTime.secsTo(now) : qint64(-1);
    return Error::forbidden(
        tr("%1 needs a fresh sign-in").arg(actionName),
        seconds < 0 ? tr("your session does not say when you last authenticated")
                    : tr("you last authenticated %n minute(s) ago", nullptr, int(seconds / 60)),
        tr("Confirm your identity (step-up), then try again within %n minute(s)", nullptr, maxAgeSeconds / 60));
}

bool StepUpPolicy::isRecent(const QDateTime& authTime, const QDateTime& now) const
{
    if (!authTime.isValid())
        return false;
    const qint64 age = authTime.secsTo(now);
    return age >= 0 && age < maxAgeSeconds;
}

bool StepUpPolicy::acrAtLeast(const QString& presented, const QString& required)
{
    const QStringList accepted = required.split(u' ', Qt::SkipEmptyParts);
    if (accepted.isEmpty())
        return true;
    if (presented.isEmpty())
        return false;
    if (accepted.contains(presented))
        return true;
    bool presentedIsLevel = false;
    const int level = presented.toInt(&presentedIsLevel);
    if (!presentedIsLevel)
        return false;
    return std::any_of(accepted.cbegin(), accepted.cend(), [level](const QString& value) {
        bool isLevel = false;
        const int needed = value.toInt(&isLevel);
        return isLevel && level >= needed;
    });
}

const QList<ActionSpec>& actionTable()
{
    static const QList<ActionSpec> table = buildTable();
    return table;
}

const ActionSpec& actionSpec(ActionId id)
{
    const QList<ActionSpec>& table = actionTable();
    const auto index = qsizetype(id);
    Q_ASSERT(index >= 0 && index < table.size() && table.at(index).id == id);
    return table.at(index);
}

ActionId actionOf(UserAction action)
{
    switch (action) {
    case UserAction::Create:
        return ActionId::UserCreate;
    case UserAction::ChangeAccess:
        return ActionId::UserChangeAccess;
    case UserAction::Offboard:
        return ActionId::UserOffboard;
    case UserAction::ResetMfa:
        return ActionId::UserResetMfa;
    case UserAction::ResetPassword:
        return ActionId::UserResetPassword;
    case UserAction::Unlock:
        return ActionId::UserUnlock;
    case UserAction::SendActionsEmail:
        return ActionId::UserSendActionsEmail;
    case UserAction::RevokeSession:
        return ActionId::UserRevokeSession;
    }
    Q_UNREACHABLE();
    return ActionId::UserCreate;
}

} // namespace custos
