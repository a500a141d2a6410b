#pragma once

#include "core/platform/PlatformTypes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace custos {

// Confirms a tenant's deletion: the operator types the slug (so a look-alike row cannot be deleted by a slip) and
// chooses whether its Keycloak organization goes too.
class TenantDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    TenantDeleteDialog(const Tenant& tenant, QWidget* parent = nullptr);
    [[nodiscard]] bool removeOrganization() const;

private:
    QLineEdit* m_slug;
    QCheckBox* m_organization;
    QDialogButtonBox* m_buttons;
};

} // namespace custos
