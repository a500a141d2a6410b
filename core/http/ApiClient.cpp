#include "core/http/ApiClient.h"

#include "core/common/Logging.h"
#include "core/http/AccessTokenSource.h"
#include "core/http/HttpClient.h"
#include "core/http/HttpErrors.h"

#include <QPointer>
#include <QTimer>

namespace custos {
namespace {

bool isTransient(const Result<HttpResponse>& result)
{
    if (!result.ok()) {
        const auto kind = result.error().kind;
        return kind == Error::Kind::Timeout || kind == Error::Kind::Network;
    }
    return result->status >= 500 || result->status == 429;
}

// One logical API call across its attempts (refresh, retries). Deletes itself when done.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ApiCall(ApiClient* owner, HttpClient* http, AccessTokenSource* tokens, HttpRequest request,
            QList<std::chrono::milliseconds> retryDelays, QObject* context, ApiClient::Callback done)
        : QObject(owner)
        , m_http(http)
        , m_tokens(tokens)
        , m_request(std::move(request))
        , m_retryDelays(std::move(retryDelays))
        , m_context(context)
        , m_done(std::move(done))
    {
        connect(context, &QObject::destroyed, this, [this] {
            m_done = nullptr;
            cancel();
        });
    }

    void start()
    {
        if (!m_tokens || !m_tokens->accessTokenStale())
            return attempt();
        m_tokens->refreshAccessToken(this, [this](const Status& refreshed) {
            if (m_cancelled)
                return;
            // A failed renewal is not final here: the call goes out, and a 401 gets the one refresh-and-retry.
            if (!refreshed.ok())
                qCInfo(lcHttp) << "renewing a stale session failed:" << refreshed.error().why;
            attempt();
        });
    }

    Q_INVOKABLE void cancel()
    {
        if (m_cancelled)
            return;
        m_cancelled = true;
        m_inFlight.cancel();
        Error error;
        error.kind = Error::Kind::Cancelled;
        error.what = m_request.what;
        finish(error);
    }

private:
    void attempt()
    {
        HttpRequest request = m_request;
        const QByteArray token = m_tokens ? m_tokens->accessToken() : QByteArray();
        if (!token.isEmpty())
            request.setHeader("Authorization", "Bearer " + token);
        m_inFlight = m_http->send(request, this, [this](const Result<HttpResponse>& result) { onAnswer(result); });
    }

    void onAnswer(const Result<HttpResponse>& result)
    {
        if (m_cancelled)
            return;
        if (result.ok() && result->status == 401 && !m_refreshed && m_tokens) {
            m_refreshed = true;
            qCInfo(lcHttp) << "401 from" << m_request.url.host() << "- refreshing the session once";
            m_tokens->refreshAccessToken(this, [this](const Status& refreshed) {
                if (m_cancelled)
                    return;
                if (refreshed.ok())
                    attempt();
                else
                    finish(refreshed.error());
            });
            return;
        }
        if (isTransient(result) && m_request.isIdempotent() && m_retries < m_retryDelays.size()) {
            const auto delay = m_retryDelays.at(m_retries++);
            qCInfo(lcHttp) << "retrying" << m_request.method << m_request.url.path() << "in" << delay.count() << "ms";
            QTimer::singleShot(delay, this, [this] {
                if (!m_cancelled)
                    attempt();
            });
            return;
        }
        if (!result.ok()) {
            finish(result.error());
            return;
        }
        if (!result->isSuccess() && !m_request.callerReadsErrors) {
            finish(errorFromResponse(m_request, result.value()));
            return;
        }
        finish(result);
    }

    void finish(const Result<HttpResponse>& result)
    {
        if (m_finished)
            return;
        m_finished = true;
        auto done = std::move(m_done);
        m_done = nullptr;
        if (done && m_context)
            done(result);
        deleteLater();
    }

    HttpClient* m_http;
    AccessTokenSource* m_tokens;
    HttpRequest m_request;
    QList<std::chrono::milliseconds> m_retryDelays;
    QPointer<QObject> m_context;
    ApiClient::Callback m_done;
    PendingCall m_inFlight;
    qsizetype m_retries = 0;
    bool m_refreshed = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace

ApiClient::ApiClient(HttpClient* http, AccessTokenSource* tokens, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
{
}

PendingCall ApiClient::send(const HttpRequest& request, QObject* context, Callback done)
{
    auto* call = new ApiCall(this, m_http, m_tokens, request, m_retryDelays, context, std::move(done));
    call->start();
    return PendingCall(call);
}

} // namespace custos

#include "ApiClient.moc"
