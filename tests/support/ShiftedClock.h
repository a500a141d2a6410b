#pragma once

#include "core/common/Clock.h"

#include <atomic>

namespace custos::test {

// Real time moved by an offset, installed for its lifetime: a test "waits" an hour by advancing it, while the
// servers it talks to keep real time.
class ShiftedClock : public Clock
{
public:
    ShiftedClock() { Clock::install(this); }
    ~ShiftedClock() override { Clock::install(nullptr); }
    ShiftedClock(const ShiftedClock&) = delete;
    ShiftedClock& operator=(const ShiftedClock&) = delete;

    void advance(qint64 seconds) { m_offset += seconds; }

protected:
    [[nodiscard]] QDateTime currentTime() const override
    {
        return QDateTime::currentDateTimeUtc().addSecs(m_offset.load());
    }

private:
    std::atomic<qint64> m_offset{0};
};

} // namespace custos::test
