#include "ui/tenants/TenantDeleteDialog.h"

#include "ui/widgets/JustificationFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {

TenantDeleteDialog::TenantDeleteDialog(const Tenant& tenant, const JustificationPolicy& policy, QWidget* parent)
    : QDialog(parent)
    , m_expectedSlug(tenant.slug)
    , m_slug(new QLineEdit(this))
    , m_organization(new QCheckBox(tr("Also remove its Keycloak organization (members keep their accounts)"), this))
    , m_justification(new JustificationFields(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_remove(m_buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole))
{
    setObjectName(QStringLiteral("tenantDeleteDialog"));
    setWindowTitle(tr("Delete tenant %1").arg(tenant.slug));
    auto* explanation = new QLabel(tr("Deleting <b>%1</b> (“%2”) removes it from the platform with its CA "
                                      "certificates. This cannot be undone.<br>Type <b>%1</b> to confirm.")
                                       .arg(tenant.slug.toHtmlEscaped(), tenant.name.toHtmlEscaped()),
                                   this);
    explanation->setWordWrap(true);
    m_slug->setObjectName(QStringLiteral("deleteSlugField"));
    m_slug->setAccessibleName(tr("Type the slug to confirm"));
    m_slug->setPlaceholderText(tenant.slug);
    m_organization->setObjectName(QStringLiteral("deleteOrganizationBox"));
    m_organization->setChecked(!tenant.keycloakOrganizationId.isEmpty());
    m_organization->setEnabled(!tenant.keycloakOrganizationId.isEmpty());
    m_remove->setObjectName(QStringLiteral("deleteConfirmButton"));
    m_justification->setPolicy(policy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_slug);
    layout->addWidget(m_organization);
    layout->addWidget(m_justification);
    layout->addWidget(m_buttons);
    connect(m_slug, &QLineEdit::textChanged, this, &TenantDeleteDialog::updateConfirm);
    connect(m_justification, &JustificationFields::changed, this, &TenantDeleteDialog::updateConfirm);
    connect(m_remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateConfirm();
}

void TenantDeleteDialog::updateConfirm()
{
    m_remove->setEnabled(m_slug->text().trimmed() == m_expectedSlug && m_justification->isComplete());
}

Justification TenantDeleteDialog::justification() const
{
    return m_justification->justification();
}

bool TenantDeleteDialog::removeOrganization() const
{
    return m_organization->isChecked();
}

} // namespace custos
