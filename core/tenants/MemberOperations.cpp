#include "core/tenants/MemberOperations.h"

#include "core/keycloak/OrganizationsApi.h"
#include "core/keycloak/UsersApi.h"

#include <QCoreApplication>

namespace custos {
namespace {

const QString memberType = QStringLiteral("organization-member");

struct MemberText
{
    Q_DECLARE_TR_FUNCTIONS(custos::MemberOperations)
};

Error noOrganization(const Tenant& tenant)
{
    return Error::invalid(MemberText::tr("The tenant %1 has no Keycloak organization").arg(tenant.slug),
                          MemberText::tr("it is not linked to one"),
                          MemberText::tr("Link the tenant to its organization first"));
}

} // namespace

OrganizationMemberAddition::OrganizationMemberAddition(const PlatformServices& services, const Operator& actor,
                                                       const Tenant& tenant, const QString& account, QObject* parent)
    : PlatformOperation(QStringLiteral("ORGANIZATION_MEMBER_ADDED"), services, actor, parent)
    , m_tenant(tenant)
    , m_account(account.trimmed())
{
    setTarget(memberType, {}, m_account);
    setTenant(tenant.slug);
}

void OrganizationMemberAddition::run()
{
    note(QStringLiteral("organization_id"), m_tenant.keycloakOrganizationId);
    if (m_tenant.keycloakOrganizationId.isEmpty())
        return refuse(noOrganization(m_tenant));
    if (m_account.isEmpty())
        return refuse(Error::invalid(tr("Nobody was added"), tr("no username or e-mail was entered"),
                                     tr("Enter the username or e-mail address of an existing account")));
    emit progress(tr("Looking up %1").arg(m_account));
    auto found = [this](const Result<std::optional<KeycloakUser>>& user) {
        if (!user.ok())
            return fail(user.error());
        if (!user->has_value())
            return refuse(Error::notFound(tr("Nobody was added"), tr("no account is called “%1”").arg(m_account),
                                          tr("Check the spelling; new people are invited from the tenant wizard"))
                              .withHttpStatus(404));
        const KeycloakUser member = user->value();
        setTarget(memberType, member.id, member.username);
        const Step add{tr("add %1 to the organization of %2").arg(member.username, m_tenant.slug),
                       [this, member](const StepDone& done) {
                           services().organizations->addMember(m_tenant.keycloakOrganizationId, member.id, this, done);
                       },
                       {},
                       {}};
        runSteps({add},
                 [this, member] { succeed(tr("%1 is now a member of %2").arg(member.username, m_tenant.slug)); });
    };
    if (m_account.contains(u'@'))
        services().users->findByEmail(m_account, this, found);
    else
        services().users->findByUsername(m_account, this, found);
}

OrganizationMemberRemoval::OrganizationMemberRemoval(const PlatformServices& services, const Operator& actor,
                                                     const Tenant& tenant, const QString& userId,
                                                     const QString& username, QObject* parent)
    : PlatformOperation(QStringLiteral("ORGANIZATION_MEMBER_REMOVED"), services, actor, parent)
    , m_tenant(tenant)
    , m_userId(userId)
    , m_username(username)
{
    setTarget(memberType, userId, username);
    setTenant(tenant.slug);
}

void OrganizationMemberRemoval::run()
{
    note(QStringLiteral("organization_id"), m_tenant.keycloakOrganizationId);
    if (m_tenant.keycloakOrganizationId.isEmpty())
        return refuse(noOrganization(m_tenant));
    const Step remove{tr("remove %1 from the organization of %2; the account stays").arg(m_username, m_tenant.slug),
                      [this](const StepDone& done) {
                          services().organizations->removeMember(m_tenant.keycloakOrganizationId, m_userId, this, done);
                      },
                      {},
                      {}};
    runSteps({remove}, [this] {
        succeed(tr("%1 is no longer a member of %2; the account stays").arg(m_username, m_tenant.slug));
    });
}

} // namespace custos
