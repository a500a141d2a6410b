#include "ui/tenants/TenantsPage.h"

#include "core/actions/ActionContext.h"
#include "core/platform/PlatformApi.h"
#include "core/tenants/TenantOperations.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/tenants/TenantDeleteDialog.h"
#include "ui/tenants/TenantDetailPane.h"
#include "ui/tenants/TenantWizard.h"
#include "ui/tenants/TenantsModel.h"
#include "ui/widgets/AccessNotice.h"
#include "ui/widgets/ActionBar.h"
#include "ui/widgets/ConfirmationDialog.h"
#include "ui/widgets/Gating.h"
#include "ui/widgets/HeaderStateKeeper.h"
#include "ui/widgets/Shortcuts.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace custos {

TenantsPage::TenantsPage(PlatformContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TenantsModel(context->services().platform, this))
    , m_detail(new TenantDetailPane(context, this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_outcome(new OutcomeBar(this))
    , m_notice(new AccessNotice(ActionId::TenantsView, tr("Your account cannot see tenants."), this))
{
    setObjectName(QStringLiteral("tenantsPage"));
    m_search->setObjectName(QStringLiteral("tenantSearch"));
    m_search->setPlaceholderText(tr("Search slug, name or admin e-mail"));
    m_search->setAccessibleName(tr("Search tenants"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(QStringLiteral("tenantStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    m_statusFilter->addItem(tr("Active"), QStringLiteral("active"));
    m_statusFilter->addItem(tr("Suspended"), QStringLiteral("suspended"));
    auto* searchButton = new QPushButton(tr("&Search"), this);
    searchButton->setObjectName(QStringLiteral("tenantSearchButton"));
    Shortcuts::addFind(this, m_search);

    m_table->setObjectName(QStringLiteral("tenantTable"));
    m_table->setAccessibleName(tr("Tenants"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_columnsSized = HeaderStateKeeper::keep(m_table);
    m_status->setObjectName(QStringLiteral("tenantCount"));

    auto* toolBar = new ActionBar(this);
    toolBar->setObjectName(QStringLiteral("tenantToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();
    // The selected row's actions on a right click, Shift+F10 or the Menu key; popup(), not exec(): no nested loop.
    auto* rowMenu = new QMenu(this);
    rowMenu->setObjectName(QStringLiteral("tenantContextMenu"));
    rowMenu->addActions({m_suspend, m_reactivate, m_delete});
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, rowMenu,
            [this, rowMenu](const QPoint& pos) { rowMenu->popup(m_table->viewport()->mapToGlobal(pos)); });
    toolBar->addAction(m_create);
    toolBar->addSeparator();
    toolBar->addAction(m_suspend);
    toolBar->addAction(m_reactivate);
    toolBar->addAction(m_delete);
    toolBar->addSeparator();
    toolBar->addAction(m_refresh);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_statusFilter);
    searchRow->addWidget(searchButton);
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_status);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_outcome);
    layout->addWidget(splitter, 1);

    connect(searchButton, &QPushButton::clicked, this, &TenantsPage::submitSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &TenantsPage::submitSearch);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &TenantsPage::submitSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TenantsPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TenantsPage::onSelectionChanged);
    connect(m_model, &TenantsModel::pageLoaded, this, [this] {
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            m_columnsSized = true;
        }
        updateStatus();
        if (!m_pendingSelection.isEmpty())
            selectTenant(m_pendingSelection);
    });
    connect(m_model, &TenantsModel::loadFailed, this, [this](const Error& error) {
        m_outcome->showError(error);
        updateStatus();
    });
    connect(m_detail, &TenantDetailPane::loaded, this, [this](const VersionedTenant& tenant) {
        m_model->updateTenant(tenant.tenant);
        updateActions();
    });
    connect(m_context, &PlatformContext::identityChanged, this, [this] {
        updateActions();
        submitSearch();
    });
    m_notice->update(m_context->actions()->gate());
    connect(m_context->actions(), &ActionContext::accessChanged, this, &TenantsPage::updateActions);
    updateActions();
    updateStatus();
}

void TenantsPage::createActions()
{
    m_create = new QAction(tr("&New tenant…"), this);
    m_create->setObjectName(QStringLiteral("createTenantAction"));
    m_suspend = new QAction(tr("&Suspend…"), this);
    m_suspend->setObjectName(QStringLiteral("suspendTenantAction"));
    m_reactivate = new QAction(tr("&Reactivate…"), this);
    m_reactivate->setObjectName(QStringLiteral("reactivateTenantAction"));
    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteTenantAction"));
    m_refresh = new QAction(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshTenantsAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(Shortcuts::withShortcut(tr("Read the tenants again"), m_refresh->shortcut()));
    connect(m_create, &QAction::triggered, this, &TenantsPage::openWizard);
    connect(m_suspend, &QAction::triggered, this, [this] { changeStatus(true); });
    connect(m_reactivate, &QAction::triggered, this, [this] { changeStatus(false); });
    connect(m_delete, &QAction::triggered, this, &TenantsPage::confirmDelete);
    connect(m_refresh, &QAction::triggered, this, [this] {
        m_model->reload();
        m_detail->reload();
    });
}

void TenantsPage::submitSearch()
{
    // Asked only when it can be answered: otherwise one line says why, instead of a refusal per request.
    if (!m_notice->update(m_context->actions()->gate())) {
        m_model->clear();
        updateStatus();
        return;
    }
    TenantQuery query;
    query.search = m_search->text().trimmed();
    query.status = m_statusFilter->currentData().toString();
    m_model->setQuery(query);
    updateStatus();
}

void TenantsPage::selectTenant(const QString& tenantId)
{
    const int row = m_model->rowOf(tenantId);
    if (row < 0) {
        // Not listed yet: selected when a page lists it (a further page is read if there is one).
        m_pendingSelection = tenantId;
        if (!m_model->isLoading() && m_model->canFetchMore({}))
            m_model->fetchMore({});
        return;
    }
    m_pendingSelection.clear();
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void TenantsPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString id = rows.isEmpty() ? QString() : m_model->tenantAt(rows.first().row()).id;
    if (id != (m_detail->hasTenant() ? m_detail->tenant().tenant.id : QString()))
        m_detail->showTenant(id);
    updateActions();
}

void TenantsPage::updateActions()
{
    const ActionGate gate = m_context->actions()->gate();
    const bool loaded = m_detail->hasTenant();
    const bool suspended = loaded && m_detail->tenant().tenant.isSuspended();
    const ActionGate::Selection tenant{loaded ? 1 : 0, loaded ? m_detail->tenant().tenant.id : QString()};
    Gating::apply(m_create, gate.whyNot(ActionId::TenantCreate), tr("Create a tenant and its Keycloak organization"));
    Gating::apply(m_suspend, gate.whyNot(ActionId::TenantSuspend, tenant), tr("Suspend the selected tenant"),
                  !suspended);
    Gating::apply(m_reactivate, gate.whyNot(ActionId::TenantReactivate, tenant), tr("Reactivate the selected tenant"),
                  suspended);
    Gating::apply(m_delete, gate.whyNot(ActionId::TenantDelete, tenant), tr("Delete the selected tenant"));
    m_refresh->setEnabled(gate.allows(ActionId::TenantsView));
}

void TenantsPage::updateStatus()
{
    if (!m_context->actions()->gate().allows(ActionId::TenantsView))
        m_status->clear();
    else if (m_model->isLoading() && m_model->rowCount() == 0)
        m_status->setText(tr("Reading tenants…"));
    else if (m_context->actions()->ownTenantOnly())
        m_status->setText(tr("As tenant-admin you see your own tenant only."));
    else
        m_status->setText(tr("%1 of %n tenant(s) listed", nullptr, int(m_model->total())).arg(m_model->rowCount()));
}

void TenantsPage::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new TenantWizard(m_context, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &TenantWizard::tenantCreated, this, [this](const Tenant& tenant) {
        m_pendingSelection = tenant.id;
        m_model->reload();
    });
    // Window-modal and asynchronous: no nested event loop.
    m_wizard->open();
}

void TenantsPage::changeStatus(bool suspend)
{
    if (!m_detail->hasTenant())
        return;
    const VersionedTenant tenant = m_detail->tenant();
    const QString slug = tenant.tenant.slug;
    auto* ask = new ConfirmationDialog(
        QStringLiteral("tenantStatusConfirmBox"), suspend ? tr("Suspend %1").arg(slug) : tr("Reactivate %1").arg(slug),
        suspend
            ? tr("Suspend the tenant %1? Its users can no longer use the platform until it is reactivated.").arg(slug)
            : tr("Reactivate the tenant %1? Its users can use the platform again.").arg(slug),
        suspend ? tr("&Suspend") : tr("&Reactivate"), m_context->actions()->justificationPolicy(), this);
    connect(ask, &ConfirmationDialog::confirmed, this, [this, tenant, suspend](const Justification& justification) {
        m_context->actions()->whenAllowed(
            suspend ? ActionId::TenantSuspend : ActionId::TenantReactivate, justification,
            [this, tenant, suspend, justification] {
                auto* change = new TenantStatusChange(
                    m_context->services(), m_context->actions()->currentOperator(), tenant,
                    suspend ? TenantStatusChange::Change::Suspend : TenantStatusChange::Change::Reactivate, m_context);
                change->setJustification(justification);
                m_outcome->track(change);
                const QString id = tenant.tenant.id;
                connect(change, &PlatformOperation::finished, this, [this, id](const OperationOutcome&) {
                    // Read it again either way: after a 412, the detail shows what changed meanwhile.
                    if (m_detail->hasTenant() && m_detail->tenant().tenant.id == id)
                        m_detail->reload();
                });
                change->start();
            },
            [this](const Error& error) { m_outcome->showError(error); });
    });
    ask->open();
}

void TenantsPage::confirmDelete()
{
    if (!m_detail->hasTenant())
        return;
    const VersionedTenant tenant = m_detail->tenant();
    auto* dialog = new TenantDeleteDialog(tenant.tenant, m_context->actions()->justificationPolicy(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, tenant, dialog] { startDeletion(tenant, dialog->removeOrganization(), dialog->justification()); });
    dialog->open();
}

void TenantsPage::startDeletion(const VersionedTenant& tenant, bool removeOrganization,
                                const Justification& justification)
{
    m_context->actions()->whenAllowed(
        ActionId::TenantDelete, justification,
        [this, tenant, removeOrganization, justification] {
            auto* deletion = new TenantDeletion(m_context->services(), m_context->actions()->currentOperator(), tenant,
                                                removeOrganization, m_context);
            deletion->setJustification(justification);
            m_outcome->track(deletion);
            const QString id = tenant.tenant.id;
            connect(deletion, &PlatformOperation::finished, this, [this, id](const OperationOutcome& outcome) {
                // "organization_removed" is noted only after the platform deleted the tenant, so the row goes even
                // when removing the organization failed afterwards.
                if (outcome.succeeded || outcome.details.contains(QStringLiteral("organization_removed"))) {
                    m_model->removeTenant(id);
                    updateStatus();
                } else if (m_detail->hasTenant() && m_detail->tenant().tenant.id == id) {
                    m_detail->reload();
                }
            });
            deletion->start();
        },
        [this](const Error& error) { m_outcome->showError(error); });
}

} // namespace custos
