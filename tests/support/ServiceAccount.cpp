#include "tests/support/ServiceAccount.h"

#include "core/http/HttpClient.h"
#include "core/http/HttpErrors.h"
#include "tests/support/DevStack.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace custos::test {

ServiceAccount::ServiceAccount(HttpClient* http, QUrl tokenEndpoint, QString clientId, QString secret, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_tokenEndpoint(std::move(tokenEndpoint))
    , m_clientId(std::move(clientId))
    , m_secret(std::move(secret))
{
}

ServiceAccount::ServiceAccount(HttpClient* http, const DevStack& stack, QObject* parent)
    : ServiceAccount(http, stack.tokenEndpoint(), stack.value(QStringLiteral("CUSTOS_TEST_CLIENT_ID")),
                     stack.value(QStringLiteral("CUSTOS_TEST_CLIENT_SECRET")), parent)
{
}

void ServiceAccount::refreshAccessToken(QObject* context, std::function<void(const Status&)> done)
{
    // Single-flight like the real session: callers arriving during a refresh wait for the same answer.
    m_waiting.append([context = QPointer<QObject>(context), done = std::move(done)](const Status& status) {
        if (context)
            done(status);
    });
    if (m_refreshing)
        return;
    m_refreshing = true;
    const auto request = HttpRequest::postForm(m_tokenEndpoint,
                                               {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                                {QStringLiteral("client_id"), m_clientId},
                                                {QStringLiteral("client_secret"), m_secret}},
                                               QStringLiteral("Could not get a service-account token"));
    m_http->send(request, this, [this, request](const Result<HttpResponse>& reply) {
        Status status = success();
        if (!reply.ok()) {
            status = reply.error();
        } else if (!reply->isSuccess()) {
            status = errorFromResponse(request, reply.value());
        } else {
            m_accessToken = QJsonDocument::fromJson(reply->body).object().value(u"access_token").toString().toLatin1();
            ++m_refreshCount;
        }
        m_refreshing = false;
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto& callback : waiting)
            callback(status);
    });
}

void ServiceAccount::grant(const QList<QPair<QString, QString>>& fields, QObject* context,
                           std::function<void(const Result<QJsonObject>&)> done)
{
    QList<QPair<QString, QString>> form = fields;
    form.append({QStringLiteral("client_id"), m_clientId});
    form.append({QStringLiteral("client_secret"), m_secret});
    const auto request = HttpRequest::postForm(m_tokenEndpoint, form, QStringLiteral("Token grant"));
    m_http->send(request, context, [request, done = std::move(done)](const Result<HttpResponse>& reply) {
        if (!reply.ok())
            return done(reply.error());
        if (!reply->isSuccess())
            return done(errorFromResponse(request, reply.value()));
        done(QJsonDocument::fromJson(reply->body).object());
    });
}

void ServiceAccount::passwordGrant(const QString& username, const QString& password, QObject* context,
                                   std::function<void(const Result<QJsonObject>&)> done)
{
    grant({{QStringLiteral("grant_type"), QStringLiteral("password")},
           {QStringLiteral("username"), username},
           {QStringLiteral("password"), password},
           {QStringLiteral("scope"), QStringLiteral("openid")}},
          context, std::move(done));
}

} // namespace custos::test
