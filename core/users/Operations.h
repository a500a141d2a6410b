#pragma once

#include "core/keycloak/Representations.h"
#include "core/users/UserOperation.h"

#include <QStringList>
#include <functional>

// The concrete operations. Each is one UserOperation: guards, then one list of steps (see AuditedOperation); the UI
// creates one, connects finished(), and starts it.
namespace custos {

// What a new user gets. Names and e-mail are normalised (trimmed, e-mail lowercased, username lowercased) and
// validated before anything is sent; see validate().
struct JoinerRequest
{
    enum class Credentials { TemporaryPassword, ActionsEmail };

    QString username;
    QString email;
    QString firstName;
    QString lastName;
    Credentials credentials = Credentials::TemporaryPassword;
    QList<RoleRef> realmRoles;
    QList<GroupRef> groups;

    // The normalised request, or an Invalid error naming the field and the rule it breaks.
    [[nodiscard]] Result<JoinerRequest> normalised() const;
};

class JoinerOperation : public UserOperation
{
    Q_OBJECT
public:
    JoinerOperation(const UserServices& services, const Operator& actor, const JoinerRequest& request,
                    QObject* parent = nullptr);
    // The generated temporary password, to show once; empty otherwise. Never logged, never in the ledger.
    [[nodiscard]] QString temporaryPassword() const { return m_password; }
    // After a Conflict: the existing user with that username or e-mail, when it could be found.
    [[nodiscard]] UserRef existingUser() const { return m_existing; }

protected:
    void run() override;
    [[nodiscard]] bool targetExists() const override { return false; }

private:
    [[nodiscard]] QList<Step> steps(const QJsonObject& representation);
    // After a Conflict: finds the existing account, then reports `conflict` through `done`.
    void lookUpExisting(const Error& conflict, const StepDone& done);

    JoinerRequest m_request;
    QString m_password;
    UserRef m_existing;
};

// A mover: realm roles and groups to add and remove, computed from the current and the desired state.
struct AccessChange
{
    QList<RoleRef> addRoles;
    QList<RoleRef> removeRoles;
    QList<GroupRef> joinGroups;
    QList<GroupRef> leaveGroups;

    [[nodiscard]] bool isEmpty() const;
    // One line per change, "+ role iam-operator", "− group /staff", for the preview and the ledger.
    [[nodiscard]] QStringList describe() const;
    [[nodiscard]] static AccessChange between(const QList<RoleRef>& currentRoles, const QList<RoleRef>& desiredRoles,
                                              const QList<GroupRef>& currentGroups,
                                              const QList<GroupRef>& desiredGroups);
};

// Applies an AccessChange, one step per role and per group, once the target and the grants passed their guards; when
// a step fails, the step runner undoes the applied ones (in reverse) and the outcome says the state of each.
class MoverOperation : public UserOperation
{
    Q_OBJECT
public:
    MoverOperation(const UserServices& services, const Operator& actor, const UserRef& target,
                   const AccessChange& change, QObject* parent = nullptr);

protected:
    void run() override;

private:
    [[nodiscard]] QList<Step> steps();

    AccessChange m_change;
};

// Leaver: end every session, then disable the account, optionally leave each group it is in (read before the
// intent, so the intent names them); reports the sessions ended.
class LeaverOperation : public UserOperation
{
    Q_OBJECT
public:
    LeaverOperation(const UserServices& services, const Operator& actor, const UserRef& target, bool leaveGroups,
                    QObject* parent = nullptr);

protected:
    void run() override;

private:
    [[nodiscard]] QList<Step> steps(const QList<GroupRef>& groups);

    bool m_leaveGroups;
    int m_sessions = 0;
};

// Delete OTP and WebAuthn credentials, require CONFIGURE_TOTP, end the sessions. After the target guard, refused
// unless the operator authenticated as recently (and as strongly) as the gate's step-up policy for
// ActionId::UserResetMfa asks, or steps up now (services().stepUp).
class MfaResetOperation : public UserOperation
{
    Q_OBJECT
public:
    MfaResetOperation(const UserServices& services, const Operator& actor, const UserRef& target,
                      QObject* parent = nullptr);

protected:
    void run() override;

private:
    [[nodiscard]] QList<Step> steps(const QList<Credential>& secondFactors);
};

// A generated temporary password (shown once); the user must change it at the next sign-in.
class PasswordResetOperation : public UserOperation
{
    Q_OBJECT
public:
    PasswordResetOperation(const UserServices& services, const Operator& actor, const UserRef& target,
                           QObject* parent = nullptr);
    [[nodiscard]] QString temporaryPassword() const { return m_password; }

protected:
    void run() override;

private:
    QString m_password;
};

class UnlockOperation : public UserOperation
{
    Q_OBJECT
public:
    UnlockOperation(const UserServices& services, const Operator& actor, const UserRef& target,
                    QObject* parent = nullptr);

protected:
    void run() override;
};

class ActionsEmailOperation : public UserOperation
{
    Q_OBJECT
public:
    ActionsEmailOperation(const UserServices& services, const Operator& actor, const UserRef& target,
                          const QStringList& actions, QObject* parent = nullptr);

protected:
    void run() override;

private:
    QStringList m_actions;
};

class RevokeSessionOperation : public UserOperation
{
    Q_OBJECT
public:
    RevokeSessionOperation(const UserServices& services, const Operator& actor, const UserRef& target,
                           const UserSession& session, QObject* parent = nullptr);

protected:
    void run() override;

private:
    UserSession m_session;
};

// A password Keycloak's default policies accept: 20 characters from an unambiguous alphabet with at least one
// lower, upper, digit and symbol, from the OS CSPRNG.
[[nodiscard]] QString generateTemporaryPassword();

} // namespace custos
