#include "ui/tenants/TenantWizard.h"

#include "core/actions/ActionContext.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/widgets/JustificationFields.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace custos {
namespace {

enum PageId { FieldsPageId, AdminPageId, SummaryPageId, RunPageId };

} // namespace

// --- TenantFieldsPage -------------------------------------------------------------------------------------------

TenantFieldsPage::TenantFieldsPage(QWidget* parent)
    : QWizardPage(parent)
    , m_slug(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_plan(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("The tenant"));
    setSubTitle(tr("The slug names the tenant everywhere: on the platform and as the Keycloak organization's alias. "
                   "It cannot be changed later."));
    m_slug->setObjectName(QStringLiteral("wizardSlug"));
    m_slug->setAccessibleName(tr("Slug"));
    m_slug->setPlaceholderText(tr("e.g. acme"));
    m_name->setObjectName(QStringLiteral("wizardName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Acme Corporation"));
    m_plan->setObjectName(QStringLiteral("wizardPlan"));
    m_plan->setAccessibleName(tr("Plan"));
    //: The platform's subscription plans.
    m_plan->addItem(tr("Free"), QStringLiteral("free"));
    m_plan->addItem(tr("Standard"), QStringLiteral("standard"));
    m_plan->addItem(tr("Enterprise"), QStringLiteral("enterprise"));
    m_plan->setCurrentIndex(1);
    m_problem->setObjectName(QStringLiteral("wizardFieldsProblem"));
    m_problem->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Slug:"), m_slug);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Plan:"), m_plan);
    form->addRow(m_problem);
    connect(m_slug, &QLineEdit::textChanged, this, &TenantFieldsPage::check);
    connect(m_name, &QLineEdit::textChanged, this, &TenantFieldsPage::check);
    check();
}

TenantDraft TenantFieldsPage::draft() const
{
    TenantDraft draft;
    draft.slug = m_slug->text();
    draft.name = m_name->text();
    draft.plan = m_plan->currentData().toString();
    return draft;
}

bool TenantFieldsPage::isComplete() const
{
    return draft().normalised().ok();
}

void TenantFieldsPage::check()
{
    const auto normalised = draft().normalised();
    // Nothing typed yet is not a mistake: the hint appears once there is something to judge.
    const bool untouched = m_slug->text().isEmpty() && m_name->text().isEmpty();
    m_problem->setText(normalised.ok() || untouched ? QString() : normalised.error().why);
    emit completeChanged();
}

// --- TenantAdminPage --------------------------------------------------------------------------------------------

TenantAdminPage::TenantAdminPage(QWidget* parent)
    : QWizardPage(parent)
    , m_choices(new QButtonGroup(this))
    , m_existing(new QRadioButton(tr("An &existing account (username or e-mail) becomes a member"), this))
    , m_invite(new QRadioButton(tr("&Invite someone new by e-mail"), this))
    , m_nobody(new QRadioButton(tr("&Nobody for now"), this))
    , m_admin(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setTitle(tr("The tenant administrator"));
    setSubTitle(tr("Who looks after the tenant. An existing account is added to the organization; an invitation is "
                   "sent by Keycloak, which needs the realm's mail settings."));
    m_existing->setObjectName(QStringLiteral("wizardAdminExisting"));
    m_invite->setObjectName(QStringLiteral("wizardAdminInvite"));
    m_nobody->setObjectName(QStringLiteral("wizardAdminNobody"));
    m_admin->setObjectName(QStringLiteral("wizardAdmin"));
    m_admin->setAccessibleName(tr("Tenant administrator"));
    m_hint->setWordWrap(true);
    m_choices->addButton(m_existing);
    m_choices->addButton(m_invite);
    m_choices->addButton(m_nobody);
    m_existing->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_existing);
    layout->addWidget(m_invite);
    layout->addWidget(m_nobody);
    layout->addWidget(m_admin);
    layout->addWidget(m_hint);
    layout->addStretch();
    connect(m_choices, &QButtonGroup::buttonToggled, this, &TenantAdminPage::update);
    connect(m_admin, &QLineEdit::textChanged, this, &TenantAdminPage::update);
    update();
}

TenantAdminPage::Choice TenantAdminPage::choice() const
{
    if (m_invite->isChecked())
        return Choice::Invite;
    if (m_nobody->isChecked())
        return Choice::Nobody;
    return Choice::Existing;
}

QString TenantAdminPage::admin() const
{
    return choice() == Choice::Nobody ? QString() : m_admin->text().trimmed();
}

bool TenantAdminPage::isComplete() const
{
    switch (choice()) {
    case Choice::Nobody:
        return true;
    case Choice::Existing:
        return !admin().isEmpty();
    case Choice::Invite:
        return admin().contains(u'@') && !admin().startsWith(u'@') && !admin().endsWith(u'@');
    }
    return false;
}

void TenantAdminPage::update()
{
    // The field keeps what was typed when "nobody" is chosen, so changing one's mind loses nothing.
    m_admin->setEnabled(choice() != Choice::Nobody);
    m_admin->setPlaceholderText(choice() == Choice::Invite ? tr("name@example.org") : tr("username"));
    if (choice() == Choice::Invite && !m_admin->text().isEmpty() && !isComplete())
        m_hint->setText(tr("Enter a whole e-mail address."));
    else
        m_hint->clear();
    emit completeChanged();
}

// --- TenantSummaryPage ------------------------------------------------------------------------------------------

TenantSummaryPage::TenantSummaryPage(const TenantFieldsPage* fields, const TenantAdminPage* admin,
                                     const JustificationPolicy& policy, QWidget* parent)
    : QWizardPage(parent)
    , m_fields(fields)
    , m_admin(admin)
    , m_summary(new QLabel(this))
    , m_justification(new JustificationFields(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Nothing has been created yet. If a step fails, the steps before it are undone."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));
    m_summary->setObjectName(QStringLiteral("wizardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_justification->setPolicy(policy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(m_justification);
    connect(m_justification, &JustificationFields::changed, this, &QWizardPage::completeChanged);
}

bool TenantSummaryPage::isComplete() const
{
    return m_justification->isComplete();
}

Justification TenantSummaryPage::justification() const
{
    return m_justification->justification();
}

void TenantSummaryPage::initializePage()
{
    const auto draft = m_fields->draft().normalised();
    if (!draft)
        return m_summary->setText(draft.error().userMessage().toHtmlEscaped());
    const QString slug = draft->slug.toHtmlEscaped();
    QString admin;
    switch (m_admin->choice()) {
    case TenantAdminPage::Choice::Existing:
        admin = tr("add the account <b>%1</b> to the organization").arg(m_admin->admin().toHtmlEscaped());
        break;
    case TenantAdminPage::Choice::Invite:
        admin = tr("invite <b>%1</b> by e-mail").arg(m_admin->admin().toHtmlEscaped());
        break;
    case TenantAdminPage::Choice::Nobody:
        admin = tr("assign no administrator");
        break;
    }
    m_summary->setText(tr("<ol><li>Platform: create the tenant <b>%1</b> “%2” on the %3 plan</li>"
                          "<li>Keycloak: create the organization with alias <b>%1</b></li>"
                          "<li>Platform: link the tenant to the organization</li>"
                          "<li>Keycloak: %4</li></ol>")
                           .arg(slug, draft->name.toHtmlEscaped(), draft->plan.toHtmlEscaped(), admin));
}

// --- TenantRunPage ----------------------------------------------------------------------------------------------

TenantRunPage::TenantRunPage(PlatformContext* context, const TenantFieldsPage* fields, const TenantAdminPage* admin,
                             const TenantSummaryPage* summary, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_fields(fields)
    , m_admin(admin)
    , m_summary(summary)
    , m_steps(new QListWidget(this))
    , m_result(new QLabel(this))
    , m_systems(new QListWidget(this))
    , m_retry(new QPushButton(tr("&Change and try again"), this))
{
    setTitle(tr("Creating the tenant"));
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_result->setObjectName(QStringLiteral("wizardResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_systems->setObjectName(QStringLiteral("wizardSystemState"));
    m_systems->setAccessibleName(tr("State of each system"));
    m_retry->setObjectName(QStringLiteral("wizardRetry"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_systems);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    // Back to the first page with every field as typed (the pages register no fields, so nothing is reset).
    connect(m_retry, &QPushButton::clicked, this, [this] { wizard()->restart(); });
}

void TenantRunPage::initializePage()
{
    m_steps->clear();
    m_systems->clear();
    m_systems->hide();
    m_retry->hide();
    m_result->clear();
    m_done = false;
    m_outcome = {};
    start();
}

bool TenantRunPage::isComplete() const
{
    return m_done && m_outcome.succeeded;
}

void TenantRunPage::start()
{
    setRunning(true);
    const Justification justification = m_summary->justification();
    m_context->actions()->whenAllowed(
        ActionId::TenantCreate, justification,
        [this, justification] {
            TenantCreationRequest request;
            request.tenant = m_fields->draft();
            request.admin = m_admin->admin();
            if (m_admin->choice() == TenantAdminPage::Choice::Invite)
                request.tenant.adminEmail = request.admin;
            // Owned by the context: closing the wizard never abandons a creation half-way.
            auto* creation =
                new TenantCreation(m_context->services(), m_context->actions()->currentOperator(), request, m_context);
            creation->setJustification(justification);
            connect(creation, &PlatformOperation::progress, this, [this](const QString& step) {
                m_steps->addItem(step);
                m_steps->scrollToBottom();
            });
            connect(creation, &PlatformOperation::finished, this,
                    [this, creation](const OperationOutcome& outcome) { finish(outcome, creation->tenant().tenant); });
            connect(creation, &PlatformOperation::finished, creation, &QObject::deleteLater);
            creation->start();
        },
        [this](const Error& error) { fail(error); });
}

void TenantRunPage::finish(const OperationOutcome& outcome, const Tenant& tenant)
{
    setRunning(false);
    m_outcome = outcome;
    m_done = true;
    if (outcome.succeeded) {
        m_result->setText(outcome.summary);
        emit completeChanged();
        emit created(tenant);
        return;
    }
    fail(outcome.error);
    // The state each step was left in after the undo, one line each.
    for (const StepRecord& step : outcome.steps)
        m_systems->addItem(describeStep(step));
    m_systems->setVisible(m_systems->count() > 0);
}

void TenantRunPage::fail(const Error& error)
{
    setRunning(false);
    m_done = true;
    m_result->setText(error.userMessage());
    m_retry->show();
    emit completeChanged();
}

void TenantRunPage::setRunning(bool running)
{
    m_running = running;
    if (QWizard* wizard = this->wizard())
        wizard->button(QWizard::CancelButton)->setEnabled(!running);
}

// --- TenantWizard -----------------------------------------------------------------------------------------------

TenantWizard::TenantWizard(PlatformContext* context, QWidget* parent)
    : QWizard(parent)
    , m_fields(new TenantFieldsPage(this))
    , m_admin(new TenantAdminPage(this))
    , m_run(nullptr)
{
    setObjectName(QStringLiteral("tenantWizard"));
    setWindowTitle(tr("New tenant"));
    auto* summary = new TenantSummaryPage(m_fields, m_admin, context->actions()->justificationPolicy(), this);
    m_run = new TenantRunPage(context, m_fields, m_admin, summary, this);
    setPage(FieldsPageId, m_fields);
    setPage(AdminPageId, m_admin);
    setPage(SummaryPageId, summary);
    setPage(RunPageId, m_run);
    connect(m_run, &TenantRunPage::created, this, &TenantWizard::tenantCreated);
}

void TenantWizard::reject()
{
    // The creation runs to its end (and its record) once started; the wizard closes after it.
    if (m_run->isRunning())
        return;
    QWizard::reject();
}

} // namespace custos
