#include "core/auth/ProviderMetadata.h"

#include "core/http/HttpClient.h"
#include "core/http/HttpErrors.h"
#include "core/http/TransportPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos {
namespace {

struct ProviderMetadataText
{
    Q_DECLARE_TR_FUNCTIONS(custos::ProviderMetadata)
};

} // namespace

Result<ProviderMetadata> ProviderMetadata::parse(const QByteArray& document, const QUrl& expectedIssuer)
{
    const QString what =
        ProviderMetadataText::tr("Could not read the sign-in configuration of %1").arg(expectedIssuer.toString());
    auto bad = [&](const QString& why) {
        return Error::protocol(
            what, why, ProviderMetadataText::tr("Check the issuer URL of the profile; it must be the realm's URL"));
    };
    const QJsonDocument json = QJsonDocument::fromJson(document);
    if (!json.isObject())
        return bad(ProviderMetadataText::tr("the server did not send a JSON document"));
    const QJsonObject object = json.object();

    ProviderMetadata metadata;
    metadata.issuer = object.value(u"issuer").toString();
    // Exact string comparison, as OIDC Discovery §4.3 requires; a trailing slash is a different issuer.
    if (metadata.issuer != expectedIssuer.toString(QUrl::FullyEncoded))
        return bad(ProviderMetadataText::tr("the server calls itself \"%1\", not the issuer of the profile")
                       .arg(metadata.issuer));
    metadata.authorizationEndpoint = QUrl(object.value(u"authorization_endpoint").toString(), QUrl::StrictMode);
    metadata.tokenEndpoint = QUrl(object.value(u"token_endpoint").toString(), QUrl::StrictMode);
    metadata.jwksUri = QUrl(object.value(u"jwks_uri").toString(), QUrl::StrictMode);
    metadata.endSessionEndpoint = QUrl(object.value(u"end_session_endpoint").toString(), QUrl::StrictMode);
    metadata.revocationEndpoint = QUrl(object.value(u"revocation_endpoint").toString(), QUrl::StrictMode);
    metadata.issParameterSupported = object.value(u"authorization_response_iss_parameter_supported").toBool(false);

    for (const QUrl& required : {metadata.authorizationEndpoint, metadata.tokenEndpoint, metadata.jwksUri}) {
        if (!TransportPolicy::allows(required))
            return bad(
                ProviderMetadataText::tr("an endpoint is missing or not https: \"%1\"").arg(required.toString()));
    }
    for (QUrl* optional : {&metadata.endSessionEndpoint, &metadata.revocationEndpoint}) {
        if (!optional->isEmpty() && !TransportPolicy::allows(*optional))
            return bad(ProviderMetadataText::tr("an endpoint is not https: \"%1\"").arg(optional->toString()));
    }
    const QJsonArray methods = object.value(u"code_challenge_methods_supported").toArray();
    if (!methods.contains(QJsonValue(QStringLiteral("S256"))))
        return bad(ProviderMetadataText::tr("the server does not offer PKCE with S256, which Custos requires"));
    return metadata;
}

PendingCall ProviderMetadata::discover(HttpClient* http, const QUrl& issuer, QObject* context,
                                       std::function<void(const Result<ProviderMetadata>&)> done)
{
    QUrl url = issuer;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/.well-known/openid-configuration"));
    const auto request = HttpRequest::get(
        url, ProviderMetadataText::tr("Could not read the sign-in configuration of %1").arg(issuer.toString()));
    return http->send(request, context, [request, issuer, done = std::move(done)](const Result<HttpResponse>& reply) {
        if (!reply.ok())
            return done(reply.error());
        if (!reply->isSuccess())
            return done(errorFromResponse(request, reply.value()));
        done(parse(reply->body, issuer));
    });
}

} // namespace custos
