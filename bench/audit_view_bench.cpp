// custos-bench-audit-view: the audit view's cost on a large ledger, measured on the real classes offscreen.
//
//   custos-bench-audit-view PATH
//       PATH is a ledger database or an export. Opens it in an AuditLogModel shown in a QTableView and reports:
//       the time from opening until the first rows are painted, resident memory then, the time until a filter's
//       first page is shown (a selective one, and one that must scan every record), and peak resident memory.
//
// Output: key=value lines on stdout (read by bench/run-audit-view-bench). Runs on the offscreen platform unless
// QT_QPA_PLATFORM says otherwise. Waits on the model's signals only; nothing is polled.
#include "ui/audit/AuditLedger.h"
#include "ui/audit/AuditLogModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>

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
    QTableView view;
    view.resize(1200, 700);
    AuditLogModel model;
    view.setModel(&model);
    view.show();

    QElapsedTimer clock;
    clock.start();
    AuditLedger ledger(app.arguments().at(1));
    QObject::connect(&ledger, &AuditLedger::failed, &app, [](const QString& message) {
        std::fprintf(stderr, "custos-bench-audit-view: %s\n", qPrintable(message));
        QCoreApplication::exit(2);
    });
    model.setLedger(&ledger);

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
        view.grab(); // paints the rows now on screen: "shown", not only fetched
        std::printf("%s_ms=%.1f\n%s_rows=%d\n", steps.at(step).first, static_cast<double>(clock.nsecsElapsed()) / 1e6,
                    steps.at(step).first, model.rowCount());
        if (step == 0)
            std::printf("rss_after_first_rows_kb=%ld\n", statusKb("VmRSS:"));
        if (++step == steps.size()) {
            std::printf("rss_kb=%ld\npeak_rss_kb=%ld\n", statusKb("VmRSS:"), statusKb("VmHWM:"));
            QCoreApplication::quit();
            return;
        }
        clock.restart();
        model.setFilter(steps.at(step).second);
    });
    return app.exec();
}
