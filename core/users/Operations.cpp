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

struct JoinerRequestText
{
    Q_DECLARE_TR_FUNCTIONS(custos::JoinerRequest)
};

Error invalid(const QString& field, const QString& why)
{
    return Error::invalid(QCoreApplication::translate("custos::JoinerRequest", "%1 is not valid").arg(field), why,
                          QCoreApplication::translate("custos::JoinerRequest", "Correct the field and try again"));
}

QString collapseSpaces(const QString& value)
{
    return value.simplified();
}

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

QString groupLabel(const GroupRef& group)
{
    return group.path.isEmpty() ? group.name : group.path;
}

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
    static const QRegularExpression emailPattern(
        QStringLiteral("^[^@\\s]{1,64}@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,63}$"));
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
    guardGrants(m_request.realmRoles, m_request.groups, [this, representation, byEmail] {
        runSteps(steps(representation), [this, byEmail] {
            succeed(byEmail
                        ? tr("%1 was created; a set-up e-mail was sent to %2").arg(m_request.username, m_request.email)
                        : tr("%1 was created with a temporary password").arg(m_request.username));
        });
    });
}

QList<Step> JoinerOperation::steps(const QJsonObject& representation)
{
    // A half-made account (no password, missing roles) is worse than none: when a later step fails, the runner
    // undoes the groups and roles, then removes the account.
    QList<Step> steps;
    steps.append(Step{tr("create the account %1 (%2)").arg(m_request.username, m_request.email),
                      [this, representation](const StepDone& done) {
                          services().users->create(representation, this, [this, done](const Result<QString>& id) {
                              if (!id.ok()) {
                                  if (id.error().kind == Error::Kind::Conflict)
                                      return lookUpExisting(id.error(), done);
                                  return done(id.error());
                              }
                              setTargetId(id.value());
                              done(success());
                          });
                      },
                      [this](const StepDone& done) { services().users->remove(target().id, this, done); },
                      tr("delete the incomplete account %1 in Keycloak").arg(m_request.username)});
    if (m_request.credentials == JoinerRequest::Credentials::ActionsEmail) {
        steps.append(Step{tr("send the set-up e-mail to %1").arg(m_request.email),
                          [this](const StepDone& done) {
                              services().security->sendActionsEmail(
                                  target().id, {QStringLiteral("UPDATE_PASSWORD"), QStringLiteral("VERIFY_EMAIL")},
                                  72 * 3600, this, done);
                          },
                          {},
                          {}});
    } else {
        steps.append(Step{tr("set a temporary password"),
                          [this](const StepDone& done) { setTemporaryPassword(&m_password, done); },
                          {},
                          {}});
    }
    for (const RoleRef& role : m_request.realmRoles)
        steps.append(Step{
            tr("grant the realm role %1").arg(role.name),
            [this, role](const StepDone& done) { services().access->addRealmRoles(target().id, {role}, this, done); },
            [this, role](const StepDone& done) {
                services().access->removeRealmRoles(target().id, {role}, this, done);
            },
            {}});
    for (const GroupRef& group : m_request.groups)
        steps.append(
            Step{tr("add to the group %1").arg(groupLabel(group)),
                 [this, group](const StepDone& done) { services().access->joinGroup(target().id, group, this, done); },
                 [this, group](const StepDone& done) { services().access->leaveGroup(target().id, group, this, done); },
                 {}});
    return steps;
}

void JoinerOperation::lookUpExisting(const Error& conflict, const StepDone& done)
{
    Error error = conflict;
    error.why = tr("a user with this username or e-mail address already exists");
    error.action = tr("Open the existing user instead, or choose another username");
    services().users->findByUsername(
        m_request.username, this, [this, error, done](const Result<std::optional<KeycloakUser>>& user) {
            if (user.ok() && user->has_value()) {
                m_existing = UserRef{user->value().id, user->value().username};
                note(QStringLiteral("existing_user"), m_existing.id);
                return done(error);
            }
            services().users->findByEmail(m_request.email, this,
                                          [this, error, done](const Result<std::optional<KeycloakUser>>& byEmail) {
                                              if (byEmail.ok() && byEmail->has_value()) {
                                                  m_existing = UserRef{byEmail->value().id, byEmail->value().username};
                                                  note(QStringLiteral("existing_user"), m_existing.id);
                                              }
                                              done(error);
                                          });
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
    note(QStringLiteral("flow"), QStringLiteral("mover"));
    note(QStringLiteral("change"), QJsonArray::fromStringList(change.describe()));
}

QList<Step> MoverOperation::steps()
{
    // One step per role and per group, so a failure undoes exactly what was applied. Labels as in describe().
    UserAccessApi* access = services().access;
    MoverOperation* self = this; // the calls' context: their answers are dropped with the operation
    const QStringList labels = m_change.describe();
    QList<Step> steps;
    const auto roleStep = [&](const RoleRef& role, bool add) {
        const auto send = [self, access, role](bool grant, const StepDone& done) {
            if (grant)
                access->addRealmRoles(self->target().id, {role}, self, done);
            else
                access->removeRealmRoles(self->target().id, {role}, self, done);
        };
        steps.append(Step{labels.at(steps.size()),
                          [send, add](const StepDone& done) { send(add, done); },
                          [send, add](const StepDone& done) { send(!add, done); },
                          {}});
    };
    const auto groupStep = [&](const GroupRef& group, bool join) {
        const auto send = [self, access, group](bool enter, const StepDone& done) {
            if (enter)
                access->joinGroup(self->target().id, group, self, done);
            else
                access->leaveGroup(self->target().id, group, self, done);
        };
        steps.append(Step{labels.at(steps.size()),
                          [send, join](const StepDone& done) { send(join, done); },
                          [send, join](const StepDone& done) { send(!join, done); },
                          {}});
    };
    for (const RoleRef& role : m_change.addRoles)
        roleStep(role, true);
    for (const RoleRef& role : m_change.removeRoles)
        roleStep(role, false);
    for (const GroupRef& group : m_change.joinGroups)
        groupStep(group, true);
    for (const GroupRef& group : m_change.leaveGroups)
        groupStep(group, false);
    return steps;
}

void MoverOperation::run()
{
    guardTarget([this] {
        guardGrants(m_change.addRoles, m_change.joinGroups, [this] {
            QList<Step> planned = steps();
            const int count = int(planned.size());
            runSteps(std::move(planned), [this, count] {
                note(QStringLiteral("applied"), count);
                succeed(tr("%n change(s) applied to %1", nullptr, count).arg(target().name));
            });
        });
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
    // The reads come before the intent, so it names every group the account is about to leave.
    guardTarget([this] {
        emit progress(tr("Reading %1's sessions").arg(target().name));
        services().security->sessions(target().id, this, [this](const Result<QList<UserSession>>& sessions) {
            if (!sessions.ok())
                return fail(sessions.error());
            m_sessions = int(sessions->size());
            if (!m_leaveGroups)
                return runSteps(steps({}), [this] {
                    succeed(tr("%1 is disabled; %n session(s) ended", nullptr, m_sessions).arg(target().name));
                });
            services().access->userGroups(target().id, this, [this](const Result<QList<GroupRef>>& groups) {
                if (!groups.ok())
                    return fail(groups.error());
                runSteps(steps(groups.value()), [this, groups = groups.value()] {
                    note(QStringLiteral("groups_left"), paths(groups));
                    succeed(tr("%1 is disabled; %n session(s) ended", nullptr, m_sessions).arg(target().name) +
                            tr("; removed from %n group(s)", nullptr, int(groups.size())));
                });
            });
        });
    });
}

QList<Step> LeaverOperation::steps(const QList<GroupRef>& groups)
{
    // No step has an undo: a half-offboarded account is safer left disabled than enabled again. Sessions come
    // first (as the Flask JML tool does): a disabled account with live refresh tokens could still act until they
    // expire.
    QList<Step> steps;
    steps.append(Step{tr("end every session of %1").arg(target().name),
                      [this](const StepDone& done) {
                          services().security->logout(target().id, this, [this, done](const Status& ended) {
                              if (ended.ok())
                                  note(QStringLiteral("sessions_revoked"), m_sessions);
                              done(ended);
                          });
                      },
                      {},
                      {}});
    steps.append(Step{tr("disable %1").arg(target().name),
                      [this](const StepDone& done) {
                          services().users->get(target().id, this, [this, done](const Result<KeycloakUser>& user) {
                              if (!user.ok())
                                  return done(user.error());
                              KeycloakUser changed = user.value();
                              note(QStringLiteral("before"), QJsonObject{{QStringLiteral("enabled"), changed.enabled}});
                              changed.raw.insert(QStringLiteral("enabled"), false);
                              services().users->update(changed, this, [this, done](const Status& updated) {
                                  if (updated.ok())
                                      note(QStringLiteral("after"), QJsonObject{{QStringLiteral("enabled"), false}});
                                  done(updated);
                              });
                          });
                      },
                      {},
                      {}});
    for (const GroupRef& group : groups)
        steps.append(
            Step{tr("remove %1 from the group %2").arg(target().name, groupLabel(group)),
                 [this, group](const StepDone& done) { services().access->leaveGroup(target().id, group, this, done); },
                 {},
                 {}});
    return steps;
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
        requireRecentAuthentication(tr("reset %1's second factor").arg(target().name), [this] {
            emit progress(tr("Reading %1's credentials").arg(target().name));
            services().security->credentials(target().id, this, [this](const Result<QList<Credential>>& credentials) {
                if (!credentials.ok())
                    return fail(credentials.error());
                QList<Credential> secondFactors;
                QStringList types;
                for (const Credential& credential : credentials.value())
                    if (credential.isSecondFactor()) {
                        secondFactors.append(credential);
                        types.append(credential.type);
                    }
                runSteps(steps(secondFactors), [this, types] {
                    note(QStringLiteral("credentials_deleted"), QJsonArray::fromStringList(types));
                    succeed(tr("%1's MFA was reset (%n credential(s) deleted); a new authenticator is required at "
                               "the next sign-in",
                               nullptr, int(types.size()))
                                .arg(target().name));
                });
            });
        });
    });
}

QList<Step> MfaResetOperation::steps(const QList<Credential>& secondFactors)
{
    // Nothing here can be undone: a deleted authenticator is gone, which is the point of the reset.
    QList<Step> steps;
    for (const Credential& credential : secondFactors)
        steps.append(Step{tr("delete the %1 credential of %2").arg(credential.type, target().name),
                          [this, credential](const StepDone& done) {
                              services().security->deleteCredential(target().id, credential, this, done);
                          },
                          {},
                          {}});
    steps.append(Step{tr("require a new authenticator at the next sign-in"),
                      [this](const StepDone& done) {
                          services().users->get(target().id, this, [this, done](const Result<KeycloakUser>& user) {
                              if (!user.ok())
                                  return done(user.error());
                              KeycloakUser changed = user.value();
                              QStringList actions = changed.requiredActions;
                              if (!actions.contains(QStringLiteral("CONFIGURE_TOTP")))
                                  actions.append(QStringLiteral("CONFIGURE_TOTP"));
                              changed.raw.insert(QStringLiteral("requiredActions"),
                                                 QJsonArray::fromStringList(actions));
                              services().users->update(changed, this, done);
                          });
                      },
                      {},
                      {}});
    steps.append(Step{tr("end every session of %1").arg(target().name),
                      [this](const StepDone& done) {
                          services().security->logout(target().id, this, [this, done](const Status& ended) {
                              if (ended.ok())
                                  note(QStringLiteral("sessions_revoked"), true);
                              done(ended);
                          });
                      },
                      {},
                      {}});
    return steps;
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
        const Step setPassword{
            tr("set a temporary password for %1, to be changed at the next sign-in").arg(target().name),
            [this](const StepDone& done) { setTemporaryPassword(&m_password, done); },
            {},
            {}};
        runSteps({setPassword}, [this] {
            note(QStringLiteral("temporary"), true);
            succeed(tr("%1 has a temporary password; they must change it at the next sign-in").arg(target().name));
        });
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
            const Step unlock{tr("clear %1's sign-in lockout and failure count").arg(target().name),
                              [this](const StepDone& done) { services().security->unlock(target().id, this, done); },
                              {},
                              {}};
            runSteps({unlock}, [this, wasLocked = before->locked] {
                note(QStringLiteral("after"),
                     QJsonObject{{QStringLiteral("locked"), false}, {QStringLiteral("failures"), 0}});
                succeed(wasLocked ? tr("%1 is unlocked").arg(target().name)
                                  : tr("%1 was not locked; the failure count was reset").arg(target().name));
            });
        });
    });
}

ActionsEmailOperation::ActionsEmailOperation(const UserServices& services, const Operator& actor, const UserRef& target,
                                             const QStringList& actions, QObject* parent)
    : UserOperation(UserAction::SendActionsEmail, services, actor, target, parent)
    , m_actions(actions)
{
    note(QStringLiteral("actions"), QJsonArray::fromStringList(actions));
}

void ActionsEmailOperation::run()
{
    guardTarget([this] {
        const QString actions = m_actions.join(QStringLiteral(", "));
        const Step send{tr("send %1 an e-mail asking them to %2").arg(target().name, actions),
                        [this](const StepDone& done) {
                            services().security->sendActionsEmail(target().id, m_actions, 12 * 3600, this, done);
                        },
                        {},
                        {}};
        runSteps({send},
                 [this, actions] { succeed(tr("An e-mail asking %1 to %2 was sent").arg(target().name, actions)); });
    });
}

RevokeSessionOperation::RevokeSessionOperation(const UserServices& services, const Operator& actor,
                                               const UserRef& target, const UserSession& session, QObject* parent)
    : UserOperation(UserAction::RevokeSession, services, actor, target, parent)
    , m_session(session)
{
    note(QStringLiteral("session"),
         QJsonObject{{QStringLiteral("id"), session.id},
                     {QStringLiteral("ip"), session.ipAddress},
                     {QStringLiteral("clients"), QJsonArray::fromStringList(session.clients)}});
}

void RevokeSessionOperation::run()
{
    guardTarget([this] {
        const Step end{tr("end %1's session from %2").arg(target().name, m_session.ipAddress),
                       [this](const StepDone& done) { services().security->deleteSession(m_session.id, this, done); },
                       {},
                       {}};
        runSteps({end},
                 [this] { succeed(tr("%1's session from %2 was ended").arg(target().name, m_session.ipAddress)); });
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
