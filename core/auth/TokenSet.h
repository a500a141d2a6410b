#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>

namespace custos {

// Tokens from one token-endpoint answer. Held in memory only; the refresh token alone may go to the keychain.
struct TokenSet
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QByteArray idToken;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt; // invalid when the server did not say
    QString scope;

    // Parses a successful token response (RFC 6749 §5.1); `now` anchors the relative lifetimes.
    [[nodiscard]] static Result<TokenSet> parse(const QByteArray& body, const QDateTime& now);
};

} // namespace custos
