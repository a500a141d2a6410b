#include "ui/audit/ErasureDialog.h"

#include "ui/widgets/JustificationFields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace custos {

ErasureDialog::ErasureDialog(const QString& prefilled, QWidget* parent)
    : ActionDialog(QStringLiteral("erasureDialog"), tr("Erase personal data"), tr("&Erase for good"), parent)
    , m_subject(new QLineEdit(prefilled, this))
    , m_preview(new QLabel(this))
{
    auto* warning = new QLabel(
        tr("<p>Erases from this computer's audit ledger every personal value recorded about one person: their "
           "username, name, e-mail address, IP addresses, and the free text of the records they acted in or were "
           "the target of. The records stay, with their ids, actions and times, and the ledger still verifies; the "
           "erased values show as “erased”.</p><p><b>This cannot be undone.</b> Exports made before keep their "
           "copies.</p>"),
        this);
    warning->setObjectName(QStringLiteral("erasureWarning"));
    warning->setWordWrap(true);
    m_subject->setObjectName(QStringLiteral("erasureSubject"));
    m_subject->setAccessibleName(tr("Person"));
    m_subject->setPlaceholderText(tr("Keycloak id or username"));
    m_preview->setObjectName(QStringLiteral("erasurePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText); // the subject is the operator's text
    auto* fields = new QFormLayout;
    fields->addRow(tr("&Person:"), m_subject);
    fields->addRow(QString(), m_preview);
    formLayout()->addWidget(warning);
    formLayout()->addLayout(fields);
    formLayout()->addStretch();

    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(300);
    connect(&m_previewDelay, &QTimer::timeout, this, [this] {
        if (!subject().isEmpty())
            emit previewRequested(subject());
    });
    connect(m_subject, &QLineEdit::textEdited, this, &ErasureDialog::subjectEdited);
    connect(justificationFields(), &JustificationFields::changed, this, &ErasureDialog::updateConfirm);
    subjectEdited();
    resize(520, 440);
}

QString ErasureDialog::subject() const
{
    return m_subject->text().trimmed();
}

void ErasureDialog::subjectEdited()
{
    m_fields = 0;
    m_previewText = subject().isEmpty() ? tr("Type the person's Keycloak id or username.")
                                        : tr("Looking for their personal data in the ledger…");
    updateConfirm();
    if (!subject().isEmpty())
        m_previewDelay.start();
}

void ErasureDialog::showPreview(const QString& previewed, const Result<LedgerStore::ErasurePreview>& preview)
{
    if (previewed != subject())
        return;
    if (!preview.ok()) {
        m_fields = 0;
        m_previewText = preview.error().userMessage();
    } else {
        m_fields = preview->fields;
        const QString records = tr("%n record(s)", nullptr, int(preview->records));
        m_previewText = m_fields == 0
                            ? tr("Nothing in the ledger is about %1: there is nothing to erase.").arg(previewed)
                            : tr("%n personal field(s) in %1 will be erased.", nullptr, int(m_fields)).arg(records);
    }
    updateConfirm();
}

void ErasureDialog::updateConfirm()
{
    // The reason is kept in the PERSONAL_DATA_ERASED record, which nothing erases: it must not name the person.
    const QString name = subject();
    const bool namesThem =
        !name.isEmpty() && justificationFields()->justification().reason.contains(QRegularExpression(
                               QStringLiteral("(?<![\\w.-])%1(?![\\w-])").arg(QRegularExpression::escape(name)),
                               QRegularExpression::CaseInsensitiveOption));
    m_preview->setText(namesThem ? tr("Do not name the person in the reason: the reason stays in the ledger.")
                                 : m_previewText);
    setConfirmAllowed(m_fields > 0 && !namesThem);
}

} // namespace custos
