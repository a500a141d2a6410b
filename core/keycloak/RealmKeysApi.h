#pragma once

#include "core/common/Result.h"
#include "core/http/PendingCall.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <functional>

namespace custos {

class KeycloakAdmin;

// One key of the realm (GET .../keys).
struct RealmKey
{
    QString providerId; // the component id of the key provider
    qint64 providerPriority = 0;
    QString kid;
    QString status;            // ACTIVE (signs), PASSIVE (verifies only), DISABLED
    QString type;              // RSA, EC, OCT, OKP
    QString algorithm;         // RS256, RSA-OAEP, HS512…
    QString use;               // SIG, ENC
    QByteArray certificateDer; // empty for symmetric keys
    QDateTime validTo;         // when Keycloak reports it

    [[nodiscard]] bool isActive() const { return status == u"ACTIVE"; }
};

struct RealmKeys
{
    QHash<QString, QString> activeKids; // algorithm → kid of the key that signs
    QList<RealmKey> keys;

    [[nodiscard]] static Result<RealmKeys> fromJson(const QJsonObject& object);
};

// A key provider: a component of type org.keycloak.keys.KeyProvider. Config values are string arrays.
struct KeyProvider
{
    QString id;
    QString name;
    QString providerId; // rsa-generated, ecdsa-generated, hmac-generated…
    QString parentId;   // the realm's id
    QJsonObject config;
    QJsonObject raw;

    [[nodiscard]] QString configValue(const QString& key) const;
    void setConfigValue(const QString& key, const QString& value);
    [[nodiscard]] qint64 priority() const { return configValue(QStringLiteral("priority")).toLongLong(); }
    // Absent means true, as Keycloak reads it.
    [[nodiscard]] bool isActive() const { return configValue(QStringLiteral("active")) != u"false"; }
    [[nodiscard]] bool isEnabled() const { return configValue(QStringLiteral("enabled")) != u"false"; }
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] static Result<KeyProvider> fromJson(const QJsonObject& object);
    [[nodiscard]] static Result<QList<KeyProvider>> listFromJson(const QJsonValue& value);
};

// A new generated key provider (the first step of a rotation).
struct KeyProviderDraft
{
    QString name;
    QString providerId = QStringLiteral("rsa-generated");
    qint64 priority = 0;
    int keySize = 2048;
    QString algorithm = QStringLiteral("RS256");

    [[nodiscard]] QJsonObject toJson(const QString& realmId) const;
};

// The realm's keys and key providers (view-realm to read, manage-realm to change).
class RealmKeysApi : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;
    using StatusCallback = std::function<void(const Status&)>;

    static inline const QString keyProviderType = QStringLiteral("org.keycloak.keys.KeyProvider");

    explicit RealmKeysApi(KeycloakAdmin* admin, QObject* parent = nullptr);

    PendingCall keys(QObject* context, Callback<RealmKeys> done);
    PendingCall providers(QObject* context, Callback<QList<KeyProvider>> done);
    PendingCall provider(const QString& id, QObject* context, Callback<KeyProvider> done);
    // The realm's id (a component's parentId), read once per realm.
    PendingCall realmId(QObject* context, Callback<QString> done);
    // The new provider's component id; the realm id is looked up first.
    void createProvider(const KeyProviderDraft& draft, QObject* context, Callback<QString> done);
    PendingCall updateProvider(const KeyProvider& provider, QObject* context, StatusCallback done);
    PendingCall removeProvider(const QString& id, QObject* context, StatusCallback done);

private:
    KeycloakAdmin* m_admin;
    QString m_realmId;
};

} // namespace custos
