#include "ui/roles/RoleHoldersDialog.h"

#include "core/keycloak/RolesApi.h"
#include "core/keycloak/UserAccessApi.h"
#include "ui/roles/RoleHoldersModel.h"
#include "ui/widgets/AccessNotice.h"
#include "ui/widgets/StatusColours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace custos {

namespace {

const QString realmManagement = QStringLiteral("realm-management");
// The picker lists at most this many roles of each container: enough for any realm people pick roles from by eye.
constexpr int pickerRoles = 1000;
constexpr int clientRole = Qt::UserRole;
constexpr int nameRole = Qt::UserRole + 1;

} // namespace

RoleHoldersDialog::RoleHoldersDialog(UserAccessApi* access, RolesApi* roles, const ActionGate& gate, QWidget* parent)
    : QDialog(parent)
    , m_access(access)
    , m_roles(roles)
    , m_gate(gate)
    , m_search(new RoleHolders(access, roles, {}, this))
    , m_model(new RoleHoldersModel(this))
    , m_notice(new AccessNotice(ActionId::RoleHoldersView, tr("Your account cannot list who holds a role."), this))
    , m_picker(new QComboBox(this))
    , m_find(new QPushButton(tr("&Find holders"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("roleHoldersDialog"));
    setWindowTitle(tr("Who holds a role"));
    resize(860, 520);

    m_picker->setObjectName(QStringLiteral("roleHoldersPicker"));
    m_picker->setAccessibleName(tr("Role"));
    m_picker->setMinimumContentsLength(28);
    m_find->setObjectName(QStringLiteral("findHoldersButton"));
    m_find->setDefault(true);
    m_find->setToolTip(tr("Every user who holds the role: directly, through groups and their parent groups, and "
                          "through composite roles"));
    m_stop->setObjectName(QStringLiteral("stopHoldersButton"));
    m_stop->setToolTip(tr("Stop the search"));
    m_step->setObjectName(QStringLiteral("roleHoldersStep"));
    m_step->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("roleHoldersProgress"));
    m_progress->setRange(0, 0); // how many calls a search takes is known only as it goes
    m_progress->setAccessibleName(tr("Search in progress"));
    m_summary->setObjectName(QStringLiteral("roleHoldersSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("roleHoldersError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColours::colourText(m_error, StatusColours::Role::Danger);
    m_error->hide();

    m_table->setObjectName(QStringLiteral("roleHoldersTable"));
    m_table->setAccessibleName(tr("Holders of the role"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(RoleHoldersModel::UserColumn, 14 * em);
    m_table->setColumnWidth(RoleHoldersModel::NameColumn, 11 * em);
    m_table->setColumnWidth(RoleHoldersModel::StatusColumn, 6 * em);

    auto* chooser = new QHBoxLayout;
    auto* label = new QLabel(tr("&Role:"), this);
    label->setBuddy(m_picker);
    chooser->addWidget(label);
    chooser->addWidget(m_picker, 1);
    chooser->addWidget(m_find);
    auto* running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_stop);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_notice);
    column->addLayout(chooser);
    column->addWidget(m_step);
    column->addLayout(running);
    column->addWidget(m_error);
    column->addWidget(m_table, 1);
    column->addWidget(m_summary);
    column->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QPushButton::clicked, this, &RoleHoldersDialog::find);
    connect(m_stop, &QPushButton::clicked, this, &RoleHoldersDialog::stop);
    connect(m_search, &RoleHolders::progress, this, [this](const QString& step, int holders) {
        if (!step.isEmpty())
            m_stepText = step;
        m_step->setText(holders > 0 ? tr("%1… %n holder(s) so far", nullptr, holders).arg(m_stepText)
                                    : m_stepText + u'…');
    });
    setBusy(false);
    const bool allowed = m_notice->update(m_gate);
    m_picker->setEnabled(allowed);
    m_find->setEnabled(false);
}

void RoleHoldersDialog::load()
{
    if (!m_notice->update(m_gate) || m_pendingLists > 0)
        return;
    m_picker->clear();
    m_find->setEnabled(false);
    m_error->hide();
    m_step->setText(tr("Reading the roles…"));
    m_pendingLists = 2;
    m_roles->roles({}, 0, pickerRoles, this, [this](const Result<QList<RoleRef>>& roles) {
        if (!roles.ok())
            return showError(roles.error());
        addRoles(roles.value());
    });
    m_access->findClient(realmManagement, this, [this](const Result<std::optional<ClientRef>>& client) {
        if (!client.ok())
            return showError(client.error());
        if (!client->has_value())
            return showError(Error::forbidden(tr("Could not list the roles of %1").arg(realmManagement),
                                              tr("Keycloak does not show your account that client"),
                                              tr("Ask for view-clients, or the admin permission “view” on it")));
        const ClientRef found = client->value();
        m_roles->roles({found.id, found.clientId}, 0, pickerRoles, this, [this](const Result<QList<RoleRef>>& roles) {
            if (!roles.ok())
                return showError(roles.error());
            addRoles(roles.value());
        });
    });
}

void RoleHoldersDialog::addRoles(const QList<RoleRef>& roles)
{
    if (m_pendingLists == 0)
        return; // the other list failed: its error stays shown
    QList<RoleRef> sorted = roles;
    std::sort(sorted.begin(), sorted.end(), [](const RoleRef& a, const RoleRef& b) { return a.name < b.name; });
    // Realm roles first, then realm-management's, whichever list arrives first.
    int row = sorted.isEmpty() || sorted.first().clientId.isEmpty() ? 0 : m_picker->count();
    for (const RoleRef& role : std::as_const(sorted)) {
        m_picker->insertItem(row, RoleHolders::label(role));
        m_picker->setItemData(row, role.clientId, clientRole);
        m_picker->setItemData(row, role.name, nameRole);
        m_picker->setItemData(row, role.description, Qt::ToolTipRole);
        ++row;
    }
    if (--m_pendingLists > 0)
        return;
    m_step->clear();
    const int manageUsers =
        m_picker->findText(RoleHolders::label(RoleRef{{}, QStringLiteral("manage-users"), {}, false, realmManagement}));
    if (manageUsers >= 0)
        m_picker->setCurrentIndex(manageUsers);
    m_find->setEnabled(m_picker->count() > 0);
}

void RoleHoldersDialog::find()
{
    if (m_search->isRunning() || m_picker->currentIndex() < 0 || !m_notice->update(m_gate))
        return;
    const QString clientId = m_picker->currentData(clientRole).toString();
    const QString name = m_picker->currentData(nameRole).toString();
    m_model->clear();
    m_summary->clear();
    m_error->hide();
    setBusy(true);
    m_search->start(clientId, name, [this](const Result<RoleHolders::Found>& found) {
        setBusy(false);
        if (!found.ok()) {
            if (found.error().kind == Error::Kind::Cancelled)
                return m_step->setText(tr("Stopped. Find the holders again to see them."));
            return showError(found.error());
        }
        showFound(found.value());
    });
}

void RoleHoldersDialog::stop()
{
    m_search->cancel();
}

void RoleHoldersDialog::reject()
{
    stop();
    QDialog::reject();
}

void RoleHoldersDialog::showFound(const RoleHolders::Found& found)
{
    m_step->clear();
    m_model->setHolders(found.holders);
    QStringList sentences{
        tr("%n user(s) hold %1.", nullptr, int(found.holders.size())).arg(RoleHolders::label(found.role))};
    if (found.truncated)
        sentences.append(tr("More hold it: only the first %1 are shown.").arg(QLocale().toString(found.maxUsers)));
    if (found.containingRoles > 0)
        sentences.append(tr("%n composite role(s) contain it.", nullptr, found.containingRoles));
    sentences.append(found.clientsSearched.isEmpty()
                         ? tr("Searched the realm's roles; Keycloak shows your account no client's roles, so a "
                              "client role containing it would not be found.")
                         : tr("Searched the realm's roles and the roles of the clients Keycloak shows your account "
                              "(%1); a role of another client containing it would not be found.")
                               .arg(found.clientsSearched.join(QStringLiteral(", "))));
    m_summary->setText(sentences.join(u' '));
}

void RoleHoldersDialog::showError(const Error& error)
{
    m_pendingLists = 0;
    m_step->clear();
    m_error->setText(error.userMessage());
    m_error->show();
}

void RoleHoldersDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_stop->setVisible(busy);
    m_find->setEnabled(!busy && m_picker->count() > 0);
    m_picker->setEnabled(!busy);
}

} // namespace custos
