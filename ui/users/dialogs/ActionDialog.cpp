#include "ui/users/dialogs/ActionDialog.h"

#include "ui/widgets/JustificationFields.h"
#include "ui/widgets/StatusColours.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {

ActionDialog::ActionDialog(const QString& objectName, const QString& title, const QString& confirmText, QWidget* parent)
    : QDialog(parent)
    , m_form(new QWidget(this))
    , m_formLayout(new QVBoxLayout(m_form))
    , m_justification(new JustificationFields(this))
    , m_resultLayout(new QVBoxLayout)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_confirm(m_buttons->addButton(confirmText, QDialogButtonBox::AcceptRole))
    , m_close(m_buttons->addButton(QDialogButtonBox::Close))
{
    setObjectName(objectName);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);
    m_close->setObjectName(QStringLiteral("closeButton"));

    auto* column = new QVBoxLayout(this);
    column->addWidget(m_form, 1);
    column->addWidget(m_justification);
    column->addWidget(m_busy);
    column->addWidget(m_status);
    column->addLayout(m_resultLayout);
    column->addWidget(m_buttons);

    // Accept would close the dialog; the confirm button only asks for the operation and the dialog stays to
    // show its outcome.
    connect(m_confirm, &QPushButton::clicked, this, &ActionDialog::confirmed);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_justification, &JustificationFields::changed, this, [this] { setConfirmAllowed(m_confirmAllowed); });
    setConfirmAllowed(true);
}

void ActionDialog::setConfirmAllowed(bool allowed)
{
    m_confirmAllowed = allowed;
    m_confirm->setEnabled(allowed && m_justification->isComplete() && !m_busyNow && !m_done);
}

void ActionDialog::setJustificationPolicy(const JustificationPolicy& policy)
{
    m_justification->setPolicy(policy);
}

Justification ActionDialog::justification() const
{
    return m_justification->justification();
}

void ActionDialog::setBusy(const QString& step)
{
    m_busyNow = true;
    m_form->setEnabled(false);
    m_justification->setEnabled(false);
    m_confirm->setEnabled(false);
    m_busy->show();
    setStatus(step, false);
}

void ActionDialog::showOutcome(const OperationOutcome& outcome)
{
    m_busyNow = false;
    m_busy->hide();
    m_done = outcome.succeeded;
    m_form->setEnabled(!m_done);
    m_justification->setEnabled(!m_done);
    if (m_done)
        m_confirm->hide();
    setConfirmAllowed(m_confirmAllowed);
    setStatus(describe(outcome), !outcome.succeeded);
}

void ActionDialog::showError(const Error& error)
{
    OperationOutcome outcome;
    outcome.error = error;
    outcome.summary = error.userMessage();
    // Not the subclass's showOutcome(): that reacts to an operation's outcome (a mover reloads its lists, which
    // would fail again and again if reading them is what failed).
    ActionDialog::showOutcome(outcome);
}

QString ActionDialog::describe(const OperationOutcome& outcome)
{
    if (outcome.succeeded)
        return outcome.summary;
    // The error, not the summary: when the ledger could not record a success, the summary still reads as one.
    const QString message = outcome.error.userMessage();
    return outcome.refused ? tr("Not done: %1").arg(message) : message;
}

void ActionDialog::setStatus(const QString& text, bool isError)
{
    m_status->setText(text);
    m_status->setProperty("error", isError);
    StatusColours::colourText(m_status, isError ? std::optional(StatusColours::Role::Danger) : std::nullopt);
    m_status->setVisible(!text.isEmpty());
}

} // namespace custos
