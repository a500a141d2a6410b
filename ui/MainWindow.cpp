#include "ui/MainWindow.h"

#include "core/auth/Session.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "ui/SignInController.h"
#include "ui/widgets/SignInPage.h"
#include "ui/widgets/WorkspacePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace custos {

MainWindow::MainWindow(ProfileStore* profiles, SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_http(new HttpClient(this))
    , m_session(new Session(secrets, this))
    , m_api(new ApiClient(m_http, m_session, this))
    , m_keycloak(new KeycloakAdmin(m_api, {}, {}, this))
    , m_controller(new SignInController(m_http, secrets, m_session, profiles, this))
    , m_pages(new QStackedWidget(this))
    , m_signIn(new SignInPage(this))
    , m_workspace(new WorkspacePage(m_session, m_keycloak, this))
    , m_connection(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Custos"));
    m_pages->addWidget(m_signIn);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addPermanentWidget(m_connection);
    createMenus();
    reloadProfiles(m_profiles->lastUsed());

    connect(m_signIn, &SignInPage::signInRequested, this, [this](const Profile& profile) {
        m_signIn->setStatus(tr("Contacting %1…").arg(profile.keycloakBaseUrl().host()));
        m_signIn->setBusy(true);
        m_controller->signIn(profile);
    });
    connect(m_signIn, &SignInPage::cancelRequested, m_controller, &SignInController::cancel);
    connect(m_controller, &SignInController::waitingForBrowser, m_signIn, &SignInPage::showWaiting);
    connect(m_controller, &SignInController::signInFailed, this, [this](const Error& error) {
        m_signIn->showIdle();
        m_signIn->setStatus(error.userMessage(), error.kind != Error::Kind::Cancelled);
    });
    connect(m_controller, &SignInController::resumeFailed, this, [this](const Error& error) {
        m_signIn->showIdle();
        if (error.kind == Error::Kind::Keychain)
            m_signIn->setStatus(tr("Your saved session could not be read: %1 You can still sign in; this session "
                                   "will not be remembered.").arg(error.userMessage()), true);
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
        auto* ask = new QMessageBox(QMessageBox::Question, tr("Session ended"),
                                    tr("Your session has ended (%1). Sign in again? What you were editing stays open.")
                                        .arg(error.why),
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

void MainWindow::selectProfile(const QString& name) { reloadProfiles(name); }

void MainWindow::resumeSession()
{
    const auto profile = m_signIn->selectedProfile();
    if (!profile || m_profiles->lastSubject(profile->name).isEmpty())
        return;
    m_signIn->setStatus(tr("Resuming your session…"));
    m_signIn->setBusy(true);
    m_controller->resume(*profile);
}

void MainWindow::reloadProfiles(const QString& selected) { m_signIn->setProfiles(m_profiles->profiles(), selected); }

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importAction = file->addAction(tr("&Import profile…"), this, &MainWindow::importProfile);
    importAction->setObjectName(QStringLiteral("importProfileAction"));
    m_signOutAction = file->addAction(tr("Sign &out"), m_controller, &SignInController::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Custos"), this, [this] {
        QMessageBox::about(this, tr("About Custos"),
                           tr("<h3>Custos %1</h3><p>A desktop console for identity and access administration, with "
                              "a signed local audit ledger.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::onSignedIn()
{
    const Profile& profile = m_session->profile();
    m_keycloak->setRealm(profile.keycloakBaseUrl(), profile.realm());
    m_signIn->showIdle();
    m_signIn->setStatus({});
    m_pages->setCurrentWidget(m_workspace);
    m_workspace->refresh();
    m_signOutAction->setEnabled(true);
    updateStatusBar();
}

void MainWindow::onSignedOut()
{
    m_pages->setCurrentWidget(m_signIn);
    m_signIn->setStatus(tr("You are signed out."));
    m_signOutAction->setEnabled(false);
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    if (!m_session->isSignedIn()) {
        m_connection->setText(tr("Not signed in"));
        return;
    }
    QString text = tr("%1 · %2 on %3")
                       .arg(m_session->identity().username, m_session->profile().name,
                            m_session->profile().keycloakBaseUrl().host());
    if (m_session->persistence() == Session::Persistence::SessionOnly)
        text += tr(" · session only");
    m_connection->setText(text);
}

void MainWindow::importProfile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import profile"), QString(), tr("Custos profiles (*.json)"));
    if (path.isEmpty())
        return;
    const Result<Profile> profile = Profile::fromFile(path);
    if (!profile.ok()) {
        QMessageBox::warning(this, tr("Import profile"), profile.error().userMessage());
        return;
    }
    if (Status saved = m_profiles->save(profile.value()); !saved.ok()) {
        QMessageBox::warning(this, tr("Import profile"), saved.error().userMessage());
        return;
    }
    reloadProfiles(profile->name);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace custos
