// The users view against the real Keycloak of the devstack: the paged model under QAbstractItemModelTester, every
// search mode compared with the same query sent through the API, paging to the end, stale pages, the detail tabs,
// inline errors with Retry, a vanished user, and the actions gated by the operator's roles.
#include "Screenshots.h"
#include "core/actions/ActionContext.h"
#include "core/auth/Identity.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "tests/support/DevStack.h"
#include "tests/support/KeycloakServices.h"
#include "tests/support/MemoryTrail.h"
#include "tests/support/ServiceAccount.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersModel.h"
#include "ui/users/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace custos;

namespace {

constexpr int serverWait = 30000;

UserQuery query(UserQuery::Mode mode, const QString& text, const QString& attribute = {})
{
    UserQuery q;
    q.mode = mode;
    q.text = text;
    q.attribute = attribute;
    return q;
}

QStringList treeTexts(const QWidget* tab)
{
    QStringList texts;
    const auto* tree = tab->findChild<QTreeWidget*>(QStringLiteral("tabTree"));
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it)
        texts.append((*it)->text(0));
    return texts;
}

} // namespace

class TestUsersView : public QObject
{
    Q_OBJECT
private:
    Operator m_operator;
    ActionContext* m_actions = nullptr;
    test::DevStack m_stack;
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;
    test::KeycloakServices m_keycloak; // the service account's

    // Waits until the model has answered its current page (rows or an error) and its count.
    static bool settled(const UsersModel& model)
    {
        return QTest::qWaitFor([&] { return !model.isLoading() && (model.total() || model.countError()); }, serverWait);
    }

    // Scrolls to the end the way a view does: fetchMore while the model can.
    static bool loadEverything(UsersModel& model)
    {
        while (settled(model) && model.canFetchMore({}))
            model.fetchMore({});
        return settled(model) && model.isComplete() && !model.pageError();
    }

    // The ids the API itself returns for `q`, all pages at once.
    QSet<QString> serverIds(const UserQuery& q)
    {
        std::optional<Result<QList<KeycloakUser>>> result;
        m_keycloak.users->search(q, 0, 5000, this, [&](const Result<QList<KeycloakUser>>& r) { result.emplace(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, serverWait) || !result->ok())
            return {};
        QSet<QString> ids;
        for (const KeycloakUser& user : result->value())
            ids.insert(user.id);
        return ids;
    }

    static QSet<QString> modelIds(const UsersModel& model)
    {
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.user(row).id);
        return ids;
    }

    // The operator the pages gate their actions for, signed in with `roles`, the ledger open.
    void actAs(const QStringList& roles)
    {
        m_operator.roles = roles;
        m_actions->operatorChanged();
    }

    // A page whose list shows exactly alice, selected.
    bool showAlice(UsersPage& page)
    {
        page.findChild<QComboBox*>(QStringLiteral("searchModeBox"))->setCurrentIndex(int(UserQuery::Mode::Exact));
        auto* field = page.findChild<QLineEdit*>(QStringLiteral("searchField"));
        field->setText(QStringLiteral("alice"));
        QTest::keyClick(field, Qt::Key_Return);
        if (!settled(*page.model()) || page.model()->rowCount() != 1)
            return false;
        auto* table = page.findChild<QTableView*>(QStringLiteral("usersTable"));
        table->selectRow(0);
        return page.detailPanel()->userId() == page.model()->user(0).id;
    }

private slots:
    void initTestCase()
    {
        Screenshots::prepare();
        m_stack = test::DevStack::fromEnvironment();
        QVERIFY2(m_stack.isUp(), "the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
        m_http = new HttpClient(this);
        m_account = new test::ServiceAccount(m_http, m_stack, this);
        m_keycloak = test::KeycloakServices::of(m_http, m_account, m_stack, this);
        m_operator.username = QStringLiteral("operator");
        m_actions = new ActionContext([this] { return m_operator; }, {}, this);
        m_actions->setAuditTrail(new test::MemoryTrail(this));
    }

    void init() { actAs({}); }

    void modelPassesTheItemModelTesterWhilePagingAndSearching()
    {
        UsersModel model(m_keycloak.users);
        // The tester also calls fetchMore() from inside every reset and insertion, as views do.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.search(query(UserQuery::Mode::Prefix, QStringLiteral("m")));
        QVERIFY(loadEverything(model));
        QVERIFY2(model.rowCount() > UsersModel::pageSize, qPrintable(QString::number(model.rowCount())));
        QCOMPARE(model.rowCount(), *model.total());
        QCOMPARE(modelIds(model).size(), model.rowCount()); // fetchMore during a reset asks for no page twice
        model.search(query(UserQuery::Mode::Exact, QStringLiteral("alice")));
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 1);
        model.updateUser(model.user(0));
        model.removeUser(model.user(0).id);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void exactSearchFindsOneUser()
    {
        UsersModel model(m_keycloak.users);
        model.search(query(UserQuery::Mode::Exact, QStringLiteral("alice")));
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.user(0).username, QStringLiteral("alice"));
        QCOMPARE(model.total(), std::optional<int>(1));
        QVERIFY(model.isComplete());
        QVERIFY(model.user(0).bruteForce.known); // the listing reports lockouts
    }

    void eachModeListsWhatTheServerReturns_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("prefix") << int(UserQuery::Mode::Prefix) << "mar"
                                << "";
        QTest::newRow("infix") << int(UserQuery::Mode::Infix) << "ller"
                               << "";
        QTest::newRow("exact") << int(UserQuery::Mode::Exact) << "bob"
                               << "";
        QTest::newRow("attribute") << int(UserQuery::Mode::Attribute) << "Engineering"
                                   << "department";
    }

    void eachModeListsWhatTheServerReturns()
    {
        QFETCH(int, mode);
        QFETCH(QString, text);
        QFETCH(QString, attribute);
        const UserQuery q = query(UserQuery::Mode(mode), text, attribute);
        UsersModel model(m_keycloak.users);
        model.search(q);
        QVERIFY(loadEverything(model));
        const QSet<QString> expected = serverIds(q);
        QVERIFY2(!expected.isEmpty(), "the API found nobody: the comparison would prove nothing");
        QCOMPARE(modelIds(model), expected);
        QCOMPARE(model.total(), std::optional<int>(int(expected.size())));
    }

    void fetchMoreLoadsEveryPageOfALargeSearch()
    {
        // About 300 users of the devstack work in Engineering: three full pages and a short one.
        UsersModel model(m_keycloak.users);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.search(query(UserQuery::Mode::Attribute, QStringLiteral("Engineering"), QStringLiteral("department")));
        QVERIFY(loadEverything(model));
        QVERIFY2(*model.total() > 2 * UsersModel::pageSize, qPrintable(QString::number(*model.total())));
        QCOMPARE(model.rowCount(), *model.total());
        QCOMPARE(modelIds(model).size(), model.rowCount()); // no page twice
        QCOMPARE(inserted.size(), (model.rowCount() + UsersModel::pageSize - 1) / UsersModel::pageSize);
        QVERIFY(!model.canFetchMore({}));
    }

    void aPageOfAnEarlierSearchIsDiscarded()
    {
        UsersModel model(m_keycloak.users);
        QSignalSpy failed(&model, &UsersModel::pageFailed);
        model.search({});
        QVERIFY(settled(model));
        model.fetchMore({}); // the second page of "everyone" is in flight…
        QVERIFY(model.isLoading());
        // …when the operator searches again. The abandoned page answers (Cancelled, or its rows if they were already
        // on their way) to a generation that is over: neither an error nor a row of it may show.
        model.search(query(UserQuery::Mode::Exact, QStringLiteral("alice")));
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.user(0).username, QStringLiteral("alice"));
        QCOMPARE(model.total(), std::optional<int>(1));
        QCOMPARE(failed.size(), 0); // the abandoned page is not reported as an error
        QVERIFY(!model.pageError());
    }

    void aFailedPageIsShownInlineAndRetriedWithoutLosingTheSearch()
    {
        KeycloakAdmin admin(m_keycloak.api, m_stack.keycloakUrl(), QStringLiteral("no-such-realm"));
        UsersApi users(&admin);
        UserAccessApi access(&admin);
        UserSecurityApi security(&admin);
        UsersPage page(&users, &access, &security, m_actions);
        page.show();
        auto* field = page.findChild<QLineEdit*>(QStringLiteral("searchField"));
        field->setText(QStringLiteral("ali"));
        QTest::keyClick(field, Qt::Key_Return);
        auto* bar = page.findChild<QWidget*>(QStringLiteral("pageErrorBar"));
        QVERIFY(QTest::qWaitFor([&] { return bar->isVisible(); }, serverWait));
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("pageErrorLabel"))->text().isEmpty());
        QCOMPARE(field->text(), QStringLiteral("ali"));

        admin.setRealm(m_stack.keycloakUrl(), m_stack.realm());
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("pageRetryButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return page.model()->rowCount() > 0; }, serverWait));
        QVERIFY(!bar->isVisible());
        QCOMPARE(page.model()->query().text, QStringLiteral("ali"));
    }

    void statusLineShowsTotalAndLoaded()
    {
        UsersPage page(m_keycloak.users, m_keycloak.access, m_keycloak.security, m_actions);
        page.show();
        page.activate(); // everyone
        QVERIFY(settled(*page.model()));
        const QString status = page.findChild<QLabel*>(QStringLiteral("usersStatusLabel"))->text();
        QVERIFY2(status.contains(QLocale().toString(*page.model()->total())) &&
                     status.contains(QStringLiteral("%1 loaded").arg(UsersModel::pageSize)),
                 qPrintable(status));
    }

    void detailTabsShowAlicesRolesAndGroups()
    {
        UsersPage page(m_keycloak.users, m_keycloak.access, m_keycloak.security, m_actions);
        // The service account reads everything; the roles tab shows what view-realm and view-clients (which a token
        // lists with the query-clients it includes) let it see.
        actAs({QStringLiteral("view-users"), QStringLiteral("view-realm"), QStringLiteral("view-clients"),
               QStringLiteral("query-clients"), QStringLiteral("view-events")});
        page.resize(1200, 700);
        page.show();
        QVERIFY(showAlice(page));
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("userDetailTabs"));

        auto* roles = page.findChild<QWidget*>(QStringLiteral("rolesTab"));
        tabs->setCurrentWidget(roles);
        QVERIFY(QTest::qWaitFor([&] { return treeTexts(roles).contains(QStringLiteral("manage-users")); }, serverWait));
        const QStringList roleTexts = treeTexts(roles);
        QVERIFY2(roleTexts.contains(QStringLiteral("iam-operator")), qPrintable(roleTexts.join(u',')));
        QVERIFY2(!roleTexts.contains(QStringLiteral("realm-admin")), qPrintable(roleTexts.join(u',')));

        auto* groups = page.findChild<QWidget*>(QStringLiteral("groupsTab"));
        tabs->setCurrentWidget(groups);
        QVERIFY(
            QTest::qWaitFor([&] { return treeTexts(groups).contains(QStringLiteral("/engineering")); }, serverWait));

        auto* profile = page.findChild<QWidget*>(QStringLiteral("profileTab"));
        tabs->setCurrentWidget(profile);
        QVERIFY(QTest::qWaitFor([&] { return treeTexts(profile).contains(QStringLiteral("Account")); }, serverWait));

        // Tabs never shown have not asked the server anything yet.
        auto* events = page.findChild<QWidget*>(QStringLiteral("eventsTab"));
        QVERIFY(treeTexts(events).isEmpty());
        QVERIFY(events->findChild<QLabel*>(QStringLiteral("tabMessage"))->text().contains(QStringLiteral("Loading")));
    }

    void readRolesDisableEveryWriteActionAndNameTheMissingRole()
    {
        UsersPage page(m_keycloak.users, m_keycloak.access, m_keycloak.security, m_actions);
        page.show();
        // ada the auditor: view-users and query-users (and others), never manage-users.
        actAs({QStringLiteral("view-users"), QStringLiteral("query-users")});
        QVERIFY(showAlice(page));
        for (UserAction action :
             {UserAction::Create, UserAction::ChangeAccess, UserAction::Offboard, UserAction::ResetMfa,
              UserAction::ResetPassword, UserAction::Unlock, UserAction::SendActionsEmail}) {
            QAction* qaction = page.action(action);
            QVERIFY(qaction);
            QVERIFY2(!qaction->isEnabled(), qPrintable(qaction->objectName()));
            // The write role first, then the read roles the action's guard or dialog needs (the gate's table).
            const QString tip = qaction->toolTip();
            QVERIFY2(tip.startsWith(QStringLiteral("Needs the realm-management role")) &&
                         tip.contains(QStringLiteral(" manage-users")) &&
                         tip.endsWith(QStringLiteral("; you have: view-users, query-users")),
                     qPrintable(tip));
        }
        QVERIFY(!page.detailPanel()->revokeSessionAction()->isEnabled());
        QVERIFY(page.detailPanel()->revokeSessionAction()->toolTip().contains(QStringLiteral("manage-users")));
    }

    void manageUsersEnablesTheActionsTheSelectionAllows()
    {
        UsersPage page(m_keycloak.users, m_keycloak.access, m_keycloak.security, m_actions);
        page.show();
        // manage-users, and the read roles the guards (query-clients) and the role lists (view-realm) need.
        actAs({QStringLiteral("view-users"), QStringLiteral("query-users"), QStringLiteral("manage-users"),
               QStringLiteral("query-clients"), QStringLiteral("view-realm")});
        QVERIFY(page.action(UserAction::Create)->isEnabled());
        QVERIFY(!page.action(UserAction::Offboard)->isEnabled()); // nobody selected yet
        QCOMPARE(page.action(UserAction::Offboard)->toolTip(), QStringLiteral("Select one or more users"));
        QVERIFY(showAlice(page));
        for (UserAction action : {UserAction::ChangeAccess, UserAction::Offboard, UserAction::ResetMfa,
                                  UserAction::ResetPassword, UserAction::SendActionsEmail})
            QVERIFY2(page.action(action)->isEnabled(), qPrintable(page.action(action)->objectName()));
        QVERIFY(!page.action(UserAction::Unlock)->isEnabled()); // alice is not locked
        QCOMPARE(page.action(UserAction::Unlock)->toolTip(), QStringLiteral("None of the selected users is locked"));

        QSignalSpy requested(&page, &UsersPage::actionRequested);
        page.action(UserAction::Offboard)->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).value<UserAction>(), UserAction::Offboard);
        const auto users = requested.first().at(1).value<QList<KeycloakUser>>();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().username, QStringLiteral("alice"));
    }

    void aUserThatVanishedLeavesTheListOnRefresh()
    {
        const QString username = QStringLiteral("vanishing-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        std::optional<Result<QString>> created;
        m_keycloak.users->create(QJsonObject{{"username", username}, {"enabled", true}}, this,
                                 [&](const Result<QString>& r) { created.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, serverWait));
        QVERIFY2(created->ok(), qPrintable(created->ok() ? QString() : created->error().userMessage()));
        const QString id = created->value();

        UsersPage page(m_keycloak.users, m_keycloak.access, m_keycloak.security, m_actions);
        page.show();
        page.findChild<QComboBox*>(QStringLiteral("searchModeBox"))->setCurrentIndex(int(UserQuery::Mode::Exact));
        page.findChild<QLineEdit*>(QStringLiteral("searchField"))->setText(username);
        page.submitSearch();
        QVERIFY(settled(*page.model()));
        QCOMPARE(page.model()->rowCount(), 1);

        std::optional<Status> deleted;
        m_keycloak.admin->sendStatus(
            HttpRequest::withoutBody("DELETE", m_keycloak.admin->adminUrl(KeycloakAdmin::userPath(id)),
                                     QStringLiteral("delete the test user")),
            QStringLiteral("manage-users"), this, [&](const Status& s) { deleted.emplace(s); });
        QVERIFY(QTest::qWaitFor([&] { return deleted.has_value(); }, serverWait));
        QVERIFY(deleted->ok());

        page.refreshUsers({id});
        QVERIFY(QTest::qWaitFor([&] { return page.model()->rowCount() == 0; }, serverWait));
        auto* notice = page.findChild<QLabel*>(QStringLiteral("usersNoticeLabel"));
        QVERIFY2(notice->text().contains(QStringLiteral("vanished")) && notice->text().contains(username),
                 qPrintable(notice->text()));
    }

    void aNewUserAppearsInTheListOnRefresh()
    {
        // The list shows a search that the joiner's new user belongs in, before the user exists.
        const QString prefix = QStringLiteral("joiner-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        UsersPage page(m_keycloak.users, m_keycloak.access, m_keycloak.security, m_actions);
        page.show();
        page.findChild<QComboBox*>(QStringLiteral("searchModeBox"))->setCurrentIndex(int(UserQuery::Mode::Prefix));
        page.findChild<QLineEdit*>(QStringLiteral("searchField"))->setText(prefix);
        page.submitSearch();
        QVERIFY(settled(*page.model()));
        QCOMPARE(page.model()->rowCount(), 0);

        std::optional<Result<QString>> created;
        const QString username = prefix + QStringLiteral("-new");
        m_keycloak.users->create(QJsonObject{{"username", username}, {"enabled", true}}, this,
                                 [&](const Result<QString>& r) { created.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, serverWait));
        QVERIFY2(created->ok(), qPrintable(created->ok() ? QString() : created->error().userMessage()));
        const QString id = created->value();

        // What the window does after the joiner (UserActionsController::usersChanged): the new user is listed, and
        // selected with its detail shown.
        page.refreshUsers({id});
        QVERIFY(QTest::qWaitFor([&] { return page.model()->rowOf(id) >= 0; }, serverWait));
        QTRY_COMPARE_WITH_TIMEOUT(page.detailPanel()->userId(), id, serverWait);

        std::optional<Status> deleted;
        m_keycloak.admin->sendStatus(
            HttpRequest::withoutBody("DELETE", m_keycloak.admin->adminUrl(KeycloakAdmin::userPath(id)),
                                     QStringLiteral("delete the test user")),
            QStringLiteral("manage-users"), this, [&](const Status& s) { deleted.emplace(s); });
        QVERIFY(QTest::qWaitFor([&] { return deleted.has_value(); }, serverWait));
        QVERIFY(deleted->ok());
    }

    // scripts/screenshots runs this in a real X server (CUSTOS_SCREENSHOT_DIR set) for the README's picture.
    void screenshotOfAlicesDetail()
    {
        if (!Screenshots::wanted())
            QSKIP("CUSTOS_SCREENSHOT_DIR is not set");
        UsersPage page(m_keycloak.users, m_keycloak.access, m_keycloak.security, m_actions);
        // alice's roles (iam-operator), as her token lists them.
        actAs({QStringLiteral("view-users"), QStringLiteral("query-users"), QStringLiteral("manage-users"),
               QStringLiteral("query-groups"), QStringLiteral("view-events"), QStringLiteral("view-realm"),
               QStringLiteral("query-clients")});
        page.resize(1200, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QLineEdit*>(QStringLiteral("searchField"))->setText(QStringLiteral("a"));
        page.submitSearch();
        UsersModel& model = *page.model();
        const auto aliceRow = [&model] {
            for (int row = 0; row < model.rowCount(); ++row)
                if (model.user(row).username == QStringLiteral("alice"))
                    return row;
            return -1;
        };
        while (settled(model) && aliceRow() < 0 && model.canFetchMore({}))
            model.fetchMore({});
        const int alice = aliceRow();
        QVERIFY(alice >= 0);
        auto* table = page.findChild<QTableView*>(QStringLiteral("usersTable"));
        table->selectRow(alice);
        table->scrollTo(table->currentIndex(), QAbstractItemView::PositionAtCenter);
        auto* roles = page.findChild<QWidget*>(QStringLiteral("rolesTab"));
        page.findChild<QTabWidget*>(QStringLiteral("userDetailTabs"))->setCurrentWidget(roles);
        QVERIFY(QTest::qWaitFor([&] { return treeTexts(roles).contains(QStringLiteral("manage-users")); }, serverWait));
        QVERIFY(Screenshots::save(&page, QStringLiteral("users")));
    }
};

QTEST_MAIN(TestUsersView)
#include "test_users_view.moc"
