#include "core/users/Operations.h"

#include "core/actions/Actions.h"
#include "core/crypto/Random.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace custos {

namespace {

struct JoinerRequestText { Q_DECLARE_TR_FUNCTIONS(custos::JoinerRequest) };

Error invalid(const QString& field, const QString& why)
{
    return Error{Error::Kind::Invalid, QCoreApplication::translate("custos::JoinerRequest", "%1 is not valid").arg(field),
                 why, QCoreApplication::translate("custos::JoinerRequest", "Correct the field and try again"), 0};
}

QString collapseSpaces(const QString& value) { return value.simplified(); }

QJsonArray names(const QList<RoleRef>& roles)
{
    QJsonArray out;
    for (const RoleRef& role : roles)
        out.append(role.name);
    return out;
}

QJsonArray paths(const QList<GroupRef>& groups)
{
    QJsonArray out;
    for (const GroupRef& group : groups)
        out.append(group.path.isEmpty() ? group.name : group.path);
    return out;
}

QString groupLabel(const GroupRef& group) { return group.path.isEmpty() ? group.name : group.path; }

} // namespace

// ---- Joiner ---------------------------------------------------------------------------------------------------

Result<JoinerRequest> JoinerRequest::normalised() const
{
    // The Flask JML tool's rules: a lowercase username of letters, digits, dot, dash and underscore; a plausible
    // e-mail; names of letters, spaces, apostrophes, dots and dashes.
    JoinerRequest out = *this;
    out.username = username.trimmed().toLower();
    out.email = email.trimmed().toLower();
    out.firstName = collapseSpaces(firstName);
    out.lastName = collapseSpaces(lastName);

    static const QRegularExpression usernamePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,62}$"));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]{1,64}@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,63}$"));
    static const QRegularExpression namePattern(QStringLiteral("^[\\p{L}\\p{M}][\\p{L}\\p{M} '.-]{0,99}$"));
    if (!usernamePattern.match(out.username).hasMatch())
        return invalid(JoinerRequestText::tr("The username"),
                       JoinerRequestText::tr("use 2 to 63 lowercase letters, digits, dots, dashes or underscores, "
                                             "starting with a letter or digit"));
    if (out.email.size() > 254 || !emailPattern.match(out.email).hasMatch())
        return invalid(JoinerRequestText::tr("The e-mail address"),
                       JoinerRequestText::tr("it must look like name@example.org"));
    if (!namePattern.match(out.firstName).hasMatch())
        return invalid(JoinerRequestText::tr("The first name"),
                       JoinerRequestText::tr("use letters, spaces, apostrophes, dots or dashes (1 to 100)"));
    if (!namePattern.match(out.lastName).hasMatch())
        return invalid(JoinerRequestText::tr("The last name"),
                       JoinerRequestText::tr("use letters, spaces, apostrophes, dots or dashes (1 to 100)"));
    return out;
}

JoinerOperation::JoinerOperation(const UserServices& services, const Operator& actor, const JoinerRequest& request,
                                 QObject* parent)
    : UserOperation(UserAction::Create, services, actor, UserRef{QString(), request.username.trimmed().toLower()},
                    parent)
    , m_request(request)
{
}

void JoinerOperation::run()
{
    auto normalised = m_request.normalised();
    if (!normalised)
        return refuse(normalised.error());
    m_request = std::move(normalised).value();
    const bool byEmail = m_request.credentials == JoinerRequest::Credentials::ActionsEmail;
    QJsonObject representation{
        {QStringLiteral("username"), m_request.username},
        {QStringLiteral("email"), m_request.email},
        {QStringLiteral("firstName"), m_request.firstName},
        {QStringLiteral("lastName"), m_request.lastName},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("emailVerified"), false},
    };
    if (byEmail)
        representation.insert(QStringLiteral("requiredActions"),
                              QJsonArray{QStringLiteral("UPDATE_PASSWORD"), QStringLiteral("VERIFY_EMAIL")});
    note(QStringLiteral("flow"), QStringLiteral("joiner"));
    note(QStringLiteral("after"),
         QJsonObject{{QStringLiteral("username"), m_request.username},
                     {QStringLiteral("email"), m_request.email},
                     {QStringLiteral("firstName"), m_request.firstName},
                     {QStringLiteral("lastName"), m_request.lastName},
                     {QStringLiteral("realm_roles"), names(m_request.realmRoles)},
                     {QStringLiteral("groups"), paths(m_request.groups)},
                     {QStringLiteral("credentials"),
                      byEmail ? QStringLiteral("actions-email") : QStringLiteral("temporary-password")}});
    QStringList planned{tr("create the account %1 (%2)").arg(m_request.username, m_request.email),
                        byEmail ? tr("send the set-up e-mail to %1").arg(m_request.email)
                                : tr("set a temporary password")};
    for (const RoleRef& role : m_request.realmRoles)
        planned.append(tr("grant the realm role %1").arg(role.name));
    for (const GroupRef& group : m_request.groups)
        planned.append(tr("add to the group %1").arg(groupLabel(group)));
    guardGrants(m_request.realmRoles, m_request.groups, [this, representation, planned] {
        recordIntent(planned, [this, representation] {
            emit progress(tr("Creating %1").arg(m_request.username));
            services().users->create(representation, this, [this](const Result<QString>& id) {
                if (!id.ok()) {
                    if (id.error().kind == Error::Kind::Conflict)
                        return lookUpExisting(id.error());
                    return fail(id.error());
                }
                created(id.value());
            });
        });
    });
}

void JoinerOperation::lookUpExisting(const Error& conflict)
{
    Error error = conflict;
    error.why = tr("a user with this username or e-mail address already exists");
    error.action = tr("Open the existing user instead, or choose another username");
    services().users->findByUsername(m_request.username, this, [this, error](const Result<std::optional<KeycloakUser>>& user) {
        if (user.ok() && user->has_value()) {
            m_existing = UserRef{user->value().id, user->value().username};
            note(QStringLiteral("existing_user"), m_existing.id);
            return fail(error);
        }
        services().users->findByEmail(m_request.email, this, [this, error](const Result<std::optional<KeycloakUser>>& byEmail) {
            if (byEmail.ok() && byEmail->has_value()) {
                m_existing = UserRef{byEmail->value().id, byEmail->value().username};
                note(QStringLiteral("existing_user"), m_existing.id);
            }
            fail(error);
        });
    });
}

void JoinerOperation::created(const QString& id)
{
    setTargetId(id);
    if (m_request.credentials == JoinerRequest::Credentials::ActionsEmail) {
        emit progress(tr("Sending the set-up e-mail to %1").arg(m_request.email));
        services().security->sendActionsEmail(
            id, {QStringLiteral("UPDATE_PASSWORD"), QStringLiteral("VERIFY_EMAIL")}, 72 * 3600, this,
            [this](const Status& sent) {
                if (!sent.ok())
                    return rollBack(sent.error());
                grantRoles();
            });
        return;
    }
    m_password = generateTemporaryPassword();
    emit progress(tr("Setting a temporary password"));
    services().security->resetPassword(id, m_password, true, this, [this](const Status& set) {
        if (!set.ok()) {
            m_password.clear();
            return rollBack(set.error());
        }
        grantRoles();
    });
}

void JoinerOperation::grantRoles()
{
    if (m_request.realmRoles.isEmpty())
        return joinGroups(0);
    emit progress(tr("Granting %n realm role(s)", nullptr, int(m_request.realmRoles.size())));
    services().access->addRealmRoles(target().id, m_request.realmRoles, this, [this](const Status& granted) {
        if (!granted.ok())
            return rollBack(granted.error());
        joinGroups(0);
    });
}

void JoinerOperation::joinGroups(int index)
{
    if (index >= m_request.groups.size())
        return succeed(m_request.credentials == JoinerRequest::Credentials::ActionsEmail
                           ? tr("%1 was created; a set-up e-mail was sent to %2").arg(m_request.username, m_request.email)
                           : tr("%1 was created with a temporary password").arg(m_request.username));
    const GroupRef& group = m_request.groups.at(index);
    emit progress(tr("Adding to %1").arg(groupLabel(group)));
    services().access->joinGroup(target().id, group, this, [this, index](const Status& joined) {
        if (!joined.ok())
            return rollBack(joined.error());
        joinGroups(index + 1);
    });
}

void JoinerOperation::rollBack(const Error& cause)
{
    // A half-made account (no password, missing roles) is worse than none: remove it and say so.
    m_password.clear();
    emit progress(tr("Removing the incomplete account %1").arg(m_request.username));
    services().users->remove(target().id, this, [this, cause](const Status& removed) {
        Error error = cause;
        note(QStringLiteral("rolled_back"), removed.ok());
        error.why += removed.ok() ? tr("; the new account was removed again, nothing was left behind")
                                  : tr("; the new account %1 could NOT be removed (%2): delete it by hand")
                                        .arg(m_request.username, removed.error().why);
        fail(error);
    });
}

// ---- Mover ----------------------------------------------------------------------------------------------------

bool AccessChange::isEmpty() const
{
    return addRoles.isEmpty() && removeRoles.isEmpty() && joinGroups.isEmpty() && leaveGroups.isEmpty();
}

QStringList AccessChange::describe() const
{
    QStringList lines;
    for (const RoleRef& role : addRoles)
        lines.append(QCoreApplication::translate("custos::AccessChange", "+ role %1").arg(role.name));
    for (const RoleRef& role : removeRoles)
        lines.append(QCoreApplication::translate("custos::AccessChange", "− role %1").arg(role.name));
    for (const GroupRef& group : joinGroups)
        lines.append(QCoreApplication::translate("custos::AccessChange", "+ group %1").arg(groupLabel(group)));
    for (const GroupRef& group : leaveGroups)
        lines.append(QCoreApplication::translate("custos::AccessChange", "− group %1").arg(groupLabel(group)));
    return lines;
}

AccessChange AccessChange::between(const QList<RoleRef>& currentRoles, const QList<RoleRef>& desiredRoles,
                                   const QList<GroupRef>& currentGroups, const QList<GroupRef>& desiredGroups)
{
    AccessChange change;
    for (const RoleRef& role : desiredRoles)
        if (!currentRoles.contains(role))
            change.addRoles.append(role);
    for (const RoleRef& role : currentRoles)
        if (!desiredRoles.contains(role))
            change.removeRoles.append(role);
    for (const GroupRef& group : desiredGroups)
        if (!currentGroups.contains(group))
            change.joinGroups.append(group);
    for (const GroupRef& group : currentGroups)
        if (!desiredGroups.contains(group))
            change.leaveGroups.append(group);
    return change;
}

MoverOperation::MoverOperation(const UserServices& services, const Operator& actor, const UserRef& target,
                               const AccessChange& change, QObject* parent)
    : UserOperation(UserAction::ChangeAccess, services, actor, target, parent)
    , m_change(change)
{
    // One step per role and per group, so a failure undoes exactly what was applied.
    UserAccessApi* access = services.access;
    const auto roleStep = [this, access](const RoleRef& role, bool add) {
        const auto send = [this, access, role](bool grant, const std::function<void(const Status&)>& done) {
            if (grant)
                access->addRealmRoles(this->target().id, {role}, this, done);
            else
                access->removeRealmRoles(this->target().id, {role}, this, done);
        };
        m_steps.append(Step{(add ? QStringLiteral("+ role ") : QStringLiteral("− role ")) + role.name,
                            [send, add](const auto& done) { send(add, done); },
                            [send, add](const auto& done) { send(!add, done); }});
    };
    const auto groupStep = [this, access](const GroupRef& group, bool join) {
        const auto send = [this, access, group](bool enter, const std::function<void(const Status&)>& done) {
            if (enter)
                access->joinGroup(this->target().id, group, this, done);
            else
                access->leaveGroup(this->target().id, group, this, done);
        };
        m_steps.append(Step{(join ? QStringLiteral("+ group ") : QStringLiteral("− group ")) + groupLabel(group),
                            [send, join](const auto& done) { send(join, done); },
                            [send, join](const auto& done) { send(!join, done); }});
    };
    for (const RoleRef& role : change.addRoles)
        roleStep(role, true);
    for (const RoleRef& role : change.removeRoles)
        roleStep(role, false);
    for (const GroupRef& group : change.joinGroups)
        groupStep(group, true);
    for (const GroupRef& group : change.leaveGroups)
        groupStep(group, false);
    note(QStringLiteral("flow"), QStringLiteral("mover"));
    note(QStringLiteral("change"), QJsonArray::fromStringList(change.describe()));
}

void MoverOperation::run()
{
    guardTarget([this] {
        guardGrants(m_change.addRoles, m_change.joinGroups, [this] {
            QStringList planned;
            for (const Step& step : std::as_const(m_steps))
                planned.append(step.label);
            recordIntent(planned, [this] { apply(0); });
        });
    });
}

void MoverOperation::apply(int index)
{
    if (index >= m_steps.size()) {
        note(QStringLiteral("applied"), m_applied);
        return succeed(tr("%n change(s) applied to %1", nullptr, m_applied).arg(target().username));
    }
    if (stopRequested()) {
        return undo(m_applied - 1, Error{Error::Kind::Cancelled, tr("The change was cancelled"),
                                         tr("you cancelled it after %n step(s)", nullptr, m_applied), {}, 0});
    }
    emit progress(m_steps.at(index).label);
    m_steps.at(index).apply([this, index](const Status& applied) {
        if (!applied.ok())
            return undo(index - 1, applied.error());
        m_applied = index + 1;
        apply(index + 1);
    });
}

void MoverOperation::undo(int index, const Error& cause)
{
    if (index < 0) {
        note(QStringLiteral("undone"), QJsonArray::fromStringList(m_undone));
        Error error = cause;
        if (!m_undone.isEmpty())
            error.why += tr("; the %n step(s) already applied were undone (%1)", nullptr, int(m_undone.size()))
                             .arg(m_undone.join(QStringLiteral(", ")));
        return fail(error);
    }
    emit progress(tr("Undoing %1").arg(m_steps.at(index).label));
    m_steps.at(index).undo([this, index, cause](const Status& undone) {
        if (!undone.ok()) {
            // Stop undoing: the account is in a mixed state and the operator must know exactly which.
            QStringList kept;
            for (int i = 0; i <= index; ++i)
                kept.append(m_steps.at(i).label);
            note(QStringLiteral("undone"), QJsonArray::fromStringList(m_undone));
            note(QStringLiteral("left_applied"), QJsonArray::fromStringList(kept));
            Error error = cause;
            error.why += tr("; undoing failed too (%1), so these changes remain applied: %2")
                             .arg(undone.error().why, kept.join(QStringLiteral(", ")));
            error.action = tr("Open the user and correct the roles and groups by hand");
            return fail(error);
        }
        m_undone.append(m_steps.at(index).label);
        undo(index - 1, cause);
    });
}

// ---- Leaver ---------------------------------------------------------------------------------------------------

LeaverOperation::LeaverOperation(const UserServices& services, const Operator& actor, const UserRef& target,
                                 bool leaveGroups, QObject* parent)
    : UserOperation(UserAction::Offboard, services, actor, target, parent)
    , m_leaveGroups(leaveGroups)
{
    note(QStringLiteral("flow"), QStringLiteral("leaver"));
}

void LeaverOperation::run()
{
    guardTarget([this] {
        QStringList planned{tr("end every session of %1").arg(target().username),
                            tr("disable %1").arg(target().username)};
        if (m_leaveGroups)
            planned.append(tr("remove %1 from every group").arg(target().username));
        recordIntent(planned, [this] { endSessions(); });
    });
}

void LeaverOperation::endSessions()
{
    // Sessions first (as the Flask JML tool does): a disabled account with live refresh tokens could still act until
    // they expire.
    emit progress(tr("Reading %1's sessions").arg(target().username));
    services().security->sessions(target().id, this, [this](const Result<QList<UserSession>>& sessions) {
        if (!sessions.ok())
            return fail(sessions.error());
        const int count = int(sessions->size());
        emit progress(tr("Ending %n session(s)", nullptr, count));
        services().security->logout(target().id, this, [this, count](const Status& ended) {
            if (!ended.ok())
                return fail(ended.error());
            note(QStringLiteral("sessions_revoked"), count);
            disable(count);
        });
    });
}

void LeaverOperation::disable(int sessions)
{
    if (stopRequested())
        return fail(Error{Error::Kind::Cancelled, tr("Offboarding was cancelled"),
                          tr("the sessions were ended but the account is still enabled"), {}, 0});
    emit progress(tr("Disabling %1").arg(target().username));
    services().users->get(target().id, this, [this, sessions](const Result<KeycloakUser>& user) {
        if (!user.ok())
            return fail(user.error());
        KeycloakUser changed = user.value();
        note(QStringLiteral("before"), QJsonObject{{QStringLiteral("enabled"), changed.enabled}});
        changed.raw.insert(QStringLiteral("enabled"), false);
        services().users->update(changed, this, [this, sessions](const Status& updated) {
            if (!updated.ok())
                return fail(updated.error());
            note(QStringLiteral("after"), QJsonObject{{QStringLiteral("enabled"), false}});
            if (!m_leaveGroups)
                return succeed(tr("%1 is disabled; %n session(s) ended", nullptr, sessions).arg(target().username));
            services().access->userGroups(target().id, this, [this, sessions](const Result<QList<GroupRef>>& groups) {
                if (!groups.ok())
                    return fail(groups.error());
                leaveGroups(groups.value(), 0, sessions);
            });
        });
    });
}

void LeaverOperation::leaveGroups(const QList<GroupRef>& groups, int index, int sessions)
{
    if (index >= groups.size()) {
        note(QStringLiteral("groups_left"), paths(groups));
        return succeed(tr("%1 is disabled; %n session(s) ended", nullptr, sessions).arg(target().username)
                       + tr("; removed from %n group(s)", nullptr, int(groups.size())));
    }
    services().access->leaveGroup(target().id, groups.at(index), this,
                                  [this, groups, index, sessions](const Status& left) {
                                      if (!left.ok()) {
                                          note(QStringLiteral("groups_left"), paths(groups.mid(0, index)));
                                          return fail(left.error());
                                      }
                                      leaveGroups(groups, index + 1, sessions);
                                  });
}

// ---- MFA reset ------------------------------------------------------------------------------------------------

MfaResetOperation::MfaResetOperation(const UserServices& services, const Operator& actor, const UserRef& target,
                                     QObject* parent)
    : UserOperation(UserAction::ResetMfa, services, actor, target, parent)
{
}

void MfaResetOperation::run()
{
    // The checks that need no step-up come first: the operator re-authenticates only for a change that may run.
    guardTarget([this] {
        requireRecentAuthentication(tr("reset %1's second factor").arg(target().username), [this] {
            recordIntent({tr("delete every second-factor credential of %1").arg(target().username),
                          tr("require a new authenticator at the next sign-in"),
                          tr("end every session of %1").arg(target().username)},
                         [this] { readCredentials(); });
        });
    });
}

void MfaResetOperation::readCredentials()
{
    emit progress(tr("Reading %1's credentials").arg(target().username));
    services().security->credentials(target().id, this, [this](const Result<QList<Credential>>& credentials) {
        if (!credentials.ok())
            return fail(credentials.error());
        QList<Credential> secondFactors;
        for (const Credential& credential : credentials.value())
            if (credential.isSecondFactor())
                secondFactors.append(credential);
        deleteCredentials(secondFactors, 0, {});
    });
}

void MfaResetOperation::deleteCredentials(const QList<Credential>& credentials, int index, QStringList deleted)
{
    if (index >= credentials.size()) {
        note(QStringLiteral("credentials_deleted"), QJsonArray::fromStringList(deleted));
        return requireTotp(deleted);
    }
    const Credential credential = credentials.at(index);
    emit progress(tr("Deleting the %1 credential").arg(credential.type));
    services().security->deleteCredential(target().id, credential, this,
                                          [this, credentials, index, deleted, credential](const Status& removed) mutable {
                                              if (!removed.ok()) {
                                                  note(QStringLiteral("credentials_deleted"),
                                                       QJsonArray::fromStringList(deleted));
                                                  return fail(removed.error());
                                              }
                                              deleted.append(credential.type);
                                              deleteCredentials(credentials, index + 1, deleted);
                                          });
}

void MfaResetOperation::requireTotp(const QStringList& deleted)
{
    services().users->get(target().id, this, [this, deleted](const Result<KeycloakUser>& user) {
        if (!user.ok())
            return fail(user.error());
        KeycloakUser changed = user.value();
        QStringList actions = changed.requiredActions;
        if (!actions.contains(QStringLiteral("CONFIGURE_TOTP")))
            actions.append(QStringLiteral("CONFIGURE_TOTP"));
        changed.raw.insert(QStringLiteral("requiredActions"), QJsonArray::fromStringList(actions));
        emit progress(tr("Requiring a new authenticator at the next sign-in"));
        services().users->update(changed, this, [this, deleted](const Status& updated) {
            if (!updated.ok())
                return fail(updated.error());
            services().security->logout(target().id, this, [this, deleted](const Status& ended) {
                if (!ended.ok())
                    return fail(ended.error());
                note(QStringLiteral("sessions_revoked"), true);
                succeed(tr("%1's MFA was reset (%n credential(s) deleted); a new authenticator is required at the "
                           "next sign-in",
                           nullptr, int(deleted.size()))
                            .arg(target().username));
            });
        });
    });
}

// ---- Password reset, unlock, e-mail, session -------------------------------------------------------------------

PasswordResetOperation::PasswordResetOperation(const UserServices& services, const Operator& actor,
                                               const UserRef& target, QObject* parent)
    : UserOperation(UserAction::ResetPassword, services, actor, target, parent)
{
}

void PasswordResetOperation::run()
{
    guardTarget([this] {
        recordIntent({tr("set a temporary password for %1, to be changed at the next sign-in").arg(target().username)},
                     [this] { setPassword(); });
    });
}

void PasswordResetOperation::setPassword()
{
    const QString password = generateTemporaryPassword();
    emit progress(tr("Setting a temporary password"));
    services().security->resetPassword(target().id, password, true, this, [this, password](const Status& set) {
        if (!set.ok())
            return fail(set.error());
        m_password = password;
        note(QStringLiteral("temporary"), true);
        succeed(tr("%1 has a temporary password; they must change it at the next sign-in").arg(target().username));
    });
}

UnlockOperation::UnlockOperation(const UserServices& services, const Operator& actor, const UserRef& target,
                                 QObject* parent)
    : UserOperation(UserAction::Unlock, services, actor, target, parent)
{
}

void UnlockOperation::run()
{
    guardTarget([this] {
        services().security->bruteForce(target().id, this, [this](const Result<BruteForceStatus>& before) {
            if (!before.ok())
                return fail(before.error());
            note(QStringLiteral("before"), QJsonObject{{QStringLiteral("locked"), before->locked},
                                                       {QStringLiteral("failures"), before->failures}});
            recordIntent({tr("clear %1's sign-in lockout and failure count").arg(target().username)},
                         [this, wasLocked = before->locked] { unlock(wasLocked); });
        });
    });
}

void UnlockOperation::unlock(bool wasLocked)
{
    emit progress(tr("Unlocking %1").arg(target().username));
    services().security->unlock(target().id, this, [this, wasLocked](const Status& unlocked) {
        if (!unlocked.ok())
            return fail(unlocked.error());
        note(QStringLiteral("after"), QJsonObject{{QStringLiteral("locked"), false}, {QStringLiteral("failures"), 0}});
        succeed(wasLocked ? tr("%1 is unlocked").arg(target().username)
                          : tr("%1 was not locked; the failure count was reset").arg(target().username));
    });
}

ActionsEmailOperation::ActionsEmailOperation(const UserServices& services, const Operator& actor,
                                             const UserRef& target, const QStringList& actions, QObject* parent)
    : UserOperation(UserAction::SendActionsEmail, services, actor, target, parent)
    , m_actions(actions)
{
    note(QStringLiteral("actions"), QJsonArray::fromStringList(actions));
}

void ActionsEmailOperation::run()
{
    guardTarget([this] {
        recordIntent(
            {tr("send %1 an e-mail asking them to %2").arg(target().username, m_actions.join(QStringLiteral(", ")))},
            [this] {
                emit progress(tr("Sending the e-mail to %1").arg(target().username));
                services().security->sendActionsEmail(
                    target().id, m_actions, 12 * 3600, this, [this](const Status& sent) {
                        if (!sent.ok())
                            return fail(sent.error());
                        succeed(tr("An e-mail asking %1 to %2 was sent")
                                    .arg(target().username, m_actions.join(QStringLiteral(", "))));
                    });
            });
    });
}

RevokeSessionOperation::RevokeSessionOperation(const UserServices& services, const Operator& actor,
                                               const UserRef& target, const UserSession& session, QObject* parent)
    : UserOperation(UserAction::RevokeSession, services, actor, target, parent)
    , m_session(session)
{
    note(QStringLiteral("session"), QJsonObject{{QStringLiteral("id"), session.id},
                                                {QStringLiteral("ip"), session.ipAddress},
                                                {QStringLiteral("clients"), QJsonArray::fromStringList(session.clients)}});
}

void RevokeSessionOperation::run()
{
    guardTarget([this] {
        recordIntent({tr("end %1's session from %2").arg(target().username, m_session.ipAddress)}, [this] {
            emit progress(tr("Ending the session from %1").arg(m_session.ipAddress));
            services().security->deleteSession(m_session.id, this, [this](const Status& ended) {
                if (!ended.ok())
                    return fail(ended.error());
                succeed(tr("%1's session from %2 was ended").arg(target().username, m_session.ipAddress));
            });
        });
    });
}

QString generateTemporaryPassword()
{
    // No 0/O, 1/l/I: the password may be read out over the phone.
    static const QString lower = QStringLiteral("abcdefghijkmnpqrstuvwxyz");
    static const QString upper = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString digits = QStringLiteral("23456789");
    static const QString symbols = QStringLiteral("!#%+-=?@_");
    static const QString all = lower + upper + digits + symbols;
    constexpr int length = 20;
    const QByteArray random = randomBytes(length * 2);
    QString password;
    password.reserve(length);
    // Two random bytes per character keep the modulo bias below 0.2 %.
    const auto pick = [&random](const QString& alphabet, int i) {
        const auto value = (quint16(quint8(random.at(2 * i))) << 8) | quint8(random.at(2 * i + 1));
        return alphabet.at(value % alphabet.size());
    };
    password.append(pick(lower, 0));
    password.append(pick(upper, 1));
    password.append(pick(digits, 2));
    password.append(pick(symbols, 3));
    for (int i = 4; i < length; ++i)
        password.append(pick(all, i));
    // Move the four guaranteed classes away from the front.
    for (int i = length - 1; i > 0; --i) {
        const int j = int(QRandomGenerator::system()->bounded(i + 1));
        std::swap(password[i], password[j]);
    }
    return password;
}

} // namespace custos
