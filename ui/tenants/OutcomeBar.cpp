#include "ui/tenants/OutcomeBar.h"

#include "core/actions/AuditedOperation.h"
#include "ui/widgets/StatusColours.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace custos {

OutcomeBar::OutcomeBar(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("outcomeBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("outcomeText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void OutcomeBar::track(AuditedOperation* operation)
{
    connect(operation, &AuditedOperation::progress, this, &OutcomeBar::showProgress);
    connect(operation, &AuditedOperation::finished, this, &OutcomeBar::showOutcome);
    connect(operation, &AuditedOperation::finished, operation, &QObject::deleteLater);
}

void OutcomeBar::start(AuditedOperation* operation, QObject* context, std::function<void()> finished)
{
    track(operation);
    connect(operation, &AuditedOperation::finished, context, [finished = std::move(finished)] { finished(); });
    operation->start();
}

void OutcomeBar::showProgress(const QString& text)
{
    present(text + QStringLiteral("…"), Tone::Neutral);
}

void OutcomeBar::showOutcome(const OperationOutcome& outcome)
{
    if (outcome.succeeded)
        present(outcome.summary, Tone::Success);
    else
        showError(outcome.error);
}

void OutcomeBar::showError(const Error& error)
{
    present(error.userMessage(), Tone::Failure);
}

void OutcomeBar::showMessage(const QString& text)
{
    present(text, Tone::Neutral);
}

void OutcomeBar::showResult(const QString& text, bool succeeded)
{
    present(text, succeeded ? Tone::Success : Tone::Failure);
}

QString OutcomeBar::text() const
{
    return m_label->text();
}

void OutcomeBar::present(const QString& text, Tone tone)
{
    m_failure = tone == Tone::Failure;
    m_tone = tone;
    m_label->setText(text);
    applyTone();
    m_close->setVisible(tone != Tone::Neutral);
    setAccessibleDescription(text);
    setVisible(true);
    // An outcome is news a screen reader reads out without the focus moving there; progress is not.
    if (tone != Tone::Neutral) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void OutcomeBar::applyTone()
{
    // Colour backs up the words, it never replaces them: the text itself says whether it failed. Only the window
    // is tinted, from the surrounding palette; the text keeps the palette's own colour, which reads on the tint.
    QPalette tinted;
    if (m_tone != Tone::Neutral) {
        const QPalette around = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
        tinted.setColor(QPalette::Window,
                        StatusColours::background(m_tone == Tone::Success ? StatusColours::Role::Success
                                                                          : StatusColours::Role::Danger,
                                                  around));
    }
    setPalette(tinted);
    setAutoFillBackground(m_tone != Tone::Neutral);
}

void OutcomeBar::changeEvent(QEvent* event)
{
    // The system switched to a dark theme or back; setting the same tint again changes nothing, so this ends.
    if (event->type() == QEvent::PaletteChange)
        applyTone();
    QFrame::changeEvent(event);
}

} // namespace custos
