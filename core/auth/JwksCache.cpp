#include "core/auth/JwksCache.h"

#include "core/auth/Jwt.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/http/HttpClient.h"
#include "core/http/HttpErrors.h"

#include <QDateTime>
#include <QMetaObject>
#include <utility>

namespace custos {
namespace {

// Keycloak's key sets are a few KiB; anything near this is not a key set.
constexpr qint64 maximumJwksBytes = 1024 * 1024;

} // namespace

JwksCache::JwksCache(HttpClient* http, QUrl jwksUri, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_jwksUri(std::move(jwksUri))
{
}

void JwksCache::verify(const QByteArray& token, const IdTokenExpectations& expectations, QObject* context,
                       Callback done)
{
    Q_ASSERT(context);
    proceed(Pending{token, expectations, context, std::move(done), false});
}

void JwksCache::proceed(Pending pending)
{
    const bool stale =
        !m_keys || !m_fetchedAt.isValid() || m_fetchedAt.hasExpired(std::chrono::milliseconds(maximumAge).count());
    if (m_fetching || stale) {
        m_waiting.append(std::move(pending));
        fetch();
        return;
    }
    const Result<Jwt> jwt = Jwt::parse(pending.token);
    if (jwt.ok() && !jwt->keyId().isEmpty() && !m_keys->contains(jwt->keyId()) && !pending.refetched) {
        const bool allowed = !m_lastRefetch.isValid() ||
                             m_lastRefetch.hasExpired(std::chrono::milliseconds(minimumRefetchInterval).count());
        if (allowed) {
            qCInfo(lcAuth).noquote() << "Unknown signing key (" + jwt->describeForLog() +
                                            "); fetching the key set again";
            m_lastRefetch.start();
            pending.refetched = true;
            m_waiting.append(std::move(pending));
            fetch();
            return;
        }
        qCInfo(lcAuth).noquote() << "Unknown signing key (" + jwt->describeForLog() +
                                        "); the key set was refetched moments ago, not asking again";
    }
    deliver(pending, IdTokenVerifier::verify(pending.token, *m_keys, pending.expectations, Clock::now()));
}

void JwksCache::fetch()
{
    if (m_fetching)
        return;
    m_fetching = true;
    HttpRequest request = HttpRequest::get(m_jwksUri, tr("Could not read the identity provider's signing keys"));
    request.maxResponseBytes = maximumJwksBytes;
    m_http->send(request, this, [this, request](const Result<HttpResponse>& response) {
        m_fetching = false;
        Result<Jwks> keys = !response.ok()           ? Result<Jwks>(response.error())
                            : !response->isSuccess() ? Result<Jwks>(errorFromResponse(request, *response))
                                                     : Jwks::parse(response->body);
        const bool fetched = keys.ok();
        if (fetched) {
            qCInfo(lcAuth).noquote() << "Fetched" << keys->keys().size() << "signing keys from"
                                     << m_jwksUri.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
            m_keys = std::move(keys).value();
            m_fetchedAt.start();
        } else {
            qCWarning(lcAuth).noquote() << "Could not fetch the signing keys:" << keys.error().why;
        }
        const QList<Pending> waiting = std::exchange(m_waiting, {});
        for (const Pending& pending : waiting) {
            if (fetched)
                proceed(pending);
            else
                deliver(pending, keys.error());
        }
    });
}

void JwksCache::deliver(const Pending& pending, const Result<IdTokenClaims>& result)
{
    if (!pending.context)
        return;
    // Always queued, so callers never see the callback run inside their own verify() call.
    QMetaObject::invokeMethod(
        pending.context, [done = pending.done, result] { done(result); }, Qt::QueuedConnection);
}

} // namespace custos
