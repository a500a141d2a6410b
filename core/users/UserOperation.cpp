#include "core/users/UserOperation.h"

#include "core/actions/Actions.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/users/GrantedAdminRoles.h"
#include "core/users/Operations.h"

#include <QJsonArray>

namespace custos {

namespace {
const QString realmManagement = QStringLiteral("realm-management");
} // namespace

UserOperation::UserOperation(UserAction action, const UserServices& services, const Operator& actor,
                             const UserRef& target, QObject* parent)
    : AuditedOperation(auditActionName(action), services.audit, actor, parent)
    , m_action(action)
    , m_services(services)
{
    setStepUp(services.stepUp);
    setTarget(QStringLiteral("user"), target.id, target.username);
}

void UserOperation::prepare(std::function<void()> next)
{
    // Keycloak checks the write role on every call; refusing here names it before anything is read or sent.
    // Every change to a user needs manage-users (the gate's table lists it first for each user action).
    if (const QString role = QStringLiteral("manage-users"); !actor().roles.contains(role)) {
        Error error;
        error.kind = Error::Kind::Forbidden;
        error.what = tr("Refused: %1 needs the realm-management role “%2”").arg(displayName(m_action), role);
        error.why = tr("your account lacks %1; nothing was changed").arg(role);
        error.action = tr("Ask a realm administrator for the realm-management role \"%1\"").arg(role);
        return refuse(error);
    }
    if (targetExists() && target().id.isEmpty())
        return resolveTarget(std::move(next));
    next();
}

void UserOperation::resolveTarget(std::function<void()> next)
{
    emit progress(tr("Looking up %1").arg(target().name));
    m_services.users->findByUsername(
        target().name, this, [this, next = std::move(next)](const Result<std::optional<KeycloakUser>>& found) {
            if (!found.ok())
                return fail(found.error());
            if (!found->has_value())
                return fail(Error::notFound(tr("Could not find the user “%1”").arg(target().name),
                                            tr("no user of the realm has this username"),
                                            tr("Check the spelling, or search for the user"))
                                .withHttpStatus(404));
            setTargetId(found->value().id);
            next();
        });
}

void UserOperation::setTemporaryPassword(QString* kept, const StepDone& done)
{
    const QString password = generateTemporaryPassword();
    m_services.security->resetPassword(target().id, password, true, this, [kept, password, done](const Status& set) {
        if (set.ok())
            *kept = password;
        done(set);
    });
}

void UserOperation::guardTarget(std::function<void()> next)
{
    if (target().id == actor().id) {
        return refuse(
            Error::forbidden(tr("Refused to act on your own account"),
                             tr("an administrator may not %1 themselves").arg(displayName(m_action).toLower()),
                             tr("Ask another administrator to do it")));
    }
    // Keycloak would let a manage-users holder disable a realm administrator; the console does not: an operator
    // acts only on accounts whose administration roles are a subset of their own.
    const QString subject = tr("%1's administration roles").arg(target().name);
    emit progress(tr("Checking %1").arg(subject));
    findRealmManagement(subject, [this, subject, next = std::move(next)](const ClientRef& client) {
        // The composite mappings are the effective roles: direct, through groups and their parent groups, and
        // through composite roles. Keycloak answers 403 (never a filtered empty list) to a caller who may not
        // see them.
        m_services.access->userClientRoles(
            target().id, client, true, this, [this, subject, next](const Result<QList<RoleRef>>& roles) {
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
                    return refuse(Error::forbidden(tr("Refused to act on %1").arg(target().name),
                                                   tr("%1 holds administration roles you do not hold: %2")
                                                       .arg(target().name, missing.join(QStringLiteral(", "))),
                                                   tr("Ask an administrator who holds these roles")));
                }
                next();
            });
    });
}

void UserOperation::guardGrants(const QList<RoleRef>& roles, const QList<GroupRef>& groups, std::function<void()> next)
{
    if (roles.isEmpty() && groups.isEmpty())
        return next();
    const QString subject = tr("the administration roles this change gives %1").arg(target().name);
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
                return refuse(Error::forbidden(
                    tr("Refused to give %1 administration roles you do not hold").arg(target().name),
                    tr("the chosen roles or groups carry roles you do not hold: %1")
                        .arg(granted->describeSources(missing)),
                    tr("Leave these roles and groups out, or ask an administrator who holds these roles")));
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
        if (!actor().roles.contains(role))
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
    AuditedOperation::requireRecentAuthentication(actionSpec(actionOf(m_action)).stepUp, displayName(m_action), reason,
                                                  std::move(next));
}

} // namespace custos
