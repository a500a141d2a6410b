#include "ui/widgets/ConfirmationDialog.h"

#include "ui/widgets/JustificationFields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {

ConfirmationDialog::ConfirmationDialog(const QString& objectName, const QString& title, const QString& question,
                                       const QString& confirmText, const JustificationPolicy& policy, QWidget* parent)
    : QDialog(parent)
    , m_justification(new JustificationFields(this))
    , m_confirm(nullptr)
{
    setObjectName(objectName);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    // Plain text: the question names certificates and tenants whose text comes from elsewhere.
    auto* text = new QLabel(question, this);
    text->setObjectName(QStringLiteral("questionLabel"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    m_justification->setPolicy(policy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);

    auto* column = new QVBoxLayout(this);
    column->addWidget(text);
    column->addWidget(m_justification);
    column->addWidget(buttons);
    resize(520, sizeHint().height());

    auto follow = [this] { m_confirm->setEnabled(m_justification->isComplete()); };
    connect(m_justification, &JustificationFields::changed, this, follow);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (!m_justification->isComplete())
            return;
        emit confirmed(m_justification->justification());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    follow();
}

} // namespace custos
