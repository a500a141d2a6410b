#pragma once

#include "core/common/Result.h"
#include "core/http/HttpRequest.h"
#include "core/http/PendingCall.h"
#include "core/platform/PlatformTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace custos {

class ApiClient;

// A filter and a page of the tenant list.
struct TenantQuery
{
    QString search; // substring of slug, name or admin e-mail
    QString status; // active, suspended, or empty for both
    int limit = 50; // 1–200
    QString cursor; // next_cursor of the previous page
};

// A certificate to stage: a PEM chain with its key, or a PKCS#12 file. It carries the private key and its
// password on their way to the platform; nothing here is ever logged or put in the ledger.
struct CertificateUpload
{
    enum class Format { Pem, Pkcs12 };
    Format format = Format::Pem;
    QByteArray chainPem;
    QByteArray keyPem;
    QByteArray keyPassword; // for an encrypted PEM key; may be empty
    QByteArray pkcs12;      // the file's bytes (sent base64-encoded)
    QByteArray pkcs12Password;

    [[nodiscard]] QJsonObject toJson() const;
};

// The typed client of the Platform Admin API v1 (devstack/platform/openapi.yaml) over ApiClient, with the same
// bearer token as Keycloak (the realm's access token carries audience platform-api).
// - Every POST carries an Idempotency-Key. Pass the same key for one logical attempt (a retry of it is then
//   answered with the first answer instead of acting twice); an empty key gets a fresh random one.
// - Changes to a tenant send If-Match with the ETag of a prior read.
// - Errors come from the RFC 9457 problem details: what, why (the server's detail and trace id), action (the
//   platform role a 403 needs; what a 409, 412 or 428 means).
class PlatformApi : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;
    using StatusCallback = std::function<void(const Status&)>;

    // `serviceRoot` is the profile's platformUrl; the API lives under <serviceRoot>/api/v1.
    PlatformApi(ApiClient* api, const QUrl& serviceRoot, QObject* parent = nullptr);

    void setServiceRoot(const QUrl& serviceRoot) { m_root = serviceRoot; }
    [[nodiscard]] QUrl serviceRoot() const { return m_root; }
    [[nodiscard]] bool isConfigured() const { return m_root.isValid() && !m_root.isEmpty(); }
    // A fresh random Idempotency-Key for one logical attempt.
    [[nodiscard]] static QByteArray newIdempotencyKey();

    PendingCall me(QObject* context, Callback<PlatformIdentity> done);

    PendingCall tenants(const TenantQuery& query, QObject* context, Callback<TenantPage> done);
    PendingCall tenant(const QString& tenantId, QObject* context, Callback<VersionedTenant> done);
    // The tenant with exactly this slug, if any (a search, then an exact match).
    PendingCall tenantBySlug(const QString& slug, QObject* context, Callback<std::optional<Tenant>> done);
    PendingCall createTenant(const TenantDraft& draft, const QByteArray& idempotencyKey, QObject* context,
                             Callback<VersionedTenant> done);
    // A JSON merge patch (RFC 7396): absent members unchanged, null clears admin_email or keycloak_organization_id.
    PendingCall updateTenant(const QString& tenantId, const QJsonObject& mergePatch, const QByteArray& etag,
                             QObject* context, Callback<VersionedTenant> done);
    // `etag` may be empty (the platform then does not check the version).
    PendingCall suspendTenant(const QString& tenantId, const QByteArray& etag, const QByteArray& idempotencyKey,
                              QObject* context, Callback<VersionedTenant> done);
    PendingCall reactivateTenant(const QString& tenantId, const QByteArray& etag, const QByteArray& idempotencyKey,
                                 QObject* context, Callback<VersionedTenant> done);
    PendingCall deleteTenant(const QString& tenantId, const QByteArray& etag, QObject* context, StatusCallback done);

    // All platform certificates, or those in one state ("staged", "active", "archived").
    PendingCall platformCertificates(const QString& state, QObject* context, Callback<QList<PlatformCertificate>> done);
    PendingCall platformCertificate(const QString& certificateId, QObject* context, Callback<PlatformCertificate> done);
    PendingCall stagePlatformCertificate(const CertificateUpload& upload, const QByteArray& idempotencyKey,
                                         QObject* context, Callback<PlatformCertificate> done);
    PendingCall activatePlatformCertificate(const QString& certificateId, const QByteArray& idempotencyKey,
                                            QObject* context, Callback<PlatformCertificate> done);
    PendingCall restorePlatformCertificate(const QString& certificateId, const QByteArray& idempotencyKey,
                                           QObject* context, Callback<PlatformCertificate> done);
    PendingCall discardPlatformCertificate(const QString& certificateId, QObject* context, StatusCallback done);

    PendingCall tenantCaCertificates(const QString& tenantId, QObject* context,
                                     Callback<QList<TenantCaCertificate>> done);
    PendingCall stageTenantCaCertificate(const QString& tenantId, const QString& label, const QByteArray& pem,
                                         const QByteArray& idempotencyKey, QObject* context,
                                         Callback<TenantCaCertificate> done);
    PendingCall activateTenantCaCertificate(const QString& tenantId, const QString& certificateId,
                                            const QByteArray& idempotencyKey, QObject* context,
                                            Callback<TenantCaCertificate> done);
    PendingCall deleteTenantCaCertificate(const QString& tenantId, const QString& certificateId, QObject* context,
                                          StatusCallback done);

    // One page of the audit feed after `cursor` (empty: from the start), oldest first.
    PendingCall auditEvents(const QString& cursor, int limit, QObject* context, Callback<PlatformAuditPage> done);
    PendingCall auditHeads(QObject* context, Callback<QList<PlatformAuditHead>> done);

private:
    [[nodiscard]] QUrl apiUrl(const QString& path, const QUrlQuery& query = {}) const;
    PendingCall call(HttpRequest request, const QString& requiredRole, QObject* context,
                     std::function<void(const Result<HttpResponse>&)> done);
    PendingCall callJson(HttpRequest request, const QString& requiredRole, QObject* context,
                         std::function<void(const Result<QJsonObject>&, const HttpResponse&)> done);
    PendingCall callTenant(HttpRequest request, const QString& requiredRole, QObject* context,
                           Callback<VersionedTenant> done);
    PendingCall callStatus(HttpRequest request, const QString& requiredRole, QObject* context, StatusCallback done);
    PendingCall changeTenantStatus(const QString& tenantId, const QString& verb, const QString& what,
                                   const QByteArray& etag, const QByteArray& idempotencyKey, QObject* context,
                                   Callback<VersionedTenant> done);
    PendingCall promoteCertificate(const QString& certificateId, const QString& verb, const QString& what,
                                   const QByteArray& idempotencyKey, QObject* context,
                                   Callback<PlatformCertificate> done);

    ApiClient* m_api;
    QUrl m_root;
};

} // namespace custos
