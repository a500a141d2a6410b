#pragma once

#include "core/common/Result.h"

#include <QTest>
#include <functional>
#include <optional>

namespace custos::test {

// Starts an asynchronous call with a `done` callback and processes events until it answered (or `timeoutMs`
// passed, which is reported as a Timeout error). `start` receives the callback to pass on.
template <typename T, typename Start> Result<T> await(Start start, int timeoutMs = 60000)
{
    std::optional<Result<T>> result;
    start([&result](const Result<T>& answer) { result.emplace(answer); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return Error::timeout(QStringLiteral("The test's call did not finish"),
                              QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000));
    return *result;
}

// The same for calls that only succeed or fail.
inline Status awaitStatus(const std::function<void(std::function<void(const Status&)>)>& start, int timeoutMs = 60000)
{
    return await<Done>([&](auto done) { start([done](const Status& status) { done(status); }); }, timeoutMs);
}

} // namespace custos::test
