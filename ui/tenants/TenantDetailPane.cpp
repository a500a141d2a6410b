#include "ui/tenants/TenantDetailPane.h"

#include "core/actions/ActionContext.h"
#include "core/keycloak/OrganizationsApi.h"
#include "core/platform/PlatformApi.h"
#include "core/tenants/MemberOperations.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/widgets/ConfirmationDialog.h"
#include "ui/widgets/Gating.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {
namespace {

QString row(const QString& name, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace

TenantDetailPane::TenantDetailPane(PlatformContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_fields(new QLabel(this))
    , m_organization(new QLabel(this))
    , m_membersBox(new QGroupBox(tr("Members of the Keycloak organization"), this))
    , m_members(new QListWidget(this))
    , m_memberField(new QLineEdit(this))
    , m_addMember(new QPushButton(tr("Add"), this))
    , m_removeMember(new QPushButton(tr("Remove selected"), this))
    , m_outcome(new OutcomeBar(this))
{
    setObjectName(QStringLiteral("tenantDetail"));
    m_title->setObjectName(QStringLiteral("tenantTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_fields->setObjectName(QStringLiteral("tenantFields"));
    m_fields->setTextFormat(Qt::RichText);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_organization->setObjectName(QStringLiteral("tenantOrganization"));
    m_organization->setWordWrap(true);
    m_organization->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_members->setObjectName(QStringLiteral("memberList"));
    m_members->setAccessibleName(tr("Organization members"));
    m_memberField->setObjectName(QStringLiteral("memberField"));
    m_memberField->setPlaceholderText(tr("Username or e-mail of an existing account"));
    m_memberField->setAccessibleName(tr("Account to add"));
    m_addMember->setObjectName(QStringLiteral("addMemberButton"));
    m_removeMember->setObjectName(QStringLiteral("removeMemberButton"));

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_memberField, 1);
    addRow->addWidget(m_addMember);
    auto* membersLayout = new QVBoxLayout(m_membersBox);
    membersLayout->addWidget(m_members, 1);
    membersLayout->addLayout(addRow);
    membersLayout->addWidget(m_removeMember, 0, Qt::AlignLeft);
    membersLayout->addWidget(m_outcome);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
    layout->addWidget(m_organization);
    layout->addWidget(m_membersBox, 1);

    connect(m_addMember, &QPushButton::clicked, this, &TenantDetailPane::addMember);
    connect(m_memberField, &QLineEdit::returnPressed, this, &TenantDetailPane::addMember);
    connect(m_memberField, &QLineEdit::textChanged, this, &TenantDetailPane::updateActions);
    connect(m_removeMember, &QPushButton::clicked, this, &TenantDetailPane::removeMember);
    connect(m_members, &QListWidget::itemSelectionChanged, this, &TenantDetailPane::updateActions);
    connect(m_context->actions(), &ActionContext::accessChanged, this, &TenantDetailPane::updateActions);
    showTenant({});
}

void TenantDetailPane::showTenant(const QString& tenantId)
{
    m_call.cancel();
    m_requested = tenantId;
    m_tenant = {};
    m_members->clear();
    m_organization->clear();
    if (tenantId.isEmpty()) {
        m_title->setText(tr("No tenant selected"));
        m_fields->clear();
        m_membersBox->setEnabled(false);
        updateActions();
        return;
    }
    m_title->setText(tr("Reading the tenant…"));
    m_call =
        m_context->services().platform->tenant(tenantId, this, [this, tenantId](const Result<VersionedTenant>& read) {
            if (tenantId != m_requested)
                return;
            if (!read.ok()) {
                m_title->setText(tr("The tenant could not be read"));
                m_fields->setText(read.error().userMessage().toHtmlEscaped());
                return;
            }
            m_tenant = read.value();
            showFields();
            loadOrganization();
            updateActions();
            emit loaded(m_tenant);
        });
}

void TenantDetailPane::reload()
{
    showTenant(m_requested);
}

void TenantDetailPane::showFields()
{
    const Tenant& tenant = m_tenant.tenant;
    m_title->setText(tenant.isSuspended() ? tr("%1 (%2) — suspended").arg(tenant.name, tenant.slug)
                                          : tr("%1 (%2)").arg(tenant.name, tenant.slug));
    m_fields->setText(QStringLiteral("<table>") +
                      row(tr("Status"), tenant.isSuspended() ? tr("Suspended") : tr("Active")) +
                      row(tr("Plan"), tenant.plan) + row(tr("Admin e-mail"), tenant.adminEmail) +
                      row(tr("Created"), when(tenant.createdAt)) + row(tr("Updated"), when(tenant.updatedAt)) +
                      row(tr("Tenant id"), tenant.id) + QStringLiteral("</table>"));
}

void TenantDetailPane::loadOrganization()
{
    const QString organizationId = m_tenant.tenant.keycloakOrganizationId;
    if (organizationId.isEmpty()) {
        m_organization->setText(tr("Keycloak organization: none linked. Members cannot be managed."));
        m_membersBox->setEnabled(false);
        return;
    }
    m_membersBox->setEnabled(true);
    m_organization->setText(tr("Keycloak organization: reading %1…").arg(organizationId));
    const QString tenantId = m_tenant.tenant.id;
    m_context->services().organizations->get(organizationId, this, [this, tenantId](const Result<Organization>& read) {
        if (tenantId != m_tenant.tenant.id)
            return;
        if (!read.ok()) {
            m_organization->setText(tr("Keycloak organization: could not be read. %1").arg(read.error().userMessage()));
            return;
        }
        m_organization->setText(
            tr("Keycloak organization: %1 (alias %2, %3), id %4")
                .arg(read->name, read->alias, read->enabled ? tr("enabled") : tr("disabled"), read->id));
    });
    loadMembers();
}

void TenantDetailPane::loadMembers()
{
    const QString tenantId = m_tenant.tenant.id;
    m_context->services().organizations->members(m_tenant.tenant.keycloakOrganizationId, {}, 0, memberPageSize, this,
                                                 [this, tenantId](const Result<QList<KeycloakUser>>& members) {
                                                     if (tenantId != m_tenant.tenant.id)
                                                         return;
                                                     m_members->clear();
                                                     if (!members.ok()) {
                                                         m_outcome->showError(members.error());
                                                         return;
                                                     }
                                                     for (const KeycloakUser& user : members.value()) {
                                                         const QString label =
                                                             user.email.isEmpty()
                                                                 ? user.username
                                                                 : tr("%1 <%2>").arg(user.username, user.email);
                                                         auto* item = new QListWidgetItem(label, m_members);
                                                         item->setData(Qt::UserRole, user.id);
                                                         item->setData(Qt::UserRole + 1, user.username);
                                                     }
                                                     if (members->isEmpty())
                                                         m_members->addItem(tr("(no members)"));
                                                     updateActions();
                                                 });
}

void TenantDetailPane::addMember()
{
    if (!m_addMember->isEnabled())
        return;
    const Tenant tenant = m_tenant.tenant;
    const QString account = m_memberField->text().trimmed();
    auto* ask = new ConfirmationDialog(
        QStringLiteral("memberAddConfirmBox"), tr("Add a member to %1").arg(tenant.slug),
        tr("Add %1 to the Keycloak organization of %2? They can then sign in to the tenant.").arg(account, tenant.slug),
        tr("&Add"), m_context->actions()->justificationPolicy(), this);
    connect(ask, &ConfirmationDialog::confirmed, this, [this, tenant, account](const Justification& justification) {
        m_context->actions()->whenAllowed(
            ActionId::OrganizationMemberAdd, justification,
            [this, tenant, account, justification] {
                auto* operation = new OrganizationMemberAddition(
                    m_context->services(), m_context->actions()->currentOperator(), tenant, account, m_context);
                operation->setJustification(justification);
                m_outcome->track(operation);
                connect(operation, &PlatformOperation::finished, this, [this, tenant](const OperationOutcome& outcome) {
                    if (outcome.succeeded)
                        m_memberField->clear(); // kept after a failure, to correct it
                    if (tenant.id == m_tenant.tenant.id)
                        loadMembers();
                });
                operation->start();
            },
            [this](const Error& error) { m_outcome->showError(error); });
    });
    ask->open();
}

void TenantDetailPane::removeMember()
{
    const QListWidgetItem* item = m_members->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    const Tenant tenant = m_tenant.tenant;
    const QString userId = item->data(Qt::UserRole).toString();
    const QString username = item->data(Qt::UserRole + 1).toString();
    auto* ask = new ConfirmationDialog(
        QStringLiteral("memberRemoveConfirmBox"), tr("Remove a member from %1").arg(tenant.slug),
        tr("Remove %1 from the Keycloak organization of %2? The account itself stays.").arg(username, tenant.slug),
        tr("&Remove"), m_context->actions()->justificationPolicy(), this);
    connect(ask, &ConfirmationDialog::confirmed, this,
            [this, tenant, userId, username](const Justification& justification) {
                m_context->actions()->whenAllowed(
                    ActionId::OrganizationMemberRemove, justification,
                    [this, tenant, userId, username, justification] {
                        auto* operation = new OrganizationMemberRemoval(m_context->services(),
                                                                        m_context->actions()->currentOperator(), tenant,
                                                                        userId, username, m_context);
                        operation->setJustification(justification);
                        m_outcome->track(operation);
                        connect(operation, &PlatformOperation::finished, this, [this, tenant](const OperationOutcome&) {
                            if (tenant.id == m_tenant.tenant.id)
                                loadMembers();
                        });
                        operation->start();
                    },
                    [this](const Error& error) { m_outcome->showError(error); });
            });
    ask->open();
}

void TenantDetailPane::updateActions()
{
    const ActionGate gate = m_context->actions()->gate();
    const QString tenantId = hasTenant() ? m_tenant.tenant.id : QString();
    const QListWidgetItem* item = m_members->currentItem();
    const bool memberSelected = item && !item->data(Qt::UserRole).toString().isEmpty();
    const QString addDenied = gate.whyNot(ActionId::OrganizationMemberAdd, {hasTenant() ? 1 : 0, tenantId});
    Gating::apply(m_addMember, addDenied, tr("Add this account to the organization"),
                  !m_memberField->text().trimmed().isEmpty());
    Gating::apply(m_removeMember, gate.whyNot(ActionId::OrganizationMemberRemove, {memberSelected ? 1 : 0, tenantId}),
                  tr("Remove the selected member from the organization"));
    // The field takes text whenever adding is possible at all; what is missing is named on it too.
    const QString access = gate.missingAccess(ActionId::OrganizationMemberAdd);
    m_memberField->setEnabled(access.isEmpty());
    m_memberField->setToolTip(access);
}

} // namespace custos
