#include "tests/gui/PersonaWindow.h"

#include "core/actions/ActionContext.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/auth/Session.h"
#include "core/auth/TokenSet.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/OrganizationsApi.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerStore.h"
#include "tests/support/BrowserLogin.h"
#include "tests/support/LedgerRecords.h"
#include "tests/support/ServiceAccount.h"
#include "ui/LedgerController.h"
#include "ui/MainWindow.h"
#include "ui/SignInController.h"
#include "ui/users/UserActionsController.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersModel.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/WorkspacePage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace custos {

PersonaWindow::PersonaWindow(QObject* parent)
    : QObject(parent)
{
}

PersonaWindow::~PersonaWindow()
{
    // The window first: its dialogs and calls end before the browsers and the clients they use.
    m_window.reset();
    m_browsers.clear();
    // The devstack as the test found it, also when the test stopped half-way.
    for (const QString& id : std::as_const(m_created))
        if (!deleteUser(id))
            qWarning().noquote() << "could not delete the test user" << id;
    for (const QString& username : std::as_const(m_restore))
        if (!restoreDemoUser(username))
            qWarning().noquote() << "could not restore the demo user" << username;
}

QString PersonaWindow::setUp()
{
    m_stack = test::DevStack::fromEnvironment();
    if (!m_stack.isUp())
        return QStringLiteral("the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory");
    // The window keeps its ledger under the data directory and its layout in the settings: this window's own,
    // so that no other run's ledger (whose keys were in another in-memory keychain) is opened.
    // Qt reads the settings' location once per process: one directory for every window of this run.
    static QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    for (const char* variable : {"XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, m_dir.filePath(QString::fromLatin1(variable).toLower()).toUtf8());
    m_http = new HttpClient(this);
    m_account = new test::ServiceAccount(m_http, m_stack, this);
    m_api = new ApiClient(m_http, m_account, this);
    m_admin = new KeycloakAdmin(m_api, m_stack.keycloakUrl(), m_stack.realm(), this);
    m_users = new UsersApi(m_admin, this);
    m_access = new UserAccessApi(m_admin, this);
    m_security = new UserSecurityApi(m_admin, this);
    m_organizations = new OrganizationsApi(m_admin, this);
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("custos.ini")));
    if (const Status saved = m_profiles->save(m_stack.profile()); !saved.ok())
        return saved.error().userMessage();
    return {};
}

QString PersonaWindow::requireAcr(const QString& acrValues)
{
    Profile profile = m_stack.profile();
    profile.acrValues = acrValues;
    const Status saved = m_profiles->save(profile);
    return saved.ok() ? QString() : saved.error().userMessage();
}

QString PersonaWindow::signIn(const QString& username)
{
    m_username = username;
    m_window = std::make_unique<MainWindow>(m_profiles.get(), &m_secrets);
    m_window->selectProfile(m_stack.profile().name);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return QStringLiteral("the window was not shown");
    m_window->signInController()->setUrlOpener([this](const QUrl& url) { return openInBrowser(url); });
    auto* signIn = m_window->findChild<QPushButton*>(QStringLiteral("signInButton"));
    if (!signIn || !signIn->isEnabled())
        return QStringLiteral("no sign-in button to press");
    QTest::mouseClick(signIn, Qt::LeftButton);
    // Until the workspace shows, or the browser gave up.
    const auto browserGaveUp = [this] {
        return !m_browsers.empty() && m_browsers.front()->hasExited() && !m_browsers.front()->succeeded(0);
    };
    if (!QTest::qWaitFor([&] { return m_window->workspace()->isVisible() || browserGaveUp(); }, 90000) ||
        !m_window->workspace()->isVisible())
        return QStringLiteral("the workspace did not show; the browser said: ") + browserOutput();
    if (!browserSucceeded(0))
        return QStringLiteral("the browser did not see the console's page: ") + browserOutput();
    // Write actions wait for the ledger, opened (or created) at sign-in with keys in the keychain.
    if (!QTest::qWaitFor([this] { return m_window->ledger()->trail() != nullptr; }, serverWait))
        return QStringLiteral("the ledger did not open: ") + m_window->ledger()->statusText();
    if (!QTest::qWaitFor([this] { return m_window->actionContext()->writeBlockedReason().isEmpty(); }, serverWait))
        return m_window->actionContext()->writeBlockedReason();
    return {};
}

bool PersonaWindow::openInBrowser(const QUrl& url)
{
    // Sign-out ends the browser's session at Keycloak's logout page: no login form to fill there.
    if (url.path().endsWith(QStringLiteral("/logout")))
        return true;
    // The persona's authenticator app too, when the devstack gave them one (a step-up to acr 2 asks its code).
    const QString demo = QStringLiteral("CUSTOS_DEMO_") + m_username.toUpper();
    auto browser =
        std::make_unique<test::BrowserLogin>(m_username, m_stack.value(demo + QStringLiteral("_PASSWORD")), QString(),
                                             m_stack.value(demo + QStringLiteral("_TOTP_SECRET")));
    browser->open(url);
    m_browsers.push_back(std::move(browser));
    return true;
}

bool PersonaWindow::browserSucceeded(int round)
{
    return round >= 0 && round < browserRounds() && m_browsers.at(size_t(round))->succeeded();
}

QString PersonaWindow::browserOutput()
{
    QString output;
    for (const auto& browser : m_browsers)
        output += QString::fromUtf8(browser->output()) + u'\n';
    return output;
}

bool PersonaWindow::ageSignIn()
{
    Session* session = m_window->session();
    std::optional<Result<QByteArray>> refresh;
    m_secrets.read(Session::keychainKey(session->profile(), session->identity().subject), this,
                   [&refresh](const Result<QByteArray>& read) { refresh.emplace(read); });
    if (!QTest::qWaitFor([&] { return refresh.has_value(); }, serverWait) || !refresh->ok())
        return false;
    TokenSet tokens;
    tokens.accessToken = session->accessToken();
    tokens.refreshToken = refresh->value();
    tokens.idToken = session->idToken();
    tokens.accessExpiresAt = session->accessExpiresAt();
    tokens.refreshExpiresAt = session->sessionExpiresAt();
    Identity identity = session->identity();
    identity.authTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
    return session->adoptStepUp(tokens, identity).ok();
}

QString PersonaWindow::filePath(const QString& name) const
{
    return m_dir.filePath(name);
}

KeycloakUser PersonaWindow::createUser(const QString& username)
{
    const QJsonObject representation{
        {QStringLiteral("username"), username},
        {QStringLiteral("email"), QString(username + QStringLiteral("@example.org"))},
        {QStringLiteral("firstName"), QStringLiteral("Persona")},
        {QStringLiteral("lastName"), QStringLiteral("Test")},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("emailVerified"), true},
        {QStringLiteral("credentials"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("password")},
                                {QStringLiteral("value"), QString(username + QStringLiteral("-Demo-2026!"))},
                                {QStringLiteral("temporary"), false}}}}};
    const Result<QString> id = await<QString>([&](auto done) { m_users->create(representation, this, done); });
    if (!id.ok())
        return {};
    m_created.append(id.value());
    const Result<KeycloakUser> user = await<KeycloakUser>([&](auto done) { m_users->get(id.value(), this, done); });
    return user.ok() ? user.value() : KeycloakUser{};
}

std::optional<KeycloakUser> PersonaWindow::userNamed(const QString& username)
{
    const auto found =
        await<std::optional<KeycloakUser>>([&](auto done) { m_users->findByUsername(username, this, done); });
    return found.ok() ? found.value() : std::nullopt;
}

bool PersonaWindow::deleteUser(const QString& id)
{
    return await<Done>([&](auto done) { m_users->remove(id, this, [done](const Status& status) { done(status); }); })
        .ok();
}

bool PersonaWindow::restoreDemoUser(const QString& username)
{
    QFile file(QStringLiteral(CUSTOS_DEMO_REALM));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject demo;
    for (const QJsonValue user :
         QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("users")).toArray())
        if (user.toObject().value(QStringLiteral("username")).toString() == username)
            demo = user.toObject();
    if (demo.isEmpty())
        return false;
    // Realm roles are granted apart from the user's creation; the demo users hold the default ones only.
    demo.remove(QStringLiteral("realmRoles"));
    if (const std::optional<KeycloakUser> changed = userNamed(username); changed && !deleteUser(changed->id))
        return false;
    return await<QString>([&](auto done) { m_users->create(demo, this, done); }).ok();
}

bool PersonaWindow::restoreDemoUserNowAndAtEnd(const QString& username)
{
    if (!m_restore.contains(username))
        m_restore.append(username);
    return restoreDemoUser(username);
}

QWidget* PersonaWindow::openSection(const QString& key)
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("workspaceNavigation"));
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
    if (!navigation || !stack)
        return nullptr;
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem* item = navigation->item(row);
        if (item->data(Qt::UserRole).toString() != key)
            continue;
        navigation->scrollToItem(item);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
        return navigation->currentRow() == row ? stack->currentWidget() : nullptr;
    }
    return nullptr;
}

bool PersonaWindow::selectUser(const QString& username)
{
    if (!openSection(QStringLiteral("users")))
        return false;
    UsersPage* page = m_window->workspace()->usersPage();
    page->findChild<QComboBox*>(QStringLiteral("searchModeBox"))->setCurrentIndex(int(UserQuery::Mode::Exact));
    auto* field = page->findChild<QLineEdit*>(QStringLiteral("searchField"));
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, username);
    QTest::keyClick(field, Qt::Key_Return);
    UsersModel* model = page->model();
    if (!QTest::qWaitFor([&] { return model->rowCount() == 1 && model->user(0).username == username; }, serverWait))
        return false;
    auto* table = page->findChild<QTableView*>(QStringLiteral("usersTable"));
    const QModelIndex first = table->model()->index(0, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    return QTest::qWaitFor([&] { return page->detailPanel()->userId() == model->user(0).id; }, serverWait);
}

bool PersonaWindow::click(QAction* action)
{
    if (!action || !action->isEnabled())
        return false;
    for (QObject* object : action->associatedObjects())
        if (auto* bar = qobject_cast<QToolBar*>(object))
            if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action));
                button && button->isVisible()) {
                QTest::mouseClick(button, Qt::LeftButton);
                return true;
            }
    action->trigger();
    return true;
}

QList<QObject*> PersonaWindow::findAll(const QString& name)
{
    QList<QObject*> visible;
    QList<QObject*> hidden;
    const auto named = [&name](QObject* object) {
        if (object->objectName() == name)
            return true;
        if (const auto* widget = qobject_cast<QWidget*>(object); widget && widget->accessibleName() == name)
            return true;
        const auto* action = qobject_cast<QAction*>(object);
        return action && QString(action->text()).remove(u'&') == name;
    };
    for (QWidget* top : QApplication::topLevelWidgets()) {
        QList<QObject*> candidates{top};
        candidates += top->findChildren<QObject*>();
        for (QObject* object : std::as_const(candidates)) {
            if (!named(object))
                continue;
            const auto* widget = qobject_cast<QWidget*>(object);
            (widget && !widget->isVisible() ? hidden : visible).append(object);
        }
    }
    return visible + hidden;
}

QList<LedgerRecord> PersonaWindow::ledgerRecords() const
{
    if (!m_window || !m_window->ledger()->trail())
        return {};
    return test::ledgerRecords(m_window->ledger()->trail()->path());
}

qint64 PersonaWindow::ledgerSize() const
{
    if (!m_window || !m_window->ledger()->trail())
        return -1;
    auto store = LedgerStore::open(m_window->ledger()->trail()->path());
    if (!store)
        return -1;
    const Result<qint64> count = store.value()->recordCount();
    return count.ok() ? count.value() : -1;
}

std::optional<LedgerRecord> PersonaWindow::waitForRecord(const QString& action, const QString& target,
                                                         int timeoutMs) const
{
    std::optional<LedgerRecord> found;
    const bool recorded = QTest::qWaitFor(
        [&] {
            const QList<LedgerRecord> records = ledgerRecords();
            for (auto it = records.crbegin(); it != records.crend(); ++it)
                if (it->source == u"local" && it->action == action &&
                    (it->targetName == target || it->targetId == target)) {
                    found = *it;
                    return true;
                }
            return false;
        },
        timeoutMs);
    return recorded ? found : std::nullopt;
}

QString PersonaWindow::describe(const std::optional<LedgerRecord>& record)
{
    if (!record)
        return QStringLiteral("no such record");
    return QStringLiteral("%1 by %2 on %3: %4 (%5)")
        .arg(record->action, record->actorUsername, record->targetName, record->outcome, record->error);
}

} // namespace custos
