// Keycloak event ingestion benchmark against a running devstack ($CUSTOS_DEVSTACK_DIR), in three phases:
//  1. generation, through the real server: admin events from Admin API calls (users created, then their names
//     updated again and again, each call one admin event) and user events from real logins (a few password grants of
//     demo users, the rest client-credentials grants of the test client, each one a CLIENT_LOGIN event);
//  2. the real KeycloakEventIngestor into a fresh ledger: events/s and the time from start to the first page
//     committed;
//  3. the same pages read without the ledger (the raw HTTP client and JSON parsing only), before and after the
//     ingestion, so the ingestion rate is also given as a ratio measured in the same run: absolute rates on a shared
//     machine swing from hour to hour.
// It leaves its users in the realm; run it with bench/run-ingestion-bench, which brings up a throw-away devstack.
#include "bench/RunUntil.h"
#include "core/audit/KeycloakEventIngestor.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/http/HttpRequest.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerStore.h"
#include "tests/support/DevStack.h"
#include "tests/support/ServiceAccount.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>
#include <cstdio>

using namespace custos;

namespace {

[[noreturn]] void fatal(const QString& message)
{
    std::fprintf(stderr, "custos-bench-ingestion: %s\n", qPrintable(message));
    std::exit(1);
}

// Runs job(0) … job(count - 1) with at most `parallel` in flight; each job calls its `done` with whether it
// succeeded. Returns the failures.
int runPool(int count, int parallel, const std::function<void(int, std::function<void(bool)>)>& job)
{
    int next = 0;
    int running = 0;
    int failures = 0;
    std::function<void()> launch = [&] {
        while (running < parallel && next < count) {
            ++running;
            job(next++, [&](bool ok) {
                --running;
                if (!ok)
                    ++failures;
                launch();
            });
        }
    };
    launch();
    runUntil([&] { return running == 0 && next == count; }, 24 * 3600 * 1000);
    return failures;
}

struct Generated
{
    int adminCalls = 0;
    int adminFailures = 0;
    int passwordLogins = 0;
    int passwordRefused = 0;
    int clientLogins = 0;
    int clientFailures = 0;
    qint64 ms = 0;
};

Generated generate(KeycloakAdmin* admin, test::ServiceAccount* account, const test::DevStack& stack, int events,
                   int passwordLogins, int parallel)
{
    Generated generated;
    QElapsedTimer clock;
    clock.start();
    const int adminEvents = events / 2;
    const int userEvents = events - adminEvents;
    // One user created for every 20 admin events; the other 19 are updates of those users.
    const int userCount = std::max(1, adminEvents / 20);
    const QString prefix = QStringLiteral("ingest-") + QUuid::createUuid().toString(QUuid::Id128).left(8) + u'-';
    QList<QString> ids(userCount);
    generated.adminFailures += runPool(userCount, parallel, [&](int i, std::function<void(bool)> done) {
        const QString username = prefix + QString::number(i);
        const QJsonObject user{{"username", username},
                               {"email", QString(username + "@bench.example.org")},
                               {"firstName", "Ingest"},
                               {"lastName", "Round 0"},
                               {"enabled", true}};
        admin->send(HttpRequest::sendJson("POST", admin->adminUrl(QStringLiteral("users")), QJsonDocument(user),
                                          QStringLiteral("create a bench user")),
                    QStringLiteral("manage-users"), admin, [&ids, i, done](const Result<HttpResponse>& reply) {
                        if (reply.ok())
                            ids[i] = QString::fromUtf8(reply->header("Location")).section(u'/', -1);
                        done(reply.ok());
                    });
    });
    generated.adminCalls += userCount;

    // Demo users whose password grant needs no second factor.
    QList<std::pair<QString, QString>> demo;
    for (const char* name : {"alice", "harry", "ada", "joe", "tina", "carl", "vera"}) {
        const QString upper = QString::fromLatin1(name).toUpper();
        const QString password = stack.value(QStringLiteral("CUSTOS_DEMO_%1_PASSWORD").arg(upper));
        if (!password.isEmpty() && stack.value(QStringLiteral("CUSTOS_DEMO_%1_TOTP_SECRET").arg(upper)).isEmpty())
            demo.append({QString::fromLatin1(name), password});
    }
    if (demo.isEmpty())
        passwordLogins = 0;

    // Updates and logins interleaved, as a busy realm sees them.
    const int updates = adminEvents - userCount;
    const int logins = userEvents;
    const int total = updates + logins;
    generated.adminCalls += updates;
    generated.passwordLogins = std::min(passwordLogins, logins);
    generated.clientLogins = logins - generated.passwordLogins;
    int passwordStarted = 0;
    runPool(total, parallel, [&](int i, std::function<void(bool)> done) {
        // Spread: job i is a login when it falls on the login share of the sequence.
        const bool login = qint64(i + 1) * logins / total != qint64(i) * logins / total;
        if (!login) {
            const int index = (i - int(qint64(i) * logins / total));
            const int u = index % userCount;
            const QString username = prefix + QString::number(u);
            const QJsonObject user{{"username", username},
                                   {"email", QString(username + "@bench.example.org")},
                                   {"firstName", "Ingest"},
                                   {"lastName", QStringLiteral("Round %1").arg(index / userCount + 1)},
                                   {"enabled", true}};
            return void(
                admin->sendStatus(HttpRequest::sendJson("PUT", admin->adminUrl(KeycloakAdmin::userPath(ids.at(u))),
                                                        QJsonDocument(user), QStringLiteral("update a bench user")),
                                  QStringLiteral("manage-users"), admin, [&generated, done](const Status& status) {
                                      if (!status.ok())
                                          ++generated.adminFailures;
                                      done(status.ok());
                                  }));
        }
        if (passwordStarted < generated.passwordLogins) {
            const auto& [username, password] = demo.at(passwordStarted++ % demo.size());
            return account->passwordGrant(username, password, account,
                                          [&generated, done](const Result<QJsonObject>& reply) {
                                              if (!reply.ok() && generated.passwordRefused++ == 0)
                                                  std::fprintf(stderr, "custos-bench-ingestion: a password login: %s\n",
                                                               qPrintable(reply.error().userMessage()));
                                              done(reply.ok());
                                          });
        }
        account->grant({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}, account,
                       [&generated, done](const Result<QJsonObject>& reply) {
                           if (!reply.ok())
                               ++generated.clientFailures;
                           done(reply.ok());
                       });
    });
    generated.ms = clock.elapsed();
    return generated;
}

// Reads a feed the way the ingestor does (same page size, same paging by time) but keeps nothing: the rate of the
// server, the HTTP client and the JSON parsing alone.
struct RawRead
{
    qint64 admin = 0;
    qint64 user = 0;
    qint64 ms = 0;
};

RawRead readRaw(KeycloakAdmin* admin, int pageSize)
{
    RawRead read;
    QElapsedTimer clock;
    clock.start();
    for (const QString& feed : {QStringLiteral("admin-events"), QStringLiteral("events")}) {
        qint64 since = 0;
        qint64 first = 0;
        // Re-read events of the newest millisecond of a page are counted once, by id.
        QSet<QString> seen;
        for (;;) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("dateFrom"), QString::number(since));
            query.addQueryItem(QStringLiteral("direction"), QStringLiteral("asc"));
            query.addQueryItem(QStringLiteral("first"), QString::number(first));
            query.addQueryItem(QStringLiteral("max"), QString::number(pageSize));
            std::optional<Result<QJsonValue>> page;
            admin->getJson(admin->adminUrl(feed, query), QStringLiteral("read events"), QStringLiteral("view-events"),
                           admin, [&page](const Result<QJsonValue>& reply) { page.emplace(reply); });
            runUntil([&] { return page.has_value(); });
            if (!page->ok())
                fatal(page->error().userMessage());
            const QJsonArray events = page->value().toArray();
            qint64 newest = 0;
            for (const QJsonValue& value : events) {
                const QJsonObject event = value.toObject();
                newest = std::max(newest, static_cast<qint64>(event.value(QLatin1String("time")).toDouble()));
                seen.insert(event.value(QLatin1String("id")).toString());
            }
            if (events.size() < pageSize)
                break;
            first = newest > since ? 0 : first + events.size();
            since = std::max(newest, since);
        }
        (feed == QLatin1String("events") ? read.user : read.admin) = seen.size();
    }
    read.ms = clock.elapsed();
    return read;
}

struct Ingested
{
    KeycloakEventIngestor::Summary summary;
    qint64 ms = 0;
    qint64 firstPageMs = -1;
    qint64 records = 0;
};

Ingested ingest(KeycloakAdmin* admin, const QString& dir, int pageSize)
{
    const QString path = dir + QStringLiteral("/ingest.ledger");
    auto keys = LedgerKeys::generate();
    if (!keys)
        fatal(keys.error().userMessage());
    LedgerStore::Meta meta;
    meta.origin = QStringLiteral("custos.bench/ingestion");
    meta.publicKey = keys->signingKey().publicKey();
    meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    meta.keyStorage = QStringLiteral("key-file");
    auto store = LedgerStore::create(path, meta);
    if (!store)
        fatal(store.error().userMessage());
    LedgerAuditTrail ledger(std::move(store).value(), keys.value(), path);
    QSettings settings(dir + QStringLiteral("/ingest.ini"), QSettings::IniFormat);
    KeycloakEventIngestor ingestor(admin, &ledger, &settings, QStringLiteral("bench"));
    ingestor.setPageSize(pageSize);

    Ingested ingested;
    std::optional<Result<KeycloakEventIngestor::Summary>> result;
    QElapsedTimer clock;
    QObject::connect(&ingestor, &KeycloakEventIngestor::progress, &ingestor, [&](qint64, const QString&) {
        if (ingested.firstPageMs < 0)
            ingested.firstPageMs = clock.elapsed();
    });
    QObject::connect(&ingestor, &KeycloakEventIngestor::finished, &ingestor,
                     [&](const Result<KeycloakEventIngestor::Summary>& done) {
                         ingested.ms = clock.elapsed();
                         result.emplace(done);
                     });
    clock.start();
    ingestor.start();
    runUntil([&] { return result.has_value(); }, 24 * 3600 * 1000);
    if (!result->ok())
        fatal(result->error().userMessage());
    ingested.summary = result->value();
    auto reopened = LedgerStore::open(path);
    if (!reopened)
        fatal(reopened.error().userMessage());
    const auto count = (*reopened)->recordCount();
    ingested.records = count.ok() ? count.value() : -1;
    return ingested;
}

double perSecond(qint64 count, qint64 ms)
{
    return ms > 0 ? double(count) * 1000.0 / double(ms) : 0;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : QString();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Keycloak event ingestion into the ledger, against a devstack"));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(
        QStringLiteral("events"), QStringLiteral("Events to generate, half admin, half user (default 100000)."),
        QStringLiteral("N"), qEnvironmentVariable("CUSTOS_BENCH_EVENTS", QStringLiteral("100000")));
    const QCommandLineOption passwordOption(QStringLiteral("password-logins"),
                                            QStringLiteral("Password grants of demo users among them (default 100)."),
                                            QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption parallelOption(QStringLiteral("concurrency"),
                                            QStringLiteral("Requests in flight while generating (default 6)."),
                                            QStringLiteral("N"), QStringLiteral("6"));
    parser.addOptions({eventsOption, passwordOption, parallelOption});
    parser.process(app);
    const int events = parser.value(eventsOption).toInt();
    const int passwordLogins = parser.value(passwordOption).toInt();
    const int parallel = std::max(1, parser.value(parallelOption).toInt());
    if (events < 2)
        fatal(QStringLiteral("--events wants a number of at least 2"));

    const auto stack = test::DevStack::fromEnvironment();
    if (!stack.isUp())
        fatal(QStringLiteral("no devstack (set CUSTOS_DEVSTACK_DIR, or use bench/run-ingestion-bench)"));
    QTemporaryDir dir;
    if (!dir.isValid())
        fatal(QStringLiteral("cannot create a temporary directory"));
    HttpClient http;
    test::ServiceAccount account(&http, stack);
    ApiClient api(&http, &account);
    KeycloakAdmin admin(&api, stack.keycloakUrl(), stack.realm());
    const int pageSize = KeycloakEventIngestor::defaultPageSize;

    std::fprintf(stderr, "generating %d events through Keycloak (%d in flight)…\n", events, parallel);
    const Generated generated = generate(&admin, &account, stack, events, passwordLogins, parallel);
    if (generated.adminFailures + generated.passwordRefused + generated.clientFailures > 0)
        std::fprintf(stderr, "custos-bench-ingestion: %d admin calls, %d password logins, %d client logins failed\n",
                     generated.adminFailures, generated.passwordRefused, generated.clientFailures);

    std::fprintf(stderr, "reading the events without the ledger…\n");
    const RawRead rawBefore = readRaw(&admin, pageSize);
    std::fprintf(stderr, "ingesting into a fresh ledger…\n");
    const Ingested ingested = ingest(&admin, dir.path(), pageSize);
    std::fprintf(stderr, "reading the events without the ledger again…\n");
    const RawRead rawAfter = readRaw(&admin, pageSize);

    const qint64 inKeycloak = rawBefore.admin + rawBefore.user;
    const double ingestRate = perSecond(ingested.summary.appended, ingested.ms);
    const double rawRate =
        perSecond(rawBefore.admin + rawBefore.user + rawAfter.admin + rawAfter.user, rawBefore.ms + rawAfter.ms);
    std::printf("machine:                   %d cores, load average %s\n", QThread::idealThreadCount(),
                qPrintable(loadAverage()));
    std::printf("events generated:          %d admin calls + %d logins (%d password, %d client credentials) in %.1f s "
                "(%.0f/s, %d in flight)\n",
                generated.adminCalls, generated.passwordLogins + generated.clientLogins, generated.passwordLogins,
                generated.clientLogins, double(generated.ms) / 1000.0,
                perSecond(generated.adminCalls + generated.passwordLogins + generated.clientLogins, generated.ms),
                parallel);
    std::printf("events kept by Keycloak:   %lld admin + %lld user = %lld\n", static_cast<long long>(rawBefore.admin),
                static_cast<long long>(rawBefore.user), static_cast<long long>(inKeycloak));
    std::printf("ingested into the ledger:  %lld events in %.1f s = %.0f events/s (%lld records, %lld duplicates "
                "skipped, pages of %d)\n",
                static_cast<long long>(ingested.summary.appended), double(ingested.ms) / 1000.0, ingestRate,
                static_cast<long long>(ingested.records), static_cast<long long>(ingested.summary.duplicates),
                pageSize);
    std::printf("first page recorded:       %lld ms after the start\n", static_cast<long long>(ingested.firstPageMs));
    std::printf("same pages, no ledger:     %.0f events/s (%.1f s before, %.1f s after the ingestion)\n", rawRate,
                double(rawBefore.ms) / 1000.0, double(rawAfter.ms) / 1000.0);
    std::printf("ingestion / raw reading:   %.2fx\n", rawRate > 0 ? ingestRate / rawRate : 0.0);
    std::fflush(stdout);
    // Everything Keycloak kept is in the ledger (a token refresh during the run may add a few more).
    if (ingested.summary.appended < inKeycloak) {
        std::fprintf(stderr, "custos-bench-ingestion: %lld events in Keycloak but %lld ingested\n",
                     static_cast<long long>(inKeycloak), static_cast<long long>(ingested.summary.appended));
        return 1;
    }
    return 0;
}
