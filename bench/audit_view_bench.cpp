// custos-bench-audit-view: the audit view's cost on a large ledger, measured on the real classes offscreen.
//
//   custos-bench-audit-view PATH
//       PATH is a ledger database or an export. Opens it in the audit page the window shows (the lazy log and
//       the verification view, which verifies the whole ledger and counts its activity in the background) and
//       reports: the time from opening until the first rows are painted, resident memory then, the time until a
//       filter's first page is shown (a selective one, and one that must scan every record), the time until the
//       verification finished, and peak resident memory over all of it.
//
// Output: key=value lines on stdout (read by bench/run-audit-view-bench). Runs on the offscreen platform unless
// QT_QPA_PLATFORM says otherwise. Waits on the model's signals only; nothing is polled.
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/VerificationView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <functional>

using namespace custos;

namespace {

// The process's resident set now (VmRSS) or at its peak (VmHWM), in kB.
long statusKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: custos-bench-audit-view LEDGER_DB_OR_EXPORT\n");
        return 2;
    }
    QElapsedTimer sinceOpening;
    sinceOpening.start();
    QElapsedTimer clock;
    clock.start();
    AuditPage page(app.arguments().at(1));
    page.resize(1200, 700);
    page.show();
    AuditLogModel& model = *page.model();
    bool verified = false;
    bool measured = false;
    const auto finishWhenDone = [&] {
        if (!verified || !measured)
            return;
        std::printf("rss_kb=%ld\npeak_rss_kb=%ld\n", statusKb("VmRSS:"), statusKb("VmHWM:"));
        QCoreApplication::quit();
    };
    QObject::connect(page.verificationView(), &VerificationView::finished, &app,
                     [&](const VerificationOutcome& outcome) {
                         if (!outcome.error.isEmpty()) {
                             std::fprintf(stderr, "custos-bench-audit-view: %s\n", qPrintable(outcome.error));
                             QCoreApplication::exit(2);
                             return;
                         }
                         std::printf("verified_ms=%.1f\nverified_ok=%d\n",
                                     static_cast<double>(sinceOpening.nsecsElapsed()) / 1e6, outcome.report.ok());
                         verified = true;
                         finishWhenDone();
                     });

    // The measurements, one after the other: each starts when the previous page has been painted.
    AuditFilter selective;
    selective.outcome = QStringLiteral("FAILURE");
    selective.actor = QStringLiteral("grace");
    AuditFilter exhaustive;
    exhaustive.text = QStringLiteral("no record contains this");
    const QList<std::pair<const char*, AuditFilter>> steps{
        {"first_rows", {}}, {"filter_selective", selective}, {"filter_full_scan", exhaustive}};
    qsizetype step = 0;
    QObject::connect(&model, &AuditLogModel::searchingChanged, &app, [&](bool searching) {
        if (searching)
            return;
        page.grab(); // paints the rows now on screen: "shown", not only fetched
        std::printf("%s_ms=%.1f\n%s_rows=%d\n", steps.at(step).first, static_cast<double>(clock.nsecsElapsed()) / 1e6,
                    steps.at(step).first, model.rowCount());
        if (step == 0)
            std::printf("rss_after_first_rows_kb=%ld\n", statusKb("VmRSS:"));
        if (++step == steps.size()) {
            measured = true;
            finishWhenDone();
            return;
        }
        clock.restart();
        model.setFilter(steps.at(step).second);
    });
    return app.exec();
}
