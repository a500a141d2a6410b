#include "core/platform/PlatformApi.h"

#include "core/crypto/Random.h"
#include "core/http/ApiClient.h"
#include "core/platform/PlatformProblem.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace custos {
namespace {

// The platform roles each kind of call needs, as a 403's action names them (openapi.yaml's table).
const QString readTenants = QStringLiteral("cpi-admin, viewer, or tenant-admin of this tenant");
const QString writeTenants = QStringLiteral("cpi-admin");
const QString readPlatformCertificates = QStringLiteral("cpi-admin or viewer");
const QString writePlatformCertificates = QStringLiteral("cpi-admin");
const QString writeTenantCa = QStringLiteral("cpi-admin, or tenant-admin of this tenant");
const QString readAudit = QStringLiteral("cpi-admin, viewer, or tenant-admin (own tenant)");

QString segment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

HttpRequest post(const QUrl& url, const QJsonObject& body, const QByteArray& idempotencyKey, const QString& what)
{
    HttpRequest request = HttpRequest::sendJson("POST", url, QJsonDocument(body), what);
    request.setHeader("Idempotency-Key", idempotencyKey.isEmpty() ? PlatformApi::newIdempotencyKey() : idempotencyKey);
    return request;
}

Error notJson(const QString& what, int status)
{
    return Error::protocol(
               what, QCoreApplication::translate("custos::PlatformApi", "the platform's answer is not a JSON object"),
               QCoreApplication::translate("custos::PlatformApi",
                                           "Check that the profile's platform URL points at a Platform Admin API v1"))
        .withHttpStatus(status);
}

// A callJson callback that reads the object with `read` and hands `done` the result.
template <typename T>
std::function<void(const Result<QJsonObject>&, const HttpResponse&)> reading(Result<T> (*read)(const QJsonObject&),
                                                                             std::function<void(const Result<T>&)> done)
{
    return [read, done = std::move(done)](const Result<QJsonObject>& object, const HttpResponse&) {
        if (!object.ok())
            return done(object.error());
        done(read(object.value()));
    };
}

} // namespace

QJsonObject CertificateUpload::toJson() const
{
    if (format == Format::Pkcs12) {
        return QJsonObject{{QStringLiteral("format"), QStringLiteral("pkcs12")},
                           {QStringLiteral("pkcs12"), QString::fromLatin1(pkcs12.toBase64())},
                           {QStringLiteral("password"), pkcs12Password.isEmpty()
                                                            ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(QString::fromUtf8(pkcs12Password))}};
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("pem")},
                       {QStringLiteral("certificate_chain_pem"), QString::fromLatin1(chainPem)},
                       {QStringLiteral("private_key_pem"), QString::fromLatin1(keyPem)},
                       {QStringLiteral("private_key_password"), keyPassword.isEmpty()
                                                                    ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(QString::fromUtf8(keyPassword))}};
}

PlatformApi::PlatformApi(ApiClient* api, const QUrl& serviceRoot, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_root(serviceRoot)
{
}

QByteArray PlatformApi::newIdempotencyKey()
{
    return randomToken(24);
}

QUrl PlatformApi::apiUrl(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_root;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1/") + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

PendingCall PlatformApi::call(HttpRequest request, const QString& requiredRole, QObject* context,
                              std::function<void(const Result<HttpResponse>&)> done)
{
    if (!isConfigured()) {
        done(Error::invalid(request.what, tr("this profile has no platform URL"),
                            tr("Add \"platformUrl\" to the profile")));
        return {};
    }
    // Problem details carry what the generic HTTP errors lose: the reason, the trace id, the current ETag.
    request.callerReadsErrors = true;
    const HttpRequest sent = request;
    return m_api->send(request, context,
                       [sent, requiredRole, done = std::move(done)](const Result<HttpResponse>& reply) {
                           if (!reply.ok())
                               return done(reply.error());
                           if (!reply->isSuccess())
                               return done(platformError(sent, reply.value(), requiredRole));
                           done(reply);
                       });
}

PendingCall PlatformApi::callJson(HttpRequest request, const QString& requiredRole, QObject* context,
                                  std::function<void(const Result<QJsonObject>&, const HttpResponse&)> done)
{
    const QString what = request.what;
    return call(std::move(request), requiredRole, context,
                [what, done = std::move(done)](const Result<HttpResponse>& reply) {
                    if (!reply.ok())
                        return done(reply.error(), HttpResponse{});
                    const QJsonDocument document = QJsonDocument::fromJson(reply->body);
                    if (!document.isObject())
                        return done(notJson(what, reply->status), reply.value());
                    done(document.object(), reply.value());
                });
}

PendingCall PlatformApi::callTenant(HttpRequest request, const QString& requiredRole, QObject* context,
                                    Callback<VersionedTenant> done)
{
    return callJson(std::move(request), requiredRole, context,
                    [done = std::move(done)](const Result<QJsonObject>& object, const HttpResponse& response) {
                        if (!object.ok())
                            return done(object.error());
                        auto tenant = Tenant::fromJson(object.value());
                        if (!tenant.ok())
                            return done(tenant.error());
                        done(VersionedTenant{std::move(tenant).value(), response.header("ETag")});
                    });
}

PendingCall PlatformApi::callStatus(HttpRequest request, const QString& requiredRole, QObject* context,
                                    StatusCallback done)
{
    return call(std::move(request), requiredRole, context, [done = std::move(done)](const Result<HttpResponse>& reply) {
        done(reply.ok() ? Status(success()) : Status(reply.error()));
    });
}

PendingCall PlatformApi::me(QObject* context, Callback<PlatformIdentity> done)
{
    return callJson(HttpRequest::get(apiUrl(QStringLiteral("me")), tr("Could not read who you are on the platform")),
                    {}, context, reading(&PlatformIdentity::fromJson, std::move(done)));
}

PendingCall PlatformApi::tenants(const TenantQuery& query, QObject* context, Callback<TenantPage> done)
{
    QUrlQuery params;
    if (!query.search.isEmpty())
        params.addQueryItem(QStringLiteral("q"), segment(query.search));
    if (!query.status.isEmpty())
        params.addQueryItem(QStringLiteral("status"), segment(query.status));
    params.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(query.limit, 1, 200)));
    if (!query.cursor.isEmpty())
        params.addQueryItem(QStringLiteral("cursor"), segment(query.cursor));
    return callJson(HttpRequest::get(apiUrl(QStringLiteral("tenants"), params), tr("Could not read the tenants")),
                    readTenants, context, reading(&TenantPage::fromJson, std::move(done)));
}

PendingCall PlatformApi::tenant(const QString& tenantId, QObject* context, Callback<VersionedTenant> done)
{
    return callTenant(
        HttpRequest::get(apiUrl(QStringLiteral("tenants/") + segment(tenantId)), tr("Could not read the tenant")),
        readTenants, context, std::move(done));
}

PendingCall PlatformApi::tenantBySlug(const QString& slug, QObject* context, Callback<std::optional<Tenant>> done)
{
    // The search is a substring match over slug, name and e-mail: 200 results cover any realistic overlap.
    return tenants(TenantQuery{slug, {}, 200, {}}, context,
                   [slug, done = std::move(done)](const Result<TenantPage>& page) {
                       if (!page.ok())
                           return done(page.error());
                       for (const Tenant& tenant : page->items)
                           if (tenant.slug == slug)
                               return done(std::optional<Tenant>(tenant));
                       done(std::optional<Tenant>());
                   });
}

PendingCall PlatformApi::createTenant(const TenantDraft& draft, const QByteArray& idempotencyKey, QObject* context,
                                      Callback<VersionedTenant> done)
{
    return callTenant(post(apiUrl(QStringLiteral("tenants")), draft.toJson(), idempotencyKey,
                           tr("Could not create the tenant %1 on the platform").arg(draft.slug)),
                      writeTenants, context, std::move(done));
}

PendingCall PlatformApi::updateTenant(const QString& tenantId, const QJsonObject& mergePatch, const QByteArray& etag,
                                      QObject* context, Callback<VersionedTenant> done)
{
    HttpRequest request = HttpRequest::sendJson("PATCH", apiUrl(QStringLiteral("tenants/") + segment(tenantId)),
                                                QJsonDocument(mergePatch), tr("Could not update the tenant"));
    request.setHeader("Content-Type", "application/merge-patch+json");
    request.setHeader("If-Match", etag);
    return callTenant(std::move(request), writeTenants, context, std::move(done));
}

PendingCall PlatformApi::changeTenantStatus(const QString& tenantId, const QString& verb, const QString& what,
                                            const QByteArray& etag, const QByteArray& idempotencyKey, QObject* context,
                                            Callback<VersionedTenant> done)
{
    HttpRequest request =
        HttpRequest::withoutBody("POST", apiUrl(QStringLiteral("tenants/") + segment(tenantId) + u'/' + verb), what);
    request.setHeader("Idempotency-Key", idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey);
    if (!etag.isEmpty())
        request.setHeader("If-Match", etag);
    return callTenant(std::move(request), writeTenants, context, std::move(done));
}

PendingCall PlatformApi::suspendTenant(const QString& tenantId, const QByteArray& etag,
                                       const QByteArray& idempotencyKey, QObject* context,
                                       Callback<VersionedTenant> done)
{
    return changeTenantStatus(tenantId, QStringLiteral("suspend"), tr("Could not suspend the tenant"), etag,
                              idempotencyKey, context, std::move(done));
}

PendingCall PlatformApi::reactivateTenant(const QString& tenantId, const QByteArray& etag,
                                          const QByteArray& idempotencyKey, QObject* context,
                                          Callback<VersionedTenant> done)
{
    return changeTenantStatus(tenantId, QStringLiteral("reactivate"), tr("Could not reactivate the tenant"), etag,
                              idempotencyKey, context, std::move(done));
}

PendingCall PlatformApi::deleteTenant(const QString& tenantId, const QByteArray& etag, QObject* context,
                                      StatusCallback done)
{
    HttpRequest request = HttpRequest::withoutBody("DELETE", apiUrl(QStringLiteral("tenants/") + segment(tenantId)),
                                                   tr("Could not delete the tenant"));
    request.setHeader("If-Match", etag);
    return callStatus(std::move(request), writeTenants, context, std::move(done));
}

PendingCall PlatformApi::platformCertificates(const QString& state, QObject* context,
                                              Callback<QList<PlatformCertificate>> done)
{
    QUrlQuery params;
    if (!state.isEmpty())
        params.addQueryItem(QStringLiteral("state"), segment(state));
    return callJson(HttpRequest::get(apiUrl(QStringLiteral("platform-certificates"), params),
                                     tr("Could not read the platform certificates")),
                    readPlatformCertificates, context, reading(&PlatformCertificate::listFromJson, std::move(done)));
}

PendingCall PlatformApi::platformCertificate(const QString& certificateId, QObject* context,
                                             Callback<PlatformCertificate> done)
{
    return callJson(HttpRequest::get(apiUrl(QStringLiteral("platform-certificates/") + segment(certificateId)),
                                     tr("Could not read the platform certificate")),
                    readPlatformCertificates, context, reading(&PlatformCertificate::fromJson, std::move(done)));
}

PendingCall PlatformApi::stagePlatformCertificate(const CertificateUpload& upload, const QByteArray& idempotencyKey,
                                                  QObject* context, Callback<PlatformCertificate> done)
{
    return callJson(post(apiUrl(QStringLiteral("platform-certificates")), upload.toJson(), idempotencyKey,
                         tr("Could not stage the certificate")),
                    writePlatformCertificates, context, reading(&PlatformCertificate::fromJson, std::move(done)));
}

PendingCall PlatformApi::promoteCertificate(const QString& certificateId, const QString& verb, const QString& what,
                                            const QByteArray& idempotencyKey, QObject* context,
                                            Callback<PlatformCertificate> done)
{
    HttpRequest request = HttpRequest::withoutBody(
        "POST", apiUrl(QStringLiteral("platform-certificates/") + segment(certificateId) + u'/' + verb), what);
    request.setHeader("Idempotency-Key", idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey);
    return callJson(std::move(request), writePlatformCertificates, context,
                    reading(&PlatformCertificate::fromJson, std::move(done)));
}

PendingCall PlatformApi::activatePlatformCertificate(const QString& certificateId, const QByteArray& idempotencyKey,
                                                     QObject* context, Callback<PlatformCertificate> done)
{
    return promoteCertificate(certificateId, QStringLiteral("activate"), tr("Could not activate the certificate"),
                              idempotencyKey, context, std::move(done));
}

PendingCall PlatformApi::restorePlatformCertificate(const QString& certificateId, const QByteArray& idempotencyKey,
                                                    QObject* context, Callback<PlatformCertificate> done)
{
    return promoteCertificate(certificateId, QStringLiteral("restore"), tr("Could not restore the certificate"),
                              idempotencyKey, context, std::move(done));
}

PendingCall PlatformApi::discardPlatformCertificate(const QString& certificateId, QObject* context, StatusCallback done)
{
    return callStatus(
        HttpRequest::withoutBody("DELETE", apiUrl(QStringLiteral("platform-certificates/") + segment(certificateId)),
                                 tr("Could not discard the staged certificate")),
        writePlatformCertificates, context, std::move(done));
}

PendingCall PlatformApi::tenantCaCertificates(const QString& tenantId, QObject* context,
                                              Callback<QList<TenantCaCertificate>> done)
{
    return callJson(
        HttpRequest::get(apiUrl(QStringLiteral("tenants/") + segment(tenantId) + QStringLiteral("/ca-certificates")),
                         tr("Could not read the tenant's CA certificates")),
        readTenants, context, reading(&TenantCaCertificate::listFromJson, std::move(done)));
}

PendingCall PlatformApi::stageTenantCaCertificate(const QString& tenantId, const QString& label, const QByteArray& pem,
                                                  const QByteArray& idempotencyKey, QObject* context,
                                                  Callback<TenantCaCertificate> done)
{
    const QJsonObject body{{QStringLiteral("label"), label},
                           {QStringLiteral("certificate_pem"), QString::fromLatin1(pem)}};
    return callJson(post(apiUrl(QStringLiteral("tenants/") + segment(tenantId) + QStringLiteral("/ca-certificates")),
                         body, idempotencyKey, tr("Could not stage the tenant's CA certificate")),
                    writeTenantCa, context, reading(&TenantCaCertificate::fromJson, std::move(done)));
}

PendingCall PlatformApi::activateTenantCaCertificate(const QString& tenantId, const QString& certificateId,
                                                     const QByteArray& idempotencyKey, QObject* context,
                                                     Callback<TenantCaCertificate> done)
{
    HttpRequest request = HttpRequest::withoutBody("POST",
                                                   apiUrl(QStringLiteral("tenants/") + segment(tenantId) +
                                                          QStringLiteral("/ca-certificates/") + segment(certificateId) +
                                                          QStringLiteral("/activate")),
                                                   tr("Could not activate the tenant's CA certificate"));
    request.setHeader("Idempotency-Key", idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey);
    return callJson(std::move(request), writeTenantCa, context,
                    reading(&TenantCaCertificate::fromJson, std::move(done)));
}

PendingCall PlatformApi::deleteTenantCaCertificate(const QString& tenantId, const QString& certificateId,
                                                   QObject* context, StatusCallback done)
{
    return callStatus(HttpRequest::withoutBody("DELETE",
                                               apiUrl(QStringLiteral("tenants/") + segment(tenantId) +
                                                      QStringLiteral("/ca-certificates/") + segment(certificateId)),
                                               tr("Could not delete the tenant's CA certificate")),
                      writeTenantCa, context, std::move(done));
}

PendingCall PlatformApi::auditEvents(const QString& cursor, int limit, QObject* context,
                                     Callback<PlatformAuditPage> done)
{
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 500)));
    if (!cursor.isEmpty())
        params.addQueryItem(QStringLiteral("cursor"), segment(cursor));
    return callJson(HttpRequest::get(apiUrl(QStringLiteral("audit/events"), params),
                                     tr("Could not read the platform's audit feed")),
                    readAudit, context, reading(&PlatformAuditPage::fromJson, std::move(done)));
}

PendingCall PlatformApi::auditHeads(QObject* context, Callback<QList<PlatformAuditHead>> done)
{
    return callJson(
        HttpRequest::get(apiUrl(QStringLiteral("audit/heads")), tr("Could not read the platform's audit chain heads")),
        readAudit, context, reading(&PlatformAuditHead::listFromJson, std::move(done)));
}

} // namespace custos
