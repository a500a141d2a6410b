#include "ui/tenants/TenantDeleteDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {

TenantDeleteDialog::TenantDeleteDialog(const Tenant& tenant, QWidget* parent)
    : QDialog(parent)
    , m_slug(new QLineEdit(this))
    , m_organization(new QCheckBox(tr("Also remove its Keycloak organization (members keep their accounts)"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
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
    QPushButton* remove = m_buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteConfirmButton"));
    remove->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_slug);
    layout->addWidget(m_organization);
    layout->addWidget(m_buttons);
    const QString slug = tenant.slug;
    connect(m_slug, &QLineEdit::textChanged, remove,
            [remove, slug](const QString& typed) { remove->setEnabled(typed.trimmed() == slug); });
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool TenantDeleteDialog::removeOrganization() const
{
    return m_organization->isChecked();
}

} // namespace custos
