// Bulk leaver benchmark against the devstack's Keycloak: N users offboarded one after another, then N other users
// offboarded by BulkRun with bounded concurrency, each operation with its ledger record committed. Prints both
// wall times, the ratio (target ≥ 5×) and the server errors (target 0). Run it with bench/run-bulk-bench.
#include "bench/RunUntil.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerStore.h"
#include "core/users/BulkRun.h"
#include "tests/support/DevStack.h"
#include "tests/support/ServiceAccount.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>
#include <cstdio>

using namespace custos;

namespace {

struct Stack
{
    HttpClient* http;
    test::ServiceAccount* account;
    ApiClient* api;
    KeycloakAdmin* admin;
    UsersApi* users;
    UserAccessApi* access;
    UserSecurityApi* security;
};

// Creates `count` users with at most `parallel` requests in flight (set-up, not measured).
QList<UserRef> createUsers(Stack& stack, const QString& prefix, int count, int parallel)
{
    QList<UserRef> created;
    int next = 0;
    int running = 0;
    int failures = 0;
    std::function<void()> launch = [&] {
        while (running < parallel && next < count) {
            const QString username = prefix + QString::number(next++);
            ++running;
            const QJsonObject user{{"username", username},
                                   {"email", QString(username + "@bench.example.org")},
                                   {"firstName", "Bench"},
                                   {"lastName", "User"},
                                   {"enabled", true}};
            stack.users->create(user, stack.users, [&, username](const Result<QString>& id) {
                --running;
                if (id.ok())
                    created.append(UserRef{id.value(), username});
                else
                    ++failures;
                launch();
            });
        }
    };
    launch();
    runUntil([&] { return running == 0 && next == count; });
    if (failures > 0)
        std::fprintf(stderr, "custos-bench-bulk: %d users could not be created\n", failures);
    return created;
}

void removeUsers(Stack& stack, const QList<UserRef>& users)
{
    int pending = int(users.size());
    for (const UserRef& user : users)
        stack.users->remove(user.id, stack.users, [&pending](const Status&) { --pending; });
    runUntil([&] { return pending == 0; });
}

struct Run
{
    double seconds = 0;
    int succeeded = 0;
    int serverErrors = 0;
    int otherFailures = 0;
};

Run offboard(Stack& stack, AuditTrail* audit, const QList<UserRef>& users, int concurrency)
{
    const Operator actor{"bench-operator",
                         "custos-bench",
                         {"realm-admin", "manage-users", "view-users", "query-users", "query-clients", "view-clients"},
                         QDateTime::currentDateTimeUtc()};
    const UserServices services{stack.users, stack.access, stack.security, audit};
    QList<BulkItem> items;
    for (const UserRef& user : users)
        items.append(BulkItem{user, UserAction::Offboard, {}, {}});
    BulkRun bulk(
        items,
        [&](const BulkItem& item, QObject* parent) -> UserOperation* {
            return new LeaverOperation(services, actor, item.user, false, parent);
        },
        concurrency);
    bool finished = false;
    QObject::connect(&bulk, &BulkRun::finished, [&finished] { finished = true; });
    QElapsedTimer timer;
    timer.start();
    bulk.start();
    runUntil([&] { return finished; });
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const OperationOutcome& outcome : bulk.outcomes()) {
        if (outcome.succeeded)
            ++run.succeeded;
        else if (outcome.error.kind == Error::Kind::Server)
            ++run.serverErrors;
        else
            ++run.otherFailures;
    }
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bulk leaver: sequential versus BulkRun, against the devstack"));
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users per run (default 500)."),
                                         QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"),
        QStringLiteral("Operations in flight in the bulk run (default %1).").arg(BulkRun::defaultConcurrency),
        QStringLiteral("N"), QString::number(BulkRun::defaultConcurrency));
    parser.addOptions({usersOption, concurrencyOption});
    parser.process(app);
    const int count = parser.value(usersOption).toInt();
    const int concurrency = parser.value(concurrencyOption).toInt();

    const test::DevStack devstack = test::DevStack::fromEnvironment();
    if (!devstack.isUp()) {
        std::fprintf(stderr, "custos-bench-bulk: no devstack (set CUSTOS_DEVSTACK_DIR)\n");
        return 2;
    }
    Stack stack;
    stack.http = new HttpClient(&app);
    stack.account = new test::ServiceAccount(stack.http, devstack, &app);
    stack.api = new ApiClient(stack.http, stack.account, &app);
    stack.admin = new KeycloakAdmin(stack.api, devstack.keycloakUrl(), devstack.realm(), &app);
    stack.users = new UsersApi(stack.admin, &app);
    stack.access = new UserAccessApi(stack.admin, &app);
    stack.security = new UserSecurityApi(stack.admin, &app);

    QTemporaryDir dir;
    auto keys = LedgerKeys::generate();
    LedgerStore::Meta meta;
    meta.origin = QStringLiteral("custos.bench/bulk");
    meta.publicKey = keys->signingKey().publicKey();
    meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    meta.keyStorage = QStringLiteral("key-file");
    auto store = LedgerStore::create(dir.filePath(QStringLiteral("bench.ledger")), meta);
    if (!store) {
        std::fprintf(stderr, "custos-bench-bulk: %s\n", qPrintable(store.error().userMessage()));
        return 2;
    }
    LedgerAuditTrail audit(std::move(store).value(), keys.value(), dir.filePath(QStringLiteral("bench.ledger")));

    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(6);
    std::printf("creating 2 x %d users…\n", count);
    std::fflush(stdout);
    const QList<UserRef> sequentialUsers = createUsers(stack, QStringLiteral("bench-seq-%1-").arg(tag), count, 8);
    const QList<UserRef> bulkUsers = createUsers(stack, QStringLiteral("bench-bulk-%1-").arg(tag), count, 8);

    const Run sequential = offboard(stack, &audit, sequentialUsers, 1);
    const Run bulk = offboard(stack, &audit, bulkUsers, concurrency);

    std::printf("bulk leaver, %d users per run, every record committed to the ledger before the operation reports\n",
                count);
    std::printf("  one after another : %7.2f s  %7.1f users/s  (%d ok, %d server errors, %d other failures)\n",
                sequential.seconds, sequential.succeeded / sequential.seconds, sequential.succeeded,
                sequential.serverErrors, sequential.otherFailures);
    std::printf("  BulkRun x%-2d       : %7.2f s  %7.1f users/s  (%d ok, %d server errors, %d other failures)\n",
                concurrency, bulk.seconds, bulk.succeeded / bulk.seconds, bulk.succeeded, bulk.serverErrors,
                bulk.otherFailures);
    const double ratio = sequential.seconds / bulk.seconds;
    std::printf("  speed-up          : %.2fx (target >= 5x: %s); server errors: %d (target 0: %s)\n", ratio,
                ratio >= 5 ? "met" : "NOT met", sequential.serverErrors + bulk.serverErrors,
                sequential.serverErrors + bulk.serverErrors == 0 ? "met" : "NOT met");
    std::fflush(stdout);

    removeUsers(stack, sequentialUsers + bulkUsers);
    return 0;
}
