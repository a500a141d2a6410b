#include "ui/MainWindow.h"

#include "ui/widgets/SignInPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace custos {

MainWindow::MainWindow(ProfileStore* profiles, QWidget* parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_pages(new QStackedWidget(this))
    , m_signIn(new SignInPage(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Custos"));
    m_pages->addWidget(m_signIn);
    setCentralWidget(m_pages);
    createMenus();
    statusBar()->showMessage(tr("Not signed in"));
    reloadProfiles(m_profiles->lastUsed());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
}

void MainWindow::selectProfile(const QString& name) { reloadProfiles(name); }

void MainWindow::reloadProfiles(const QString& selected) { m_signIn->setProfiles(m_profiles->profiles(), selected); }

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importAction = file->addAction(tr("&Import profile…"), this, &MainWindow::importProfile);
    importAction->setObjectName(QStringLiteral("importProfileAction"));
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
