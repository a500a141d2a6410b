#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QObject>
#include <functional>

namespace custos {

// Where ApiClient gets the bearer token. The signed-in Session implements it; tests use a service account.
class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;

    // The current access token, or empty when there is none.
    [[nodiscard]] virtual QByteArray accessToken() const = 0;

    // Obtain a fresh access token (after a 401). `done` runs exactly once on `context`. Implementations must
    // be single-flight: concurrent callers share one refresh.
    virtual void refreshAccessToken(QObject* context, std::function<void(const Status&)> done) = 0;

    // Whether the token is known to have expired, so a call should renew it before it is sent.
    [[nodiscard]] virtual bool accessTokenStale() const { return false; }
};

} // namespace custos
