#pragma once

#include "core/common/Result.h"
#include "core/http/PendingCall.h"
#include "core/keycloak/Representations.h"

#include <QObject>
#include <functional>

namespace custos {

class KeycloakAdmin;

// How a user signs in and is signed in: credentials, password, required actions e-mail, sessions, brute-force
// lockout and the user's recent events. The helpdesk's calls.
class UserSecurityApi : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;
    using StatusCallback = std::function<void(const Status&)>;

    explicit UserSecurityApi(KeycloakAdmin* admin, QObject* parent = nullptr);

    PendingCall credentials(const QString& userId, QObject* context, Callback<QList<Credential>> done);
    PendingCall deleteCredential(const QString& userId, const Credential& credential, QObject* context,
                                 StatusCallback done);
    // The password is sent once, over the API connection, and never logged.
    PendingCall resetPassword(const QString& userId, const QString& password, bool temporary, QObject* context,
                              StatusCallback done);
    PendingCall sendActionsEmail(const QString& userId, const QStringList& actions, int lifespanSeconds,
                                 QObject* context, StatusCallback done);

    PendingCall sessions(const QString& userId, QObject* context, Callback<QList<UserSession>> done);
    // Ends every session of the user; their refresh tokens stop working at once.
    PendingCall logout(const QString& userId, QObject* context, StatusCallback done);
    PendingCall deleteSession(const QString& sessionId, QObject* context, StatusCallback done);

    PendingCall bruteForce(const QString& userId, QObject* context, Callback<BruteForceStatus> done);
    PendingCall unlock(const QString& userId, QObject* context, StatusCallback done);

    // The user's most recent events, newest first.
    PendingCall events(const QString& userId, int max, QObject* context, Callback<QList<UserEvent>> done);

private:
    KeycloakAdmin* m_admin;
};

} // namespace custos
