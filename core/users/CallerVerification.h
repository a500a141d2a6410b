#pragma once

#include "core/common/Result.h"
#include "core/keycloak/Representations.h"
#include "core/users/CallerAttributes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>

namespace custos {

class UserAccessApi;
class UserSecurityApi;
class UsersApi;

// What the directory and the ledger know about the person a caller claims to be, shown to the helpdesk agent before
// a reset. Never what the caller says: the agent checks the caller against these facts.
struct CallerFacts
{
    QString username;
    QString phone;   // the number on record (the profile's phone attribute); empty when there is none
    QString manager; // the manager on record
    QString email;
    bool emailVerified = false;
    QDateTime accountCreated;
    // The newest credential change after the account's set-up (invalid: none since); the credentials an account
    // is created with are its set-up, not a change.
    QDateTime lastCredentialChange;
    QString lastCredentialType;
    QList<QDateTime> recentFailedLogins; // LOGIN_ERROR records of this user in the local ledger, newest first
    // The realm-management roles the user holds (through groups and composites) that change something: every one
    // but the view-* and query-* roles.
    QStringList privilegedRoles;

    [[nodiscard]] bool isPrivileged() const { return !privilegedRoles.isEmpty(); }
    // The facts as the intent record keeps them (what the agent was shown).
    [[nodiscard]] QJsonObject toJson() const;
};

// How the agent verified that the caller is the user.
enum class VerificationMethod { Callback, ManagerConfirmation, InPersonWithId, TicketSystemIdentity };

// Gathers the facts for a helpdesk reset (MFA reset, password reset, unlock) and holds the rules that follow from
// them. The dialog shows the facts, the agent picks a method and confirms; record() is what the intent keeps.
class CallerVerification : public QObject
{
    Q_OBJECT
public:
    // Reads the LOGIN_ERROR records of a user since a time from the local ledger, newest first.
    using FailedLoginSource = std::function<void(const QString& userId, const QDateTime& since, QObject* context,
                                                 std::function<void(const Result<QList<QDateTime>>&)> done)>;

    static constexpr int failedLoginDays = 7;
    static constexpr int secondOperatorHours = 24;
    // A credential created within this many seconds of the account is the account's set-up.
    static constexpr int setUpSeconds = 60;

    CallerVerification(UsersApi* users, UserAccessApi* access, UserSecurityApi* security, CallerAttributes attributes,
                       FailedLoginSource failedLogins, QObject* parent = nullptr);

    // Reads the user afresh (a list's brief representation has no attributes), the credentials, the user's effective
    // realm-management roles and the ledger's failed logins. Any read that fails fails the whole: a reset is not
    // confirmed on partial facts.
    void gather(const QString& userId, std::function<void(const Result<CallerFacts>&)> done);

    // The facts a user representation gives at once (phone, manager, e-mail); gather() adds the rest.
    [[nodiscard]] static CallerFacts factsOf(const KeycloakUser& user, const CallerAttributes& attributes);
    // Until Custos has approvals, a reset that needs a second operator is refused: the error says why (a credential
    // changed within 24 hours, or a privileged account) and what to do. Empty when one operator may do it.
    [[nodiscard]] static std::optional<Error> needsSecondOperator(const CallerFacts& facts, const QDateTime& now);
    // The newest credential change after the set-up, from a user's credentials.
    [[nodiscard]] static std::optional<Credential> lastChange(const QList<Credential>& credentials,
                                                              const QDateTime& accountCreated);

    [[nodiscard]] static QList<VerificationMethod> methods();
    [[nodiscard]] static QString methodKey(VerificationMethod method);
    [[nodiscard]] static QString methodName(VerificationMethod method);
    // The intent record's "verification": the method, the facts shown and the agent's confirmation.
    [[nodiscard]] static QJsonObject record(VerificationMethod method, const CallerFacts& facts, bool confirmed);

private:
    void readCredentials();
    void readRoles();
    void readFailedLogins();
    void fail(const Error& error);

    UsersApi* m_users;
    UserAccessApi* m_access;
    UserSecurityApi* m_security;
    CallerAttributes m_attributes;
    FailedLoginSource m_failedLogins;
    CallerFacts m_facts;
    QString m_userId;
    std::function<void(const Result<CallerFacts>&)> m_done;
};

} // namespace custos
