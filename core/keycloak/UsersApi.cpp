#include "core/keycloak/UsersApi.h"

#include "core/common/Logging.h"
#include "core/keycloak/KeycloakAdmin.h"

#include <QJsonDocument>

namespace custos {

namespace {
const QString queryUsers = QStringLiteral("query-users");
const QString viewUsers = QStringLiteral("view-users");
const QString manageUsers = QStringLiteral("manage-users");
} // namespace

UsersApi::UsersApi(KeycloakAdmin* admin, QObject* parent)
    : QObject(parent)
    , m_admin(admin)
{
}

PendingCall UsersApi::search(const UserQuery& query, int first, int max, QObject* context,
                             Callback<QList<KeycloakUser>> done)
{
    QUrlQuery params = query.toUrlQuery();
    params.addQueryItem(QStringLiteral("first"), QString::number(first));
    params.addQueryItem(QStringLiteral("max"), QString::number(max));
    params.addQueryItem(QStringLiteral("briefRepresentation"), QStringLiteral("false"));
    const bool withBruteForce = m_listingHasBruteForce;
    // The admin console lists users through ui-ext/brute-force-user: the same search plus each user's lockout,
    // which the public endpoint would need one call per user for.
    const QString path = withBruteForce ? QStringLiteral("ui-ext/brute-force-user") : QStringLiteral("users");
    return m_admin->getJson(
        m_admin->adminUrl(path, params), tr("Could not search for %1").arg(query.describe()), queryUsers, context,
        [this, query, first, max, context, withBruteForce, done](const Result<QJsonValue>& reply) mutable {
            if (!reply.ok() && withBruteForce && reply.error().kind == Error::Kind::NotFound) {
                qCInfo(lcKeycloak) << "no ui-ext user listing on this server; lockouts are read per user";
                m_listingHasBruteForce = false;
                search(query, first, max, context, std::move(done));
                return;
            }
            if (!reply.ok())
                return done(reply.error());
            done(KeycloakUser::listFromJson(reply.value()));
        });
}

PendingCall UsersApi::count(const UserQuery& query, QObject* context, Callback<int> done)
{
    const HttpRequest request = HttpRequest::get(m_admin->adminUrl(QStringLiteral("users/count"), query.toUrlQuery()),
                                                 tr("Could not count %1").arg(query.describe()));
    return m_admin->send(
        request, queryUsers, context, [request, done = std::move(done)](const Result<HttpResponse>& reply) {
            if (!reply.ok())
                return done(reply.error());
            bool isNumber = false;
            const int count = reply->body.trimmed().toInt(&isNumber);
            if (!isNumber || count < 0)
                return done(Error::protocol(request.what, tr("Keycloak answered something that is not a count"))
                                .withHttpStatus(reply->status));
            done(count);
        });
}

PendingCall UsersApi::get(const QString& id, QObject* context, Callback<KeycloakUser> done)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("userProfileMetadata"), QStringLiteral("true"));
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("users/") + KeycloakAdmin::segment(id), params),
                            tr("Could not read the user"), viewUsers, context,
                            [done = std::move(done)](const Result<QJsonValue>& reply) {
                                if (!reply.ok())
                                    return done(reply.error());
                                done(KeycloakUser::fromJson(reply->toObject()));
                            });
}

PendingCall UsersApi::findByUsername(const QString& value, QObject* context, Callback<std::optional<KeycloakUser>> done)
{
    return findExact(QStringLiteral("username"), value, context, std::move(done));
}

PendingCall UsersApi::findByEmail(const QString& value, QObject* context, Callback<std::optional<KeycloakUser>> done)
{
    return findExact(QStringLiteral("email"), value, context, std::move(done));
}

PendingCall UsersApi::findExact(const QString& field, const QString& value, QObject* context,
                                Callback<std::optional<KeycloakUser>> done)
{
    QUrlQuery params;
    params.addQueryItem(field, KeycloakAdmin::segment(value));
    params.addQueryItem(QStringLiteral("exact"), QStringLiteral("true"));
    params.addQueryItem(QStringLiteral("max"), QStringLiteral("2"));
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("users"), params),
                            tr("Could not look up the user “%1”").arg(value), queryUsers, context,
                            [done = std::move(done)](const Result<QJsonValue>& reply) {
                                if (!reply.ok())
                                    return done(reply.error());
                                auto users = KeycloakUser::listFromJson(reply.value());
                                if (!users)
                                    return done(users.error());
                                if (users->isEmpty())
                                    return done(std::optional<KeycloakUser>{});
                                done(std::optional<KeycloakUser>{users->first()});
                            });
}

PendingCall UsersApi::create(const QJsonObject& representation, QObject* context, Callback<QString> done)
{
    const QString username = representation.value(QLatin1String("username")).toString();
    HttpRequest request =
        HttpRequest::sendJson("POST", m_admin->adminUrl(QStringLiteral("users")), QJsonDocument(representation),
                              tr("Could not create the user “%1”").arg(username));
    return m_admin->send(
        request, manageUsers, context, [request, done = std::move(done)](const Result<HttpResponse>& reply) {
            if (!reply.ok())
                return done(reply.error());
            // Location: <base>/admin/realms/<realm>/users/<id>
            const QString location = QString::fromUtf8(reply->header("Location"));
            const QString id = location.section(u'/', -1);
            if (!location.contains(QLatin1String("/users/")) || id.isEmpty())
                return done(Error::protocol(request.what, tr("Keycloak did not say where the new user is"),
                                            tr("Search for the user before trying again"))
                                .withHttpStatus(reply->status));
            done(QUrl::fromPercentEncoding(id.toUtf8()));
        });
}

PendingCall UsersApi::update(const KeycloakUser& user, QObject* context, std::function<void(const Status&)> done)
{
    QJsonObject representation = user.raw;
    representation.remove(QLatin1String("userProfileMetadata"));
    representation.remove(QLatin1String("access"));
    return m_admin->sendStatus(
        HttpRequest::sendJson("PUT", m_admin->adminUrl(QStringLiteral("users/") + KeycloakAdmin::segment(user.id)),
                              QJsonDocument(representation), tr("Could not update the user “%1”").arg(user.username)),
        manageUsers, context, std::move(done));
}

PendingCall UsersApi::remove(const QString& id, QObject* context, std::function<void(const Status&)> done)
{
    return m_admin->sendStatus(
        HttpRequest::withoutBody("DELETE", m_admin->adminUrl(QStringLiteral("users/") + KeycloakAdmin::segment(id)),
                                 tr("Could not delete the user")),
        manageUsers, context, std::move(done));
}

PendingCall UsersApi::profile(QObject* context, Callback<QList<ProfileAttribute>> done)
{
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("users/profile")),
                            tr("Could not read the realm's user profile"), viewUsers, context,
                            [done = std::move(done)](const Result<QJsonValue>& reply) {
                                if (!reply.ok())
                                    return done(reply.error());
                                done(ProfileAttribute::listFromProfile(reply.value()));
                            });
}

QList<ProfileAttribute> UsersApi::profileOf(const KeycloakUser& user)
{
    const QJsonValue metadata = user.raw.value(QLatin1String("userProfileMetadata"));
    if (!metadata.isObject())
        return {};
    auto attributes = ProfileAttribute::listFromProfile(metadata);
    return attributes ? attributes.value() : QList<ProfileAttribute>{};
}

} // namespace custos
