#include "ui/users/UserDetailPanel.h"

#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "ui/users/AttributeNames.h"
#include "ui/users/UsersModel.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>
#include <memory>

namespace custos {

namespace {

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QString yesNo(bool value)
{
    return value ? UserDetailPanel::tr("yes") : UserDetailPanel::tr("no");
}

QString values(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    if (value.isString())
        out.append(value.toString());
    return out.join(QStringLiteral(", "));
}

DetailSection rolesSection(const QString& title, const QList<RoleRef>& roles)
{
    DetailSection section{title, {}, UserDetailPanel::tr("none")};
    QList<RoleRef> sorted = roles;
    std::sort(sorted.begin(), sorted.end(), [](const RoleRef& a, const RoleRef& b) { return a.name < b.name; });
    for (const RoleRef& role : sorted) {
        // "${role_…}" is a message key for Keycloak's own console, not a description.
        const bool messageKey = role.description.startsWith(QLatin1String("${"));
        section.rows.append(
            {{role.name, messageKey ? QString() : role.description},
             role.composite ? UserDetailPanel::tr("A composite role: it grants other roles too") : QString(),
             role.id});
    }
    return section;
}

} // namespace

UserDetailPanel::UserDetailPanel(UsersApi* users, UserAccessApi* access, UserSecurityApi* security, QWidget* parent)
    : QWidget(parent)
    , m_users(users)
    , m_access(access)
    , m_security(security)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_revokeSession(new QAction(displayName(UserAction::RevokeSession), this))
{
    setObjectName(QStringLiteral("userDetailPanel"));
    m_header->setObjectName(QStringLiteral("userDetailHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("userDetailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_revokeSession->setObjectName(QStringLiteral("revokeSessionAction"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_header);
    column->addWidget(m_tabs, 1);
    createTabs();

    connect(m_sessionsTab, &DetailTab::selectionChanged, this, &UserDetailPanel::updateRevokeAction);
    connect(m_sessionsTab, &DetailTab::loaded, this, &UserDetailPanel::updateRevokeAction);
    connect(m_revokeSession, &QAction::triggered, this, [this] {
        const QString id = m_sessionsTab->selectedKey();
        for (const UserSession& session : std::as_const(m_sessions))
            if (m_user && session.id == id)
                emit revokeSessionRequested(*m_user, session);
    });
    clear();
}

DetailTab* UserDetailPanel::addTab(const QString& objectName, const QString& title, const QStringList& headers,
                                   DetailTab::Loader loader, std::optional<ActionId> read)
{
    if (read) {
        loader = [this, read, loader = std::move(loader)](const KeycloakUser& user, QObject* context,
                                                          DetailTab::Deliver deliver) {
            // One line saying why, rather than the server's refusal.
            if (const QString missing = m_gate.missingAccess(*read); !missing.isEmpty())
                return deliver(DetailContent{{{}, {}, tr("Your account cannot see this. %1").arg(missing)}});
            loader(user, context, std::move(deliver));
        };
    }
    auto* tab = new DetailTab(objectName, headers, std::move(loader), m_tabs);
    tab->setTitle(title);
    m_tabs->addTab(tab, title);
    m_tabList.append(tab);
    return tab;
}

void UserDetailPanel::createTabs()
{
    addTab(QStringLiteral("profileTab"), tr("Profile"), {tr("Attribute"), tr("Value")},
           [this](const KeycloakUser& user, QObject* context, DetailTab::Deliver deliver) {
               loadProfile(user, context, deliver);
           });
    addTab(QStringLiteral("credentialsTab"), tr("Credentials"), {tr("Type"), tr("Label"), tr("Created")},
           [this](const KeycloakUser& user, QObject* context, DetailTab::Deliver deliver) {
               m_security->credentials(user.id, context, [deliver](const Result<QList<Credential>>& credentials) {
                   if (!credentials.ok())
                       return deliver(credentials.error());
                   DetailSection section{{}, {}, tr("No credentials: the user cannot sign in with a password.")};
                   for (const Credential& credential : credentials.value())
                       section.rows.append({{credential.type, credential.label, when(credential.created)},
                                            credential.isSecondFactor() ? tr("A second factor") : QString(),
                                            credential.id});
                   deliver(DetailContent{section});
               });
           });
    addTab(QStringLiteral("rolesTab"), tr("Roles"), {tr("Role"), tr("Description")},
           [this](const KeycloakUser& user, QObject* context, DetailTab::Deliver deliver) {
               loadRoles(user, context, deliver);
           });
    addTab(QStringLiteral("groupsTab"), tr("Groups"), {tr("Group")},
           [this](const KeycloakUser& user, QObject* context, DetailTab::Deliver deliver) {
               m_access->userGroups(user.id, context, [deliver](const Result<QList<GroupRef>>& groups) {
                   if (!groups.ok())
                       return deliver(groups.error());
                   DetailSection section{{}, {}, tr("Not a member of any group.")};
                   for (const GroupRef& group : groups.value())
                       section.rows.append({{group.path.isEmpty() ? group.name : group.path}, {}, group.id});
                   deliver(DetailContent{section});
               });
           });
    addTab(QStringLiteral("organizationsTab"), tr("Organizations"), {tr("Organization"), tr("Alias"), tr("Enabled")},
           [this](const KeycloakUser& user, QObject* context, DetailTab::Deliver deliver) {
               m_access->userOrganizations(user.id, context, [deliver](const Result<QList<OrganizationRef>>& orgs) {
                   if (!orgs.ok())
                       return deliver(orgs.error());
                   DetailSection section{{}, {}, tr("Not a member of any organization.")};
                   for (const OrganizationRef& org : orgs.value())
                       section.rows.append({{org.name, org.alias, yesNo(org.enabled)}, {}, org.id});
                   deliver(DetailContent{section});
               });
           });
    m_sessionsTab =
        addTab(QStringLiteral("sessionsTab"), tr("Sessions"),
               {tr("IP address"), tr("Started"), tr("Last access"), tr("Clients")},
               [this](const KeycloakUser& user, QObject* context, DetailTab::Deliver deliver) {
                   m_sessions.clear();
                   m_security->sessions(user.id, context, [this, deliver](const Result<QList<UserSession>>& sessions) {
                       if (!sessions.ok())
                           return deliver(sessions.error());
                       m_sessions = sessions.value();
                       DetailSection section{{}, {}, tr("No active sessions.")};
                       for (const UserSession& session : std::as_const(m_sessions))
                           section.rows.append({{session.ipAddress, when(session.started), when(session.lastAccess),
                                                 session.clients.join(QStringLiteral(", "))},
                                                session.rememberMe ? tr("Signed in with “remember me”") : QString(),
                                                session.id});
                       deliver(DetailContent{section});
                   });
               });
    m_sessionsTab->addActionButton(m_revokeSession);
    addTab(QStringLiteral("bruteForceTab"), tr("Brute force"), {tr("Field"), tr("Value")},
           [this](const KeycloakUser& user, QObject* context, DetailTab::Deliver deliver) {
               m_security->bruteForce(user.id, context, [deliver](const Result<BruteForceStatus>& status) {
                   if (!status.ok())
                       return deliver(status.error());
                   const BruteForceStatus& s = status.value();
                   DetailSection section;
                   section.rows = {
                       {{tr("Locked"),
                         s.locked ? tr("yes: sign-in is refused until the lockout ends or is cleared") : tr("no")},
                        {},
                        {}},
                       {{tr("Failed sign-ins"), QLocale().toString(s.failures)}, {}, {}},
                       {{tr("Last failure"), when(s.lastFailure)}, {}, {}},
                       {{tr("Last failure from"), s.lastFailureIp.isEmpty() ? QStringLiteral("—") : s.lastFailureIp},
                        {},
                        {}},
                   };
                   deliver(DetailContent{section});
               });
           });
    addTab(
        QStringLiteral("eventsTab"), tr("Events"),
        {tr("Time"), tr("Event"), tr("Client"), tr("IP address"), tr("Error")},
        [this](const KeycloakUser& user, QObject* context, DetailTab::Deliver deliver) {
            m_security->events(user.id, 50, context, [deliver](const Result<QList<UserEvent>>& events) {
                if (!events.ok())
                    return deliver(events.error());
                DetailSection section{{}, {}, tr("No events stored for this user.")};
                for (const UserEvent& event : events.value())
                    section.rows.append(
                        {{when(event.time), event.type, event.clientId, event.ipAddress, event.error},
                         event.details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(event.details).toJson()),
                         event.id});
                deliver(DetailContent{section});
            });
        },
        ActionId::UserEventsView);
}

void UserDetailPanel::loadProfile(const KeycloakUser& listed, QObject* context, const DetailTab::Deliver& deliver)
{
    m_users->get(listed.id, context, [deliver](const Result<KeycloakUser>& read) {
        if (!read.ok())
            return deliver(read.error());
        const KeycloakUser& user = read.value();
        DetailContent content;
        content.append(
            {tr("Account"),
             {{{tr("ID"), user.id}, {}, {}},
              {{tr("Status"), UsersModel::statusText(user)}, UsersModel::statusToolTip(user), {}},
              {{tr("E-mail verified"), yesNo(user.emailVerified)}, {}, {}},
              {{tr("Created"), when(user.created)}, {}, {}},
              {{tr("Required actions"),
                user.requiredActions.isEmpty() ? tr("none") : user.requiredActions.join(QStringLiteral(", "))},
               {},
               {}}},
             {}});

        // The realm's user profile decides what is shown, in its order and groups; the four root attributes are
        // fields of the representation, the others live in `attributes`.
        const QHash<QString, QString> root{{QStringLiteral("username"), user.username},
                                           {QStringLiteral("email"), user.email},
                                           {QStringLiteral("firstName"), user.firstName},
                                           {QStringLiteral("lastName"), user.lastName}};
        const QList<ProfileAttribute> declared = UsersApi::profileOf(user);
        QSet<QString> shown;
        for (const ProfileAttribute& attribute : declared) {
            const QString group = attribute.group.isEmpty() ? tr("Profile") : attribute.group;
            if (content.size() == 1 || content.last().title != group)
                content.append({group, {}, {}});
            const QString value = root.contains(attribute.name) ? root.value(attribute.name)
                                                                : values(user.attributes.value(attribute.name));
            QStringList notes{attribute.name};
            if (attribute.required)
                notes.append(tr("required"));
            if (attribute.readOnly)
                notes.append(tr("read-only for administrators"));
            content.last().rows.append({{attributeLabel(attribute), value}, notes.join(QStringLiteral(" · ")), {}});
            shown.insert(attribute.name);
        }
        // Attributes the profile does not declare are kept by Keycloak only under some unmanaged-attribute
        // policies; they are shown, never dropped, so the operator sees what the user really carries.
        DetailSection undeclared{declared.isEmpty() ? tr("Attributes (the server sent no user-profile metadata)")
                                                    : tr("Not declared in the user profile"),
                                 {},
                                 {}};
        if (declared.isEmpty())
            for (auto it = root.begin(); it != root.end(); ++it)
                undeclared.rows.append({{attributeLabel(it.key()), it.value()}, {}, {}});
        for (auto it = user.attributes.begin(); it != user.attributes.end(); ++it)
            if (!shown.contains(it.key()))
                undeclared.rows.append({{it.key(), values(it.value())}, {}, {}});
        if (!undeclared.rows.isEmpty())
            content.append(undeclared);
        deliver(content);
    });
}

void UserDetailPanel::withRealmManagement(QObject* context,
                                          std::function<void(const Result<std::optional<ClientRef>>&)> next)
{
    if (m_realmManagement)
        return next(m_realmManagement);
    m_access->findClient(QStringLiteral("realm-management"), context,
                         [this, next = std::move(next)](const Result<std::optional<ClientRef>>& client) {
                             if (client.ok() && client.value())
                                 m_realmManagement = client.value();
                             next(client);
                         });
}

void UserDetailPanel::loadRoles(const KeycloakUser& user, QObject* context, const DetailTab::Deliver& deliver)
{
    // Three independent reads in parallel; the tab is filled once all have answered, or shows the first error.
    struct Gathered
    {
        std::optional<Result<QList<RoleRef>>> direct;
        std::optional<Result<QList<RoleRef>>> effective;
        std::optional<Result<QList<RoleRef>>> management;
    };
    auto gathered = std::make_shared<Gathered>();
    // Keycloak filters role mappings a token may not read instead of refusing them: a section the operator's roles
    // cannot see in full is not asked for, and says why, rather than showing a partial list as if it were all.
    const QString realmHidden = m_gate.missingAccess(ActionId::UserRealmRolesView);
    const QString adminHidden = m_gate.missingAccess(ActionId::UserAdminRolesView);
    auto section = [](const QString& title, const QString& hidden, const Result<QList<RoleRef>>& roles) {
        return hidden.isEmpty() ? rolesSection(title, roles.value())
                                : DetailSection{title, {}, tr("Not shown. %1").arg(hidden)};
    };
    auto finish = [gathered, deliver, realmHidden, adminHidden, section] {
        if (!gathered->direct || !gathered->effective || !gathered->management)
            return;
        for (const auto* part : {&*gathered->direct, &*gathered->effective, &*gathered->management})
            if (!part->ok())
                return deliver(part->error());
        deliver(DetailContent{
            section(tr("Realm roles assigned directly"), realmHidden, *gathered->direct),
            section(tr("Realm roles in effect (composites expanded)"), realmHidden, *gathered->effective),
            section(tr("Administration roles in effect (realm-management)"), adminHidden, *gathered->management)});
    };
    if (!realmHidden.isEmpty()) {
        gathered->direct.emplace(QList<RoleRef>{});
        gathered->effective.emplace(QList<RoleRef>{});
    } else {
        m_access->userRealmRoles(user.id, false, context, [gathered, finish](const Result<QList<RoleRef>>& roles) {
            gathered->direct.emplace(roles);
            finish();
        });
        m_access->userRealmRoles(user.id, true, context, [gathered, finish](const Result<QList<RoleRef>>& roles) {
            gathered->effective.emplace(roles);
            finish();
        });
    }
    if (!adminHidden.isEmpty()) {
        gathered->management.emplace(QList<RoleRef>{});
        return finish();
    }
    const QString id = user.id;
    withRealmManagement(context, [this, id, context, gathered, finish](const Result<std::optional<ClientRef>>& client) {
        if (!client.ok() || !client.value()) {
            // A realm without realm-management grants no administration roles at all.
            gathered->management.emplace(client.ok() ? Result<QList<RoleRef>>(QList<RoleRef>{})
                                                     : Result<QList<RoleRef>>(client.error()));
            return finish();
        }
        m_access->userClientRoles(id, *client.value(), true, context,
                                  [gathered, finish](const Result<QList<RoleRef>>& roles) {
                                      gathered->management.emplace(roles);
                                      finish();
                                  });
    });
}

void UserDetailPanel::setUser(const KeycloakUser& user)
{
    m_user = user;
    m_sessions.clear();
    showHeader();
    for (DetailTab* tab : std::as_const(m_tabList))
        tab->setUser(user);
    m_tabs->setEnabled(true);
    updateRevokeAction();
}

void UserDetailPanel::clear()
{
    m_user.reset();
    m_sessions.clear();
    m_realmManagement.reset(); // the next user may be in another realm
    showHeader();
    for (DetailTab* tab : std::as_const(m_tabList))
        tab->clear();
    m_tabs->setEnabled(false);
    updateRevokeAction();
}

void UserDetailPanel::reload()
{
    if (m_user)
        setUser(*m_user);
}

void UserDetailPanel::setGate(const ActionGate& gate)
{
    m_gate = gate;
    updateRevokeAction();
}

void UserDetailPanel::showHeader()
{
    if (!m_user) {
        m_header->setText(tr("<h3>No user selected</h3>Select a user in the list to see the details."));
        return;
    }
    const QString name = m_user->displayName().toHtmlEscaped();
    m_header->setText(tr("<h3>%1</h3>%2 · %3<br>%4")
                          .arg(name, m_user->username.toHtmlEscaped(),
                               m_user->email.isEmpty() ? tr("no e-mail") : m_user->email.toHtmlEscaped(),
                               UsersModel::statusText(*m_user).toHtmlEscaped()));
    m_header->setToolTip(UsersModel::statusToolTip(*m_user));
}

void UserDetailPanel::updateRevokeAction()
{
    const bool selected = m_user && !m_sessionsTab->selectedKey().isEmpty();
    // Without a session selected the tooltip asks for one (the gate's "Select one user" would mislead).
    const QString missing = m_gate.whyNot(ActionId::UserRevokeSession, {m_user ? 1 : 0, {}});
    m_revokeSession->setEnabled(missing.isEmpty() && selected);
    m_revokeSession->setToolTip(!missing.isEmpty() ? missing
                                : selected         ? tr("End the selected session: its tokens stop working at once")
                                                   : tr("Select a session to end it"));
}

} // namespace custos
