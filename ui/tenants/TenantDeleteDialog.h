#pragma once

#include "core/audit/JustificationPolicy.h"
#include "core/platform/PlatformTypes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace custos {

class JustificationFields;

// Confirms a tenant's deletion: the operator types the slug (so a look-alike row cannot be deleted by a slip) and
// chooses whether its Keycloak organization goes too, and gives the reason (and ticket) the profile's policy asks for.
class TenantDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    TenantDeleteDialog(const Tenant& tenant, const JustificationPolicy& policy, QWidget* parent = nullptr);
    [[nodiscard]] bool removeOrganization() const;
    [[nodiscard]] Justification justification() const;

private:
    void updateConfirm();

    QString m_expectedSlug;
    QLineEdit* m_slug;
    QCheckBox* m_organization;
    JustificationFields* m_justification;
    QDialogButtonBox* m_buttons;
    QPushButton* m_remove;
};

} // namespace custos
