#pragma once

#include "core/common/Result.h"
#include "core/http/PendingCall.h"
#include "core/keycloak/Representations.h"
#include "core/keycloak/RolesApi.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <functional>

namespace custos {

class UserAccessApi;

// How much one search of RoleHolders may read, and how many calls it keeps in flight.
struct RoleHolderLimits
{
    int maxUsers = 1000;
    int maxRoles = 5000;
    int maxGroups = 2000;
    int pageSize = 100;
    int concurrency = 4;
};

// Who holds one role, and how: every user to whom it is mapped directly, through a composite role that contains it
// (at any depth, realm and client roles alike, the realm's default roles included), through a group that maps it
// or such a composite, and through a parent group of the groups they are in. Keycloak's "users in role" lists the
// direct mappings only. Reads with the operator's own token, a few calls at a time; bounded: at most maxUsers
// holders (then truncated), maxRoles roles and maxGroups groups read (then an error), cycles in composites end at
// a role already seen. Roles of clients the token cannot view are neither listed by Keycloak nor searched
// (Found::clientsSearched says which were).
class RoleHolders : public QObject
{
    Q_OBJECT
public:
    using Limits = RoleHolderLimits;

    // One way a user holds the role.
    struct Grant
    {
        QString group;        // the group whose mapping grants it; empty: the user's own mapping
        QString memberOf;     // the subgroup of `group` the user is a member of; empty: a member of `group` itself
        QList<RoleRef> roles; // from the role mapped down to the role asked about; one entry: that role itself
    };
    struct Holder
    {
        KeycloakUser user; // as Keycloak's brief representation has it
        QList<Grant> grants;
    };
    struct Found
    {
        RoleRef role;
        QList<Holder> holders;  // sorted by username
        bool truncated = false; // more hold it than maxUsers: holders are the first maxUsers found
        int maxUsers = 0;
        int containingRoles = 0;     // how many composite roles contain it, directly or not
        QStringList clientsSearched; // the clients whose roles were searched for composites
    };

    RoleHolders(UserAccessApi* access, RolesApi* roles, Limits limits = {}, QObject* parent = nullptr);

    // Finds the holders of the role `roleName` of the client `clientId` (empty: a realm role). `done` runs once,
    // on this object, unless it is destroyed first; a second start() while running is refused.
    void start(const QString& clientId, const QString& roleName, std::function<void(const Result<Found>&)> done);
    // Stops the search: `done` gets a Cancelled error.
    void cancel();
    [[nodiscard]] bool isRunning() const { return bool(m_done); }

    // How `grant` gives the role, in plain words: "direct", "via composite iam-operator", "via group /realm-admins,
    // composite realm-admin (realm-management)", "via group /a/b, inherited from /a".
    [[nodiscard]] static QString describe(const Grant& grant);
    // A role as people read it: "iam-operator", "realm-admin (realm-management)".
    [[nodiscard]] static QString label(const RoleRef& role);

signals:
    // What the search is doing now (empty: the same as before), and how many holders it found so far.
    void progress(const QString& step, int holders);

private:
    using Job = std::function<PendingCall(int run)>;
    struct Node
    {
        RoleRef role;
        RolesApi::Container container;
    };

    [[nodiscard]] bool stale(int run) const { return !isRunning() || run != m_run; }
    // Listing the roles comes before reading composites: the composites wait for nothing, the search waits for the
    // lists.
    enum class Priority { First, Last };
    void enqueue(Job job, Priority priority = Priority::Last);
    void then(std::function<void()> next);
    void pump();
    void settled();
    void finish(const Result<Found>& result);

    void readClients(int first);
    void readRoles(const RolesApi::Container& container, int first);
    bool index(const QList<RoleRef>& roles, const RolesApi::Container& container);
    void readComposites(const QString& parentId);
    void findContainingRoles();
    void readMappings();
    void readRoleUsers(const Node& node, int first);
    void readRoleGroups(const Node& node, int first);
    void expandGroups();
    void readGroup(const QString& rootId, const GroupRef& group, bool mayHaveChildren);
    void readMembers(const QString& rootId, const GroupRef& group, int first);
    void readChildren(const QString& rootId, const GroupRef& group, int first);
    void addHolder(const KeycloakUser& user, const Grant& grant);

    UserAccessApi* m_access;
    RolesApi* m_roles;
    Limits m_limits;
    std::function<void(const Result<Found>&)> m_done;

    QList<Job> m_queue;
    QList<PendingCall> m_calls;
    int m_run = 0; // the search the answers belong to
    int m_inFlight = 0;
    bool m_pumping = false;
    std::function<void()> m_then;

    QString m_clientId;
    QString m_roleName;
    QStringList m_clients;                  // clientIds searched
    QHash<QString, Node> m_nodes;           // role id -> the role and its container
    QHash<QString, QStringList> m_parents;  // role id -> ids of the composite roles that contain it directly
    QHash<QString, QList<RoleRef>> m_chain; // role id (the role asked about or one containing it) -> down to it
    QHash<QString, QList<QList<RoleRef>>> m_groupChains; // group id -> the chains its mappings grant
    QHash<QString, GroupRef> m_groups;                   // group id -> the group, for those that map a role
    QSet<QString> m_groupsSeen;                          // root id + '/' + group id, once each
    int m_groupsRead = 0;
    QHash<QString, Holder> m_holders; // user id -> holder
    Found m_found;
};

} // namespace custos
