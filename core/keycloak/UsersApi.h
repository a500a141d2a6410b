#pragma once

#include "core/common/Result.h"
#include "core/http/PendingCall.h"
#include "core/keycloak/Representations.h"
#include "core/keycloak/UserQuery.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

namespace custos {

class KeycloakAdmin;

// Users of the realm: search, count, read, create, update.
class UsersApi : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;

    explicit UsersApi(KeycloakAdmin* admin, QObject* parent = nullptr);

    // One page of a search, each user with its brute-force status when the server reports it (the admin console's
    // own listing endpoint does; the public one does not, and is used when the other is missing).
    PendingCall search(const UserQuery& query, int first, int max, QObject* context,
                       Callback<QList<KeycloakUser>> done);
    PendingCall count(const UserQuery& query, QObject* context, Callback<int> done);
    // One user with the realm's user-profile metadata for that user (see profileOf()).
    PendingCall get(const QString& id, QObject* context, Callback<KeycloakUser> done);
    // The user whose username (or e-mail) is exactly `value`, if any.
    PendingCall findByUsername(const QString& value, QObject* context, Callback<std::optional<KeycloakUser>> done);
    PendingCall findByEmail(const QString& value, QObject* context, Callback<std::optional<KeycloakUser>> done);
    // POST users; the new user's id, read from the Location header. An existing username or e-mail is Conflict.
    PendingCall create(const QJsonObject& representation, QObject* context, Callback<QString> done);
    // PUT users/{id} with the whole representation (`user.raw`), so no attribute is dropped.
    PendingCall update(const KeycloakUser& user, QObject* context, std::function<void(const Status&)> done);
    PendingCall remove(const QString& id, QObject* context, std::function<void(const Status&)> done);
    // The realm's user profile: every attribute an operator may see or edit.
    PendingCall profile(QObject* context, Callback<QList<ProfileAttribute>> done);

    // The user-profile attributes of a user read with get(); empty when the server sent none.
    [[nodiscard]] static QList<ProfileAttribute> profileOf(const KeycloakUser& user);

private:
    PendingCall findExact(const QString& field, const QString& value, QObject* context,
                          Callback<std::optional<KeycloakUser>> done);

    KeycloakAdmin* m_admin;
    bool m_listingHasBruteForce = true; // until the server says the admin console's endpoint does not exist
};

} // namespace custos
