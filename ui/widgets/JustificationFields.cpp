#include "ui/widgets/JustificationFields.h"

#include "ui/widgets/StatusColours.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace custos {

JustificationFields::JustificationFields(QWidget* parent)
    : QWidget(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_ticket(new QLineEdit(this))
    , m_ticketLabel(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("justificationFields"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why is this done? At least %1 characters, in your own words.")
                                     .arg(JustificationPolicy::minimumReasonLength));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_ticket->setObjectName(QStringLiteral("ticketEdit"));
    m_hint->setObjectName(QStringLiteral("justificationHint"));
    m_hint->setWordWrap(true);
    StatusColours::colourText(m_hint, StatusColours::Role::Danger);

    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    m_ticketLabel->setBuddy(m_ticket);
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(reasonLabel, m_reason);
    layout->addRow(m_ticketLabel, m_ticket);
    layout->addRow(m_hint);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &JustificationFields::update);
    connect(m_ticket, &QLineEdit::textChanged, this, &JustificationFields::update);
    setPolicy({});
}

void JustificationFields::setPolicy(const JustificationPolicy& policy)
{
    m_policy = policy;
    m_ticketLabel->setText(policy.ticketRequired ? tr("&Ticket:") : tr("&Ticket (optional):"));
    m_ticket->setPlaceholderText(policy.ticketPattern.isEmpty() ? QString()
                                                                : tr("Format: %1").arg(policy.ticketPattern));
    update();
}

Justification JustificationFields::justification() const
{
    return Justification{m_reason->toPlainText().trimmed(), m_ticket->text().trimmed(), {}};
}

void JustificationFields::setJustification(const Justification& justification)
{
    m_reason->setPlainText(justification.reason);
    m_ticket->setText(justification.ticket);
}

bool JustificationFields::isComplete() const
{
    return m_policy.check(justification()).ok();
}

void JustificationFields::update()
{
    // Nothing typed yet is not an error: the placeholder says what is wanted.
    const Status checked = m_policy.check(justification());
    const bool untouched = m_reason->toPlainText().isEmpty() && m_ticket->text().isEmpty();
    m_hint->setText(checked.ok() || untouched ? QString() : checked.error().userMessage());
    m_hint->setVisible(!m_hint->text().isEmpty());
    emit changed();
}

} // namespace custos
