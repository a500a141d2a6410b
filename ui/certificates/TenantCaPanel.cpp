#include "ui/certificates/TenantCaPanel.h"

#include "core/actions/ActionContext.h"
#include "core/platform/PlatformApi.h"
#include "core/tenants/CertificateOperations.h"
#include "ui/certificates/StageTenantCaDialog.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/widgets/AccessNotice.h"
#include "ui/widgets/ConfirmationDialog.h"
#include "ui/widgets/Gating.h"
#include "ui/widgets/HeaderStateKeeper.h"
#include "ui/widgets/TableSelection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace custos {
namespace {

enum Column { LabelColumn, StateColumn, SubjectColumn, UntilColumn, FingerprintColumn, ColumnCount };

} // namespace

TenantCaPanel::TenantCaPanel(PlatformContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_tenants(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_stage(new QPushButton(tr("S&tage CA certificate…"), this))
    , m_activate(new QPushButton(tr("&Activate…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_outcome(new OutcomeBar(this))
    , m_notice(new AccessNotice(ActionId::TenantCaView, tr("Your account cannot see tenant CA certificates."), this))
{
    setObjectName(QStringLiteral("tenantCaPanel"));
    m_tenants->setObjectName(QStringLiteral("tenantCaTenant"));
    m_tenants->setAccessibleName(tr("Tenant"));
    m_table->setObjectName(QStringLiteral("tenantCaTable"));
    m_table->setAccessibleName(tr("Tenant CA certificates"));
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("State"), tr("Subject"), tr("Valid until"), tr("SHA-256")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_columnsSized = HeaderStateKeeper::keep(m_table);
    m_stage->setObjectName(QStringLiteral("stageTenantCaButton"));
    m_activate->setObjectName(QStringLiteral("activateTenantCaButton"));
    m_delete->setObjectName(QStringLiteral("deleteTenantCaButton"));

    auto* top = new QHBoxLayout;
    auto* tenantLabel = new QLabel(tr("Tenant:"), this);
    tenantLabel->setBuddy(m_tenants); // ties the label to the box for screen readers
    top->addWidget(tenantLabel);
    top->addWidget(m_tenants, 1);
    top->addWidget(m_stage);
    top->addWidget(m_activate);
    top->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_outcome);
    layout->addWidget(m_table, 1);

    connect(m_tenants, &QComboBox::currentIndexChanged, this, &TenantCaPanel::loadCertificates);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TenantCaPanel::updateActions);
    connect(m_stage, &QPushButton::clicked, this, &TenantCaPanel::openStage);
    connect(m_activate, &QPushButton::clicked, this, [this] { confirmChange(true); });
    connect(m_delete, &QPushButton::clicked, this, [this] { confirmChange(false); });
    connect(m_context->actions(), &ActionContext::accessChanged, this, &TenantCaPanel::updateActions);
    updateActions();
}

void TenantCaPanel::reload()
{
    // Asked only when it can be answered: otherwise one line says why, instead of a refusal per request.
    if (!m_notice->update(m_context->actions()->gate())) {
        ++m_generation;
        m_call.cancel();
        m_tenantList.clear();
        m_tenants->clear();
        return loadCertificates();
    }
    loadTenants({}, {});
}

void TenantCaPanel::loadTenants(const QString& cursor, QList<Tenant> collected)
{
    TenantQuery query;
    query.limit = 200;
    query.cursor = cursor;
    const quint64 generation = ++m_generation;
    m_call = m_context->services().platform->tenants(
        query, this, [this, generation, collected = std::move(collected)](const Result<TenantPage>& page) mutable {
            if (generation != m_generation)
                return;
            if (!page.ok())
                return m_outcome->showError(page.error());
            collected.append(page->items);
            if (!page->nextCursor.isEmpty())
                return loadTenants(page->nextCursor, std::move(collected));
            const QString previous = m_tenants->currentData().toString();
            m_tenantList = collected;
            const QSignalBlocker blocker(m_tenants);
            m_tenants->clear();
            for (const Tenant& tenant : std::as_const(m_tenantList))
                m_tenants->addItem(tr("%1 (%2)").arg(tenant.slug, tenant.name), tenant.id);
            const int keep = m_tenants->findData(previous);
            // A tenant admin's own tenant comes first when nothing was chosen yet.
            const int own = m_tenants->findData(m_context->actions()->platformIdentity().tenantId);
            m_tenants->setCurrentIndex(keep >= 0 ? keep : std::max(own, 0));
            loadCertificates();
        });
}

Tenant TenantCaPanel::currentTenant() const
{
    const QString id = m_tenants->currentData().toString();
    for (const Tenant& tenant : m_tenantList)
        if (tenant.id == id)
            return tenant;
    return {};
}

const TenantCaCertificate* TenantCaPanel::selected() const
{
    return selectedRow(m_table, m_certificates);
}

void TenantCaPanel::loadCertificates()
{
    const Tenant tenant = currentTenant();
    m_table->setRowCount(0);
    m_certificates.clear();
    updateActions();
    if (tenant.id.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_call = m_context->services().platform->tenantCaCertificates(
        tenant.id, this, [this, generation](const Result<QList<TenantCaCertificate>>& listed) {
            if (generation != m_generation)
                return;
            if (!listed.ok())
                return m_outcome->showError(listed.error());
            m_certificates = listed.value();
            m_table->setRowCount(int(m_certificates.size()));
            for (int row = 0; row < m_certificates.size(); ++row) {
                const TenantCaCertificate& ca = m_certificates.at(row);
                const QStringList cells{
                    ca.label, ca.active ? tr("active") : tr("staged"), ca.facts.subject,
                    QLocale().toString(ca.facts.notAfter.toLocalTime().date(), QLocale::ShortFormat),
                    ca.facts.fingerprintSha256};
                for (int column = 0; column < ColumnCount; ++column)
                    m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            }
            if (!m_columnsSized && m_table->rowCount() > 0) {
                m_table->resizeColumnsToContents();
                m_columnsSized = true;
            }
            updateActions();
        });
}

void TenantCaPanel::updateActions()
{
    const ActionGate gate = m_context->actions()->gate();
    const Tenant tenant = currentTenant();
    const TenantCaCertificate* certificate = selected();
    const ActionGate::Selection chosenTenant{tenant.id.isEmpty() ? 0 : 1, tenant.id};
    const ActionGate::Selection chosenCertificate{certificate ? 1 : 0, tenant.id};
    Gating::apply(m_stage, gate.whyNot(ActionId::TenantCaStage, chosenTenant),
                  tr("Stage a CA certificate for this tenant"));
    Gating::apply(m_activate, gate.whyNot(ActionId::TenantCaActivate, chosenCertificate),
                  tr("Trust the selected staged CA certificate"), certificate && !certificate->active);
    Gating::apply(m_delete, gate.whyNot(ActionId::TenantCaDelete, chosenCertificate),
                  tr("Delete the selected CA certificate"));
}

void TenantCaPanel::openStage()
{
    auto* dialog = new StageTenantCaDialog(m_context, currentTenant(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StageTenantCaDialog::staged, this, &TenantCaPanel::loadCertificates);
    dialog->open();
}

void TenantCaPanel::confirmChange(bool activate)
{
    const TenantCaCertificate* chosen = selected();
    if (!chosen)
        return;
    const TenantCaCertificate certificate = *chosen;
    const Tenant tenant = currentTenant();
    auto* ask = new ConfirmationDialog(
        QStringLiteral("tenantCaConfirmBox"), activate ? tr("Activate CA certificate") : tr("Delete CA certificate"),
        activate ? tr("Trust client certificates of %1 issued by “%2” (%3)?")
                       .arg(tenant.slug, certificate.label, certificate.facts.subject)
                 : tr("Delete the CA certificate “%1” of %2? Client certificates issued by it are no longer trusted.")
                       .arg(certificate.label, tenant.slug),
        activate ? tr("&Activate") : tr("&Delete"), m_context->actions()->justificationPolicy(), this);
    connect(ask, &ConfirmationDialog::confirmed, this,
            [this, tenant, certificate, activate](const Justification& justification) {
                m_context->actions()->whenAllowed(
                    activate ? ActionId::TenantCaActivate : ActionId::TenantCaDelete, justification,
                    [this, tenant, certificate, activate, justification] {
                        auto* operation = new TenantCaCertificateChange(
                            m_context->services(), m_context->actions()->currentOperator(), tenant, certificate,
                            activate ? TenantCaCertificateChange::Change::Activate
                                     : TenantCaCertificateChange::Change::Delete,
                            m_context);
                        operation->setJustification(justification);
                        m_outcome->start(operation, this, [this] { loadCertificates(); });
                    },
                    [this](const Error& error) { m_outcome->showError(error); });
            });
    ask->open();
}

} // namespace custos
