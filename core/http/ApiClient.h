#pragma once

#include "core/common/Result.h"
#include "core/http/HttpRequest.h"
#include "core/http/PendingCall.h"

#include <QObject>
#include <chrono>
#include <functional>

namespace custos {

class AccessTokenSource;
class HttpClient;

// Calls a bearer-protected JSON API (Keycloak Admin REST, the Platform Admin API).
// - adds the access token; on 401 refreshes once and retries once;
// - retries idempotent requests after a timeout, a connection failure or a 5xx, with backoff; never a POST
//   unless it carries an Idempotency-Key;
// - turns every non-2xx answer into an Error the UI can show.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<HttpResponse>&)>;

    ApiClient(HttpClient* http, AccessTokenSource* tokens, QObject* parent = nullptr);

    // Delays before each retry of an idempotent request; the count is the number of retries.
    void setRetryDelays(QList<std::chrono::milliseconds> delays) { m_retryDelays = std::move(delays); }

    PendingCall send(const HttpRequest& request, QObject* context, Callback done);

private:
    HttpClient* m_http;
    AccessTokenSource* m_tokens;
    QList<std::chrono::milliseconds> m_retryDelays{std::chrono::milliseconds(300), std::chrono::milliseconds(1200)};
};

} // namespace custos
