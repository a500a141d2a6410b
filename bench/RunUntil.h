#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <functional>

// Benchmarks are command-line programs, not the GUI: a local event loop per phase is how they wait. Processes events
// until `done` holds or `timeoutMs` passed (false then). Waits on events, never polls with sleeps, so a measured
// phase ends as soon as the event that completes it has been handled.
inline bool runUntil(const std::function<bool()>& done, int timeoutMs = 600000)
{
    QElapsedTimer clock;
    clock.start();
    // Wakes the loop up at the deadline even when nothing else happens.
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(timeoutMs);
    while (!done()) {
        if (clock.elapsed() >= timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}
