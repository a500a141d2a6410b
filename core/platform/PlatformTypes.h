#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the Platform Admin API v1 answers (devstack/platform/openapi.yaml), read defensively: a wrong type or a
// missing required member is a Protocol error naming the member, never a crash or a silently empty row.
namespace custos {

struct Tenant
{
    QString id; // UUID
    QString slug;
    QString name;
    QString status; // active, suspended
    QString plan;   // free, standard, enterprise
    QString adminEmail;
    QString keycloakOrganizationId;
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] bool isSuspended() const { return status == u"suspended"; }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Tenant> fromJson(const QJsonObject& object);
};

// A tenant with the entity tag of the read that produced it: the If-Match of a later change.
struct VersionedTenant
{
    Tenant tenant;
    QByteArray etag; // "\"v3\"", quotes included, as the server sent it
};

struct TenantPage
{
    QList<Tenant> items;
    qint64 total = 0;
    QString nextCursor; // empty on the last page

    [[nodiscard]] static Result<TenantPage> fromJson(const QJsonObject& object);
};

// What a new tenant gets. normalised() trims, lowercases the slug and e-mail and checks the contract's rules
// locally, so the operator learns about a bad slug before anything is created anywhere.
struct TenantDraft
{
    QString slug;
    QString name;
    QString plan = QStringLiteral("standard");
    QString adminEmail;             // optional
    QString keycloakOrganizationId; // optional

    [[nodiscard]] Result<TenantDraft> normalised() const;
    [[nodiscard]] QJsonObject toJson() const;
};

// The certificate facts the platform reports for platform and tenant CA certificates.
struct CertificateFacts
{
    QString subject;
    QString issuer;
    QString serialNumber;
    QStringList sans; // "DNS:…", "IP:…"
    QDateTime notBefore;
    QDateTime notAfter;
    QString fingerprintSha256; // lowercase hex
    QString keyType;           // RSA, EC, Ed25519, Ed448
    int keyBits = 0;
    QString keyCurve;
    bool selfSigned = false;

    [[nodiscard]] static Result<CertificateFacts> fromJson(const QJsonObject& object, const QString& what);
};

struct PlatformCertificate
{
    enum class State { Staged, Active, Archived };

    QString id;
    State state = State::Staged;
    CertificateFacts facts;
    QStringList chainSubjects; // leaf first
    QDateTime stagedAt;
    QDateTime activatedAt;
    QDateTime archivedAt;
    QString stagedBy;

    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] static Result<PlatformCertificate> fromJson(const QJsonObject& object);
    [[nodiscard]] static Result<QList<PlatformCertificate>> listFromJson(const QJsonObject& page);
};

struct TenantCaCertificate
{
    QString id;
    QString tenantId;
    QString label;
    bool active = false; // staged otherwise
    CertificateFacts facts;
    QDateTime stagedAt;
    QDateTime activatedAt;
    QString certificatePem;

    [[nodiscard]] static Result<TenantCaCertificate> fromJson(const QJsonObject& object);
    [[nodiscard]] static Result<QList<TenantCaCertificate>> listFromJson(const QJsonObject& page);
};

// One event of the platform's audit feed. `raw` is the object exactly as received: the integrity hash is
// computed over it (without prev_hash and integrity_hash), so nothing may be normalised away.
struct PlatformAuditEvent
{
    qint64 id = 0;
    QString actorSub;
    QString actorUsername;
    QString action;
    QString resource;
    QString tenantId; // empty for the platform chain
    QString traceId;
    QString ts; // RFC 3339 with microseconds, hashed as given
    QJsonObject details;
    QString prevHash;
    QString integrityHash;
    QJsonObject raw;

    [[nodiscard]] static Result<PlatformAuditEvent> fromJson(const QJsonObject& object);
};

struct PlatformAuditPage
{
    QList<PlatformAuditEvent> items;
    QString nextCursor; // empty on the last page

    [[nodiscard]] static Result<PlatformAuditPage> fromJson(const QJsonObject& object);
};

// The newest hash of one chain (GET /audit/heads): what a client compares its own head with.
struct PlatformAuditHead
{
    QString tenantId; // empty for the platform chain
    QString headHash;
    qint64 lastEventId = 0;
    qint64 events = 0;

    [[nodiscard]] static Result<QList<PlatformAuditHead>> listFromJson(const QJsonObject& page);
};

// GET /api/v1/me: who the token belongs to for the platform and what it may do there.
struct PlatformIdentity
{
    QString sub;
    QString username;
    QString email;
    QStringList roles;
    QString tenantClaim; // a slug, for a tenant admin
    QString tenantId;    // the tenant the claim names, when it exists
    QStringList permissions;

    [[nodiscard]] bool may(const QString& permission) const { return permissions.contains(permission); }
    [[nodiscard]] static Result<PlatformIdentity> fromJson(const QJsonObject& object);
};

} // namespace custos
