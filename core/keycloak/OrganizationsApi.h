#pragma once

#include "core/common/Result.h"
#include "core/http/PendingCall.h"
#include "core/keycloak/Representations.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace custos {

class KeycloakAdmin;

// A Keycloak organization (a tenant inside the realm, Keycloak 26+), read defensively.
struct Organization
{
    QString id;
    QString name;
    QString alias; // immutable once created; Custos uses the platform tenant's slug
    QString description;
    QString redirectUrl;
    bool enabled = true;
    QStringList domains;
    // The representation as received: an update sends it back with the changes, so nothing is dropped.
    QJsonObject raw;

    [[nodiscard]] static Result<Organization> fromJson(const QJsonObject& object);
    [[nodiscard]] static Result<QList<Organization>> listFromJson(const QJsonValue& value);
};

// What a new organization gets.
struct OrganizationDraft
{
    QString name;
    QString alias;
    QString description;
    QStringList domains;

    [[nodiscard]] QJsonObject toJson() const;
};

// The realm's organizations and their members (Admin REST API .../organizations). Organizations need
// manage-realm (Keycloak 26.0–26.6) or the manage-organizations family (26.7+); a 403 names the older role,
// which every 26.x accepts.
class OrganizationsApi : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;
    using StatusCallback = std::function<void(const Status&)>;

    explicit OrganizationsApi(KeycloakAdmin* admin, QObject* parent = nullptr);

    // One page; `search` matches names and domains (empty: all).
    PendingCall list(const QString& search, int first, int max, QObject* context, Callback<QList<Organization>> done);
    PendingCall get(const QString& id, QObject* context, Callback<Organization> done);
    // The organization with exactly this alias, if any. Keycloak's search does not look at aliases, so this
    // pages through the organizations (several calls, so there is no single PendingCall to return).
    void findByAlias(const QString& alias, QObject* context, Callback<std::optional<Organization>> done);
    // The new organization's id (from Location). An alias or name in use is Conflict.
    PendingCall create(const OrganizationDraft& draft, QObject* context, Callback<QString> done);
    // PUT with the whole representation (`organization.raw` with the changed fields applied).
    PendingCall update(const Organization& organization, QObject* context, StatusCallback done);
    PendingCall remove(const QString& id, QObject* context, StatusCallback done);

    PendingCall members(const QString& organizationId, const QString& search, int first, int max, QObject* context,
                        Callback<QList<KeycloakUser>> done);
    PendingCall addMember(const QString& organizationId, const QString& userId, QObject* context, StatusCallback done);
    PendingCall removeMember(const QString& organizationId, const QString& userId, QObject* context,
                             StatusCallback done);
    // Sends an invitation e-mail to someone without an account (needs the realm's SMTP settings).
    PendingCall inviteByEmail(const QString& organizationId, const QString& email, const QString& firstName,
                              const QString& lastName, QObject* context, StatusCallback done);

private:
    void findByAliasFrom(const QString& alias, int first, QObject* context, Callback<std::optional<Organization>> done);

    KeycloakAdmin* m_admin;
};

} // namespace custos
