// custos-bench-startup: the custos GUI's start, as app/main.cpp does it without a profile argument (Qt, the
// translations, the profile store, the keychain, the main window on its sign-in page), until the window has
// painted itself for the first time. Prints, as key=value lines:
//   painted_monotonic_ns: CLOCK_MONOTONIC at the end of that first paint (bench/run-startup-bench subtracts the
//                         time it started the process, so loading and linking count too)
//   main_to_paint_ms:     from main() to that paint
//   rss_kb:               resident memory then (VmRSS)
//   cpu_ms:               the process's user + system CPU time until then (the machine's load does not count)
// Run it offscreen (QT_QPA_PLATFORM=offscreen) with a throw-away HOME: it must find no saved session.
#include "bench/ResidentMemory.h"
#include "core/auth/ProfileStore.h"
#include "core/keychain/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>

namespace {

using Clock = std::chrono::steady_clock;

// Reports the first paint of the watched window, then quits.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(Clock::time_point started)
        : m_started(started)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint has been handled: queued behind it.
            QTimer::singleShot(0, this, [this] {
                const auto now = Clock::now();
                rusage usage{};
                getrusage(RUSAGE_SELF, &usage);
                const double cpuMs = (static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3) +
                                     (static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
                std::printf("painted_monotonic_ns=%lld\nmain_to_paint_ms=%.1f\nrss_kb=%ld\ncpu_ms=%.1f\n",
                            static_cast<long long>(
                                std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch()).count()),
                            std::chrono::duration<double, std::milli>(now - m_started).count(), residentKb(), cpuMs);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Clock::time_point m_started;
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[])
{
    const auto started = Clock::now();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Custos"));
    QApplication::setApplicationName(QStringLiteral("custos"));
    custos::installTranslations(app, QLocale::system());
    custos::ProfileStore profiles;
    custos::KeychainSecretStore secrets;
    custos::MainWindow window(&profiles, &secrets);
    FirstPaint firstPaint(started);
    window.installEventFilter(&firstPaint);
    window.show();
    window.resumeSession();
    return app.exec();
}
