// Custos's side of bench/run-peer-compare, against a running devstack ($CUSTOS_DEVSTACK_DIR), signed in as alice
// with her own token (the test client's password grant). The real UsersPage, offscreen:
//  1. search "an": from submitting the search to the first page's rows in the model;
//  2. open alice and show her effective roles: from selecting her row to the roles tab loaded;
//  3. the users who hold manage-users, groups and composites included: from opening "Who holds a role" (the role
//     list read, manage-users chosen) to the holders shown, each run a new dialog;
//  4. disable 100 users: the bulk leaver (BulkRun, as the bulk dialog runs it) with a reason, every record
//     committed to a ledger, on the usernames of --disable-file (runs x batch lines, one username a line).
// Prints one line per operation for run-peer-compare: "peer-result<TAB>op<TAB>custos<TAB>median ms<TAB>runs<TAB>what
// it shows".
#include "bench/RunUntil.h"
#include "core/actions/ActionContext.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/RolesApi.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerStore.h"
#include "core/users/BulkRun.h"
#include "core/users/Operations.h"
#include "tests/support/DevStack.h"
#include "tests/support/KeycloakServices.h"
#include "tests/support/ServiceAccount.h"
#include "tests/support/UserToken.h"
#include "ui/roles/RoleHoldersDialog.h"
#include "ui/roles/RoleHoldersModel.h"
#include "ui/users/DetailTab.h"
#include "ui/users/UsersModel.h"
#include "ui/users/UsersPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace custos;

namespace {

constexpr int phaseTimeoutMs = 120000;

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "custos-bench-peers: %s\n", qPrintable(what));
    std::exit(1);
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
}

void report(int op, const QList<double>& samples, const QString& shows)
{
    std::printf("peer-result\t%d\tcustos\t%s\t%lld\t%s\n", op,
                samples.isEmpty() ? "-" : qPrintable(QString::number(median(samples), 'f', 0)),
                static_cast<long long>(samples.size()), qPrintable(shows));
    std::fflush(stdout);
}

double msSince(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Submits `text` and waits for the first page in the model; the milliseconds it took.
double search(UsersPage& page, const QString& text)
{
    page.clear();
    page.findChild<QLineEdit*>(QStringLiteral("searchField"))->setText(text);
    UsersModel* model = page.model();
    QElapsedTimer clock;
    clock.start();
    page.submitSearch();
    if (!runUntil([model] { return model->pageError() || (model->rowCount() > 0 && !model->isLoading()); },
                  phaseTimeoutMs))
        fail(QStringLiteral("the search for \"%1\" showed no rows").arg(text));
    if (model->pageError())
        fail(model->pageError()->userMessage());
    return msSince(clock);
}

int leafRows(QWidget* tab)
{
    int rows = 0;
    for (QTreeWidgetItemIterator it(tab->findChild<QTreeWidget*>()); *it; ++it)
        rows += (*it)->childCount() == 0 ? 1 : 0;
    return rows;
}

void searchAndRoles(UsersPage& page, int runs)
{
    QList<double> samples;
    for (int run = 0; run < runs; ++run)
        samples.append(search(page, QStringLiteral("an")));
    UsersModel* model = page.model();
    report(1, samples, QStringLiteral("%1 rows of %2 matches").arg(model->rowCount()).arg(model->total().value_or(-1)));

    search(page, QStringLiteral("alice"));
    int aliceRow = -1;
    for (int row = 0; row < model->rowCount() && aliceRow < 0; ++row)
        aliceRow = model->user(row).username == QStringLiteral("alice") ? row : -1;
    if (aliceRow < 0)
        fail(QStringLiteral("alice is not listed"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("usersTable"));
    auto* roles = page.findChild<DetailTab*>(QStringLiteral("rolesTab"));
    page.findChild<QTabWidget*>(QStringLiteral("userDetailTabs"))->setCurrentWidget(roles);
    bool loaded = false;
    QObject::connect(roles, &DetailTab::loaded, &page, [&loaded] { loaded = true; });
    samples.clear();
    for (int run = 0; run < runs; ++run) {
        table->clearSelection();
        QCoreApplication::processEvents();
        loaded = false;
        QElapsedTimer clock;
        clock.start();
        table->selectRow(aliceRow);
        if (!runUntil([&loaded] { return loaded; }, phaseTimeoutMs))
            fail(QStringLiteral("alice's roles tab did not load"));
        samples.append(msSince(clock));
    }
    report(2, samples,
           QStringLiteral("%1 role rows: direct, effective realm roles, effective realm-management roles")
               .arg(leafRows(roles)));
}

void holders(const test::KeycloakServices& keycloak, const ActionContext& actions, int runs)
{
    RolesApi roles(keycloak.admin);
    const ActionGate gate = actions.gate();
    QList<double> samples;
    QStringList shown;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        RoleHoldersDialog dialog(keycloak.access, &roles, gate);
        dialog.show();
        dialog.load();
        auto* find = dialog.findChild<QPushButton*>(QStringLiteral("findHoldersButton"));
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("roleHoldersSummary"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("roleHoldersError"));
        if (!runUntil([find, error] { return find->isEnabled() || !error->isHidden(); }, phaseTimeoutMs) ||
            !error->isHidden())
            fail(QStringLiteral("the role list did not load: %1").arg(error->text()));
        find->click();
        if (!runUntil([summary, error] { return !summary->text().isEmpty() || !error->isHidden(); }, phaseTimeoutMs) ||
            !error->isHidden())
            fail(QStringLiteral("the holders were not shown: %1").arg(error->text()));
        samples.append(msSince(clock));
        shown.clear();
        for (int row = 0; row < dialog.model()->rowCount(); ++row)
            shown.append(dialog.model()->holder(row).user.username);
    }
    report(3, samples,
           QStringLiteral("%1 users, each with how (direct, via group, parent group, composite): %2")
               .arg(shown.size())
               .arg(shown.join(QStringLiteral(", "))));
}

void disable(const test::KeycloakServices& keycloak, const Operator& alice, const QStringList& usernames, int runs,
             int batch)
{
    QTemporaryDir dir;
    auto keys = LedgerKeys::generate();
    LedgerStore::Meta meta;
    meta.origin = QStringLiteral("custos.bench/peers");
    meta.publicKey = keys->signingKey().publicKey();
    meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    meta.keyStorage = QStringLiteral("key-file");
    const QString path = dir.filePath(QStringLiteral("peers.ledger"));
    auto store = LedgerStore::create(path, meta);
    if (!store)
        fail(store.error().userMessage());
    LedgerAuditTrail audit(std::move(store).value(), keys.value(), path);
    qint64 records = 0;
    QObject::connect(&audit, &LedgerAuditTrail::appended, &audit, [&records](qint64 size) { records = size; });
    const UserServices services{keycloak.users, keycloak.access, keycloak.security, &audit};
    const Justification justification{
        QStringLiteral("Peer comparison benchmark: disable a batch of users"), QStringLiteral("BENCH-17"), {}};
    QList<double> samples;
    int disabled = 0;
    for (int run = 0; run < runs; ++run) {
        QList<BulkItem> items;
        for (const QString& username : usernames.mid(run * batch, batch))
            items.append(BulkItem{UserRef{{}, username}, UserAction::Offboard, {}, {}});
        BulkRun bulk(
            items,
            [&](const BulkItem& item, QObject* parent) -> UserOperation* {
                auto* operation = new LeaverOperation(services, alice, item.user, false, parent);
                operation->setJustification(justification);
                return operation;
            },
            BulkRun::defaultConcurrency);
        bool finished = false;
        QObject::connect(&bulk, &BulkRun::finished, [&finished] { finished = true; });
        QElapsedTimer clock;
        clock.start();
        bulk.start();
        if (!runUntil([&finished] { return finished; }))
            fail(QStringLiteral("the bulk run did not finish"));
        samples.append(msSince(clock));
        const QList<OperationOutcome> outcomes = bulk.outcomes();
        const auto failed = std::find_if(outcomes.begin(), outcomes.end(),
                                         [](const OperationOutcome& outcome) { return !outcome.succeeded; });
        if (failed != outcomes.end())
            fail(QStringLiteral("%1: %2").arg(failed->target.name, failed->error.userMessage()));
        disabled = int(outcomes.size());
    }
    report(4, samples,
           QStringLiteral("%1 disabled per run (sessions ended too); %2 ledger records over %3 runs")
               .arg(disabled)
               .arg(records)
               .arg(runs));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Custos's side of bench/run-peer-compare"));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per operation (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Users per disable run (100)."),
                                         QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption disableOption(
        QStringLiteral("disable-file"),
        QStringLiteral("Usernames to disable, runs x batch lines (without it, operation 4 is not run)."),
        QStringLiteral("FILE"));
    parser.addOptions({runsOption, batchOption, disableOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    const int batch = parser.value(batchOption).toInt();
    QStringList usernames;
    if (parser.isSet(disableOption)) {
        QFile file(parser.value(disableOption));
        if (!file.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read --disable-file %1").arg(file.fileName()));
        usernames = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        if (usernames.size() < runs * batch)
            fail(QStringLiteral("--disable-file names %1 users, %2 needed").arg(usernames.size()).arg(runs * batch));
    }

    const auto stack = test::DevStack::fromEnvironment();
    if (!stack.isUp())
        fail(QStringLiteral("no devstack (set CUSTOS_DEVSTACK_DIR, or use bench/run-peer-compare)"));
    HttpClient http;
    test::ServiceAccount account(&http, stack);
    test::UserToken alice(&account, QStringLiteral("alice"), stack.value(QStringLiteral("CUSTOS_DEMO_ALICE_PASSWORD")));
    // Signing in is not measured: the token comes first.
    std::optional<Status> signedIn;
    alice.refreshAccessToken(&app, [&signedIn](const Status& status) { signedIn = status; });
    if (!runUntil([&signedIn] { return signedIn.has_value(); }, phaseTimeoutMs) || !signedIn->ok())
        fail(signedIn ? signedIn->error().userMessage() : QStringLiteral("alice could not sign in"));
    const Operator op = alice.asOperator();
    const auto keycloak = test::KeycloakServices::of(&http, &alice, stack, &app);

    ActionContext actions([op] { return op; }, {});
    {
        UsersPage page(keycloak.users, keycloak.access, keycloak.security, &actions);
        page.resize(1200, 800);
        page.show();
        searchAndRoles(page, runs);
    }
    holders(keycloak, actions, runs);
    if (!usernames.isEmpty())
        disable(keycloak, op, usernames, runs, batch);
    return 0;
}
