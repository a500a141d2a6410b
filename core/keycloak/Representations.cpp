#include "core/keycloak/Representations.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace custos {

namespace {

struct RepresentationsText
{
    Q_DECLARE_TR_FUNCTIONS(custos::Representations)
};

Error malformed(const QString& what, const QString& why)
{
    return Error::protocol(
        what, why,
        RepresentationsText::tr("Check that the profile points at a supported Keycloak (26.x) and try again"));
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QDateTime epochMs(const QJsonValue& value)
{
    const double ms = value.toDouble(0);
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), QTimeZone::utc());
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        if (item.isString())
            out.append(item.toString());
    return out;
}

// Every element of `value` must be an object with a non-empty string `id`; `read` turns one into T.
template <typename T, typename Read> Result<QList<T>> readList(const QJsonValue& value, const QString& what, Read read)
{
    if (!value.isArray())
        return malformed(what, RepresentationsText::tr("Keycloak answered something that is not a list"));
    QList<T> out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue& item : array) {
        if (!item.isObject() || text(item.toObject(), "id").isEmpty())
            return malformed(what, RepresentationsText::tr("an entry in Keycloak's answer has no id"));
        out.append(read(item.toObject()));
    }
    return out;
}

} // namespace

Result<BruteForceStatus> BruteForceStatus::fromJson(const QJsonObject& object)
{
    if (!object.value(QLatin1String("disabled")).isBool())
        return malformed(RepresentationsText::tr("Could not read the brute-force status"),
                         RepresentationsText::tr("Keycloak's answer has no \"disabled\" flag"));
    BruteForceStatus status;
    status.known = true;
    status.locked = object.value(QLatin1String("disabled")).toBool();
    status.failures = object.value(QLatin1String("numFailures")).toInt();
    status.lastFailure = epochMs(object.value(QLatin1String("lastFailure")));
    status.lastFailureIp = text(object, "lastIPFailure");
    if (status.lastFailureIp == u"n/a")
        status.lastFailureIp.clear();
    return status;
}

QString KeycloakUser::displayName() const
{
    const QString name = QStringList{firstName, lastName}.join(u' ').trimmed();
    return name.isEmpty() ? username : name;
}

Result<KeycloakUser> KeycloakUser::fromJson(const QJsonObject& object)
{
    const QString what = RepresentationsText::tr("Could not read a user");
    KeycloakUser user;
    user.id = text(object, "id");
    user.username = text(object, "username");
    if (user.id.isEmpty() || user.username.isEmpty())
        return malformed(what, RepresentationsText::tr("a user in Keycloak's answer has no id or username"));
    user.email = text(object, "email");
    user.firstName = text(object, "firstName");
    user.lastName = text(object, "lastName");
    user.enabled = object.value(QLatin1String("enabled")).toBool(true);
    user.emailVerified = object.value(QLatin1String("emailVerified")).toBool();
    user.totp = object.value(QLatin1String("totp")).toBool();
    user.created = epochMs(object.value(QLatin1String("createdTimestamp")));
    user.requiredActions = strings(object.value(QLatin1String("requiredActions")));
    user.attributes = object.value(QLatin1String("attributes")).toObject();
    const QJsonValue bruteForce = object.value(QLatin1String("bruteForceStatus"));
    if (bruteForce.isObject()) {
        auto status = BruteForceStatus::fromJson(bruteForce.toObject());
        if (!status)
            return status.error();
        user.bruteForce = status.value();
    }
    user.raw = object;
    user.raw.remove(QLatin1String("bruteForceStatus")); // not part of a UserRepresentation
    return user;
}

Result<QList<KeycloakUser>> KeycloakUser::listFromJson(const QJsonValue& value)
{
    if (!value.isArray())
        return malformed(RepresentationsText::tr("Could not read the users"),
                         RepresentationsText::tr("Keycloak answered something that is not a list"));
    QList<KeycloakUser> users;
    const QJsonArray array = value.toArray();
    users.reserve(array.size());
    for (const QJsonValue& item : array) {
        auto user = fromJson(item.toObject());
        if (!user)
            return user.error();
        users.append(std::move(user).value());
    }
    return users;
}

bool Credential::isSecondFactor() const
{
    return type == u"otp" || type.startsWith(u"webauthn");
}

Result<QList<Credential>> Credential::listFromJson(const QJsonValue& value)
{
    return readList<Credential>(
        value, RepresentationsText::tr("Could not read the credentials"), [](const QJsonObject& object) {
            return Credential{text(object, "id"), text(object, "type"), text(object, "userLabel"),
                              epochMs(object.value(QLatin1String("createdDate")))};
        });
}

Result<QList<UserSession>> UserSession::listFromJson(const QJsonValue& value)
{
    return readList<UserSession>(value, RepresentationsText::tr("Could not read the sessions"),
                                 [](const QJsonObject& object) {
                                     UserSession session;
                                     session.id = text(object, "id");
                                     session.ipAddress = text(object, "ipAddress");
                                     session.started = epochMs(object.value(QLatin1String("start")));
                                     session.lastAccess = epochMs(object.value(QLatin1String("lastAccess")));
                                     session.rememberMe = object.value(QLatin1String("rememberMe")).toBool();
                                     const QJsonObject clients = object.value(QLatin1String("clients")).toObject();
                                     for (auto it = clients.begin(); it != clients.end(); ++it)
                                         session.clients.append(it.value().toString());
                                     session.clients.sort();
                                     return session;
                                 });
}

QJsonObject RoleRef::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

Result<QList<RoleRef>> RoleRef::listFromJson(const QJsonValue& value, const QString& clientId)
{
    return readList<RoleRef>(value, RepresentationsText::tr("Could not read the roles"),
                             [&clientId](const QJsonObject& object) {
                                 return RoleRef{text(object, "id"), text(object, "name"), text(object, "description"),
                                                object.value(QLatin1String("composite")).toBool(), clientId};
                             });
}

Result<QList<GroupRef>> GroupRef::listFromJson(const QJsonValue& value)
{
    return readList<GroupRef>(
        value, RepresentationsText::tr("Could not read the groups"), [](const QJsonObject& object) {
            return GroupRef{text(object, "id"), text(object, "name"), text(object, "path"),
                            static_cast<qint64>(object.value(QLatin1String("subGroupCount")).toDouble())};
        });
}

Result<QList<OrganizationRef>> OrganizationRef::listFromJson(const QJsonValue& value)
{
    return readList<OrganizationRef>(
        value, RepresentationsText::tr("Could not read the organizations"), [](const QJsonObject& object) {
            return OrganizationRef{text(object, "id"), text(object, "name"), text(object, "alias"),
                                   object.value(QLatin1String("enabled")).toBool(true)};
        });
}

Result<QList<ClientRef>> ClientRef::listFromJson(const QJsonValue& value)
{
    return readList<ClientRef>(value, RepresentationsText::tr("Could not read the clients"),
                               [](const QJsonObject& object) {
                                   return ClientRef{text(object, "id"), text(object, "clientId")};
                               });
}

Result<QList<UserEvent>> UserEvent::listFromJson(const QJsonValue& value)
{
    if (!value.isArray())
        return malformed(RepresentationsText::tr("Could not read the events"),
                         RepresentationsText::tr("Keycloak answered something that is not a list"));
    QList<UserEvent> events;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        if (text(object, "type").isEmpty())
            return malformed(RepresentationsText::tr("Could not read the events"),
                             RepresentationsText::tr("an event in Keycloak's answer has no type"));
        events.append(UserEvent{text(object, "id"), epochMs(object.value(QLatin1String("time"))), text(object, "type"),
                                text(object, "clientId"), text(object, "ipAddress"), text(object, "error"),
                                object.value(QLatin1String("details")).toObject()});
    }
    return events;
}

Result<QList<ProfileAttribute>> ProfileAttribute::listFromProfile(const QJsonValue& value)
{
    // Accepts both the realm's configuration (GET users/profile) and a user's userProfileMetadata.
    const QJsonValue attributes = value.toObject().value(QLatin1String("attributes"));
    if (!attributes.isArray())
        return malformed(RepresentationsText::tr("Could not read the realm's user profile"),
                         RepresentationsText::tr("Keycloak's answer has no list of attributes"));
    QList<ProfileAttribute> out;
    for (const QJsonValue& item : attributes.toArray()) {
        const QJsonObject object = item.toObject();
        ProfileAttribute attribute;
        attribute.name = text(object, "name");
        if (attribute.name.isEmpty())
            return malformed(RepresentationsText::tr("Could not read the realm's user profile"),
                             RepresentationsText::tr("an attribute in the user profile has no name"));
        attribute.displayName = text(object, "displayName");
        if (attribute.displayName.isEmpty() || attribute.displayName.startsWith(QLatin1String("${")))
            attribute.displayName = attribute.name;
        attribute.group = text(object, "group");
        const QJsonValue required = object.value(QLatin1String("required"));
        attribute.required = required.isBool() ? required.toBool() : required.isObject();
        const QJsonValue readOnly = object.value(QLatin1String("readOnly"));
        if (readOnly.isBool()) {
            attribute.readOnly = readOnly.toBool();
        } else {
            const QJsonValue editors =
                object.value(QLatin1String("permissions")).toObject().value(QLatin1String("edit"));
            attribute.readOnly = editors.isArray() && !strings(editors).contains(QStringLiteral("admin"));
        }
        attribute.multivalued = object.value(QLatin1String("multivalued")).toBool();
        out.append(attribute);
    }
    return out;
}

} // namespace custos
