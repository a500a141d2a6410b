#pragma once

#include "core/platform/PlatformTypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace custos {

class JustificationFields;
class OutcomeBar;
class PlatformContext;

// Stages one CA certificate (PEM) that a tenant's clients' certificates chain to, after checking locally that it
// is a usable CA (one certificate, CA:TRUE, within its validity, a strong enough key). Staging also needs the
// operator's reason (and ticket) under the profile's policy.
class StageTenantCaDialog : public QDialog
{
    Q_OBJECT
public:
    StageTenantCaDialog(PlatformContext* context, const Tenant& tenant, QWidget* parent = nullptr);

public slots:
    void check();
    void stage();

signals:
    void staged();

private:
    void updateStage();

    PlatformContext* m_context;
    Tenant m_tenant;
    QLineEdit* m_label;
    QLineEdit* m_file;
    QLabel* m_verdict;
    JustificationFields* m_justification;
    QPushButton* m_stageButton;
    OutcomeBar* m_outcome;
    QByteArray m_checkedPem;
    bool m_running = false;
};

} // namespace custos
