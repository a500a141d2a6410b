#pragma once

#include "core/auth/IdTokenVerifier.h"
#include "core/auth/Jwks.h"
#include "core/common/Result.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

namespace custos {

class HttpClient;

// The identity provider's signing keys from `jwks_uri`, fetched on first use and kept for an hour. A token
// signed with an unknown `kid` (the realm rotated its keys) triggers one refetch, at most once per 30 seconds,
// so a stream of forged kids cannot turn Custos into a load generator against Keycloak.
class JwksCache : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<IdTokenClaims>&)>;

    static constexpr std::chrono::seconds minimumRefetchInterval{30};
    // Keys removed from the realm (say after a compromise) stop being trusted within this time.
    static constexpr std::chrono::hours maximumAge{1};

    JwksCache(HttpClient* http, QUrl jwksUri, QObject* parent = nullptr);

    // Fetches the keys if needed and verifies `token` with IdTokenVerifier against the current time.
    // `done` runs once, always later on the event loop, unless `context` is destroyed first.
    void verify(const QByteArray& token, const IdTokenExpectations& expectations, QObject* context, Callback done);

private:
    struct Pending
    {
        QByteArray token;
        IdTokenExpectations expectations;
        QPointer<QObject> context;
        Callback done;
        bool refetched = false;
    };

    void proceed(Pending pending);
    void fetch();
    static void deliver(const Pending& pending, const Result<IdTokenClaims>& result);

    HttpClient* m_http;
    QUrl m_jwksUri;
    std::optional<Jwks> m_keys;
    QElapsedTimer m_fetchedAt;
    QElapsedTimer m_lastRefetch;
    bool m_fetching = false;
    QList<Pending> m_waiting;
};

} // namespace custos
