// custos-bench-ledger: measures the audit ledger's real classes on synthetic, realistic records.
//
//   custos-bench-ledger append DB KEY_FILE HMAC_KEY_FILE [--records N] [--batch B]
//       Generates N records (~400 bytes of canonical JSON each), creates DB in key-file mode and appends them
//       through LedgerStore::append in batches of B (default 1000, as custos-ledger append does), signing a
//       checkpoint with the last batch. Only the append calls are timed; generating the entries is not.
//       Writes the 32-byte ledger HMAC key's hex to HMAC_KEY_FILE (for --format jsonl-hmac exports).
//   custos-bench-ledger verify DB KEY_FILE
//       LedgerVerifier::verifyDatabase with the HMAC key (what `custos-ledger verify --key-file` runs): the
//       records streamed from SQLite opened read-only.
//
// Output: key=value lines on stdout (read by bench/run-ledger-bench), including peak_rss_kb from getrusage.
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/LedgerVerifier.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <sys/resource.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace custos;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int fail(const QString& what)
{
    std::fprintf(stderr, "custos-bench-ledger: %s\n", qPrintable(what));
    return 2;
}

int fail(const Error& error)
{
    return fail(error.what + QStringLiteral(": ") + error.why);
}

// Deterministic pseudo-random numbers (splitmix64) so runs are comparable.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString uuidFrom(quint64 a)
{
    const quint64 b = mix(a ^ 0x5555);
    return QStringLiteral("%1-%2-4%3-a%4-%5")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(a & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(b >> 52, 3, 16, QLatin1Char('0'))
        .arg(b & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

// One realistic Keycloak admin event: ~480 bytes once the ledger adds seq, time and prev.
QJsonObject makeEntry(qint64 i, const QDateTime& base)
{
    static const std::array<const char*, 12> actions{
        "USER_CREATE", "USER_UPDATE", "USER_DISABLE", "USER_ENABLE", "USER_DELETE", "ROLE_GRANT",
        "ROLE_REVOKE", "GROUP_JOIN", "GROUP_LEAVE", "CREDENTIAL_RESET", "SESSION_REVOKE", "CLIENT_UPDATE"};
    static const std::array<const char*, 8> operators{"joe.admin", "alice.ops", "carol.iam", "dave.sec",
                                                      "erin.helpdesk", "frank.iam", "grace.ops", "heidi.admin"};
    static const std::array<const char*, 4> tenants{"acme-prod", "acme-staging", "globex-prod", "initech-eu"};
    static const std::array<const char*, 5> roles{"analyst", "iam-operator", "realm-admin", "auditor", "viewer"};
    const quint64 r = mix(static_cast<quint64>(i));
    const bool failed = r % 50 == 0;
    const qint64 op = static_cast<qint64>((r >> 8) % operators.size());
    QJsonObject details{
        {QStringLiteral("role"), QString::fromLatin1(roles.at((r >> 20) % roles.size()))},
        {QStringLiteral("ip_address"), QStringLiteral("10.%1.%2.%3").arg((r >> 24) & 0xff).arg((r >> 32) & 0xff)
                                           .arg((r >> 40) & 0xff)},
        {QStringLiteral("ticket"), QStringLiteral("IAM-%1").arg(r % 100000)},
    };
    return QJsonObject{
        {QStringLiteral("time"), LedgerRecord::formatTime(base.addMSecs(i * 37))},
        {QStringLiteral("source"), QStringLiteral("keycloak-admin")},
        {QStringLiteral("source_id"), QStringLiteral("kc-%1").arg(i, 9, 10, QLatin1Char('0'))},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("id"), uuidFrom(static_cast<quint64>(op) * 7919)},
                     {QStringLiteral("username"), QString::fromLatin1(operators.at(static_cast<size_t>(op)))}}},
        {QStringLiteral("action"), QString::fromLatin1(actions.at(r % actions.size()))},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("USER")},
                     {QStringLiteral("id"), uuidFrom(mix(r ^ 0xabcdef))},
                     {QStringLiteral("name"), QStringLiteral("user%1@example.org").arg((r >> 12) % 250000)}}},
        {QStringLiteral("tenant"), QString::fromLatin1(tenants.at((r >> 16) % tenants.size()))},
        {QStringLiteral("outcome"), failed ? QStringLiteral("FAILURE") : QStringLiteral("SUCCESS")},
        {QStringLiteral("error"), failed ? QStringLiteral("HTTP 409: conflicting update") : QString()},
        {QStringLiteral("details"), details},
    };
}

qint64 optionValue(const QStringList& args, const QString& name, qint64 fallback)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return fallback;
    bool ok = false;
    const qint64 value = args.at(at + 1).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

int runAppend(const QStringList& args)
{
    if (args.size() < 3)
        return fail(QStringLiteral("append DB KEY_FILE HMAC_KEY_FILE [--records N] [--batch B]"));
    const QString db = args.at(0);
    const QString keyFile = args.at(1);
    const QString hmacKeyFile = args.at(2);
    const qint64 records = optionValue(args, QStringLiteral("--records"), 1000000);
    const qint64 batch = optionValue(args, QStringLiteral("--batch"), 1000);

    auto keys = LedgerKeys::generate();
    if (!keys)
        return fail(keys.error());
    if (const Status saved = keys->saveKeyFile(keyFile); !saved)
        return fail(saved.error());
    QFile hmacOut(hmacKeyFile);
    if (!hmacOut.open(QIODevice::WriteOnly) || hmacOut.write(keys->hmacKey().toHex()) < 0)
        return fail(QStringLiteral("could not write %1").arg(hmacKeyFile));
    hmacOut.close();
    // The jsonl-hmac export signs with the key file's bytes: the hex text. The ledger itself uses the raw key.

    LedgerStore::Meta meta;
    meta.origin = QStringLiteral("bench.custos.local/ledger");
    meta.publicKey = keys->signingKey().publicKey();
    meta.ledgerId = QStringLiteral("bench");
    meta.keyStorage = QStringLiteral("key-file");
    auto store = LedgerStore::create(db, meta);
    if (!store)
        return fail(store.error());

    const QDateTime base = QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00.000Z"), Qt::ISODateWithMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    double appendSeconds = 0;
    double generateSeconds = 0;
    qint64 appended = 0;
    qint64 batches = 0;
    QList<QJsonObject> entries;
    for (qint64 start = 0; start < records; start += batch) {
        const qint64 end = std::min(records, start + batch);
        const auto genStart = Clock::now();
        entries.clear();
        entries.reserve(end - start);
        for (qint64 i = start; i < end; ++i)
            entries.append(makeEntry(i, base));
        generateSeconds += secondsSince(genStart);
        const bool last = end == records;
        const auto appendStart = Clock::now();
        auto outcome = (*store)->append(entries, keys->hmacKey(), last ? &keys->signingKey() : nullptr, now);
        appendSeconds += secondsSince(appendStart);
        if (!outcome)
            return fail(outcome.error());
        appended += outcome->appended;
        ++batches;
    }
    auto count = (*store)->recordCount();
    if (!count || *count != records || appended != records)
        return fail(QStringLiteral("appended %1 of %2 records").arg(appended).arg(records));
    auto sample = (*store)->records(0, std::min<qint64>(records, 1000));
    qint64 sampleBytes = 0;
    if (sample)
        for (const auto& stored : std::as_const(*sample))
            sampleBytes += stored.bytes.size();
    std::printf("records=%lld\nbatch=%lld\nbatches=%lld\nappend_seconds=%.6f\ngenerate_seconds=%.6f\n"
                "mean_record_bytes=%.1f\npeak_rss_kb=%ld\n",
                static_cast<long long>(appended), static_cast<long long>(batch), static_cast<long long>(batches),
                appendSeconds, generateSeconds,
                sample && !sample->isEmpty() ? static_cast<double>(sampleBytes) / static_cast<double>(sample->size())
                                             : 0.0,
                peakRssKb());
    return 0;
}

int runVerify(const QStringList& args)
{
    if (args.size() < 2)
        return fail(QStringLiteral("verify DB KEY_FILE"));
    auto keys = LedgerKeys::loadKeyFile(args.at(1));
    if (!keys)
        return fail(keys.error());
    LedgerVerifier::Options options;
    options.hmacKey = keys->hmacKey();
    const auto verifyStart = Clock::now();
    auto report = LedgerVerifier::verifyDatabase(args.at(0), options);
    const double verifySeconds = secondsSince(verifyStart);
    if (!report)
        return fail(report.error());
    std::printf("records=%lld\nvalid=%lld\nok=%d\nhmac_checked=%d\nverify_seconds=%.6f\npeak_rss_kb=%ld\n",
                static_cast<long long>(report->checked), static_cast<long long>(report->valid), report->ok() ? 1 : 0,
                report->hmacChecked ? 1 : 0, verifySeconds, peakRssKb());
    if (!report->ok())
        std::fprintf(stderr, "%s\n", qPrintable(report->toText()));
    return report->ok() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.isEmpty())
        return fail(QStringLiteral("usage: custos-bench-ledger append|verify ..."));
    const QString mode = args.takeFirst();
    if (mode == u"append")
        return runAppend(args);
    if (mode == u"verify")
        return runVerify(args);
    return fail(QStringLiteral("unknown mode %1").arg(mode));
}
