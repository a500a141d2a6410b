// custos-bench-redaction: a redacted export and its verification against a full export, on a format 2 ledger.
//
//   custos-bench-redaction DIR [--records N] [--disclosed K]
//       Creates DIR/ledger.db with N records (default 1,000,000; personal data as commitments), K of them
//       (default 30) about one person, by Keycloak id. Then times, each through the real classes:
//       a full export (LedgerExport::writeExport, no filter: every record with its openings) and its
//       verification (LedgerVerifier::verifyExport, streamed), and a redacted export (--filter target=ID: every
//       record, only the K disclosed) and its verification. Prints key=value lines with both and their ratios
//       (issue 16's target: redacted at most 1.5 times the full export's time). Nothing asserts a time.
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/LedgerVerifier.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStringList>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>

using namespace custos;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

int fail(const QString& what)
{
    std::fprintf(stderr, "custos-bench-redaction: %s\n", qPrintable(what));
    return 2;
}

int fail(const Error& error)
{
    return fail(error.what + QStringLiteral(": ") + error.why);
}

const QString subjectId = QStringLiteral("8e2a9c41-3f6d-4b7e-a1c0-2d5f6e7a8b9c");

QJsonObject makeEntry(qint64 i, bool aboutSubject)
{
    const QString targetId =
        aboutSubject ? subjectId : QStringLiteral("00000000-0000-4000-a000-%1").arg(i, 12, 10, QLatin1Char('0'));
    return QJsonObject{
        {QStringLiteral("source"), QStringLiteral("keycloak-admin")},
        {QStringLiteral("source_id"), QStringLiteral("kc-%1").arg(i, 9, 10, QLatin1Char('0'))},
        {QStringLiteral("action"), i % 7 == 0 ? QStringLiteral("CREDENTIAL_RESET") : QStringLiteral("USER_UPDATE")},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("5c1f7d3e-0a4b-4c61-9d2e-7f3a1b2c4d5e")},
                     {QStringLiteral("username"), QStringLiteral("alice.ops")}}},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("user")},
                     {QStringLiteral("id"), targetId},
                     {QStringLiteral("name"), QStringLiteral("user%1@example.org").arg(i % 250000)}}},
        {QStringLiteral("tenant"), QStringLiteral("acme-prod")},
        {QStringLiteral("details"),
         QJsonObject{{QStringLiteral("resource_path"), QString(QStringLiteral("users/") + targetId)},
                     {QStringLiteral("realm"), QStringLiteral("acme")}}},
    };
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.isEmpty())
        return fail(QStringLiteral("usage: custos-bench-redaction DIR [--records N] [--disclosed K]"));
    const QDir dir(args.takeFirst());
    qint64 records = 1'000'000;
    qint64 disclosed = 30;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--records")
            records = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--disclosed")
            disclosed = args.at(i + 1).toLongLong();
        else
            return fail(QStringLiteral("unknown option %1").arg(args.at(i)));
    }
    if (records < 1 || disclosed < 0 || disclosed > records)
        return fail(QStringLiteral("--records must be positive and --disclosed at most --records"));
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(QStringLiteral("could not create %1").arg(dir.path()));
    const QString db = dir.filePath(QStringLiteral("ledger.db"));
    QFile::remove(db);

    auto keys = LedgerKeys::generate();
    if (!keys)
        return fail(keys.error());
    LedgerStore::Meta meta{QStringLiteral("bench.custos.local/ledger"), keys->signingKey().publicKey(),
                           QStringLiteral("bench"), QStringLiteral("key-file"), LedgerStore::latestFormatVersion};
    auto store = LedgerStore::create(db, meta);
    if (!store)
        return fail(store.error());
    const qint64 every = disclosed > 0 ? records / disclosed : records + 1;
    const auto appendStart = Clock::now();
    QList<QJsonObject> entries;
    for (qint64 start = 0; start < records; start += 10000) {
        const qint64 end = std::min(records, start + 10000);
        entries.clear();
        for (qint64 i = start; i < end; ++i)
            entries.append(makeEntry(i, disclosed > 0 && i % every == 0 && i / every < disclosed));
        auto appended = (*store)->append(entries, keys->hmacKey(), end == records ? &keys->signingKey() : nullptr,
                                         QDateTime::currentDateTimeUtc());
        if (!appended)
            return fail(appended.error());
    }
    const double appendSeconds = secondsSince(appendStart);

    struct Measure
    {
        double exportSeconds = 0;
        double verifySeconds = 0;
        qint64 bytes = 0;
        qint64 disclosed = -1;
    };
    const auto measure = [&](const QString& name, const LedgerExport::Filter& filter, Measure& out) -> Status {
        const QString path = dir.filePath(name);
        const auto exportStart = Clock::now();
        if (Status written = LedgerExport::writeExport(**store, path, filter, LedgerExport::Form::Complete); !written)
            return written;
        out.exportSeconds = secondsSince(exportStart);
        out.bytes = QFileInfo(path).size();
        const auto verifyStart = Clock::now();
        auto report = LedgerVerifier::verifyExport(path, {});
        out.verifySeconds = secondsSince(verifyStart);
        if (!report)
            return report.error();
        if (!report->ok() || report->completeness != VerificationReport::Completeness::Complete)
            return Error::integrity(name, report->toText());
        out.disclosed = report->disclosed;
        return success();
    };
    Measure full;
    Measure redacted;
    if (Status done = measure(QStringLiteral("full.custos-ledger"), {}, full); !done)
        return fail(done.error());
    if (Status done =
            measure(QStringLiteral("redacted.custos-ledger"), {{QStringLiteral("target"), subjectId}}, redacted);
        !done)
        return fail(done.error());
    std::printf(
        "records=%lld\nappend_seconds=%.3f\n"
        "full_export_seconds=%.3f\nfull_verify_seconds=%.3f\nfull_bytes=%lld\nfull_disclosed=%lld\n"
        "redacted_export_seconds=%.3f\nredacted_verify_seconds=%.3f\nredacted_bytes=%lld\n"
        "redacted_disclosed=%lld\n"
        "export_ratio=%.2f\nverify_ratio=%.2f\ntotal_ratio=%.2f\ntarget_ratio=1.50\npeak_rss_kb=%ld\n",
        static_cast<long long>(records), appendSeconds, full.exportSeconds, full.verifySeconds,
        static_cast<long long>(full.bytes), static_cast<long long>(full.disclosed), redacted.exportSeconds,
        redacted.verifySeconds, static_cast<long long>(redacted.bytes), static_cast<long long>(redacted.disclosed),
        redacted.exportSeconds / full.exportSeconds, redacted.verifySeconds / full.verifySeconds,
        (redacted.exportSeconds + redacted.verifySeconds) / (full.exportSeconds + full.verifySeconds), peakRssKb());
    return 0;
}
