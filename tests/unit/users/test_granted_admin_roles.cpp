#include "core/http/AccessTokenSource.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/users/GrantedAdminRoles.h"
#include "tests/support/FixedToken.h"
#include "tests/unit/http/FakeHttpServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <optional>

using namespace custos;

namespace {

const ClientRef realmManagement{QStringLiteral("rm-uuid"), QStringLiteral("realm-management")};

QJsonObject realmRole(const QString& id, bool composite = true)
{
    return {{"id", id}, {"name", id}, {"composite", composite}, {"clientRole", false}, {"containerId", "demo"}};
}

QJsonObject clientRole(const QString& name, const QString& clientUuid = realmManagement.id, bool composite = false)
{
    return {{"id", QString(clientUuid + '/' + name)},
            {"name", name},
            {"composite", composite},
            {"clientRole", true},
            {"containerId", clientUuid}};
}

} // namespace

// GrantedAdminRoles against fake role graphs served over HTTP as Keycloak's admin API would: composites that form
// cycles, deep group trees whose top maps the role, client roles of other clients holding realm-management ones, and
// reads Keycloak will not show. No devstack.
class TestGrantedAdminRoles : public QObject
{
    Q_OBJECT
private:
    FakeHttpServer m_server;
    QHash<QString, QJsonValue> m_graph; // admin API path under the realm -> its answer
    QHash<QString, int> m_reads;        // how often each path was read
    HttpClient* m_http = nullptr;
    test::FixedToken m_token;
    ApiClient* m_api = nullptr;
    KeycloakAdmin* m_admin = nullptr;
    UserAccessApi* m_access = nullptr;

    void composites(const QString& roleId, const QJsonArray& roles)
    {
        m_graph.insert("roles-by-id/" + roleId + "/composites", roles);
    }

    // A group at `path` whose own mappings of realm-management (composites expanded) are `roles`.
    void group(const QString& path, const QJsonValue& roles = QJsonArray{})
    {
        const QString id = "g" + QString(path).replace('/', '-');
        m_graph.insert("group-by-path" + path,
                       QJsonObject{{"id", id}, {"name", path.section('/', -1)}, {"path", path}});
        m_graph.insert("groups/" + id + "/role-mappings/clients/" + realmManagement.id + "/composite", roles);
    }

    struct Read
    {
        Result<QStringList> roles = QStringList();
        QString neededReadRole;
        QHash<QString, QString> sources;
    };

    Read read(const QList<RoleRef>& roles, const QList<GroupRef>& groups)
    {
        GrantedAdminRoles granted(m_access, realmManagement);
        std::optional<Result<QStringList>> outcome;
        granted.read(roles, groups, [&outcome](const Result<QStringList>& names) { outcome.emplace(names); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            qFatal("the read did not finish");
        Read result{*outcome, granted.neededReadRole(), {}};
        if (outcome->ok())
            for (const QString& role : outcome->value())
                result.sources.insert(role, granted.sourceOf(role));
        return result;
    }

private slots:
    void init()
    {
        m_graph.clear();
        m_reads.clear();
        const QString prefix = QStringLiteral("/admin/realms/demo/");
        m_server.route([this, prefix](const QUrl& target) {
            const QString path = target.path();
            const QString key = path.mid(prefix.size());
            ++m_reads[key];
            if (!path.startsWith(prefix) || !m_graph.contains(key))
                return FakeHttpServer::respond(404, R"({"error":"not found"})");
            const QJsonValue answer = m_graph.value(key);
            return FakeHttpServer::respond(200, answer.isArray() ? QJsonDocument(answer.toArray()).toJson()
                                                                 : QJsonDocument(answer.toObject()).toJson());
        });
        m_http = new HttpClient(this);
        m_api = new ApiClient(m_http, &m_token, this);
        m_admin = new KeycloakAdmin(m_api, m_server.url({}), QStringLiteral("demo"), this);
        m_access = new UserAccessApi(m_admin, this);
    }

    void cleanup()
    {
        delete m_access;
        delete m_admin;
        delete m_api;
        delete m_http;
    }

    // a holds b and manage-users; b holds a again and view-realm. Each composite is read once, and both
    // realm-management roles are found, named as coming from the chosen role a.
    void compositeCyclesEndAtARoleAlreadySeen()
    {
        composites("a", {realmRole("b"), clientRole("manage-users")});
        composites("b", {realmRole("a"), clientRole("view-realm"), realmRole("plain", false)});
        const Read result = read({RoleRef{"a", "a", {}, true, {}}}, {});
        QVERIFY2(result.roles.ok(), result.roles.ok() ? "" : qPrintable(result.roles.error().userMessage()));
        QCOMPARE(result.roles.value(), (QStringList{"manage-users", "view-realm"}));
        QCOMPARE(result.sources.value("view-realm"), QStringLiteral("realm role a"));
        QCOMPARE(m_reads.value("roles-by-id/a/composites"), 1);
        QCOMPARE(m_reads.value("roles-by-id/b/composites"), 1);
        QVERIFY(!m_reads.contains("roles-by-id/plain/composites")); // not a composite: nothing to open
    }

    // A member of /a/b/c/d/e gets what /a maps: every ancestor is read, the role is named as the top group's.
    void deepGroupTreesGiveTheirParentsRoles()
    {
        group("/a", QJsonArray{clientRole("realm-admin"), clientRole("manage-users")});
        for (const char* path : {"/a/b", "/a/b/c", "/a/b/c/d"})
            group(path);
        group("/a/b/c/d/e", QJsonArray{clientRole("manage-users")});
        const Read result = read({}, {GroupRef{"g-a-b-c-d-e", "e", "/a/b/c/d/e", 0}});
        QVERIFY2(result.roles.ok(), result.roles.ok() ? "" : qPrintable(result.roles.error().userMessage()));
        QCOMPARE(result.roles.value(), (QStringList{"manage-users", "realm-admin"}));
        QCOMPARE(result.sources.value("realm-admin"), QStringLiteral("group /a"));
        QCOMPARE(result.sources.value("manage-users"), QStringLiteral("group /a")); // the parent is read first
        for (const char* path : {"/a", "/a/b", "/a/b/c", "/a/b/c/d", "/a/b/c/d/e"})
            QCOMPARE(m_reads.value("group-by-path" + QString::fromLatin1(path)), 1);
        // Two groups of one tree: the shared parents are read once.
        m_reads.clear();
        group("/a/x");
        QVERIFY(read({}, {GroupRef{"g-a-b", "b", "/a/b", 0}, GroupRef{"g-a-x", "x", "/a/x", 0}}).roles.ok());
        QCOMPARE(m_reads.value("group-by-path/a"), 1);
    }

    // A composite client role of another client may hold realm-management roles; a realm-management role chosen
    // directly counts as itself; a role of another client that is not composite confers nothing.
    void clientRolesOfAnyClientAreExpanded()
    {
        composites("app-uuid/app-admin", {clientRole("manage-realm"), clientRole("app-user", "app-uuid")});
        const Read result = read({RoleRef{"app-uuid/app-admin", "app-admin", {}, true, "app"},
                                  RoleRef{"rm-uuid/query-users", "query-users", {}, false, "realm-management"},
                                  RoleRef{"app-uuid/app-user", "app-user", {}, false, "app"}},
                                 {});
        QVERIFY2(result.roles.ok(), result.roles.ok() ? "" : qPrintable(result.roles.error().userMessage()));
        QCOMPARE(result.roles.value(), (QStringList{"manage-realm", "query-users"}));
        QCOMPARE(result.sources.value("manage-realm"), QStringLiteral("client role app-admin of app"));
    }

    // Keycloak answers 200 {} to a group role mapping read it will not show: refused, naming the read role.
    void mappingsKeycloakWillNotShowFailClosed()
    {
        group("/hidden", QJsonObject{});
        const Read result = read({}, {GroupRef{"g-hidden", "hidden", "/hidden", 0}});
        QVERIFY(!result.roles.ok());
        QCOMPARE(result.roles.error().kind, Error::Kind::Forbidden);
        QCOMPARE(result.neededReadRole, GrantedAdminRoles::viewRealmManagement());
    }

    // A composite that cannot be read ends the read with its error: nothing is concluded from part of the graph.
    void aFailedReadConcludesNothing()
    {
        composites("a", {realmRole("gone")}); // gone's composites are not served: 404
        const Read result = read({RoleRef{"a", "a", {}, true, {}}}, {});
        QVERIFY(!result.roles.ok());
        QCOMPARE(result.neededReadRole, QStringLiteral("view-realm"));
    }
};

QTEST_GUILESS_MAIN(TestGrantedAdminRoles)
#include "test_granted_admin_roles.moc"
