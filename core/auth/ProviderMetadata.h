#pragma once

#include "core/common/Result.h"
#include "core/http/PendingCall.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace custos {

class HttpClient;

// The authorization server's metadata from /.well-known/openid-configuration (OIDC Discovery, RFC 8414).
struct ProviderMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl endSessionEndpoint;
    QUrl revocationEndpoint;
    bool issParameterSupported = false; // RFC 9207

    // Checks the document against the issuer we asked for: an exact `issuer` match (mix-up defence), S256 PKCE,
    // and endpoints that are https (or http on loopback only).
    [[nodiscard]] static Result<ProviderMetadata> parse(const QByteArray& document, const QUrl& expectedIssuer);

    // Fetches and parses the document of `issuer`.
    static PendingCall discover(HttpClient* http, const QUrl& issuer, QObject* context,
                                std::function<void(const Result<ProviderMetadata>&)> done);
};

} // namespace custos
