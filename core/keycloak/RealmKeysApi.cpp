#include "core/keycloak/RealmKeysApi.h"

#include "core/keycloak/KeycloakAdmin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace custos {
namespace {

const QString viewRealm = QStringLiteral("view-realm");
const QString manageRealm = QStringLiteral("manage-realm");

struct RealmKeysApiText
{
    Q_DECLARE_TR_FUNCTIONS(custos::RealmKeysApi)
};

Error malformed(const QString& what, const QString& why)
{
    return Error::protocol(
        what, why, RealmKeysApiText::tr("Check that the profile points at a supported Keycloak (26.x) and try again"));
}

} // namespace

Result<RealmKeys> RealmKeys::fromJson(const QJsonObject& object)
{
    const QString what = RealmKeysApiText::tr("Could not read the realm's keys");
    const QJsonValue keyList = object.value(QLatin1String("keys"));
    if (!keyList.isArray())
        return malformed(what, RealmKeysApiText::tr("Keycloak's answer has no list of keys"));
    RealmKeys out;
    const QJsonObject active = object.value(QLatin1String("active")).toObject();
    for (auto it = active.begin(); it != active.end(); ++it)
        out.activeKids.insert(it.key(), it.value().toString());
    for (const QJsonValue& item : keyList.toArray()) {
        const QJsonObject key = item.toObject();
        RealmKey parsed;
        parsed.providerId = key.value(QLatin1String("providerId")).toString();
        parsed.kid = key.value(QLatin1String("kid")).toString();
        if (parsed.providerId.isEmpty() || parsed.kid.isEmpty())
            return malformed(what, RealmKeysApiText::tr("a key in Keycloak's answer has no provider or kid"));
        parsed.providerPriority = qint64(key.value(QLatin1String("providerPriority")).toDouble());
        parsed.status = key.value(QLatin1String("status")).toString();
        parsed.type = key.value(QLatin1String("type")).toString();
        parsed.algorithm = key.value(QLatin1String("algorithm")).toString();
        parsed.use = key.value(QLatin1String("use")).toString();
        // Base64 of the DER certificate; anything that does not decode is treated as absent.
        const auto der = QByteArray::fromBase64Encoding(key.value(QLatin1String("certificate")).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
        if (der)
            parsed.certificateDer = *der;
        const double validTo = key.value(QLatin1String("validTo")).toDouble(0);
        if (validTo > 0)
            parsed.validTo = QDateTime::fromMSecsSinceEpoch(qint64(validTo), QTimeZone::utc());
        out.keys.append(parsed);
    }
    return out;
}

QString KeyProvider::configValue(const QString& key) const
{
    const QJsonValue value = config.value(key);
    if (value.isArray())
        return value.toArray().first().toString();
    return value.toString();
}

void KeyProvider::setConfigValue(const QString& key, const QString& value)
{
    config.insert(key, QJsonArray{value});
}

QJsonObject KeyProvider::toJson() const
{
    QJsonObject out = raw;
    out.insert(QStringLiteral("name"), name);
    out.insert(QStringLiteral("config"), config);
    return out;
}

Result<KeyProvider> KeyProvider::fromJson(const QJsonObject& object)
{
    KeyProvider provider;
    provider.id = object.value(QLatin1String("id")).toString();
    provider.providerId = object.value(QLatin1String("providerId")).toString();
    if (provider.id.isEmpty() || provider.providerId.isEmpty())
        return malformed(RealmKeysApiText::tr("Could not read the realm's key providers"),
                         RealmKeysApiText::tr("a key provider in Keycloak's answer has no id"));
    provider.name = object.value(QLatin1String("name")).toString();
    provider.parentId = object.value(QLatin1String("parentId")).toString();
    provider.config = object.value(QLatin1String("config")).toObject();
    provider.raw = object;
    return provider;
}

Result<QList<KeyProvider>> KeyProvider::listFromJson(const QJsonValue& value)
{
    if (!value.isArray())
        return malformed(RealmKeysApiText::tr("Could not read the realm's key providers"),
                         RealmKeysApiText::tr("Keycloak answered something that is not a list"));
    QList<KeyProvider> out;
    for (const QJsonValue& item : value.toArray()) {
        auto provider = fromJson(item.toObject());
        if (!provider)
            return provider.error();
        out.append(std::move(provider).value());
    }
    return out;
}

QJsonObject KeyProviderDraft::toJson(const QString& realmId) const
{
    auto one = [](const QString& value) { return QJsonArray{value}; };
    QJsonObject config{{QStringLiteral("priority"), one(QString::number(priority))},
                       {QStringLiteral("enabled"), one(QStringLiteral("true"))},
                       {QStringLiteral("active"), one(QStringLiteral("true"))}};
    if (providerId == u"rsa-generated" || providerId == u"rsa-enc-generated")
        config.insert(QStringLiteral("keySize"), one(QString::number(keySize)));
    if (!algorithm.isEmpty())
        config.insert(QStringLiteral("algorithm"), one(algorithm));
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("providerId"), providerId},
                       {QStringLiteral("providerType"), RealmKeysApi::keyProviderType},
                       {QStringLiteral("parentId"), realmId},
                       {QStringLiteral("config"), config}};
}

RealmKeysApi::RealmKeysApi(KeycloakAdmin* admin, QObject* parent)
    : QObject(parent)
    , m_admin(admin)
{
    connect(m_admin, &KeycloakAdmin::realmChanged, this, [this] { m_realmId.clear(); });
}

PendingCall RealmKeysApi::keys(QObject* context, Callback<RealmKeys> done)
{
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("keys")), tr("Could not read the realm's keys"), viewRealm,
                            context, [done = std::move(done)](const Result<QJsonValue>& reply) {
                                if (!reply.ok())
                                    return done(reply.error());
                                done(RealmKeys::fromJson(reply->toObject()));
                            });
}

PendingCall RealmKeysApi::providers(QObject* context, Callback<QList<KeyProvider>> done)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("type"), keyProviderType);
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("components"), params),
                            tr("Could not read the realm's key providers"), viewRealm, context,
                            KeycloakAdmin::parseList<KeyProvider>(std::move(done)));
}

PendingCall RealmKeysApi::provider(const QString& id, QObject* context, Callback<KeyProvider> done)
{
    return m_admin->getJson(m_admin->adminUrl(QStringLiteral("components/") + KeycloakAdmin::segment(id)),
                            tr("Could not read the key provider"), viewRealm, context,
                            [done = std::move(done)](const Result<QJsonValue>& reply) {
                                if (!reply.ok())
                                    return done(reply.error());
                                done(KeyProvider::fromJson(reply->toObject()));
                            });
}

PendingCall RealmKeysApi::realmId(QObject* context, Callback<QString> done)
{
    if (!m_realmId.isEmpty()) {
        done(m_realmId);
        return {};
    }
    return m_admin->getJson(
        m_admin->adminUrl({}), tr("Could not read the realm"), viewRealm, context,
        [this, done = std::move(done)](const Result<QJsonValue>& reply) {
            if (!reply.ok())
                return done(reply.error());
            const QString id = reply->toObject().value(QLatin1String("id")).toString();
            if (id.isEmpty())
                return done(malformed(tr("Could not read the realm"), tr("Keycloak's answer has no realm id")));
            m_realmId = id;
            done(id);
        });
}

void RealmKeysApi::createProvider(const KeyProviderDraft& draft, QObject* context, Callback<QString> done)
{
    realmId(context, [this, draft, context, done = std::move(done)](const Result<QString>& realm) mutable {
        if (!realm.ok())
            return done(realm.error());
        const HttpRequest request = HttpRequest::sendJson("POST", m_admin->adminUrl(QStringLiteral("components")),
                                                          QJsonDocument(draft.toJson(realm.value())),
                                                          tr("Could not add the key provider “%1”").arg(draft.name));
        m_admin->send(
            request, manageRealm, context, [request, done = std::move(done)](const Result<HttpResponse>& reply) {
                if (!reply.ok())
                    return done(reply.error());
                const QString location = QString::fromUtf8(reply->header("Location"));
                const QString id = location.section(u'/', -1);
                if (!location.contains(QLatin1String("/components/")) || id.isEmpty())
                    return done(Error::protocol(request.what, tr("Keycloak did not say where the new key provider is"),
                                                tr("Refresh the realm keys before trying again"))
                                    .withHttpStatus(reply->status));
                done(QUrl::fromPercentEncoding(id.toUtf8()));
            });
    });
}

PendingCall RealmKeysApi::updateProvider(const KeyProvider& provider, QObject* context, StatusCallback done)
{
    return m_admin->sendStatus(
        HttpRequest::sendJson(
            "PUT", m_admin->adminUrl(QStringLiteral("components/") + KeycloakAdmin::segment(provider.id)),
            QJsonDocument(provider.toJson()), tr("Could not change the key provider “%1”").arg(provider.name)),
        manageRealm, context, std::move(done));
}

PendingCall RealmKeysApi::removeProvider(const QString& id, QObject* context, StatusCallback done)
{
    return m_admin->sendStatus(
        HttpRequest::withoutBody("DELETE",
                                 m_admin->adminUrl(QStringLiteral("components/") + KeycloakAdmin::segment(id)),
                                 tr("Could not delete the key provider")),
        manageRealm, context, std::move(done));
}

} // namespace custos
