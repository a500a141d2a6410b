// custos-bench-idle: the window's resident memory after sign-in, on the devstack's realm (1,200 users by default).
// The real MainWindow offscreen, signed in as alice through Keycloak's login page in Chromium (tests/gui's
// PersonaWindow), then left idle; then the users section opened and left idle again. Prints key=value lines
// (VmRSS in kB): rss_signed_in_kb, rss_idle_kb, rss_users_idle_kb. Run it with bench/run-idle-bench.
#include "bench/ResidentMemory.h"
#include "tests/gui/PersonaWindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <cstdio>

namespace {

// Idle means the event loop runs with nothing asked of the window: a benchmark of idleness has to wait.
void idle(int seconds)
{
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int seconds = qEnvironmentVariableIntValue("CUSTOS_BENCH_IDLE_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("CUSTOS_BENCH_IDLE_SECONDS")
                            : 20;
    custos::PersonaWindow persona;
    if (const QString problem = persona.setUp(); !problem.isEmpty()) {
        std::fprintf(stderr, "custos-bench-idle: %s\n", qPrintable(problem));
        return 2;
    }
    if (const QString problem = persona.signIn(QStringLiteral("alice")); !problem.isEmpty()) {
        std::fprintf(stderr, "custos-bench-idle: sign-in failed: %s\n%s\n", qPrintable(problem),
                     qPrintable(persona.browserOutput()));
        return 2;
    }
    std::printf("rss_signed_in_kb=%ld\n", residentKb());
    idle(seconds);
    std::printf("rss_idle_kb=%ld\n", residentKb());
    if (!persona.openSection(QStringLiteral("users"))) {
        std::fprintf(stderr, "custos-bench-idle: the users section did not open\n");
        return 2;
    }
    idle(seconds);
    std::printf("rss_users_idle_kb=%ld\nidle_seconds=%d\n", residentKb(), seconds);
    return 0;
}
