#include "core/users/CallerVerification.h"

#include "core/common/Clock.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerRecord.h"

#include <QJsonArray>

namespace custos {

namespace {

QString firstValue(const QJsonObject& attributes, const QString& name)
{
    return attributes.value(name).toArray().first().toString().trimmed();
}

// A realm-management role that changes something; the view-* and query-* roles only read.
bool isPrivileged(const QString& role)
{
    return !role.startsWith(u"view-") && !role.startsWith(u"query-");
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? LedgerRecord::formatTime(time) : QString();
}

} // namespace

QJsonObject CallerFacts::toJson() const
{
    QJsonArray failures;
    for (const QDateTime& time : recentFailedLogins)
        failures.append(timeText(time));
    return QJsonObject{
        {QStringLiteral("phone_on_record"), phone},
        {QStringLiteral("manager_on_record"), manager},
        {QStringLiteral("email_verified"), emailVerified},
        {QStringLiteral("last_credential_change"), timeText(lastCredentialChange)},
        {QStringLiteral("last_credential_type"), lastCredentialType},
        {QStringLiteral("failed_logins_7d"), failures},
        {QStringLiteral("privileged_roles"), QJsonArray::fromStringList(privilegedRoles)},
    };
}

CallerVerification::CallerVerification(UsersApi* users, UserAccessApi* access, UserSecurityApi* security,
                                       CallerAttributes attributes, FailedLoginSource failedLogins, QObject* parent)
    : QObject(parent)
    , m_users(users)
    , m_access(access)
    , m_security(security)
    , m_attributes(std::move(attributes))
    , m_failedLogins(std::move(failedLogins))
{
}

CallerFacts CallerVerification::factsOf(const KeycloakUser& user, const CallerAttributes& attributes)
{
    CallerFacts facts;
    facts.username = user.username;
    facts.phone = firstValue(user.attributes, attributes.phoneAttribute);
    facts.manager = firstValue(user.attributes, attributes.managerAttribute);
    facts.email = user.email;
    facts.emailVerified = user.emailVerified && !user.email.isEmpty();
    facts.accountCreated = user.created;
    return facts;
}

std::optional<Credential> CallerVerification::lastChange(const QList<Credential>& credentials,
                                                         const QDateTime& accountCreated)
{
    std::optional<Credential> newest;
    for (const Credential& credential : credentials) {
        const bool setUp = accountCreated.isValid() && credential.created.isValid() &&
                           accountCreated.secsTo(credential.created) <= setUpSeconds;
        if (!setUp && credential.created.isValid() && (!newest || credential.created > newest->created))
            newest = credential;
    }
    return newest;
}

void CallerVerification::gather(const QString& userId, std::function<void(const Result<CallerFacts>&)> done)
{
    m_userId = userId;
    m_done = std::move(done);
    m_users->get(userId, this, [this](const Result<KeycloakUser>& user) {
        if (!user.ok())
            return fail(user.error());
        m_facts = factsOf(user.value(), m_attributes);
        readCredentials();
    });
}

void CallerVerification::readCredentials()
{
    m_security->credentials(m_userId, this, [this](const Result<QList<Credential>>& credentials) {
        if (!credentials.ok())
            return fail(credentials.error());
        if (const std::optional<Credential> changed = lastChange(credentials.value(), m_facts.accountCreated)) {
            m_facts.lastCredentialChange = changed->created;
            m_facts.lastCredentialType = changed->type;
        }
        readRoles();
    });
}

void CallerVerification::readRoles()
{
    m_access->findClient(
        QStringLiteral("realm-management"), this, [this](const Result<std::optional<ClientRef>>& client) {
            if (!client.ok())
                return fail(client.error());
            // Every realm has realm-management: not seeing it means not being able to tell, never "not
            // privileged".
            if (!client->has_value())
                return fail(Error::forbidden(tr("Could not tell whether %1 is privileged").arg(m_facts.username),
                                             tr("your account cannot see the realm-management client"),
                                             tr("Ask a realm administrator for the view-clients role")));
            m_access->userClientRoles(m_userId, client->value(), true, this,
                                      [this](const Result<QList<RoleRef>>& roles) {
                                          if (!roles.ok())
                                              return fail(roles.error());
                                          for (const RoleRef& role : roles.value())
                                              if (isPrivileged(role.name))
                                                  m_facts.privilegedRoles.append(role.name);
                                          m_facts.privilegedRoles.sort();
                                          readFailedLogins();
                                      });
        });
}

void CallerVerification::readFailedLogins()
{
    const QDateTime since = Clock::now().addDays(-failedLoginDays);
    m_failedLogins(m_userId, since, this, [this](const Result<QList<QDateTime>>& failures) {
        if (!failures.ok())
            return fail(failures.error());
        m_facts.recentFailedLogins = failures.value();
        std::exchange(m_done, {})(m_facts);
    });
}

void CallerVerification::fail(const Error& error)
{
    if (m_done)
        std::exchange(m_done, {})(error);
}

std::optional<Error> CallerVerification::needsSecondOperator(const CallerFacts& facts, const QDateTime& now)
{
    const QString action = tr("Until Custos supports approvals, ask a second operator (an IAM administrator) to "
                              "handle this request, or send the user the required-actions e-mail");
    if (facts.isPrivileged())
        return Error::forbidden(
            tr("This reset needs a second operator"),
            tr("%1 is a privileged account (%2)").arg(facts.username, facts.privilegedRoles.join(u", ")), action);
    if (facts.lastCredentialChange.isValid() && facts.lastCredentialChange.secsTo(now) < secondOperatorHours * 3600)
        return Error::forbidden(tr("This reset needs a second operator"),
                                tr("a credential of %1 changed less than %2 hours ago (%3)")
                                    .arg(facts.username)
                                    .arg(secondOperatorHours)
                                    .arg(timeText(facts.lastCredentialChange)),
                                action);
    return std::nullopt;
}

QList<VerificationMethod> CallerVerification::methods()
{
    return {VerificationMethod::Callback, VerificationMethod::ManagerConfirmation, VerificationMethod::InPersonWithId,
            VerificationMethod::TicketSystemIdentity};
}

QString CallerVerification::methodKey(VerificationMethod method)
{
    switch (method) {
    case VerificationMethod::Callback:
        return QStringLiteral("callback");
    case VerificationMethod::ManagerConfirmation:
        return QStringLiteral("manager-confirmation");
    case VerificationMethod::InPersonWithId:
        return QStringLiteral("in-person-id");
    case VerificationMethod::TicketSystemIdentity:
        return QStringLiteral("ticket-system-identity");
    }
    return {};
}

QString CallerVerification::methodName(VerificationMethod method)
{
    switch (method) {
    case VerificationMethod::Callback:
        return tr("I called back the number on record");
    case VerificationMethod::ManagerConfirmation:
        return tr("The manager on record confirmed the request");
    case VerificationMethod::InPersonWithId:
        return tr("In person, with a photo ID");
    case VerificationMethod::TicketSystemIdentity:
        return tr("The ticket system's verified identity");
    }
    return {};
}

QJsonObject CallerVerification::record(VerificationMethod method, const CallerFacts& facts, bool confirmed)
{
    return QJsonObject{
        {QStringLiteral("method"), methodKey(method)},
        {QStringLiteral("facts_shown"), facts.toJson()},
        {QStringLiteral("agent_confirmed"), confirmed},
    };
}

} // namespace custos
