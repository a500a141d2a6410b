#pragma once

#include "core/audit/JustificationPolicy.h"
#include "core/tenants/TenantOperations.h"

#include <QWizard>
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace custos {

class JustificationFields;
class PlatformContext;

// Step 1: the tenant's slug, name and plan, checked locally as the operator types (TenantDraft::normalised()).
class TenantFieldsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TenantFieldsPage(QWidget* parent = nullptr);
    [[nodiscard]] TenantDraft draft() const;
    bool isComplete() const override;

private:
    void check();

    QLineEdit* m_slug;
    QLineEdit* m_name;
    QComboBox* m_plan;
    QLabel* m_problem;
};

// Step 2: who administers the tenant: an existing account, an invitation by e-mail, or nobody yet.
class TenantAdminPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Choice { Existing, Invite, Nobody };

    explicit TenantAdminPage(QWidget* parent = nullptr);
    [[nodiscard]] Choice choice() const;
    [[nodiscard]] QString admin() const;
    bool isComplete() const override;

private:
    void update();

    QButtonGroup* m_choices;
    QRadioButton* m_existing;
    QRadioButton* m_invite;
    QRadioButton* m_nobody;
    QLineEdit* m_admin;
    QLabel* m_hint;
};

// Step 3: what will happen in each system and the operator's reason (and ticket); its button starts the creation
// once the profile's policy is met.
class TenantSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    TenantSummaryPage(const TenantFieldsPage* fields, const TenantAdminPage* admin, const JustificationPolicy& policy,
                      QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    [[nodiscard]] Justification justification() const;

private:
    const TenantFieldsPage* m_fields;
    const TenantAdminPage* m_admin;
    QLabel* m_summary;
    JustificationFields* m_justification;
};

// Step 4: TenantCreation with its progress; after a failure, the state each system was left in, and the way back
// to the (kept) fields to try again.
class TenantRunPage : public QWizardPage
{
    Q_OBJECT
public:
    TenantRunPage(PlatformContext* context, const TenantFieldsPage* fields, const TenantAdminPage* admin,
                  const TenantSummaryPage* summary, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const OperationOutcome& outcome() const { return m_outcome; }

signals:
    void created(const custos::Tenant& tenant);

private:
    void start();
    void finish(const OperationOutcome& outcome, const Tenant& tenant);
    void fail(const Error& error);
    void setRunning(bool running);

    PlatformContext* m_context;
    const TenantFieldsPage* m_fields;
    const TenantAdminPage* m_admin;
    const TenantSummaryPage* m_summary;
    QListWidget* m_steps;
    QLabel* m_result;
    QListWidget* m_systems;
    QPushButton* m_retry;
    OperationOutcome m_outcome;
    bool m_running = false;
    bool m_done = false;
};

// The create-tenant wizard: platform tenant → Keycloak organization → link → tenant administrator, one audited
// TenantCreation. Open it with open() or show(); tenantCreated() follows a success.
class TenantWizard : public QWizard
{
    Q_OBJECT
public:
    explicit TenantWizard(PlatformContext* context, QWidget* parent = nullptr);

    [[nodiscard]] TenantFieldsPage* fieldsPage() const { return m_fields; }
    [[nodiscard]] TenantAdminPage* adminPage() const { return m_admin; }
    [[nodiscard]] TenantRunPage* runPage() const { return m_run; }

    void reject() override;

signals:
    void tenantCreated(const custos::Tenant& tenant);

private:
    TenantFieldsPage* m_fields;
    TenantAdminPage* m_admin;
    TenantRunPage* m_run;
};

} // namespace custos
