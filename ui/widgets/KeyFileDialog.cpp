#include "ui/widgets/KeyFileDialog.h"

#include "core/ledger/LedgerKeyFile.h"
#include "ui/LedgerController.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {

KeyFileDialog* KeyFileDialog::ask(QWidget* parent, LedgerController* ledger, const QString& keyFile, bool exists)
{
    auto* dialog = new KeyFileDialog(parent, ledger, keyFile, exists);
    dialog->open();
    return dialog;
}

KeyFileDialog::KeyFileDialog(QWidget* parent, LedgerController* ledger, const QString& keyFile, bool exists)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_create(!exists)
    , m_passphrase(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("keyFileDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    const QString file = QDir::toNativeSeparators(keyFile);
    auto* explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    if (m_create) {
        setWindowTitle(tr("Keep the ledger's keys in a key file"));
        explanation->setText(
            tr("This computer has no keychain that can hold the audit ledger's signing keys, so every change stays "
               "blocked. Custos can keep the keys in a file protected by a passphrase instead:\n%1\n\n"
               "You type the passphrase once per session; it is never stored. If you lose it, this ledger can no "
               "longer be extended: its records stay verifiable, but Custos has to start a new ledger. Keep the "
               "passphrase somewhere safe, and back up the key file with the ledger.")
                .arg(file));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create key file"));
    } else {
        setWindowTitle(tr("Unlock the audit ledger"));
        explanation->setText(tr("The audit ledger's keys are in the key file\n%1\n\nType its passphrase to open the "
                                "ledger for this session. Until then, nothing can be changed.")
                                 .arg(file));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Not now"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("keyFileOk"));

    m_passphrase->setObjectName(QStringLiteral("keyFilePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (m_create) {
        m_confirmation = new QLineEdit(this);
        m_confirmation->setObjectName(QStringLiteral("keyFileConfirmation"));
        m_confirmation->setEchoMode(QLineEdit::Password);
        m_confirmation->setAccessibleName(tr("Passphrase again"));
        form->addRow(tr("&Again:"), m_confirmation);
        auto* hint = new QLabel(tr("At least %n characters; a few unrelated words are easy to remember and hard to "
                                   "guess.",
                                   nullptr, LedgerKeyFile::minPassphraseLength),
                                this);
        hint->setWordWrap(true);
        form->addRow(QString(), hint);
    }
    m_problem->setObjectName(QStringLiteral("keyFileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KeyFileDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KeyFileDialog::reject);
    m_passphrase->setFocus();
}

void KeyFileDialog::reject()
{
    // The key derivation cannot be interrupted; its answer is awaited.
    if (m_busy)
        return;
    m_passphrase->clear();
    if (m_confirmation)
        m_confirmation->clear();
    m_ledger->declineKeyFile();
    QDialog::reject();
}

void KeyFileDialog::submit()
{
    if (m_busy)
        return;
    const QString passphrase = m_passphrase->text();
    if (m_create) {
        if (const QString problem = LedgerKeyFile::passphraseProblem(passphrase); !problem.isEmpty())
            return showProblem(problem);
        if (m_confirmation->text() != passphrase)
            return showProblem(tr("The two passphrases differ. Type the same one twice."));
    } else if (passphrase.isEmpty()) {
        return showProblem(tr("Type the key file's passphrase."));
    }
    setBusy(true);
    QPointer<KeyFileDialog> self(this);
    m_ledger->openWithKeyFile(passphrase.toUtf8(), this, [self](const Status& opened) {
        if (!self)
            return;
        self->setBusy(false);
        if (!opened.ok())
            return self->showProblem(opened.error().userMessage());
        self->m_passphrase->clear();
        if (self->m_confirmation)
            self->m_confirmation->clear();
        self->accept();
    });
    // Only the attempt holds the passphrase now; a retry is typed afresh.
    m_passphrase->clear();
    if (m_confirmation)
        m_confirmation->clear();
}

void KeyFileDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    if (m_confirmation)
        m_confirmation->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy) {
        m_problem->setText(m_create ? tr("Creating the key file…") : tr("Unlocking the key file…"));
        m_problem->show();
    } else {
        m_passphrase->setFocus();
    }
}

void KeyFileDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
    m_passphrase->setFocus();
}

} // namespace custos
