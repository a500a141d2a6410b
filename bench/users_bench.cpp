// Users view benchmark against a running devstack ($CUSTOS_DEVSTACK_DIR): the real UsersPage, offscreen.
//  1. first page shown: from submitting a search ("list everyone", then the text "an") to the table's first paint
//     with rows, and to the search's total count in the status line (several runs each); then the same first page
//     asked with UsersApi alone (Keycloak, HTTP and JSON parsing, no view), the server's share of that time
//  2. scrolling to the end: the view scrolled to the bottom again and again, so it fetches page after page, while a
//     1 ms heartbeat timer records the longest gap between its ticks (the longest UI-thread stall) and how much of it
//     the UI thread spent on the CPU (the rest is the process waiting for a core on a loaded machine)
//  3. memory: resident set size growth from before the search to every row loaded
// Run it with bench/run-users-bench, which brings up a throw-away devstack with 10,000 generated users
// (CUSTOS_DEVSTACK_USERS=100000 for a big realm).
#include "core/actions/ActionContext.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "tests/support/DevStack.h"
#include "tests/support/ServiceAccount.h"
#include "ui/users/UsersModel.h"
#include "ui/users/UsersPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <unistd.h>

using namespace custos;

namespace {

constexpr int firstPageRuns = 7;
// Everyone (the page's first view), then a text most names contain (as the peer comparison searches).
const QStringList searchTexts{QString(), QStringLiteral("an")};

double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

// Milliseconds of CPU this thread has used.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

// The longest gap between two ticks of a 1 ms timer: how long the UI thread was unable to run anything else. With
// the CPU time the UI thread used in that gap: a gap mostly without it is the machine not running the process (a
// loaded machine), a gap full of it is work done on the UI thread. The longest gap by that CPU time is kept too.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_longestBusy = 0;
        m_cpu = threadCpuMs();
        m_clock.start();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        tick();
    }
    [[nodiscard]] qint64 longest() const { return m_longest; }
    [[nodiscard]] double longestCpu() const { return m_longestCpu; }
    [[nodiscard]] double longestBusy() const { return m_longestBusy; }

private:
    void tick()
    {
        const qint64 gap = m_clock.restart();
        const double cpu = threadCpuMs();
        const double used = cpu - m_cpu;
        m_cpu = cpu;
        if (gap > m_longest) {
            m_longest = gap;
            m_longestCpu = used;
        }
        m_longestBusy = std::max(m_longestBusy, used);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    double m_longestCpu = 0;
    double m_longestBusy = 0;
    double m_cpu = 0;
};

// Calls `done` with the milliseconds from now to the first paint of the table that shows rows, then goes.
class FirstPaint : public QObject
{
public:
    FirstPaint(QTableView* table, QObject* parent, std::function<void(qint64)> done)
        : QObject(parent)
        , m_table(table)
        , m_done(std::move(done))
    {
        m_clock.start();
        table->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_table->model()->rowCount() > 0 && m_done) {
            m_table->viewport()->removeEventFilter(this);
            // After this paint has happened: the rows are on the screen.
            QTimer::singleShot(0, this, [this, elapsed = m_clock.elapsed()] {
                deleteLater();
                std::exchange(m_done, {})(elapsed);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_table;
    std::function<void(qint64)> m_done;
    QElapsedTimer m_clock;
};

class Bench : public QObject
{
public:
    Bench(UsersApi* users, UserAccessApi* access, UserSecurityApi* security)
        : m_users(users)
        , m_actions([] { return Operator{}; }, {})
        , m_page(users, access, security, &m_actions)
        , m_table(m_page.findChild<QTableView*>(QStringLiteral("usersTable")))
        , m_searchField(m_page.findChild<QLineEdit*>(QStringLiteral("searchField")))
        , m_status(m_page.findChild<QLabel*>(QStringLiteral("usersStatusLabel")))
    {
        m_page.resize(1200, 800);
        m_page.show();
    }

    void run() { firstPage(); }

private:
    // What one search text gave: the first page's paint and the total's arrival, per run.
    struct Searched
    {
        QString text;
        QList<qint64> firstPage;
        QList<qint64> total;
        QList<qint64> server; // the same first page asked with UsersApi alone: Keycloak, HTTP and parsing, no view
        int count = -1;
    };

    Searched& current() { return m_searches.last(); }

    void firstPage()
    {
        if (m_searches.isEmpty() ||
            (current().firstPage.size() == firstPageRuns && current().total.size() == firstPageRuns)) {
            if (m_searches.size() == searchTexts.size())
                return QTimer::singleShot(0, this, [this] { serverAlone(0); });
            m_searches.append(Searched{searchTexts.at(m_searches.size()), {}, {}, {}, -1});
        }
        m_page.clear();
        m_searchField->setText(current().text);
        auto* clock = new QElapsedTimer;
        clock->start();
        // The run ends when both the first page is painted and the total count is known.
        auto next = [this] {
            if (current().firstPage.size() == current().total.size())
                QTimer::singleShot(0, this, [this] { firstPage(); });
        };
        new FirstPaint(m_table, this, [this, next](qint64 ms) {
            current().firstPage.append(ms);
            next();
        });
        auto* totalWatch = new QObject(this);
        connect(m_page.model(), &UsersModel::stateChanged, totalWatch, [this, clock, totalWatch, next] {
            if (!m_page.model()->total())
                return;
            current().total.append(clock->elapsed());
            current().count = *m_page.model()->total();
            m_totalShown = m_status->text();
            delete clock;
            totalWatch->deleteLater();
            next();
        });
        m_page.submitSearch();
    }

    void scrollToEnd()
    {
        m_page.clear();
        m_searchField->clear();
        m_rssBefore = residentMiB();
        m_clock.start();
        m_heartbeat.start();
        m_page.submitSearch();
        // The operator holding End: the view fetches the next page whenever the last row becomes visible.
        auto* scroller = new QTimer(this);
        scroller->setInterval(15);
        connect(scroller, &QTimer::timeout, this, [this, scroller] {
            UsersModel* model = m_page.model();
            if (model->pageError()) {
                std::fprintf(stderr, "custos-bench-users: %s\n", qPrintable(model->pageError()->userMessage()));
                QCoreApplication::exit(1);
                return;
            }
            m_table->scrollToBottom();
            if (model->isComplete() && !model->isLoading()) {
                scroller->stop();
                report();
            }
        });
        scroller->start();
    }

    // Each search's first page asked with UsersApi alone, as many times as the page was timed.
    void serverAlone(int searchIndex)
    {
        if (searchIndex == m_searches.size()) {
            reportSearches();
            return scrollToEnd();
        }
        Searched& searched = m_searches[searchIndex];
        if (searched.server.size() == firstPageRuns)
            return serverAlone(searchIndex + 1);
        UserQuery query;
        query.text = searched.text;
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        m_users->search(
            query, 0, UsersModel::pageSize, this, [this, searchIndex, clock](const Result<QList<KeycloakUser>>& page) {
                if (!page.ok()) {
                    std::fprintf(stderr, "custos-bench-users: %s\n", qPrintable(page.error().userMessage()));
                    return QCoreApplication::exit(1);
                }
                m_searches[searchIndex].server.append(clock->elapsed());
                serverAlone(searchIndex);
            });
    }

    // Printed before scrolling starts: on a big realm the scroll takes minutes.
    void reportSearches()
    {
        for (Searched& searched : m_searches) {
            std::sort(searched.firstPage.begin(), searched.firstPage.end());
            std::sort(searched.total.begin(), searched.total.end());
            std::sort(searched.server.begin(), searched.server.end());
            const QString what = searched.text.isEmpty() ? QStringLiteral("everyone") : u'"' + searched.text + u'"';
            std::printf("search %-10s first page shown:  median %lld ms, worst %lld ms (%lld runs; target <= 300 ms)\n",
                        qPrintable(what), static_cast<long long>(searched.firstPage.at(searched.firstPage.size() / 2)),
                        static_cast<long long>(searched.firstPage.last()),
                        static_cast<long long>(searched.firstPage.size()));
            std::printf("search %-10s total count shown: median %lld ms, worst %lld ms (%d users)\n", qPrintable(what),
                        static_cast<long long>(searched.total.at(searched.total.size() / 2)),
                        static_cast<long long>(searched.total.last()), searched.count);
        }
        for (const Searched& searched : std::as_const(m_searches)) {
            const QString what = searched.text.isEmpty() ? QStringLiteral("everyone") : u'"' + searched.text + u'"';
            std::printf("search %-10s Keycloak's answer alone (UsersApi, no view): median %lld ms, worst %lld ms\n",
                        qPrintable(what), static_cast<long long>(searched.server.at(searched.server.size() / 2)),
                        static_cast<long long>(searched.server.last()));
        }
        std::printf("status line:            %s\n", qPrintable(m_totalShown));
        std::fflush(stdout);
    }

    void report()
    {
        m_heartbeat.stop();
        const qint64 loadAll = m_clock.elapsed();
        const double rss = residentMiB() - m_rssBefore;
        UsersModel* model = m_page.model();
        std::printf("users in the realm:     %d\n", model->total().value_or(-1));
        std::printf("scrolled to the end:    %d rows in %.1f s\n", model->rowCount(), double(loadAll) / 1000.0);
        std::printf("longest UI stall:       %lld ms (target <= 50 ms), of which %.0f ms on the UI thread's CPU\n",
                    static_cast<long long>(m_heartbeat.longest()), m_heartbeat.longestCpu());
        std::printf("longest busy UI stall:  %.0f ms of the UI thread's CPU between two heartbeats\n",
                    m_heartbeat.longestBusy());
        std::printf("memory for the rows:    %.1f MiB resident growth for %d rows (target < 50 MB)\n", rss,
                    model->rowCount());
        std::fflush(stdout);
        QCoreApplication::exit(model->rowCount() == model->total().value_or(-1) ? 0 : 1);
    }

    UsersApi* m_users;
    ActionContext m_actions; // a reader: the bench runs no action
    UsersPage m_page;
    QTableView* m_table;
    Heartbeat m_heartbeat;
    QElapsedTimer m_clock;
    QLineEdit* m_searchField;
    QLabel* m_status;
    QList<Searched> m_searches;
    QString m_totalShown; // the status line once the last search's total arrived
    double m_rssBefore = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const auto stack = test::DevStack::fromEnvironment();
    if (!stack.isUp()) {
        std::fprintf(stderr,
                     "custos-bench-users: no devstack (set CUSTOS_DEVSTACK_DIR, or use bench/run-users-bench)\n");
        return 2;
    }
    HttpClient http;
    test::ServiceAccount account(&http, stack);
    ApiClient api(&http, &account);
    KeycloakAdmin admin(&api, stack.keycloakUrl(), stack.realm());
    UsersApi users(&admin);
    UserAccessApi access(&admin);
    UserSecurityApi security(&admin);
    Bench bench(&users, &access, &security);
    // The first request also fetches the service account's token: get it first so it is not measured.
    account.refreshAccessToken(&bench, [&bench](const Status& token) {
        if (!token.ok()) {
            std::fprintf(stderr, "custos-bench-users: %s\n", qPrintable(token.error().userMessage()));
            QCoreApplication::exit(2);
            return;
        }
        bench.run();
    });
    return app.exec();
}
