#include "ui/MainWindow.h"

#include "core/actions/ActionContext.h"
#include "core/actions/InterruptedActions.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/auth/Session.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/OrganizationsApi.h"
#include "core/keycloak/RealmKeysApi.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/platform/ExpiryCollector.h"
#include "core/platform/PlatformApi.h"
#include "core/users/Operator.h"
#include "ui/LedgerController.h"
#include "ui/SignInController.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/AuditorWindow.h"
#include "ui/audit/ErasureController.h"
#include "ui/certificates/CertificatesPage.h"
#include "ui/expiry/ExpiryPage.h"
#include "ui/expiry/ExpirySummary.h"
#include "ui/history/HistoryPanel.h"
#include "ui/history/SessionHistory.h"
#include "ui/keys/RealmKeysPage.h"
#include "ui/reports/AuditReportDialog.h"
#include "ui/roles/RoleHoldersAction.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/tenants/TenantsPage.h"
#include "ui/users/UserActionsController.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/KeyFileDialog.h"
#include "ui/widgets/MessageBoxes.h"
#include "ui/widgets/OverviewPage.h"
#include "ui/widgets/Shortcuts.h"
#include "ui/widgets/SignInPage.h"
#include "ui/widgets/StatusColours.h"
#include "ui/widgets/WorkspacePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSysInfo>
#include <QToolButton>
#include <QVBoxLayout>
#include <atomic>
#include <memory>

namespace custos {

MainWindow::MainWindow(ProfileStore* profiles, SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_http(new HttpClient(this))
    , m_session(new Session(secrets, this))
    , m_api(new ApiClient(m_http, m_session, this))
    , m_keycloak(new KeycloakAdmin(m_api, {}, {}, this))
    , m_users(new UsersApi(m_keycloak, this))
    , m_userAccess(new UserAccessApi(m_keycloak, this))
    , m_userSecurity(new UserSecurityApi(m_keycloak, this))
    , m_platform(new PlatformApi(m_api, {}, this))
    , m_organizations(new OrganizationsApi(m_keycloak, this))
    , m_realmKeys(new RealmKeysApi(m_keycloak, this))
    , m_controller(new SignInController(m_http, secrets, m_session, profiles, this))
    , m_actions(
          new ActionContext([this] { return Operator::from(m_session->identity(), m_session->profile().acrValues); },
                            [this](const QString& reason, QObject* context, std::function<void(const Status&)> done) {
                                m_controller->stepUp(reason, context, std::move(done));
                            },
                            this))
    , m_pages(new QStackedWidget(this))
    , m_signIn(new SignInPage(this))
    , m_workspace(
          new WorkspacePage(m_session, UserServices{m_users, m_userAccess, m_userSecurity, nullptr}, m_actions, this))
    , m_audit(new AuditPage(this))
    , m_userActions(new UserActionsController(UserServices{m_users, m_userAccess, m_userSecurity, nullptr}, m_actions,
                                              this, this))
    , m_platformContext(
          new PlatformContext(PlatformServices{m_platform, m_organizations, m_users, nullptr}, m_actions, this))
    , m_expiry(new ExpiryCollector(m_platform, m_realmKeys, this))
    , m_ledger(new LedgerController(
          secrets, m_session, m_keycloak,
          [this](const QString& reason, QObject* context, std::function<void(const Status&)> done) {
              m_controller->stepUp(reason, context, std::move(done));
          },
          this))
    , m_erasure(new ErasureController(m_actions, m_audit, this, this))
    , m_history(new SessionHistory(this))
    , m_historyPanel(new HistoryPanel(m_history, this))
    , m_notice(new OutcomeBar(this))
    , m_connection(new QLabel(this))
    , m_ledgerStatus(new QLabel(this))
    , m_witnessStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Custos"));
    m_pages->addWidget(m_signIn);
    m_pages->addWidget(m_workspace);
    // The local ledger's records; whoever opens the ledger (the audit trail) hands the page its path.
    addPlatformSections();
    m_workspace->addSection(QStringLiteral("audit"), tr("Audit"), m_audit);
    // The notification above the pages; the history under them, its height the operator's to choose.
    auto* pagesAndHistory = new QSplitter(Qt::Vertical, this);
    pagesAndHistory->setObjectName(QStringLiteral("historySplitter"));
    pagesAndHistory->addWidget(m_pages);
    pagesAndHistory->addWidget(m_historyPanel);
    pagesAndHistory->setStretchFactor(0, 3);
    pagesAndHistory->setStretchFactor(1, 1);
    pagesAndHistory->setChildrenCollapsible(false);
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_notice);
    column->addWidget(pagesAndHistory, 1);
    setCentralWidget(central);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_ledgerStatus->setObjectName(QStringLiteral("ledgerStatus"));
    m_ledgerStatus->setText(m_ledger->statusText());
    statusBar()->addPermanentWidget(m_ledgerStatus);
    // Recording events runs in the background; the operator can stop it (the next run resumes where it stopped).
    auto* stopRecording = new QToolButton(this);
    stopRecording->setObjectName(QStringLiteral("stopRecordingButton"));
    stopRecording->setText(tr("Stop"));
    stopRecording->setToolTip(tr("Stop recording events into the ledger; the next run resumes where this one stopped"));
    stopRecording->setAccessibleName(tr("Stop recording events"));
    stopRecording->setAutoRaise(true);
    stopRecording->hide();
    statusBar()->addPermanentWidget(stopRecording);
    connect(stopRecording, &QToolButton::clicked, m_ledger, &LedgerController::cancelIngestion);
    connect(m_ledger, &LedgerController::statusChanged, stopRecording,
            [this, stopRecording] { stopRecording->setVisible(m_ledger->isIngesting()); });
    // How recently the profile's witnesses cosigned the ledger; hidden without witnesses.
    m_witnessStatus->setObjectName(QStringLiteral("witnessStatus"));
    m_witnessStatus->setVisible(false);
    statusBar()->addPermanentWidget(m_witnessStatus);
    connect(m_ledger, &LedgerController::witnessStatusChanged, m_witnessStatus, [this](const QString& text) {
        m_witnessStatus->setText(text);
        m_witnessStatus->setVisible(!text.isEmpty());
        using State = LedgerWitnessing::State;
        const LedgerWitnessing* witnessing = m_ledger->witnessing();
        const State state = witnessing ? witnessing->state() : State::Witnessed;
        StatusColours::colourText(m_witnessStatus, state == State::Forked || state == State::NotEnrolled
                                                       ? std::optional(StatusColours::Role::Danger)
                                                   : state == State::Witnessed
                                                       ? std::nullopt
                                                       : std::optional(StatusColours::Role::Warning));
    });
    // The witnesses do not know this ledger: how to enroll it, with its key to copy.
    connect(m_ledger, &LedgerController::enrollmentNeeded, this,
            [this](const QString& message, const QString& verifierKey) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Audit ledger not enrolled"),
                                            tr("<p>%1</p><p>The ledger's key:</p><pre>%2</pre>")
                                                .arg(message.toHtmlEscaped(), verifierKey.toHtmlEscaped()),
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("enrollmentNeeded"));
                box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    statusBar()->addPermanentWidget(m_connection);
    createOutcomeViews();
    connect(m_ledger, &LedgerController::statusChanged, m_ledgerStatus, [this](const QString& text) {
        m_ledgerStatus->setText(text);
        // A refused ledger is an alarm: red until the next sign-in opens a good one.
        StatusColours::colourText(m_ledgerStatus,
                                  m_ledger->isRefused() ? std::optional(StatusColours::Role::Danger) : std::nullopt);
    });
    connect(m_ledger, &LedgerController::opened, this, [this](LedgerAuditTrail* trail) {
        m_history->watch(trail);
        m_actions->setAuditTrail(trail);
        m_audit->follow(trail);
        m_erasure->setLedger(trail);
        m_exportLedgerAction->setEnabled(true);
        m_saveReportAction->setEnabled(true);
        m_recordEventsAction->setEnabled(true);
        // An intent without an outcome means a previous run stopped between the two: record what the server shows
        // now; each outcome then appears in the history and the notification like any other.
        auto* interrupted = new InterruptedActions(trail, m_users, m_platform, m_actions->currentOperator(), this);
        connect(interrupted, &InterruptedActions::found, this, [this](const QList<QJsonObject>& intents) {
            statusBar()->showMessage(tr("%n action(s) were interrupted before their outcome was recorded; checking "
                                        "their targets on the server",
                                        nullptr, int(intents.size())));
        });
        connect(interrupted, &InterruptedActions::finished, interrupted, &QObject::deleteLater);
        interrupted->start();
    });
    connect(m_audit, &AuditPage::reportRequested, this, &MainWindow::saveAuditReport);
    // The platform's audit feed is recorded as far as the operator may read it: all of it (cpi-admin, viewer) or
    // their own tenant's chain (tenant admin).
    // Certificates and keys are checked as far as the operator may read them, once their platform scopes are
    // known (or known to be unknown: the realm keys are still checked).
    connect(m_platformContext, &PlatformContext::identityChanged, this, [this] {
        if (!m_session->isSignedIn())
            return;
        m_expiry->setGate(m_actions->gate());
        m_expiry->collect();
    });
    connect(m_platformContext, &PlatformContext::identityChanged, this, [this] {
        const PlatformIdentity& identity = m_actions->platformIdentity();
        if (!m_actions->hasPlatformIdentity())
            m_ledger->setPlatformFeed(nullptr);
        else if (identity.may(QStringLiteral("audit:read")))
            m_ledger->setPlatformFeed(m_platform);
        else if (identity.may(QStringLiteral("audit:read:own")) && !identity.tenantId.isEmpty())
            m_ledger->setPlatformFeed(m_platform, identity.tenantId);
        else
            m_ledger->setPlatformFeed(nullptr);
    });
    connect(m_ledger, &LedgerController::platformChainBroken, this, [this](const QString& message) {
        statusBar()->showMessage(message);
        showMessageBox(this, QMessageBox::Critical, tr("Platform audit chain broken"),
                       tr("<p>%1</p><p>Recording the platform's audit feed stopped at that event, and the break "
                          "is recorded in the ledger. Report it to the platform team: an event was changed, "
                          "removed or inserted after it was written.</p>")
                           .arg(message.toHtmlEscaped()));
    });
    // Without a keychain the ledger's keys live in a passphrase-protected key file, unlocked once per session.
    connect(m_ledger, &LedgerController::keyFileNeeded, this, [this](const QString& keyFile, bool exists) {
        const QString reason = tr("its key file is locked until its passphrase is typed");
        m_actions->setAuditUnavailable(reason);
        KeyFileDialog::ask(this, m_ledger, keyFile, exists);
    });
    connect(m_ledger, &LedgerController::openFailed, this, [this](const QString& reason) {
        // Retried at the next sign-in; until then nothing can be changed.
        m_actions->setAuditUnavailable(reason);
        statusBar()->showMessage(m_actions->writeBlockedReason());
    });
    createMenus();
    Shortcuts::addContextMenuKeys(this);
    reloadProfiles(m_profiles->lastUsed());

    // User actions: the users page only asks (actionRequested, revokeSessionRequested); the controller runs them
    // and the page reads the changed users again (refreshUsers).
    UsersPage* usersPage = m_workspace->usersPage();
    connect(usersPage, &UsersPage::actionRequested, m_userActions, &UserActionsController::request);
    connect(usersPage, &UsersPage::revokeSessionRequested, m_userActions, &UserActionsController::requestSessionRevoke);
    connect(m_userActions, &UserActionsController::usersChanged, usersPage, &UsersPage::refreshUsers);
    connect(m_userActions, &UserActionsController::openUserRequested, this, [this, usersPage](const UserRef& user) {
        m_workspace->showSection(QStringLiteral("users"));
        KeycloakUser listed;
        listed.id = user.id;
        listed.username = user.username;
        usersPage->detailPanel()->setUser(listed); // reads the whole user by id
    });
    connect(m_userActions, &UserActionsController::outcomeReported, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    // What the operator may do follows who is signed in, their roles and authentication, and the ledger.
    connect(m_session, &Session::signedIn, m_actions, &ActionContext::operatorChanged);
    connect(m_session, &Session::refreshed, m_actions, &ActionContext::operatorChanged);
    connect(m_session, &Session::signedOut, m_actions, &ActionContext::operatorChanged);
    connect(m_actions, &ActionContext::accessChanged, this, &MainWindow::updateBulkAction);
    // A step-up (before an MFA reset) runs while the workspace is shown, not the sign-in page: when no browser
    // could be opened, the address to open is given here.
    connect(m_controller, &SignInController::waitingForBrowser, this, [this](const QUrl& url, bool browserOpened) {
        if (m_pages->currentWidget() != m_signIn && !browserOpened)
            statusBar()->showMessage(
                tr("Open this address in your browser to confirm it is you: %1").arg(url.toString(QUrl::FullyEncoded)));
    });

    connect(m_signIn, &SignInPage::signInRequested, this, [this](const Profile& profile) {
        m_signIn->setStatus(tr("Contacting %1…").arg(profile.keycloakBaseUrl().host()));
        m_signIn->setBusy(true);
        m_controller->signIn(profile);
    });
    connect(m_signIn, &SignInPage::cancelRequested, m_controller, &SignInController::cancel);
    // Only a sign-in waits on the sign-in page; a step-up runs while signed in, and its address must not be left
    // behind there for after the sign-out.
    connect(m_controller, &SignInController::waitingForBrowser, this, [this](const QUrl& url, bool browserOpened) {
        if (!m_session->isSignedIn())
            m_signIn->showWaiting(url, browserOpened);
    });
    connect(m_controller, &SignInController::signInFailed, this, [this](const Error& error) {
        m_signIn->showIdle();
        m_signIn->setStatus(error.userMessage(), error.kind != Error::Kind::Cancelled);
    });
    connect(m_controller, &SignInController::resumeFailed, this, [this](const Error& error) {
        m_signIn->showIdle();
        if (error.kind == Error::Kind::Keychain)
            m_signIn->setStatus(tr("Your saved session could not be read: %1 You can still sign in; this session "
                                   "will not be remembered.")
                                    .arg(error.userMessage()),
                                true);
        else if (error.kind != Error::Kind::NotFound)
            m_signIn->setStatus(tr("Your saved session has ended (%1). Please sign in again.").arg(error.why));
    });
    connect(m_session, &Session::signedIn, this, &MainWindow::onSignedIn);
    connect(m_session, &Session::signedOut, this, &MainWindow::onSignedOut);
    connect(m_session, &Session::persistenceChanged, this, &MainWindow::updateStatusBar);
    connect(m_session, &Session::expired, this, [this](const Error& error) {
        // The workspace stays as it is, with whatever the operator was editing; only sign-in is asked for.
        statusBar()->showMessage(tr("Your session has ended: %1").arg(error.why));
        // Window-modal and asynchronous: no nested event loop inside the refresh that reported the end.
        auto* ask = new QMessageBox(
            QMessageBox::Question, tr("Session ended"),
            tr("Your session has ended (%1). Sign in again? What you were editing stays open.").arg(error.why),
            QMessageBox::Yes | QMessageBox::No, this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setObjectName(QStringLiteral("sessionEndedBox"));
        const Profile profile = m_session->profile();
        connect(ask, &QMessageBox::finished, this, [this, profile](int answer) {
            if (answer == QMessageBox::Yes)
                m_controller->signIn(profile);
        });
        ask->open();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPlatformSections()
{
    m_workspace->addSection(QStringLiteral("tenants"), tr("Tenants"), new TenantsPage(m_platformContext, this));
    m_workspace->addSection(QStringLiteral("certificates"), tr("Certificates"),
                            new CertificatesPage(m_platformContext, this));
    m_workspace->addSection(QStringLiteral("keys"), tr("Realm keys"),
                            new RealmKeysPage(m_actions, m_realmKeys, m_keycloak, this));
    m_workspace->addSection(QStringLiteral("expiry"), tr("Expiry"), new ExpiryPage(m_expiry, this));
    // What expires soon is on the overview at sign-in, with a link to the whole list.
    auto* summary = new ExpirySummary(m_expiry, this);
    summary->setObjectName(QStringLiteral("expirySummary"));
    m_workspace->overviewPage()->addRow(tr("Expiring soon:"), summary);
    connect(summary, &ExpirySummary::openRequested, this,
            [this] { m_workspace->showSection(QStringLiteral("expiry")); });
}

void MainWindow::createOutcomeViews()
{
    // Every action's outcome stays in view until dismissed or replaced by the next one; the status bar's message
    // fades, this does not.
    m_notice->setObjectName(QStringLiteral("windowNotice"));
    m_notice->setAccessibleName(tr("Notification"));
    connect(m_history, &SessionHistory::added, m_notice, [this](const SessionHistory::Outcome& outcome) {
        m_notice->showResult(outcome.sentence(), outcome.succeeded);
    });
    auto* historyButton = new QToolButton(this);
    historyButton->setObjectName(QStringLiteral("historyButton"));
    historyButton->setText(tr("History"));
    historyButton->setAccessibleName(tr("History of this session"));
    historyButton->setToolTip(Shortcuts::withShortcut(tr("The outcomes of this session's actions"),
                                                      m_historyPanel->toggleAction()->shortcut()));
    historyButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(historyButton);
    connect(historyButton, &QToolButton::clicked, m_historyPanel->toggleAction(), &QAction::trigger);
}

void MainWindow::selectProfile(const QString& name)
{
    reloadProfiles(name);
}

void MainWindow::resumeSession()
{
    const auto profile = m_signIn->selectedProfile();
    if (!profile || m_profiles->lastSubject(profile->name).isEmpty())
        return;
    m_signIn->setStatus(tr("Resuming your session…"));
    m_signIn->setBusy(true);
    m_controller->resume(*profile);
}

void MainWindow::reloadProfiles(const QString& selected)
{
    m_signIn->setProfiles(m_profiles->profiles(), selected);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importAction = file->addAction(tr("&Import profile…"), this, &MainWindow::importProfile);
    importAction->setObjectName(QStringLiteral("importProfileAction"));
    QAction* openExport = file->addAction(tr("&Open ledger export…"), this, &MainWindow::openLedgerExport);
    openExport->setObjectName(QStringLiteral("openExportAction"));
    openExport->setShortcut(QKeySequence::Open);
    m_signOutAction = file->addAction(tr("Sign &out"), m_controller, &SignInController::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setEnabled(false);
    file->addSeparator();
    // The users selected on the users page come along; with none, the dialog starts from a CSV file.
    m_bulkCsvAction = file->addAction(tr("&Bulk action from a CSV file…"), m_userActions, [this] {
        m_userActions->requestBulk(m_workspace->usersPage()->selectedUsers());
    });
    m_bulkCsvAction->setObjectName(QStringLiteral("bulkCsvAction"));
    updateBulkAction();
    m_exportLedgerAction = file->addAction(tr("&Export audit ledger…"), this, &MainWindow::exportLedger);
    m_exportLedgerAction->setObjectName(QStringLiteral("exportLedgerAction"));
    m_exportLedgerAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportLedgerAction->setEnabled(false);
    m_saveReportAction = file->addAction(tr("Save audit &report as PDF…"), this, &MainWindow::saveAuditReport);
    m_saveReportAction->setObjectName(QStringLiteral("saveReportAction"));
    m_saveReportAction->setShortcut(QKeySequence::Print);
    m_saveReportAction->setEnabled(false);
    m_recordEventsAction =
        file->addAction(tr("&Record Keycloak events now"), m_ledger, &LedgerController::recordKeycloakEvents);
    m_recordEventsAction->setObjectName(QStringLiteral("recordEventsAction"));
    m_recordEventsAction->setEnabled(false);
    // A person's data erased from the ledger; also on a record's context menu in the audit view.
    m_eraseAction =
        file->addAction(tr("Erase &personal data from the ledger…"), m_erasure, [this] { m_erasure->request({}); });
    m_eraseAction->setObjectName(QStringLiteral("erasePersonalDataMenuAction"));
    connect(m_erasure, &ErasureController::offerChanged, m_eraseAction, [this](const QString& whyNot) {
        m_eraseAction->setEnabled(whyNot.isEmpty());
        m_eraseAction->setToolTip(whyNot);
    });
    m_erasure->updateOffer();
    connect(m_erasure, &ErasureController::outcomeReported, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_historyPanel->toggleAction());
    view->addAction(new RoleHoldersAction(m_session, m_actions, m_keycloak, m_userAccess, this));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Custos"), this, [this] {
        showMessageBox(this, QMessageBox::Information, tr("About Custos"),
                       tr("<h3>Custos %1</h3><p>A desktop console for identity and access "
                          "administration, with a signed local audit ledger.</p>")
                           .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::onSignedIn()
{
    const Profile& profile = m_session->profile();
    m_keycloak->setRealm(profile.keycloakBaseUrl(), profile.realm());
    m_platform->setServiceRoot(profile.platformUrl);
    m_actions->setJustificationPolicy(profile.justification);
    m_userActions->setCallerAttributes(profile.callerAttributes);
    // The expiry overview is collected once the platform scopes are known (identityChanged).
    m_platformContext->refreshIdentity();
    m_signIn->showIdle();
    m_signIn->setStatus({});
    m_pages->setCurrentWidget(m_workspace);
    m_workspace->refresh();
    m_signOutAction->setEnabled(true);
    openLedger();
    updateBulkAction();
    updateStatusBar();
}

void MainWindow::onSignedOut()
{
    m_pages->setCurrentWidget(m_signIn);
    m_workspace->clear();
    m_platformContext->clear();
    m_signIn->showIdle();
    m_signIn->setStatus(tr("You are signed out."));
    // The next person starts with a history of their own.
    m_history->clear();
    m_notice->hide();
    m_signOutAction->setEnabled(false);
    m_ledger->pause();
    m_ledger->setPlatformFeed(nullptr);
    updateBulkAction();
    updateStatusBar();
}

namespace {

// One ledger per OS account and machine, shared by every profile (each record names its actor and target), so
// its origin names the machine, not a profile: "custos.local/<host name>". A C2SP origin may hold no white space
// and no '+'; any character of the host name other than [A-Za-z0-9.-] becomes '-'. The origin is fixed when the
// ledger is created; opening an existing ledger keeps its own.
QString ledgerOrigin()
{
    QString host = QSysInfo::machineHostName();
    for (QChar& c : host)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'.' && c != u'-')
            c = u'-';
    return QStringLiteral("custos.local/") + (host.isEmpty() ? QStringLiteral("this-machine") : host);
}

} // namespace

void MainWindow::openLedger()
{
    const QString directory =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/ledger");
    // The ledger says who did what to whom: only this OS account may read it.
    if (!QDir().mkpath(directory) ||
        !QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        m_actions->setAuditUnavailable(tr("the folder %1 could not be created").arg(directory));
        return;
    }
    if (!m_ledger->trail())
        m_actions->setAuditUnavailable(tr("it is being opened"));
    m_ledger->setWitnesses(m_session->profile().witnesses);
    m_ledger->open(directory + QStringLiteral("/custos.ledger"), ledgerOrigin());
}

void MainWindow::exportLedger()
{
    // Non-modal: the window keeps working while the operator picks a file.
    auto* dialog = new QFileDialog(this, tr("Export audit ledger"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QStringList filters{tr("Verifiable ledger export (*.custos-ledger)"),
                              tr("JSON Lines with HMAC, compatible with the Flask JML tool (*.jsonl)"),
                              tr("Spreadsheet (*.csv)")};
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(QStringLiteral("custos-ledger"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString& filter) {
        const QStringList suffixes{QStringLiteral("custos-ledger"), QStringLiteral("jsonl"), QStringLiteral("csv")};
        dialog->setDefaultSuffix(suffixes.value(int(filters.indexOf(filter)), suffixes.first()));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, filters](const QString& path) {
        const int chosen = int(filters.indexOf(dialog->selectedNameFilter()));
        const auto format = chosen == 1   ? LedgerAuditTrail::ExportFormat::JsonLinesHmac
                            : chosen == 2 ? LedgerAuditTrail::ExportFormat::Csv
                                          : LedgerAuditTrail::ExportFormat::Evidence;
        statusBar()->showMessage(tr("Confirm your identity to export the audit ledger…"));
        // Made at the first progress (after step-up), shown only if the export lasts over a second; non-modal,
        // so its updates never process events re-entrantly.
        auto progressDialog = std::make_shared<QPointer<QProgressDialog>>();
        auto cancelled = std::make_shared<std::atomic<bool>>(false);
        const auto showProgress = [this, progressDialog, cancelled](qint64 done, qint64 total) {
            // After Cancel the worker still reports the step in flight: setValue() would show the dialog again.
            if (cancelled->load())
                return;
            if (!*progressDialog) {
                auto* bar = new QProgressDialog(tr("Exporting the audit ledger…"), tr("&Cancel"), 0, 1000, this);
                bar->setObjectName(QStringLiteral("exportProgress"));
                bar->setMinimumDuration(1000);
                bar->setAutoClose(false);
                bar->setAutoReset(false);
                connect(bar, &QProgressDialog::canceled, bar, [cancelled] { *cancelled = true; });
                *progressDialog = bar;
            }
            (*progressDialog)->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        };
        m_ledger->exportLedger(
            path, format, this,
            [this, path, progressDialog](const Status& exported) {
                if (*progressDialog)
                    (*progressDialog)->deleteLater();
                statusBar()->showMessage(exported.ok() ? tr("The audit ledger was exported to %1").arg(path)
                                                       : exported.error().userMessage());
                // A success is in the history already (its ledger record); a failure may have none (step-up).
                if (!exported.ok())
                    m_notice->showResult(exported.error().userMessage(), false);
            },
            showProgress, cancelled);
    });
    dialog->open();
}

void MainWindow::saveAuditReport()
{
    AuditReportDialog::chooseOutput(this, [this](const QString& path) { writeAuditReport(path); });
}

void MainWindow::writeAuditReport(const QString& path)
{
    statusBar()->showMessage(tr("Confirm your identity to write the audit report…"));
    m_ledger->confirmReport(this, [this, path](const Status& confirmed) {
        const auto record = [this, path](const Status& written, std::function<void(const Status&)> recorded) {
            m_ledger->recordReport(path, written, this, [this, path, recorded](const Status& outcome) {
                statusBar()->showMessage(outcome.ok() ? tr("The audit report was saved to %1").arg(path)
                                                      : outcome.error().userMessage());
                recorded(outcome);
            });
        };
        if (!confirmed.ok())
            return record(confirmed.error(), [](const Status&) {});
        AuditReportRequest request = m_audit->reportRequest();
        request.outputPath = path;
        const Identity& identity = m_session->identity();
        request.operatorName = identity.displayName.isEmpty()
                                   ? identity.username
                                   : QStringLiteral("%1 (%2)").arg(identity.displayName, identity.username);
        request.profileName = m_session->profile().name;
        auto* progress = new AuditReportDialog(std::move(request), this);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        progress->setRecorder(record);
        statusBar()->showMessage(tr("Writing the audit report…"));
        progress->start();
    });
}

void MainWindow::openLedgerExport()
{
    // Non-modal, like every file dialog here: the window keeps working while the auditor picks a file.
    auto* dialog = new QFileDialog(this, tr("Open ledger export"), {},
                                   tr("Ledger exports (*.custos-ledger *.jsonl *.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [](const QString& path) {
        auto* auditor = new AuditorWindow;
        auditor->setAttribute(Qt::WA_DeleteOnClose);
        auditor->openExport(path);
        auditor->show();
    });
    dialog->open();
}

void MainWindow::updateBulkAction()
{
    if (!m_bulkCsvAction)
        return;
    const QString why = m_session->isSignedIn() ? m_actions->gate().whyNot(ActionId::UserBulkCsv) : tr("Sign in first");
    m_bulkCsvAction->setEnabled(why.isEmpty());
    m_bulkCsvAction->setToolTip(why.isEmpty() ? tr("Leaver, role change, unlock or MFA reset for the users a CSV "
                                                   "file names")
                                              : why);
}

void MainWindow::updateStatusBar()
{
    if (!m_session->isSignedIn()) {
        m_connection->setText(tr("Not signed in"));
        return;
    }
    const QString text = m_session->persistence() == Session::Persistence::SessionOnly
                             ? tr("%1 · %2 on %3 · session only")
                             : tr("%1 · %2 on %3");
    m_connection->setText(text.arg(m_session->identity().username, m_session->profile().name,
                                   m_session->profile().keycloakBaseUrl().host()));
}

void MainWindow::importProfile()
{
    auto* dialog = new QFileDialog(this, tr("Import profile"), QString(), tr("Custos profiles (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::importProfileFrom);
    dialog->open();
}

void MainWindow::importProfileFrom(const QString& path)
{
    const Result<Profile> profile = Profile::fromFile(path);
    if (!profile.ok())
        return showMessageBox(this, QMessageBox::Warning, tr("Import profile"), profile.error().userMessage());
    if (Status saved = m_profiles->save(profile.value()); !saved.ok())
        return showMessageBox(this, QMessageBox::Warning, tr("Import profile"), saved.error().userMessage());
    reloadProfiles(profile->name);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace custos
