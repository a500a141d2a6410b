#pragma once

#include "core/auth/ProviderMetadata.h"
#include "core/auth/TokenSet.h"

#include <QObject>

namespace custos {

class HttpClient;

// The public client's calls to the token and revocation endpoints. No client secret: Custos is a public client.
class TokenEndpoint : public QObject
{
    Q_OBJECT
public:
    using TokensCallback = std::function<void(const Result<TokenSet>&)>;

    TokenEndpoint(HttpClient* http, ProviderMetadata metadata, QString clientId, QObject* parent = nullptr);

    PendingCall exchangeCode(const QString& code, const QByteArray& verifier, const QString& redirectUri,
                             QObject* context, TokensCallback done);
    // A refused refresh token (invalid_grant) is Error::Kind::Unauthorized: the operator must sign in again.
    PendingCall refresh(const QByteArray& refreshToken, QObject* context, TokensCallback done);
    // RFC 7009. Success when the server has no revocation endpoint is not claimed: that is an Error.
    PendingCall revoke(const QByteArray& refreshToken, QObject* context, std::function<void(const Status&)> done);

    [[nodiscard]] const ProviderMetadata& metadata() const { return m_metadata; }
    [[nodiscard]] QString clientId() const { return m_clientId; }

private:
    PendingCall requestTokens(const QList<QPair<QString, QString>>& form, const QString& what, QObject* context,
                              TokensCallback done);

    HttpClient* m_http;
    ProviderMetadata m_metadata;
    QString m_clientId;
};

} // namespace custos
