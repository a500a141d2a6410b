#pragma once

#include <QDateTime>

namespace custos {

// Where Custos reads the time (after KeePassXC's Clock). Everything that compares with "now" (token expiry,
// step-up age, certificate validity, record timestamps) asks Clock::now(), so a test moves time by installing
// its own Clock instead of reaching into objects through test-only methods.
class Clock
{
public:
    virtual ~Clock() = default;

    // The current time in UTC, from the installed clock.
    [[nodiscard]] static QDateTime now();
    // Installs `clock` (nullptr: the system clock again). The caller keeps ownership and uninstalls it first.
    static void install(const Clock* clock);

protected:
    [[nodiscard]] virtual QDateTime currentTime() const;
};

} // namespace custos
