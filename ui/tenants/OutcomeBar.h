#pragma once

#include "core/common/Error.h"

#include <QFrame>
#include <functional>

class QLabel;
class QToolButton;

namespace custos {

class AuditedOperation;
struct OperationOutcome;

// One line under a page's toolbar (or, for the window, above the pages) that says what an operation is doing and,
// once its ledger record is durable, how it ended — never in a modal box, so an error never blocks the window.
// Outcomes stay until dismissed or replaced, and are announced to screen readers.
class OutcomeBar : public QFrame
{
    Q_OBJECT
public:
    explicit OutcomeBar(QWidget* parent = nullptr);

    // Shows `operation`'s progress, then its outcome; deletes the operation after its finished().
    void track(AuditedOperation* operation);
    // track()s and starts `operation`; `finished` runs on `context` once it has finished (to reload a view).
    void start(AuditedOperation* operation, QObject* context, std::function<void()> finished);
    void showProgress(const QString& text);
    void showOutcome(const OperationOutcome& outcome);
    void showError(const Error& error);
    void showMessage(const QString& text);
    // How an action ended, in words that already say so; it stays until dismissed or replaced.
    void showResult(const QString& text, bool succeeded);
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isFailure() const { return m_failure; }

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Tone { Neutral, Success, Failure };
    void present(const QString& text, Tone tone);
    // Tints the bar for its tone in the current palette's shades.
    void applyTone();

    QLabel* m_label;
    QToolButton* m_close;
    bool m_failure = false;
    Tone m_tone = Tone::Neutral;
};

} // namespace custos
