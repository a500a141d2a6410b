#pragma once

#include "core/audit/JustificationPolicy.h"

#include <QDialog>

class QPushButton;

namespace custos {

class JustificationFields;

// The question before a write action that has no form of its own (suspend a tenant, activate a certificate, a
// rotation step, a member added…): what will happen, in plain text, and the operator's reason and ticket under it.
// The confirm button stays disabled until the profile's policy is met; confirming emits confirmed() with the
// justification and closes the dialog, whose page then shows the progress and the outcome.
// Open it with open(): window-modal, no nested event loop. It deletes itself once closed.
class ConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmationDialog(const QString& objectName, const QString& title, const QString& question,
                       const QString& confirmText, const JustificationPolicy& policy, QWidget* parent = nullptr);

signals:
    void confirmed(const custos::Justification& justification);

private:
    JustificationFields* m_justification;
    QPushButton* m_confirm;
};

} // namespace custos
