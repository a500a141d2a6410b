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
//   custos-bench-ledger events OUT [--records N]
//       Writes the same N generated events as JSON lines (the input of `custos-ledger append`).
//   custos-bench-ledger sqlite-insert SRC_DB DST_DB [--batch B]
//       SQLite's own limit for append: SRC_DB's rows (seq, record bytes, leaf hash, HMAC, source, source_id) are
//       read into memory (untimed), then inserted into a new DST_DB with the ledger's records table and unique
//       index, journal_mode=WAL, synchronous=FULL, one transaction per B rows with a prepared statement. Only the
//       inserts and commits are timed.
//   custos-bench-ledger floor DB KEY_FILE
//       The minimum hashing the scheme needs per record, with OpenSSL on one core over DB's record bytes held in
//       memory: SHA-256 of the bytes (chain), SHA-256 of 0x00 || bytes (leaf), HMAC-SHA256 of the bytes and one
//       Merkle node, SHA-256 of 0x01 || 64 bytes (a tree of n leaves has n - 1 nodes).
//
// Output: key=value lines on stdout (read by bench/run-ledger-bench), including peak_rss_kb from getrusage.
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/LedgerVerifier.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QScopeGuard>
#include <QString>
#include <QStringList>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <sqlite3.h>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace custos;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// This process's user + system CPU time so far, in seconds.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
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
        "USER_CREATE", "USER_UPDATE", "USER_DISABLE", "USER_ENABLE",      "USER_DELETE",    "ROLE_GRANT",
        "ROLE_REVOKE", "GROUP_JOIN",  "GROUP_LEAVE",  "CREDENTIAL_RESET", "SESSION_REVOKE", "CLIENT_UPDATE"};
    static const std::array<const char*, 8> operators{"joe.admin",     "alice.ops", "carol.iam", "dave.sec",
                                                      "erin.helpdesk", "frank.iam", "grace.ops", "heidi.admin"};
    static const std::array<const char*, 4> tenants{"acme-prod", "acme-staging", "globex-prod", "initech-eu"};
    static const std::array<const char*, 5> roles{"analyst", "iam-operator", "realm-admin", "auditor", "viewer"};
    const quint64 r = mix(static_cast<quint64>(i));
    const bool failed = r % 50 == 0;
    const qint64 op = static_cast<qint64>((r >> 8) % operators.size());
    QJsonObject details{
        {QStringLiteral("role"), QString::fromLatin1(roles.at((r >> 20) % roles.size()))},
        {QStringLiteral("ip_address"),
         QStringLiteral("10.%1.%2.%3").arg((r >> 24) & 0xff).arg((r >> 32) & 0xff).arg((r >> 40) & 0xff)},
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

int runEvents(const QStringList& args)
{
    if (args.isEmpty())
        return fail(QStringLiteral("events OUT [--records N]"));
    const qint64 records = optionValue(args, QStringLiteral("--records"), 1000000);
    QFile out(args.at(0));
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("could not write %1").arg(args.at(0)));
    const QDateTime base = QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00.000Z"), Qt::ISODateWithMs);
    QByteArray buffer;
    for (qint64 i = 0; i < records; ++i) {
        buffer += QJsonDocument(makeEntry(i, base)).toJson(QJsonDocument::Compact);
        buffer += '\n';
        if (buffer.size() > (1 << 20) || i + 1 == records) {
            if (out.write(buffer) != buffer.size())
                return fail(QStringLiteral("could not write %1").arg(args.at(0)));
            buffer.clear();
        }
    }
    std::printf("records=%lld\nbytes=%lld\n", static_cast<long long>(records), static_cast<long long>(out.size()));
    return 0;
}

struct Row
{
    qint64 seq = 0;
    QByteArray bytes;
    QByteArray leaf;
    QByteArray hmac;
    QByteArray source;
    QByteArray sourceId;
};

Result<std::vector<Row>> readRows(const QString& path)
{
    sqlite3* db = nullptr;
    const auto closeDb = qScopeGuard([&db] { sqlite3_close_v2(db); });
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT seq, bytes, leaf_hash, hmac, source, source_id FROM records ORDER BY seq", -1,
                           &stmt, nullptr) != SQLITE_OK)
        return Error::io(QStringLiteral("could not read %1").arg(path), QString::fromUtf8(sqlite3_errmsg(db)));
    auto blob = [stmt](int column) {
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(stmt, column)),
                          sqlite3_column_bytes(stmt, column));
    };
    std::vector<Row> rows;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        rows.push_back(Row{sqlite3_column_int64(stmt, 0), blob(1), blob(2), blob(3), blob(4), blob(5)});
    sqlite3_finalize(stmt);
    return rows;
}

int runSqliteInsert(const QStringList& args)
{
    if (args.size() < 2)
        return fail(QStringLiteral("sqlite-insert SRC_DB DST_DB [--batch B]"));
    const qint64 batch = optionValue(args, QStringLiteral("--batch"), 10000);
    auto rows = readRows(args.at(0));
    if (!rows)
        return fail(rows.error());
    sqlite3* db = nullptr;
    const auto closeDb = qScopeGuard([&db] { sqlite3_close_v2(db); });
    auto check = [&db](int rc, int wanted) {
        if (rc != wanted) {
            std::fprintf(stderr, "custos-bench-ledger: sqlite: %s\n", sqlite3_errmsg(db));
            std::exit(2);
        }
    };
    check(sqlite3_open_v2(args.at(1).toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
          SQLITE_OK);
    // The ledger's own records table and index, so the rows cost SQLite what they cost the ledger.
    check(sqlite3_exec(db,
                       "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                       "CREATE TABLE records (seq INTEGER PRIMARY KEY, bytes BLOB NOT NULL, leaf_hash BLOB NOT NULL,"
                       " hmac BLOB NOT NULL, source TEXT NOT NULL, source_id TEXT NOT NULL);"
                       "CREATE UNIQUE INDEX records_source_id ON records(source, source_id) WHERE source_id <> '';",
                       nullptr, nullptr, nullptr),
          SQLITE_OK);
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO records (seq, bytes, leaf_hash, hmac, source, source_id) "
                             "VALUES (?, ?, ?, ?, ?, ?)",
                             -1, &insert, nullptr),
          SQLITE_OK);
    const auto start = Clock::now();
    const double cpuStart = cpuSeconds();
    const auto count = static_cast<qint64>(rows->size());
    for (qint64 from = 0; from < count; from += batch) {
        check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        for (qint64 i = from; i < std::min(count, from + batch); ++i) {
            const Row& row = (*rows)[static_cast<size_t>(i)];
            sqlite3_bind_int64(insert, 1, row.seq);
            sqlite3_bind_blob(insert, 2, row.bytes.constData(), static_cast<int>(row.bytes.size()), SQLITE_STATIC);
            sqlite3_bind_blob(insert, 3, row.leaf.constData(), static_cast<int>(row.leaf.size()), SQLITE_STATIC);
            sqlite3_bind_blob(insert, 4, row.hmac.constData(), static_cast<int>(row.hmac.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 5, row.source.constData(), static_cast<int>(row.source.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 6, row.sourceId.constData(), static_cast<int>(row.sourceId.size()),
                              SQLITE_STATIC);
            check(sqlite3_step(insert), SQLITE_DONE);
            sqlite3_reset(insert);
        }
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    }
    const double seconds = secondsSince(start);
    const double cpu = cpuSeconds() - cpuStart;
    sqlite3_finalize(insert);
    std::printf("records=%lld\nbatch=%lld\ninsert_seconds=%.6f\ninsert_cpu_seconds=%.6f\npeak_rss_kb=%ld\n",
                static_cast<long long>(count), static_cast<long long>(batch), seconds, cpu, peakRssKb());
    return 0;
}

int runFloor(const QStringList& args)
{
    if (args.size() < 2)
        return fail(QStringLiteral("floor DB KEY_FILE"));
    auto keys = LedgerKeys::loadKeyFile(args.at(1));
    if (!keys)
        return fail(keys.error());
    auto rows = readRows(args.at(0));
    if (!rows)
        return fail(rows.error());
    EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_MAC* macAlgorithm = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX* mac = EVP_MAC_CTX_new(macAlgorithm);
    char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
                                 OSSL_PARAM_construct_end()};
    const QByteArray key = keys->hmacKey();
    if (!md || !ctx || !mac ||
        EVP_MAC_init(mac, reinterpret_cast<const unsigned char*>(key.constData()), static_cast<size_t>(key.size()),
                     params) != 1)
        return fail(QStringLiteral("OpenSSL could not start SHA-256 and HMAC"));
    const unsigned char leafPrefix = 0x00;
    unsigned char node[65] = {0x01};
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    size_t macLength = 0;
    unsigned char check = 0;
    const auto start = Clock::now();
    const double cpuStart = cpuSeconds();
    for (const Row& row : *rows) {
        const auto* bytes = reinterpret_cast<const unsigned char*>(row.bytes.constData());
        const auto size = static_cast<size_t>(row.bytes.size());
        EVP_DigestInit_ex2(ctx, md, nullptr); // chain hash
        EVP_DigestUpdate(ctx, bytes, size);
        EVP_DigestFinal_ex(ctx, out, &length);
        check ^= out[0];
        EVP_DigestInit_ex2(ctx, md, nullptr); // leaf hash
        EVP_DigestUpdate(ctx, &leafPrefix, 1);
        EVP_DigestUpdate(ctx, bytes, size);
        EVP_DigestFinal_ex(ctx, node + 1 + (row.seq % 2) * 32, &length);
        EVP_MAC_init(mac, nullptr, 0, nullptr); // HMAC
        EVP_MAC_update(mac, bytes, size);
        EVP_MAC_final(mac, out, &macLength, sizeof out);
        check ^= out[0];
        EVP_DigestInit_ex2(ctx, md, nullptr); // one Merkle node
        EVP_DigestUpdate(ctx, node, sizeof node);
        EVP_DigestFinal_ex(ctx, out, &length);
        check ^= out[0];
    }
    const double seconds = secondsSince(start);
    const double cpu = cpuSeconds() - cpuStart;
    EVP_MAC_CTX_free(mac);
    EVP_MAC_free(macAlgorithm);
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);
    std::printf("records=%lld\nfloor_seconds=%.6f\nfloor_cpu_seconds=%.6f\ncheck=%d\npeak_rss_kb=%ld\n",
                static_cast<long long>(rows->size()), seconds, cpu, check, peakRssKb());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.isEmpty())
        return fail(QStringLiteral("usage: custos-bench-ledger append|verify|events|sqlite-insert|floor ..."));
    const QString mode = args.takeFirst();
    if (mode == u"append")
        return runAppend(args);
    if (mode == u"verify")
        return runVerify(args);
    if (mode == u"events")
        return runEvents(args);
    if (mode == u"sqlite-insert")
        return runSqliteInsert(args);
    if (mode == u"floor")
        return runFloor(args);
    return fail(QStringLiteral("unknown mode %1").arg(mode));
}
