#include "core/http/AccessTokenSource.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/RolesApi.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/users/RoleHolders.h"
#include "tests/support/Await.h"
#include "tests/support/FixedToken.h"
#include "tests/unit/http/FakeHttpServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>
#include <map>

using namespace custos;

namespace {

const QString rm = QStringLiteral("rm-uuid");

QJsonObject realmRole(const QString& name, bool composite)
{
    return {{"id", name}, {"name", name}, {"composite", composite}, {"clientRole", false}, {"containerId", "demo"}};
}

QJsonObject user(const QString& name)
{
    return {{"id", QString("id-" + name)}, {"username", name}, {"enabled", true}};
}

QString groupId(const QString& path)
{
    return "g" + QString(path).replace('/', '-');
}

QJsonObject group(const QString& path, int subGroups = 0)
{
    return {{"id", groupId(path)}, {"name", path.section('/', -1)}, {"path", path}, {"subGroupCount", subGroups}};
}

} // namespace

// The paths RoleHolders finds, over role graphs and group trees the devstack's realm does not have, served over HTTP
// as Keycloak's admin API would (lists paged by first and max): composites that form a cycle, a list exactly one
// page long, a deep group tree, and the limits. The target is always realm-management's manage-users.
class TestRoleHoldersPaths : public QObject
{
    Q_OBJECT
private:
    FakeHttpServer m_server;
    QHash<QString, QJsonArray> m_lists; // admin API path under the realm -> the whole list (none served: empty)
    QStringList m_refused;              // paths answered 403
    QHash<QString, int> m_reads;        // path -> how often it was read
    QStringList m_pages;                // "path first" of every paged read
    HttpClient* m_http = nullptr;
    test::FixedToken m_token;
    ApiClient* m_api = nullptr;
    KeycloakAdmin* m_admin = nullptr;
    UserAccessApi* m_access = nullptr;
    RolesApi* m_roles = nullptr;

    void serve(const QString& path, const QJsonArray& list) { m_lists.insert(path, list); }

    // One client, realm-management, whose role manage-users the tests look for; `realmRoles` are the realm's.
    void realm(const QJsonArray& realmRoles)
    {
        serve("clients", {QJsonObject{{"id", rm}, {"clientId", "realm-management"}}});
        serve("roles", realmRoles);
        serve("clients/" + rm + "/roles",
              {QJsonObject{{"id", "manage-users"}, {"name", "manage-users"}, {"composite", false}}});
    }

    Result<RoleHolders::Found> find(RoleHolderLimits limits = {})
    {
        RoleHolders search(m_access, m_roles, limits);
        return test::await<RoleHolders::Found>(
            [&](auto done) { search.start(QStringLiteral("realm-management"), QStringLiteral("manage-users"), done); });
    }

    static std::map<QString, QStringList> how(const RoleHolders::Found& found)
    {
        std::map<QString, QStringList> out;
        for (const RoleHolders::Holder& holder : found.holders)
            for (const RoleHolders::Grant& grant : holder.grants)
                out[holder.user.username].append(RoleHolders::describe(grant));
        return out;
    }

private slots:
    void init()
    {
        m_lists.clear();
        m_refused.clear();
        m_reads.clear();
        m_pages.clear();
        const QString prefix = QStringLiteral("/admin/realms/demo/");
        m_server.route([this, prefix](const QUrl& target) {
            const QString key = target.path().mid(prefix.size());
            ++m_reads[key];
            if (!target.path().startsWith(prefix))
                return FakeHttpServer::respond(404, R"({"error":"not found"})");
            if (m_refused.contains(key))
                return FakeHttpServer::respond(403, R"({"error":"HTTP 403 Forbidden"})");
            QJsonArray list = m_lists.value(key);
            const QUrlQuery query(target);
            if (query.hasQueryItem("first")) {
                const int first = query.queryItemValue("first").toInt();
                const int max = query.queryItemValue("max").toInt();
                m_pages.append(key + ' ' + QString::number(first));
                QJsonArray page;
                for (int i = first; i < list.size() && i < first + max; ++i)
                    page.append(list.at(i));
                list = page;
            }
            return FakeHttpServer::respond(200, QJsonDocument(list).toJson());
        });
        m_http = new HttpClient(this);
        m_api = new ApiClient(m_http, &m_token, this);
        m_admin = new KeycloakAdmin(m_api, m_server.url({}), QStringLiteral("demo"), this);
        m_access = new UserAccessApi(m_admin, this);
        m_roles = new RolesApi(m_admin, this);
    }

    void cleanup()
    {
        delete m_roles;
        delete m_access;
        delete m_admin;
        delete m_api;
        delete m_http;
    }

    // a contains manage-users and b; b contains a again; c contains b. The cycle ends at a role already reached,
    // each composite is read once, and each holder gets the shortest chain down to manage-users.
    void aCycleOfCompositesEndsAndEachChainIsTheShortest()
    {
        realm({realmRole("a", true), realmRole("b", true), realmRole("c", true), realmRole("plain", false)});
        serve("roles-by-id/a/composites",
              {QJsonObject{{"id", "manage-users"}, {"name", "manage-users"}, {"clientRole", true}, {"containerId", rm}},
               realmRole("b", true)});
        serve("roles-by-id/b/composites", {realmRole("a", true)});
        serve("roles-by-id/c/composites", {realmRole("b", true)});
        serve("roles/a/users", {user("ua")});
        serve("roles/b/users", {user("ub")});
        serve("roles/c/users", {user("uc"), user("ua")});
        const auto found = find();
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().userMessage()));
        const std::map<QString, QStringList> expected{
            {"ua", {"via composite a", "via composite c → b → a"}},
            {"ub", {"via composite b → a"}},
            {"uc", {"via composite c → b → a"}},
        };
        QCOMPARE(how(found.value()), expected);
        QCOMPARE(found->containingRoles, 3);
        for (const char* role : {"a", "b", "c"})
            QCOMPARE(m_reads.value(QStringLiteral("roles-by-id/%1/composites").arg(role)), 1);
        // A role that is no composite is not opened.
        QCOMPARE(m_reads.value("roles-by-id/plain/composites"), 0);
    }

    // A list exactly one page long: the next page is asked for, and is empty. One a page and a half long: both pages.
    void aFullPageAsksForTheNextAndNothingIsLostAtTheBoundary()
    {
        realm({});
        serve("clients/" + rm + "/roles/manage-users/users", {user("u1"), user("u2"), user("u3")});
        serve("clients/" + rm + "/roles/manage-users/groups", {group("/team")});
        serve("groups/" + groupId("/team") + "/members", {user("m1"), user("m2"), user("m3"), user("m4")});
        serve("groups/" + groupId("/team") + "/children", {});
        RoleHolderLimits limits;
        limits.pageSize = 3;
        const auto found = find(limits);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().userMessage()));
        QCOMPARE(found->holders.size(), 7);
        QVERIFY(m_pages.contains("clients/" + rm + "/roles/manage-users/users 3"));
        QVERIFY(!m_pages.contains("clients/" + rm + "/roles/manage-users/users 6"));
        QVERIFY(m_pages.contains("groups/" + groupId("/team") + "/members 3"));
        QCOMPARE(how(found.value()).at("m4"), QStringList{"via group /team"});
        QVERIFY(!found->truncated);
    }

    // More holders than the limit: the first ones, marked truncated, and no further page is read.
    void theHoldersAreCappedAndTheSearchStopsReading()
    {
        realm({});
        QJsonArray many;
        for (int i = 0; i < 20; ++i)
            many.append(user(QStringLiteral("u%1").arg(i, 2, 10, QLatin1Char('0'))));
        serve("clients/" + rm + "/roles/manage-users/users", many);
        serve("clients/" + rm + "/roles/manage-users/groups", {group("/team")});
        serve("groups/" + groupId("/team") + "/members", {user("m1")});
        RoleHolderLimits limits;
        limits.pageSize = 4;
        limits.maxUsers = 6;
        const auto found = find(limits);
        QVERIFY(found.ok());
        QVERIFY(found->truncated);
        QCOMPARE(found->holders.size(), 6);
        QCOMPARE(found->holders.first().user.username, QStringLiteral("u00"));
        QVERIFY(!m_pages.contains("clients/" + rm + "/roles/manage-users/users 8"));
        QCOMPARE(m_reads.value("groups/" + groupId("/team") + "/members"), 0);
    }

    // /a maps manage-users; a member of /a/b/c holds it through /a, two levels up; subgroups are read only where
    // Keycloak counts some.
    void aDeepSubgroupInheritsTheTopGroupsRole()
    {
        realm({});
        serve("clients/" + rm + "/roles/manage-users/groups", {group("/a")});
        serve("groups/" + groupId("/a") + "/members", {});
        serve("groups/" + groupId("/a") + "/children", {group("/a/b", 1), group("/a/x", 0)});
        serve("groups/" + groupId("/a/b") + "/members", {user("mb")});
        serve("groups/" + groupId("/a/b") + "/children", {group("/a/b/c", 0)});
        serve("groups/" + groupId("/a/b/c") + "/members", {user("mc"), user("mb")});
        serve("groups/" + groupId("/a/x") + "/members", {});
        const auto found = find();
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().userMessage()));
        const std::map<QString, QStringList> expected{
            {"mb", {"via group /a/b, inherited from /a", "via group /a/b/c, inherited from /a"}},
            {"mc", {"via group /a/b/c, inherited from /a"}},
        };
        QCOMPARE(how(found.value()), expected);
        QCOMPARE(m_reads.value("groups/" + groupId("/a/x") + "/children"), 0);
        QCOMPARE(m_reads.value("groups/" + groupId("/a/b/c") + "/children"), 0);
    }

    // Past the group limit the search fails in plain words rather than answer with part of the holders.
    void tooManyGroupsIsAPlainError()
    {
        realm({});
        serve("clients/" + rm + "/roles/manage-users/groups", {group("/a")});
        serve("groups/" + groupId("/a") + "/members", {});
        serve("groups/" + groupId("/a") + "/children", {group("/a/b", 0), group("/a/c", 0)});
        serve("groups/" + groupId("/a/b") + "/members", {});
        serve("groups/" + groupId("/a/c") + "/members", {});
        RoleHolderLimits limits;
        limits.maxGroups = 2;
        const auto found = find(limits);
        QVERIFY(!found.ok());
        QCOMPARE(found.error().kind, Error::Kind::Invalid);
        QVERIFY2(found.error().why.contains(QStringLiteral("more than 2 subgroups")), qPrintable(found.error().why));
    }

    // A composite Keycloak will not show ends the search, naming the role that reads it: no answer is given from
    // part of the graph.
    void aRefusedCompositeReadFailsTheSearch()
    {
        realm({realmRole("a", true)});
        m_refused.append("roles-by-id/a/composites");
        const auto found = find();
        QVERIFY(!found.ok());
        QCOMPARE(found.error().kind, Error::Kind::Forbidden);
        QVERIFY2(found.error().action.contains(QStringLiteral("view-realm")), qPrintable(found.error().action));
    }
};

QTEST_GUILESS_MAIN(TestRoleHoldersPaths)
#include "test_role_holders_paths.moc"
