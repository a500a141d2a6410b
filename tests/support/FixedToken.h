#pragma once

#include "core/http/AccessTokenSource.h"

namespace custos::test {

// A bearer token that never changes and refreshes at once: for an ApiClient talking to an in-process fake server.
class FixedToken : public AccessTokenSource
{
public:
    [[nodiscard]] QByteArray accessToken() const override { return "token"; }
    void refreshAccessToken(QObject*, std::function<void(const Status&)> done) override { done(success()); }
};

} // namespace custos::test
