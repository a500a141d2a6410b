#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What Keycloak's Admin REST API answers, read defensively: a wrong type or a missing id is a Protocol error, never
// a crash or a silently empty row. Each type keeps only what the console shows or sends back.
namespace custos {

struct BruteForceStatus
{
    bool known = false; // false when the server did not report it
    bool locked = false;
    int failures = 0;
    QDateTime lastFailure;
    QString lastFailureIp;

    [[nodiscard]] static Result<BruteForceStatus> fromJson(const QJsonObject& object);
};

struct KeycloakUser
{
    QString id;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    bool enabled = true;
    bool emailVerified = false;
    bool totp = false;
    QDateTime created;
    QStringList requiredActions;
    QJsonObject attributes; // name → array of strings
    BruteForceStatus bruteForce;
    // The whole representation as received: an update sends it back with the changes, so nothing Keycloak knows
    // and the console does not (attributes, federation links) is dropped.
    QJsonObject raw;

    [[nodiscard]] QString displayName() const;
    [[nodiscard]] static Result<KeycloakUser> fromJson(const QJsonObject& object);
    [[nodiscard]] static Result<QList<KeycloakUser>> listFromJson(const QJsonValue& value);
};

struct Credential
{
    QString id;
    QString type; // password, otp, webauthn, webauthn-passwordless
    QString label;
    QDateTime created;

    [[nodiscard]] bool isSecondFactor() const;
    [[nodiscard]] static Result<QList<Credential>> listFromJson(const QJsonValue& value);
};

struct UserSession
{
    QString id;
    QString ipAddress;
    QDateTime started;
    QDateTime lastAccess;
    QStringList clients; // client ids
    bool rememberMe = false;

    [[nodiscard]] static Result<QList<UserSession>> listFromJson(const QJsonValue& value);
};

struct RoleRef
{
    QString id;
    QString name;
    QString description;
    bool composite = false;
    QString clientId; // the client's clientId for a client role, empty for a realm role

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<QList<RoleRef>> listFromJson(const QJsonValue& value, const QString& clientId = {});
    friend bool operator==(const RoleRef& a, const RoleRef& b) { return a.id == b.id; }
};

struct GroupRef
{
    QString id;
    QString name;
    QString path;
    qint64 subGroupCount = 0;

    [[nodiscard]] static Result<QList<GroupRef>> listFromJson(const QJsonValue& value);
    friend bool operator==(const GroupRef& a, const GroupRef& b) { return a.id == b.id; }
};

struct OrganizationRef
{
    QString id;
    QString name;
    QString alias;
    bool enabled = true;

    [[nodiscard]] static Result<QList<OrganizationRef>> listFromJson(const QJsonValue& value);
};

struct ClientRef
{
    QString id;       // the UUID used in paths
    QString clientId; // the name people know
    [[nodiscard]] static Result<QList<ClientRef>> listFromJson(const QJsonValue& value);
};

struct UserEvent
{
    QString id;
    QDateTime time;
    QString type;
    QString clientId;
    QString ipAddress;
    QString error;
    QJsonObject details;

    [[nodiscard]] static Result<QList<UserEvent>> listFromJson(const QJsonValue& value);
};

// One attribute of the realm's user profile (GET users/profile): what the detail view shows and edits.
struct ProfileAttribute
{
    QString name;
    QString displayName;
    QString group;
    bool required = false;
    bool readOnly = false;
    bool multivalued = false;

    [[nodiscard]] static Result<QList<ProfileAttribute>> listFromProfile(const QJsonValue& value);
};

} // namespace custos
