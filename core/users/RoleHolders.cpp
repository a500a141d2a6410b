#include "core/users/RoleHolders.h"

#include "core/keycloak/UserAccessApi.h"

#include <algorithm>
#include <tuple>

namespace custos {

namespace {

bool sameGrant(const RoleHolders::Grant& a, const RoleHolders::Grant& b)
{
    return a.group == b.group && a.memberOf == b.memberOf && a.roles == b.roles;
}

} // namespace

RoleHolders::RoleHolders(UserAccessApi* access, RolesApi* roles, Limits limits, QObject* parent)
    : QObject(parent)
    , m_access(access)
    , m_roles(roles)
    , m_limits(limits)
{
}

QString RoleHolders::label(const RoleRef& role)
{
    return role.clientId.isEmpty() ? role.name : tr("%1 (%2)").arg(role.name, role.clientId);
}

QString RoleHolders::describe(const Grant& grant)
{
    QStringList parts;
    if (!grant.group.isEmpty())
        parts.append(grant.memberOf.isEmpty() ? tr("via group %1").arg(grant.group)
                                              : tr("via group %1, inherited from %2").arg(grant.memberOf, grant.group));
    if (grant.roles.size() > 1) {
        QStringList composites;
        for (qsizetype i = 0; i + 1 < grant.roles.size(); ++i)
            composites.append(label(grant.roles.at(i)));
        const QString chain = composites.join(QStringLiteral(" → "));
        parts.append(grant.group.isEmpty() ? tr("via composite %1").arg(chain) : tr("composite %1").arg(chain));
    }
    return parts.isEmpty() ? tr("direct") : parts.join(QStringLiteral(", "));
}

void RoleHolders::start(const QString& clientId, const QString& roleName,
                        std::function<void(const Result<Found>&)> done)
{
    if (isRunning())
        return done(Error::invalid(tr("Could not start another search"), tr("one is still running"),
                                   tr("Wait for it, or cancel it")));
    m_done = std::move(done);
    m_clientId = clientId;
    m_roleName = roleName;
    m_clients.clear();
    m_nodes.clear();
    m_parents.clear();
    m_chain.clear();
    m_groupChains.clear();
    m_groups.clear();
    m_groupsSeen.clear();
    m_groupsRead = 0;
    m_holders.clear();
    m_found = Found{};
    m_found.maxUsers = m_limits.maxUsers;
    emit progress(tr("Reading the realm's roles, the clients' and what the composite roles contain"), 0);
    readRoles({}, 0);
    readClients(0);
    then([this] { findContainingRoles(); });
}

void RoleHolders::cancel()
{
    if (!isRunning())
        return;
    // The calls in flight stop too: nothing more is read for a search nobody waits for.
    for (PendingCall& call : std::exchange(m_calls, {}))
        call.cancel();
    finish(
        Error::cancelled(tr("Stopped finding who holds %1").arg(label(RoleRef{{}, m_roleName, {}, false, m_clientId})),
                         tr("you cancelled the search")));
}

// ---- A few calls at a time, then the next step -------------------------------------------------------------

void RoleHolders::enqueue(Job job, Priority priority)
{
    if (priority == Priority::First)
        m_queue.prepend(std::move(job));
    else
        m_queue.append(std::move(job));
}

void RoleHolders::then(std::function<void()> next)
{
    m_then = std::move(next);
    pump();
}

void RoleHolders::pump()
{
    if (m_pumping || !isRunning())
        return;
    m_pumping = true;
    m_calls.removeIf([](const PendingCall& call) { return !call.isRunning(); });
    while (isRunning() && m_inFlight < m_limits.concurrency && !m_queue.isEmpty()) {
        ++m_inFlight;
        const Job job = m_queue.takeFirst();
        m_calls.append(job(m_run));
    }
    m_pumping = false;
    if (isRunning() && m_inFlight == 0 && m_queue.isEmpty() && m_then)
        std::exchange(m_then, nullptr)();
}

void RoleHolders::settled()
{
    --m_inFlight;
    pump();
}

void RoleHolders::finish(const Result<Found>& result)
{
    auto done = std::exchange(m_done, nullptr);
    ++m_run; // answers still on their way belong to a search that is over
    m_queue.clear();
    m_then = nullptr;
    m_inFlight = 0;
    m_calls.clear();
    if (done)
        done(result);
}

// ---- 1. The roles there are: the realm's and those of every client the token can view ---------------------------

void RoleHolders::readClients(int first)
{
    enqueue(
        [this, first](int run) {
            return m_roles->clients(first, m_limits.pageSize, this,
                                    [this, run, first](const Result<QList<ClientRef>>& page) {
                                        if (stale(run))
                                            return;
                                        if (!page.ok())
                                            return finish(page.error());
                                        for (const ClientRef& client : page.value()) {
                                            m_clients.append(client.clientId);
                                            readRoles({client.id, client.clientId}, 0);
                                        }
                                        if (page->size() == m_limits.pageSize)
                                            readClients(first + m_limits.pageSize);
                                        settled();
                                    });
        },
        Priority::First);
}

void RoleHolders::readRoles(const RolesApi::Container& container, int first)
{
    enqueue(
        [this, container, first](int run) {
            return m_roles->roles(container, first, m_limits.pageSize, this,
                                  [this, run, container, first](const Result<QList<RoleRef>>& page) {
                                      if (stale(run))
                                          return;
                                      if (!page.ok())
                                          return finish(page.error());
                                      if (!index(page.value(), container))
                                          return;
                                      if (page->size() == m_limits.pageSize)
                                          readRoles(container, first + m_limits.pageSize);
                                      settled();
                                  });
        },
        Priority::First);
}

bool RoleHolders::index(const QList<RoleRef>& roles, const RolesApi::Container& container)
{
    for (const RoleRef& role : roles)
        m_nodes.insert(role.id, Node{role, container});
    if (m_nodes.size() <= m_limits.maxRoles) {
        for (const RoleRef& role : roles)
            if (role.composite)
                readComposites(role.id);
        return true;
    }
    finish(Error::invalid(tr("Could not find who holds %1").arg(m_roleName),
                          tr("the realm has more than %1 roles, more than one search reads").arg(m_limits.maxRoles),
                          tr("Ask Keycloak's administrators which composite roles contain it")));
    return false;
}

// ---- 2. Which roles contain it: every composite's contents, read once, walked upwards from the role ----------

void RoleHolders::readComposites(const QString& parentId)
{
    // Read as soon as the composite is listed: the clients' list is slow to come with admin permissions, and the
    // realm's composites need not wait for it.
    enqueue([this, parentId](int run) {
        return m_access->roleComposites(
            parentId, this, [this, run, parentId](const Result<QList<UserAccessApi::CompositeRole>>& composites) {
                if (stale(run))
                    return;
                if (!composites.ok())
                    return finish(composites.error());
                for (const UserAccessApi::CompositeRole& inner : composites.value())
                    m_parents[inner.role.id].append(parentId);
                settled();
            });
    });
}

void RoleHolders::findContainingRoles()
{
    const auto target = std::find_if(m_nodes.cbegin(), m_nodes.cend(), [this](const Node& node) {
        return node.role.name == m_roleName && node.container.clientId == m_clientId;
    });
    if (target == m_nodes.cend())
        return finish(Error::notFound(
            tr("Could not find who holds %1").arg(label(RoleRef{{}, m_roleName, {}, false, m_clientId})),
            tr("Keycloak shows your account no such role"),
            m_clientId.isEmpty() ? tr("Check the role's name")
                                 : tr("Check the role's name; a client's roles are shown only to accounts that may "
                                      "view the client")));
    m_found.role = target->role;
    // Breadth first from the role itself: each containing role gets its shortest chain down to it, and a cycle
    // ends at a role already reached.
    QStringList order{m_found.role.id};
    m_chain.insert(m_found.role.id, {m_found.role});
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QString id = order.at(i);
        QStringList parents = m_parents.value(id);
        parents.sort();
        for (const QString& parent : std::as_const(parents)) {
            if (m_chain.contains(parent) || !m_nodes.contains(parent))
                continue;
            m_chain.insert(parent, QList<RoleRef>{m_nodes.value(parent).role} + m_chain.value(id));
            order.append(parent);
        }
    }
    m_found.containingRoles = int(order.size()) - 1;
    emit progress(
        tr("Finding the users and groups given %1 or one of %n role(s) containing it", nullptr, m_found.containingRoles)
            .arg(label(m_found.role)),
        0);
    for (const QString& id : std::as_const(order)) {
        readRoleUsers(m_nodes.value(id), 0);
        readRoleGroups(m_nodes.value(id), 0);
    }
    then([this] { expandGroups(); });
}

// ---- 3. Who is given those roles: users directly, and groups ----------------------------------------------------

void RoleHolders::readRoleUsers(const Node& node, int first)
{
    enqueue([this, node, first](int run) {
        return m_roles->roleUsers(node.container, node.role.name, first, m_limits.pageSize, this,
                                  [this, run, node, first](const Result<QList<KeycloakUser>>& page) {
                                      if (stale(run))
                                          return;
                                      if (!page.ok())
                                          return finish(page.error());
                                      const QList<RoleRef> chain = m_chain.value(node.role.id);
                                      for (const KeycloakUser& user : page.value())
                                          addHolder(user, Grant{{}, {}, chain});
                                      if (page->size() == m_limits.pageSize && !m_found.truncated)
                                          readRoleUsers(node, first + m_limits.pageSize);
                                      settled();
                                  });
    });
}

void RoleHolders::readRoleGroups(const Node& node, int first)
{
    enqueue([this, node, first](int run) {
        return m_roles->roleGroups(node.container, node.role.name, first, m_limits.pageSize, this,
                                   [this, run, node, first](const Result<QList<GroupRef>>& page) {
                                       if (stale(run))
                                           return;
                                       if (!page.ok())
                                           return finish(page.error());
                                       for (const GroupRef& group : page.value()) {
                                           m_groups.insert(group.id, group);
                                           m_groupChains[group.id].append(m_chain.value(node.role.id));
                                       }
                                       if (page->size() == m_limits.pageSize)
                                           readRoleGroups(node, first + m_limits.pageSize);
                                       settled();
                                   });
    });
}

// ---- 4. The members of those groups and of their subgroups, at any depth -------------------------------------

void RoleHolders::expandGroups()
{
    if (!m_found.truncated) {
        emit progress(tr("Reading the members of %n group(s) and their subgroups", nullptr, int(m_groups.size())),
                      int(m_holders.size()));
        QList<GroupRef> roots = m_groups.values();
        std::sort(roots.begin(), roots.end(), [](const GroupRef& a, const GroupRef& b) { return a.path < b.path; });
        for (const GroupRef& root : std::as_const(roots))
            readGroup(root.id, root, true);
    }
    then([this] {
        QList<Holder> holders = m_holders.values();
        std::sort(holders.begin(), holders.end(), [](const Holder& a, const Holder& b) {
            return a.user.username.compare(b.user.username, Qt::CaseInsensitive) < 0;
        });
        for (Holder& holder : holders)
            std::stable_sort(holder.grants.begin(), holder.grants.end(), [](const Grant& a, const Grant& b) {
                return std::tuple(!a.group.isEmpty(), a.roles.size(), a.group, a.memberOf) <
                       std::tuple(!b.group.isEmpty(), b.roles.size(), b.group, b.memberOf);
            });
        m_found.holders = holders;
        m_clients.sort();
        m_found.clientsSearched = m_clients;
        finish(m_found);
    });
}

void RoleHolders::readGroup(const QString& rootId, const GroupRef& group, bool mayHaveChildren)
{
    const QString key = rootId + u'/' + group.id;
    if (m_groupsSeen.contains(key) || m_found.truncated)
        return;
    m_groupsSeen.insert(key);
    if (++m_groupsRead > m_limits.maxGroups)
        return finish(Error::invalid(tr("Could not find who holds %1").arg(label(m_found.role)),
                                     tr("the groups that give it have more than %1 subgroups, more than one search "
                                        "reads")
                                         .arg(m_limits.maxGroups),
                                     tr("Ask Keycloak's administrators which groups give it")));
    readMembers(rootId, group, 0);
    if (mayHaveChildren)
        readChildren(rootId, group, 0);
}

void RoleHolders::readMembers(const QString& rootId, const GroupRef& group, int first)
{
    enqueue([this, rootId, group, first](int run) {
        return m_roles->groupMembers(group.id, first, m_limits.pageSize, this,
                                     [this, run, rootId, group, first](const Result<QList<KeycloakUser>>& page) {
                                         if (stale(run))
                                             return;
                                         if (!page.ok())
                                             return finish(page.error());
                                         const QString root = m_groups.value(rootId).path;
                                         const QString memberOf = group.id == rootId ? QString() : group.path;
                                         for (const KeycloakUser& user : page.value())
                                             for (const QList<RoleRef>& chain : m_groupChains.value(rootId))
                                                 addHolder(user, Grant{root, memberOf, chain});
                                         if (page->size() == m_limits.pageSize && !m_found.truncated)
                                             readMembers(rootId, group, first + m_limits.pageSize);
                                         settled();
                                     });
    });
}

void RoleHolders::readChildren(const QString& rootId, const GroupRef& group, int first)
{
    enqueue([this, rootId, group, first](int run) {
        return m_roles->groupChildren(group.id, first, m_limits.pageSize, this,
                                      [this, run, rootId, group, first](const Result<QList<GroupRef>>& page) {
                                          if (stale(run))
                                              return;
                                          if (!page.ok())
                                              return finish(page.error());
                                          for (const GroupRef& child : page.value()) {
                                              readGroup(rootId, child, child.subGroupCount > 0);
                                              if (!isRunning())
                                                  return;
                                          }
                                          if (page->size() == m_limits.pageSize)
                                              readChildren(rootId, group, first + m_limits.pageSize);
                                          settled();
                                      });
    });
}

void RoleHolders::addHolder(const KeycloakUser& user, const Grant& grant)
{
    if (auto known = m_holders.find(user.id); known != m_holders.end()) {
        if (std::none_of(known->grants.cbegin(), known->grants.cend(),
                         [&grant](const Grant& other) { return sameGrant(grant, other); }))
            known->grants.append(grant);
        return;
    }
    if (m_holders.size() >= m_limits.maxUsers) {
        // The first maxUsers are kept; nothing more is asked for.
        m_found.truncated = true;
        m_queue.clear();
        return;
    }
    KeycloakUser brief = user;
    brief.raw = {};
    m_holders.insert(user.id, Holder{brief, {grant}});
    emit progress({}, int(m_holders.size()));
}

} // namespace custos
