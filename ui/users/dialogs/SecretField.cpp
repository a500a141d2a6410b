#include "ui/users/dialogs/SecretField.h"

#include <QClipboard>
#include <QFont>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {

SecretField::SecretField(const QString& label, QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("secretField"));
    m_field->setObjectName(QStringLiteral("temporaryPasswordField"));
    m_field->setAccessibleName(tr("Temporary password"));
    m_field->setReadOnly(true);
    m_field->setFont(QFont(QStringLiteral("monospace")));
    m_copy->setObjectName(QStringLiteral("copyPasswordButton"));
    auto* note = new QLabel(tr("Give it to the user through a channel you trust. It will not be shown again; the "
                               "user must change it at the next sign-in."),
                            this);
    note->setObjectName(QStringLiteral("secretNote"));
    note->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(label, this));
    row->addWidget(m_field, 1);
    row->addWidget(m_copy);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(note);
    hide();

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_field->text());
        m_copy->setText(tr("Copied"));
    });
}

void SecretField::setSecret(const QString& secret)
{
    m_field->setText(secret);
    m_field->selectAll();
    setVisible(!secret.isEmpty());
}

} // namespace custos
