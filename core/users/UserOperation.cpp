#include "core/users/UserOperation.h"

#include "core/actions/Actions.h"
#include "core/audit/ActionRecord.h"
#include "core/audit/AuditTrail.h"
#include "core/common/Logging.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/users/GrantedAdminRoles.h"

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
    // Keycloak checks the write role on every call; refusing here names it before anything is read or sent.
    // Every change to a user needs manage-users (the gate's table lists it first for each user action).
    if (const QString role = QStringLiteral("manage-users"); !m_actor.roles.contains(role)) {
        Error error;
        error.kind = Error::Kind::Forbidden;
        error.what = tr("Refused: %1 needs the realm-management role “%2”").arg(displayName(m_action), role);
        error.why = tr("your account lacks %1; nothing was changed").arg(role);
        error.action = tr("Ask a realm administrator for the realm-management role \"%1\"").arg(role);
        return refuse(error);
    }
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
    const QString subject = tr("%1's administration roles").arg(m_target.username);
    emit progress(tr("Checking %1").arg(subject));
    findRealmManagement(subject, [this, subject, next = std::move(next)](const ClientRef& client) {
        // The composite mappings are the effective roles: direct, through groups and their parent groups, and
        // through composite roles. Keycloak answers 403 (never a filtered empty list) to a caller who may not
        // see them.
        m_services.access->userClientRoles(
            m_target.id, client, true, this, [this, subject, next](const Result<QList<RoleRef>>& roles) {
                if (!roles.ok())
                    return refuse(checkFailed(subject, roles.error(), GrantedAdminRoles::viewRealmManagement()));
                QStringList held;
                for (const RoleRef& role : roles.value())
                    held.append(role.name);
                held.sort();
                note(QStringLiteral("target_admin_roles"), QJsonArray::fromStringList(held));
                const QStringList missing = notHeld(held);
                if (!missing.isEmpty()) {
                    note(QStringLiteral("target_roles_not_held"), QJsonArray::fromStringList(missing));
                    return refuse(Error{Error::Kind::Forbidden, tr("Refused to act on %1").arg(m_target.username),
                                        tr("%1 holds administration roles you do not hold: %2")
                                            .arg(m_target.username, missing.join(QStringLiteral(", "))),
                                        tr("Ask an administrator who holds these roles"), 0});
                }
                next();
            });
    });
}

void UserOperation::guardGrants(const QList<RoleRef>& roles, const QList<GroupRef>& groups, std::function<void()> next)
{
    if (roles.isEmpty() && groups.isEmpty())
        return next();
    const QString subject = tr("the administration roles this change gives %1").arg(m_target.username);
    emit progress(tr("Checking %1").arg(subject));
    findRealmManagement(subject, [this, subject, roles, groups, next = std::move(next)](const ClientRef& client) {
        auto* granted = new GrantedAdminRoles(m_services.access, client, this);
        granted->read(roles, groups, [this, granted, subject, next](const Result<QStringList>& names) {
            granted->deleteLater();
            if (!names.ok())
                return refuse(checkFailed(subject, names.error(), granted->neededReadRole()));
            note(QStringLiteral("granted_admin_roles"), QJsonArray::fromStringList(names.value()));
            const QStringList missing = notHeld(names.value());
            if (!missing.isEmpty()) {
                note(QStringLiteral("granted_roles_not_held"), QJsonArray::fromStringList(missing));
                return refuse(
                    Error{Error::Kind::Forbidden,
                          tr("Refused to give %1 administration roles you do not hold").arg(m_target.username),
                          tr("the chosen roles or groups carry roles you do not hold: %1")
                              .arg(granted->describeSources(missing)),
                          tr("Leave these roles and groups out, or ask an administrator who holds these roles"), 0});
            }
            next();
        });
    });
}

void UserOperation::findRealmManagement(const QString& subject, std::function<void(const ClientRef&)> found)
{
    m_services.access->findClient(
        realmManagement, this,
        [this, subject, found = std::move(found)](const Result<std::optional<ClientRef>>& client) {
            if (!client.ok())
                return refuse(checkFailed(subject, client.error(), QStringLiteral("query-clients")));
            // Every Keycloak realm has realm-management; Keycloak lists only the clients a caller may view, so an
            // empty answer means the operator cannot see it, never that there is nothing to protect.
            if (!client->has_value())
                return refuse(cannotCheck(subject, GrantedAdminRoles::viewRealmManagement()));
            found(client->value());
        });
}

QStringList UserOperation::notHeld(const QStringList& roles) const
{
    QStringList missing;
    for (const QString& role : roles)
        if (!m_actor.roles.contains(role))
            missing.append(role);
    return missing;
}

Error UserOperation::checkFailed(const QString& subject, const Error& cause, const QString& neededReadRole) const
{
    if (cause.kind == Error::Kind::Forbidden)
        return cannotCheck(subject, neededReadRole);
    // The check could not run at all (network, server): say so, not that the operator is not allowed.
    Error error = cause;
    error.what = tr("Custos could not check %1").arg(subject);
    error.why = tr("%1; nothing was changed").arg(cause.why);
    return error;
}

Error UserOperation::cannotCheck(const QString& subject, const QString& missingRole) const
{
    Error error;
    error.kind = Error::Kind::Forbidden;
    error.what = tr("Custos cannot check %1").arg(subject);
    error.why = tr("your account lacks %1, which Custos needs to read them; nothing was changed").arg(missingRole);
    error.action =
        tr("Ask a realm administrator to give you %1 (the README lists each role Custos needs)").arg(missingRole);
    return error;
}

void UserOperation::requireRecentAuthentication(const QString& reason, std::function<void()> next)
{
    const StepUpPolicy policy = actionSpec(actionOf(m_action)).stepUp;
    const auto satisfied = [this, policy] { return policy.satisfiedBy(m_actor, QDateTime::currentDateTimeUtc()); };
    const auto notSatisfied = [this, policy] {
        const QString required = policy.requiredAcr(m_actor);
        if (!StepUpPolicy::acrAtLeast(m_actor.acr, required))
            return Error{Error::Kind::Forbidden, tr("%1 needs a stronger sign-in").arg(displayName(m_action)),
                         tr("your sign-in reached acr “%1”; this action needs “%2”")
                             .arg(m_actor.acr.isEmpty() ? tr("none") : m_actor.acr, required),
                         tr("Confirm your identity with your second factor (step-up), then try again"), 0};
        const qint64 seconds =
            m_actor.authTime.isValid() ? m_actor.authTime.secsTo(QDateTime::currentDateTimeUtc()) : qint64(-1);
        return Error{Error::Kind::Forbidden, tr("%1 needs a fresh sign-in").arg(displayName(m_action)),
                     seconds < 0 ? tr("your session does not say when you last authenticated")
                                 : tr("you last authenticated %n minute(s) ago", nullptr, int(seconds / 60)),
                     tr("Confirm your identity (step-up), then try again within %n minute(s)", nullptr,
                        policy.maxAgeSeconds / 60),
                     0};
    };
    const auto noteAuthentication = [this] {
        note(QStringLiteral("operator_acr"), m_actor.acr);
        note(QStringLiteral("operator_auth_time"), m_actor.authTime.toString(Qt::ISODate));
    };
    if (satisfied()) {
        noteAuthentication();
        return next();
    }
    if (!m_services.stepUp)
        return refuse(notSatisfied());
    emit progress(tr("Confirming it is you: sign in again in your browser if it asks…"));
    m_services.stepUp(reason, this,
                      [this, satisfied, notSatisfied, noteAuthentication,
                       next = std::move(next)](const Result<Operator>& authenticated) {
                          if (!authenticated.ok())
                              return refuse(authenticated.error());
                          m_actor.authTime = authenticated->authTime;
                          m_actor.acr = authenticated->acr;
                          note(QStringLiteral("stepped_up"), true);
                          noteAuthentication();
                          if (!satisfied())
                              return refuse(notSatisfied());
                          next();
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

void UserOperation::recordIntent(const QStringList& plannedSteps, std::function<void()> next)
{
    emit progress(tr("Recording what is about to be done in the audit ledger"));
    m_services.audit->recordIntent(actionRecord(), plannedSteps, this,
                                   [this, next = std::move(next)](const Result<qint64>& seq) {
                                       if (!seq.ok())
                                           return refuse(seq.error());
                                       m_intentSeq = seq.value();
                                       next();
                                   });
}

ActionRecord UserOperation::actionRecord() const
{
    return ActionRecord{auditActionName(m_action),
                        m_correlationId,
                        m_actor.id,
                        m_actor.username,
                        QStringLiteral("user"),
                        m_target.id,
                        m_target.username,
                        {},
                        std::nullopt,
                        m_details,
                        m_intentSeq,
                        m_justification};
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

    ActionRecord record = actionRecord();
    if (!outcome.succeeded)
        record.error = outcome.error;
    const QJsonObject entry = record.toEntry();
    outcome.details = entry.value(QStringLiteral("details")).toObject();
    m_services.audit->record(entry, this, [this, outcome = std::move(outcome)](const Status& recorded) mutable {
        if (!recorded.ok()) {
            qCWarning(lcLedger) << "operation" << m_correlationId << "could not be recorded:" << recorded.error().why;
            outcome.error = outcome.refused ? unrecordedRefusal(outcome.error, recorded.error())
                                            : unrecordedError(recorded.error(), outcome.succeeded, outcome.summary);
            outcome.succeeded = false;
        }
        m_finished = true;
        emit finished(outcome);
    });
}

} // namespace custos
