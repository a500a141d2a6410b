// Accessibility without a server: every focusable widget of the main window, its workspace pages, auditor mode and
// the main dialogs has an accessible name; Tab reaches every visible control, the toolbars' buttons included; the
// common shortcuts (section, search, refresh, new user) do what they say; Shift+F10 and the Menu key open a table's
// context menu; and a toolbar too narrow for its labels wraps instead of hiding actions.
#include "core/actions/ActionContext.h"
#include "core/keychain/SecretStore.h"
#include "core/keycloak/Representations.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "tests/support/MemoryTrail.h"
#include "ui/MainWindow.h"
#include "ui/audit/AuditorWindow.h"
#include "ui/audit/WitnessTrustDialog.h"
#include "ui/certificates/StageCertificateDialog.h"
#include "ui/certificates/StageTenantCaDialog.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/tenants/TenantDeleteDialog.h"
#include "ui/tenants/TenantWizard.h"
#include "ui/users/UsersPage.h"
#include "ui/users/dialogs/BulkDialog.h"
#include "ui/users/dialogs/HelpdeskDialog.h"
#include "ui/users/dialogs/JoinerDialog.h"
#include "ui/users/dialogs/LeaverDialog.h"
#include "ui/users/dialogs/MoverDialog.h"
#include "ui/widgets/ActionBar.h"
#include "ui/widgets/ConfirmationDialog.h"
#include "ui/widgets/WorkspacePage.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace custos;

namespace {

// Parts of a composite widget that the composite names: the line edit inside an editable combo box or a spin box,
// a combo box's popup list.
bool isInternalPart(const QWidget* widget)
{
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        if (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent))
            return true;
    return false;
}

bool hasBuddyLabel(const QWidget* widget)
{
    const QWidget* window = widget->window();
    const QList<QLabel*> labels = window->findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(),
                       [widget](const QLabel* label) { return label->buddy() == widget; });
}

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 \"%2\" (in %3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
}

// Every widget that can take the keyboard focus, and says nothing to a screen reader.
QStringList unnamedFocusable(const QWidget* root)
{
    QStringList unnamed;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(const_cast<QWidget*>(root));
    for (QWidget* widget : std::as_const(widgets)) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || isInternalPart(widget) || widget->focusProxy())
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        // On Linux a combo box's name is its current text: that says what is chosen, not what is being chosen.
        if (qobject_cast<QComboBox*>(widget) && widget->accessibleName().isEmpty() && !hasBuddyLabel(widget))
            name.clear();
        if (name.trimmed().isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

// The visible, enabled widgets Tab should stop at. Of a group of radio buttons only the checked one is: the arrow
// keys choose among them.
QSet<QWidget*> tabStops(QWidget* root)
{
    QSet<QWidget*> stops;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const auto* radio = qobject_cast<QRadioButton*>(widget);
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(root) && widget->isEnabled() &&
            !isInternalPart(widget) && !widget->focusProxy() && (!radio || radio->isChecked()))
            stops.insert(widget);
    }
    return stops;
}

// Presses Tab `limit` times; returns the widgets that were focused on the way.
QSet<QWidget*> tabAround(int limit)
{
    QSet<QWidget*> reached;
    for (int i = 0; i < limit; ++i) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused)
            break;
        reached.insert(focused->focusProxy() ? focused->focusProxy() : focused);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return reached;
}

QString names(const QSet<QWidget*>& widgets)
{
    QStringList described;
    for (const QWidget* widget : widgets)
        described.append(describe(widget));
    described.sort();
    return described.join(QStringLiteral("\n  "));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    MemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;

    void showAndActivate(QWidget* window)
    {
        window->show();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

    void verifyNamed(const QWidget* root)
    {
        const QStringList unnamed = unnamedFocusable(root);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 focusable widget(s) in %2 without an accessible "
                                                              "name:\n  %3")
                                                   .arg(unnamed.size())
                                                   .arg(root->objectName(), unnamed.join(QStringLiteral("\n  ")))));
    }

    void verifyTabReachesEverything(QWidget* window, QWidget* first)
    {
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        const QSet<QWidget*> stops = tabStops(window);
        const QSet<QWidget*> reached = tabAround(int(stops.size()) * 2 + 4);
        const QSet<QWidget*> missed = stops - reached;
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("Tab never reaches:\n  %1").arg(names(missed))));
    }

    PlatformContext* platformContext() const { return m_window->findChild<PlatformContext*>(); }
    UserAccessApi* access() const { return m_window->findChild<UserAccessApi*>(); }

    static KeycloakUser alice()
    {
        KeycloakUser user;
        user.id = QStringLiteral("0b0e2b1c-0000-4000-8000-000000000001");
        user.username = QStringLiteral("alice");
        user.email = QStringLiteral("alice@example.org");
        user.enabled = true;
        return user;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("custos.ini")));
        QVERIFY(m_profiles
                    ->save({QStringLiteral("Local devstack"),
                            QUrl(QStringLiteral("http://127.0.0.1:9/realms/demo")),
                            QStringLiteral("custos-console"),
                            {},
                            {},
                            {},
                            {},
                            {},
                            {}})
                    .ok());
        m_window = std::make_unique<MainWindow>(m_profiles.get(), &m_secrets);
        m_window->selectProfile(QStringLiteral("Local devstack"));
    }

    void cleanupTestCase() { m_window.reset(); }

    void mainWindowAndEveryPageAreNamed()
    {
        // The sign-in screen and, built with it though hidden until sign-in, every workspace page.
        verifyNamed(m_window.get());
    }

    void signInScreenIsReachableByTab()
    {
        showAndActivate(m_window.get());
        auto* profiles = m_window->findChild<QComboBox*>(QStringLiteral("profileBox"));
        QVERIFY(profiles);
        verifyTabReachesEverything(m_window.get(), profiles);
    }

    void workspaceIsReachableByTabAndShortcuts()
    {
        // The workspace on its own (no sign-in): navigation, the users page, the search.
        WorkspacePage* workspace = m_window->workspace();
        auto* stack = m_window->findChild<QStackedWidget*>();
        QVERIFY(stack);
        stack->setCurrentWidget(workspace);
        workspace->showSection(QStringLiteral("users"));
        QVERIFY(workspace->usersPage()->isVisible());
        auto* navigation = workspace->findChild<QWidget*>(QStringLiteral("workspaceNavigation"));
        verifyTabReachesEverything(m_window.get(), navigation);

        // Ctrl+F: the search field of the page shown, its text selected.
        auto* search = workspace->usersPage()->findChild<QLineEdit*>(QStringLiteral("searchField"));
        search->setText(QStringLiteral("old query"));
        navigation->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QCOMPARE(search->selectedText(), QStringLiteral("old query"));
        QVERIFY(search->toolTip().contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));

        // Ctrl+F on the tenants page finds the tenants' search, not the users'.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(workspace->currentSection(), QStringLiteral("tenants"));
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("tenantSearch"));

        // Every page's Refresh answers F5, and says so.
        for (const char* name : {"refreshListAction", "refreshTenantsAction", "refreshCertificatesAction",
                                 "refreshKeysAction", "refreshExpiryAction"}) {
            auto* action = workspace->findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Refresh));
        }
        QVERIFY(workspace->findChild<QAction*>(QStringLiteral("refreshTenantsAction"))
                    ->toolTip()
                    .contains(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));

        // New user and open export.
        QAction* create = workspace->usersPage()->action(UserAction::Create);
        QCOMPARE(create->shortcut(), QKeySequence(QKeySequence::New));
        auto* open = m_window->findChild<QAction*>(QStringLiteral("openExportAction"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
        stack->setCurrentIndex(0);
    }

    void toolbarButtonsAreInTheTabOrder()
    {
        // An operator who may create users, with the ledger open: New user is enabled. The window is not signed in,
        // so the users page is shown on its own, gated for that operator.
        ActionContext actions(
            [] {
                return Operator{QStringLiteral("00000000-accessibility"),
                                QStringLiteral("operator"),
                                {QStringLiteral("manage-users"), QStringLiteral("view-users"),
                                 QStringLiteral("query-users"), QStringLiteral("view-realm")},
                                QDateTime::currentDateTimeUtc()};
            },
            {});
        test::MemoryTrail trail;
        actions.setAuditTrail(&trail);
        UsersPage page(m_window->findChild<UsersApi*>(), access(), m_window->findChild<UserSecurityApi*>(), &actions);
        page.resize(1100, 700);
        showAndActivate(&page);
        QAction* create = page.action(UserAction::Create);
        QVERIFY(create->isEnabled());
        auto* bar = page.findChild<ActionBar*>(QStringLiteral("usersToolBar"));
        QVERIFY(bar);
        QWidget* button = bar->widgetForAction(create);
        QVERIFY(button && button->isVisible());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        // Tab from the search button goes on to the toolbar; Space there runs the action.
        auto* search = page.findChild<QWidget*>(QStringLiteral("searchButton"));
        search->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QSet<QWidget*> reached = tabAround(4);
        QVERIFY2(reached.contains(button), qPrintable(names(reached)));
        QSignalSpy requested(&page, &UsersPage::actionRequested);
        button->setFocus(Qt::TabFocusReason);
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<UserAction>(), UserAction::Create);
        page.close();

        // Every other page's toolbar too.
        showAndActivate(m_window.get());
        WorkspacePage* workspace = m_window->workspace();
        for (const char* name : {"tenantToolBar", "certificateToolBar"}) {
            auto* other = workspace->findChild<ActionBar*>(QString::fromLatin1(name));
            QVERIFY2(other, name);
            for (QToolButton* toolButton : other->findChildren<QToolButton*>())
                QVERIFY2(toolButton->focusPolicy() & Qt::TabFocus, qPrintable(toolButton->text()));
        }
    }

    void contextMenuKeysOpenATablesMenu_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        const QList<std::pair<QString, QString>> tables{
            {QStringLiteral("users"), QStringLiteral("usersTable")},
            {QStringLiteral("tenants"), QStringLiteral("tenantTable")},
            {QStringLiteral("certificates"), QStringLiteral("certificateTable")}};
        for (const auto& [section, table] : tables) {
            QTest::addRow("%s, Shift+F10", qPrintable(section))
                << section << table << int(Qt::Key_F10) << int(Qt::ShiftModifier);
            QTest::addRow("%s, Menu", qPrintable(section)) << section << table << int(Qt::Key_Menu) << 0;
        }
    }

    void contextMenuKeysOpenATablesMenu()
    {
        QFETCH(QString, section);
        QFETCH(QString, table);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        showAndActivate(m_window.get());
        WorkspacePage* workspace = m_window->workspace();
        auto* stack = m_window->findChild<QStackedWidget*>();
        stack->setCurrentWidget(workspace);
        workspace->showSection(section);
        auto* view = workspace->findChild<QAbstractItemView*>(table);
        QVERIFY(view);
        view->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        const auto shownMenu = [this]() -> QMenu* {
            for (QMenu* menu : m_window->findChildren<QMenu*>())
                if (menu->isVisible())
                    return menu;
            return nullptr;
        };
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = shownMenu()));
        // The table's own menu, with the actions on its selected rows, shown over the table as a right click puts it.
        QVERIFY(!menu->actions().isEmpty());
        if (section == QLatin1String("users"))
            QVERIFY(menu->actions().contains(workspace->usersPage()->action(UserAction::Offboard)));
        QVERIFY(view->rect().contains(view->mapFromGlobal(menu->pos())));
        menu->close();
        QTRY_VERIFY(!shownMenu());
        stack->setCurrentIndex(0);
    }

    void aNarrowToolbarWrapsInsteadOfHidingActions()
    {
        // The users page's actions in a bar of their own, its width set here rather than by the page's layout.
        const auto* usersBar =
            m_window->workspace()->usersPage()->findChild<ActionBar*>(QStringLiteral("usersToolBar"));
        ActionBar narrow;
        narrow.addActions(usersBar->actions());
        ActionBar* bar = &narrow;
        const int oneLine = bar->sizeHint().width();
        QVERIFY(bar->hasHeightForWidth());
        QVERIFY(bar->heightForWidth(oneLine / 2) > bar->heightForWidth(oneLine));
        // At half its width (its labels in a longer language), every button is still shown whole inside the bar.
        bar->resize(oneLine / 2, bar->heightForWidth(oneLine / 2));
        QCoreApplication::sendPostedEvents();
        const QList<QToolButton*> buttons = bar->findChildren<QToolButton*>();
        QVERIFY(buttons.size() >= 7);
        for (const QToolButton* button : buttons) {
            QVERIFY2(!button->isHidden(), qPrintable(button->text()));
            QVERIFY2(bar->rect().contains(button->geometry()), qPrintable(button->text()));
        }
    }

    void auditorWindowIsNamed()
    {
        AuditorWindow auditor(m_dir.filePath(QStringLiteral("trust.ini")));
        verifyNamed(&auditor);
        AuditorTrustStore trust(m_dir.filePath(QStringLiteral("trust.ini")));
        WitnessTrustDialog witnesses(trust);
        verifyNamed(&witnesses);
    }

    void dialogsAreNamed()
    {
        const KeycloakUser user = alice();
        Tenant tenant;
        tenant.id = QStringLiteral("t-1");
        tenant.slug = QStringLiteral("acme");
        tenant.name = QStringLiteral("Acme");
        std::vector<std::unique_ptr<QWidget>> dialogs;
        dialogs.emplace_back(new JoinerDialog(access()));
        dialogs.emplace_back(new MoverDialog(access(), user));
        dialogs.emplace_back(new LeaverDialog(user));
        dialogs.emplace_back(new HelpdeskDialog(UserAction::ResetPassword, user, std::nullopt));
        dialogs.emplace_back(new HelpdeskDialog(UserAction::SendActionsEmail, user, std::nullopt));
        dialogs.emplace_back(new BulkDialog(access(), {user}, UserAction::Offboard));
        dialogs.emplace_back(new TenantWizard(platformContext()));
        dialogs.emplace_back(new TenantDeleteDialog(tenant, {}));
        dialogs.emplace_back(new StageCertificateDialog(platformContext(), {QStringLiteral("platform.example.org")}));
        dialogs.emplace_back(new StageTenantCaDialog(platformContext(), tenant));
        dialogs.emplace_back(
            new ConfirmationDialog(QStringLiteral("tenantStatusConfirmBox"), QStringLiteral("Suspend acme"),
                                   QStringLiteral("Suspend the tenant acme?"), QStringLiteral("&Suspend"), {}));
        for (const auto& dialog : dialogs)
            verifyNamed(dialog.get());
    }

    void joinerDialogIsReachableByTab()
    {
        JoinerDialog dialog(access());
        showAndActivate(&dialog);
        auto* username = dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
        QVERIFY(username);
        // The first field has the focus as the dialog opens.
        QTRY_COMPARE(QApplication::focusWidget(), username);
        verifyTabReachesEverything(&dialog, username);
    }

    // The question before a platform write: the reason is typed first, and Tab reaches the ticket and the buttons.
    void confirmationIsReachableByTab()
    {
        ConfirmationDialog dialog(QStringLiteral("certificateConfirmBox"), QStringLiteral("Activate certificate"),
                                  QStringLiteral("Put CN=platform in service?"), QStringLiteral("&Activate"), {});
        dialog.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack here
        showAndActivate(&dialog);
        auto* reason = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        QVERIFY(reason);
        QTRY_COMPARE(QApplication::focusWidget(), reason);
        verifyTabReachesEverything(&dialog, reason);
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
