#pragma once

#include "core/audit/JustificationPolicy.h"
#include "core/users/UserOperation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace custos {

class JustificationFields;

// The frame every user-action dialog shares: the form, a status line that shows the running step and then the
// outcome, and the buttons. It never runs anything itself: the confirm button emits confirmed(), the controller
// runs the operation and reports back through setBusy() and showOutcome(). Whatever the operator typed stays in
// the form after an error, so they can correct it and try again. Every user action is a write: under the form the
// operator gives their reason (and ticket), and the dialog cannot be confirmed until the profile's policy is met.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(const QString& objectName, const QString& title, const QString& confirmText,
                 QWidget* parent = nullptr);

    // While an operation runs: the form is read-only and the step is shown.
    void setBusy(const QString& step);
    // The operation's outcome in plain words. After a success the form stays read-only and only Close remains;
    // after a failure or a refusal the form is editable again.
    virtual void showOutcome(const OperationOutcome& outcome);
    // An error before any operation ran (the step-up was cancelled, lists could not be read).
    void showError(const Error& error);

    void setJustificationPolicy(const JustificationPolicy& policy);
    // What the intent record keeps of why the operator acts: their reason and ticket (a helpdesk reset adds the
    // caller's verification).
    [[nodiscard]] virtual Justification justification() const;

    // The outcome in plain words: the summary, and for a refusal or a missing role, what to do about it.
    [[nodiscard]] static QString describe(const OperationOutcome& outcome);

signals:
    void confirmed();

protected:
    // Where subclasses put their form; it is disabled while busy.
    [[nodiscard]] QWidget* form() const { return m_form; }
    [[nodiscard]] QVBoxLayout* formLayout() const { return m_formLayout; }
    // Where subclasses put what appears only after the outcome (a password, an "open the user" button).
    [[nodiscard]] QVBoxLayout* resultLayout() const { return m_resultLayout; }
    [[nodiscard]] QPushButton* confirmButton() const { return m_confirm; }
    // Subclasses say whether the form is complete; the confirm button follows it (and the reason) when not busy.
    void setConfirmAllowed(bool allowed);
    [[nodiscard]] JustificationFields* justificationFields() const { return m_justification; }

private:
    void setStatus(const QString& text, bool isError);

    QWidget* m_form;
    QVBoxLayout* m_formLayout;
    JustificationFields* m_justification;
    QVBoxLayout* m_resultLayout;
    QLabel* m_status;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_confirm;
    QPushButton* m_close;
    bool m_confirmAllowed = true;
    bool m_busyNow = false;
    bool m_done = false;
};

} // namespace custos
