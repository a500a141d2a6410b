#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace custos {

class LedgerController;

// Asks for the passphrase of the audit ledger's key file: twice, with a minimum strength, when the file is to be
// created; once to unlock an existing one. Window-modal and asynchronous (no nested event loop): it hands the
// passphrase to the ledger, shows a refusal (a wrong passphrase) and lets the operator try again; Cancel leaves
// the ledger closed and the console read-only. The typed text is cleared as soon as it has been handed over.
class KeyFileDialog : public QDialog
{
    Q_OBJECT
public:
    static KeyFileDialog* ask(QWidget* parent, LedgerController* ledger, const QString& keyFile, bool exists);

    void reject() override;

private:
    KeyFileDialog(QWidget* parent, LedgerController* ledger, const QString& keyFile, bool exists);
    void submit();
    void setBusy(bool busy);
    void showProblem(const QString& text);

    LedgerController* m_ledger;
    bool m_create;
    bool m_busy = false;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirmation = nullptr;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace custos
