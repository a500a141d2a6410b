#include "core/auth/TokenEndpoint.h"

#include "core/common/Clock.h"
#include "core/http/HttpClient.h"
#include "core/http/HttpErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace custos {

TokenEndpoint::TokenEndpoint(HttpClient* http, ProviderMetadata metadata, QString clientId, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_metadata(std::move(metadata))
    , m_clientId(std::move(clientId))
{
}

PendingCall TokenEndpoint::exchangeCode(const QString& code, const QByteArray& verifier, const QString& redirectUri,
                                        QObject* context, TokensCallback done)
{
    return requestTokens({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("redirect_uri"), redirectUri},
                          {QStringLiteral("client_id"), m_clientId},
                          {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}},
                         tr("Could not complete the sign-in"), context, std::move(done));
}

PendingCall TokenEndpoint::refresh(const QByteArray& refreshToken, QObject* context, TokensCallback done)
{
    return requestTokens({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                          {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
                          {QStringLiteral("client_id"), m_clientId}},
                         tr("Could not renew your session"), context, std::move(done));
}

PendingCall TokenEndpoint::requestTokens(const QList<QPair<QString, QString>>& form, const QString& what,
                                         QObject* context, TokensCallback done)
{
    const auto request = HttpRequest::postForm(m_metadata.tokenEndpoint, form, what);
    return m_http->send(request, context, [request, done = std::move(done)](const Result<HttpResponse>& reply) {
        if (!reply.ok())
            return done(reply.error());
        if (!reply->isSuccess()) {
            Error error = errorFromResponse(request, reply.value());
            const QString code = QJsonDocument::fromJson(reply->body).object().value(u"error").toString();
            if (code == QLatin1String("invalid_grant")) {
                error.kind = Error::Kind::Unauthorized;
                error.why = tr("the server no longer accepts this session (%1)").arg(serverExplanation(reply->body));
                error.action = tr("Sign in again");
            }
            return done(error);
        }
        done(TokenSet::parse(reply->body, Clock::now()));
    });
}

PendingCall TokenEndpoint::revoke(const QByteArray& refreshToken, QObject* context,
                                  std::function<void(const Status&)> done)
{
    if (m_metadata.revocationEndpoint.isEmpty()) {
        done(Error::protocol(tr("Could not revoke your session"), tr("the server offers no revocation endpoint")));
        return {};
    }
    const auto request = HttpRequest::postForm(m_metadata.revocationEndpoint,
                                               {{QStringLiteral("token"), QString::fromLatin1(refreshToken)},
                                                {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
                                                {QStringLiteral("client_id"), m_clientId}},
                                               tr("Could not revoke your session"));
    return m_http->send(request, context, [request, done = std::move(done)](const Result<HttpResponse>& reply) {
        if (!reply.ok())
            return done(reply.error());
        if (!reply->isSuccess())
            return done(errorFromResponse(request, reply.value()));
        done(success());
    });
}

} // namespace custos
