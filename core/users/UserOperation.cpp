#include "core/users/UserOperation.h"

#include "core/audit/ActionRecord.h"
#include "core/audit/AuditTrail.h"
#include "core/common/Logging.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UsersApi.h"

#include <QJsonArray>
#include <QUuid>

namespace custos {

namespace {
const QString realmManagement = QStringLiteral("realm-management");
} // namespace

UserOperation::UserOperation(UserAction action, const UserServices& services, const Operator& actor,
                             const UserRef& target, QObject* parent)
    : QObject(parent)
    , m_action(action)
    , m_services(services)
    , m_actor(actor)
    , m_target(target)
    , m_correlationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void UserOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    qCInfo(lcKeycloak) << "operation" << auditActionName(m_action) << "on" << m_target.username << "correlation"
                       << m_correlationId;
    if (targetExists() && m_target.id.isEmpty())
        resolveTarget();
    else
        run();
}

void UserOperation::cancel() { m_cancelled = true; }

void UserOperation::resolveTarget()
{
    emit progress(tr("Looking up %1").arg(m_target.username));
    m_services.users->findByUsername(m_target.username, this,
                                     [this](const Result<std::optional<KeycloakUser>>& found) {
                                         if (!found.ok())
                                             return fail(found.error());
                                         if (!found->has_value())
                                             return fail(Error{Error::Kind::NotFound,
                                                               tr("Could not find the user “%1”").arg(m_target.username),
                                                               tr("no user of the realm has this username"),
                                                               tr("Check the spelling, or search for the user"), 404});
                                         m_target.id = found->value().id;
                                         run();
                                     });
}

void UserOperation::guardTarget(std::function<void()> next)
{
    if (m_target.id == m_actor.id) {
        return refuse(Error{Error::Kind::Forbidden, tr("Refused to act on your own account"),
                            tr("an administrator may not %1 themselves").arg(displayName(m_action).toLower()),
                            tr("Ask another administrator to do it"), 0});
    }
    // Keycloak would let a manage-users holder disable a realm administrator; the console does not: an operator
    // acts only on accounts whose administration roles are a subset of their own.
    emit progress(tr("Checking %1's administration roles").arg(m_target.username));
    m_services.access->findClient(
        realmManagement, this, [this, next = std::move(next)](const Result<std::optional<ClientRef>>& client) mutable {
            if (!client.ok())
                return fail(client.error());
            if (!client->has_value())
                return next(); // a realm without realm-management has no administration roles to protect
            m_services.access->userClientRoles(
                m_target.id, client->value(), true, this,
                [this, next = std::move(next)](const Result<QList<RoleRef>>& roles) {
                    if (!roles.ok())
                        return fail(roles.error());
                    QStringList missing;
                    for (const RoleRef& role : roles.value())
                        if (!m_actor.roles.contains(role.name))
                            missing.append(role.name);
                    missing.sort();
                    if (!missing.isEmpty()) {
                        note(QStringLiteral("target_roles_not_held"), QJsonArray::fromStringList(missing));
                        return refuse(Error{Error::Kind::Forbidden,
                                            tr("Refused to act on %1").arg(m_target.username),
                                            tr("%1 holds administration roles you do not hold: %2")
                                                .arg(m_target.username, missing.join(QStringLiteral(", "))),
                                            tr("Ask an administrator who holds these roles"), 0});
                    }
                    next();
                });
        });
}

void UserOperation::succeed(const QString& summary)
{
    OperationOutcome outcome;
    outcome.succeeded = true;
    outcome.summary = summary;
    complete(std::move(outcome));
}

void UserOperation::fail(const Error& error)
{
    OperationOutcome outcome;
    outcome.error = error;
    outcome.summary = error.userMessage();
    complete(std::move(outcome));
}

void UserOperation::refuse(const Error& error)
{
    OperationOutcome outcome;
    outcome.error = error;
    outcome.summary = error.userMessage();
    outcome.refused = true;
    complete(std::move(outcome));
}

void UserOperation::complete(OperationOutcome outcome)
{
    if (m_finished)
        return;
    outcome.action = m_action;
    outcome.target = m_target;
    outcome.correlationId = m_correlationId;
    m_details.insert(QStringLiteral("correlation_id"), m_correlationId);
    if (outcome.refused)
        m_details.insert(QStringLiteral("refused"), true);
    outcome.details = m_details;

    ActionRecord record{auditActionName(m_action), m_correlationId, m_actor.id, m_actor.username,
                        QStringLiteral("user"), m_target.id, m_target.username, {}, std::nullopt, m_details};
    if (!outcome.succeeded)
        record.error = outcome.error;
    const QJsonObject entry = record.toEntry();
    m_services.audit->record(entry, this, [this, outcome = std::move(outcome)](const Status& recorded) mutable {
        if (!recorded.ok()) {
            qCWarning(lcLedger) << "operation" << m_correlationId << "could not be recorded:" << recorded.error().why;
            outcome.error = unrecordedError(recorded.error(), outcome.succeeded, outcome.summary);
            outcome.succeeded = false;
        }
        m_finished = true;
        emit finished(outcome);
    });
}

} // namespace custos
