#pragma once

#include "core/common/Result.h"

#include <QTest>
#include <optional>

namespace custos::test {

// Waits on the event loop for an asynchronous call that reports a Result<T> through a callback:
// `call(done)` starts it and `done(result)` ends the wait. A Timeout error when no answer came in time.
template <typename T, typename Call> Result<T> await(Call call, int timeoutMs = 60000)
{
    std::optional<Result<T>> result;
    call([&result](const Result<T>& r) { result.emplace(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return Error{Error::Kind::Timeout, QStringLiteral("test"), QStringLiteral("no answer in time"), {}, 0};
    return *result;
}

} // namespace custos::test
