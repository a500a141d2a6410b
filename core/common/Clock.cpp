#include "core/common/Clock.h"

#include <atomic>

namespace custos {

namespace {
const Clock systemClock;
std::atomic<const Clock*> installed{&systemClock};
} // namespace

QDateTime Clock::now()
{
    return installed.load()->currentTime();
}

void Clock::install(const Clock* clock)
{
    installed.store(clock ? clock : &systemClock);
}

QDateTime Clock::currentTime() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace custos
