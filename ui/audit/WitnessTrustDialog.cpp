#include "ui/audit/WitnessTrustDialog.h"

#include "core/ledger/AuditorTrustStore.h"
#include "core/ledger/WitnessKey.h"
#include "ui/audit/VerificationText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace custos {

WitnessTrustDialog::WitnessTrustDialog(AuditorTrustStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_pinned(new QTreeWidget(this))
    , m_key(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_pin(new QPushButton(tr("&Pin witness"), this))
    , m_remove(new QPushButton(tr("&Remove witness"), this))
    , m_quorum(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("witnessTrustDialog"));
    setWindowTitle(tr("Witnesses you trust"));
    m_pinned->setObjectName(QStringLiteral("pinnedWitnessList"));
    m_pinned->setAccessibleName(tr("Pinned witnesses"));
    m_pinned->setHeaderLabels({tr("Witness"), tr("Key hash"), tr("Verifier key")});
    m_pinned->setRootIsDecorated(false);
    m_key->setObjectName(QStringLiteral("witnessKeyEdit"));
    m_key->setAccessibleName(tr("Witness key"));
    m_key->setPlaceholderText(tr("name+hash+key, as the witness's operator publishes it"));
    // Plain text: the preview and the problem quote what was pasted.
    m_preview->setObjectName(QStringLiteral("witnessKeyPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("witnessProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_pin->setObjectName(QStringLiteral("pinWitnessButton"));
    m_remove->setObjectName(QStringLiteral("removeWitnessButton"));
    m_quorum->setObjectName(QStringLiteral("witnessQuorumSpin"));
    m_quorum->setAccessibleName(tr("Required cosignatures"));
    m_quorum->setSpecialValueText(tr("none required"));

    auto* explanation = new QLabel(
        tr("A witness cosigns a checkpoint only if it extends every checkpoint of that ledger it saw before. Get "
           "each witness's key from its operator, never from an export. An export whose checkpoint lacks valid "
           "cosignatures from as many pinned witnesses as the quorum requires is shown as not witnessed."),
        this);
    explanation->setWordWrap(true);
    auto* pinRow = new QHBoxLayout;
    pinRow->addWidget(m_key, 1);
    pinRow->addWidget(m_pin);
    auto* form = new QFormLayout;
    form->addRow(tr("Witness key:"), pinRow);
    form->addRow(QString(), m_preview);
    form->addRow(tr("Required cosignatures:"), m_quorum);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* column = new QVBoxLayout(this);
    column->addWidget(explanation);
    column->addWidget(m_pinned, 1);
    column->addWidget(m_remove, 0, Qt::AlignLeft);
    column->addLayout(form);
    column->addWidget(m_problem);
    column->addWidget(buttons);
    resize(760, 420);

    connect(m_key, &QLineEdit::textChanged, this, &WitnessTrustDialog::preview);
    connect(m_key, &QLineEdit::returnPressed, this, &WitnessTrustDialog::pin);
    connect(m_pin, &QPushButton::clicked, this, &WitnessTrustDialog::pin);
    connect(m_remove, &QPushButton::clicked, this, &WitnessTrustDialog::removeSelected);
    connect(m_pinned, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_pinned->selectedItems().isEmpty()); });
    connect(m_quorum, &QSpinBox::valueChanged, this, &WitnessTrustDialog::setQuorum);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showPinned();
    preview();
}

void WitnessTrustDialog::showPinned()
{
    m_pinned->clear();
    const QList<WitnessKey> keys = m_store.pinnedWitnesses();
    for (const WitnessKey& key : keys) {
        auto* item = new QTreeWidgetItem(m_pinned, {key.name(), VerificationText::keyHash(key.keyHash()), key.text()});
        item->setData(0, Qt::UserRole, key.name());
    }
    for (int column = 0; column < m_pinned->columnCount(); ++column)
        m_pinned->resizeColumnToContents(column);
    m_remove->setEnabled(false);
    const QSignalBlocker blocker(m_quorum);
    m_quorum->setRange(0, static_cast<int>(keys.size()));
    m_quorum->setValue(m_store.witnessQuorum());
}

void WitnessTrustDialog::preview()
{
    const QString text = m_key->text().trimmed();
    if (text.isEmpty()) {
        m_preview->setText(tr("Paste a witness's verifier key to see the witness it names."));
        m_pin->setEnabled(false);
        return;
    }
    auto key = WitnessKey::parse(text);
    m_pin->setEnabled(key.ok());
    m_preview->setText(key ? tr("Witness %1, key hash %2.").arg(key->name(), VerificationText::keyHash(key->keyHash()))
                           : key.error().why);
}

void WitnessTrustDialog::pin()
{
    if (auto pinned = m_store.pinWitness(m_key->text()); !pinned)
        return m_problem->setText(pinned.error().userMessage());
    m_problem->clear();
    m_key->clear();
    showPinned();
    emit changed();
}

void WitnessTrustDialog::removeSelected()
{
    const QList<QTreeWidgetItem*> selected = m_pinned->selectedItems();
    if (selected.isEmpty())
        return;
    if (auto removed = m_store.unpinWitness(selected.first()->data(0, Qt::UserRole).toString()); !removed)
        return m_problem->setText(removed.error().userMessage());
    m_problem->clear();
    showPinned();
    emit changed();
}

void WitnessTrustDialog::setQuorum(int quorum)
{
    if (auto set = m_store.setWitnessQuorum(quorum); !set) {
        m_problem->setText(set.error().userMessage());
        return showPinned();
    }
    m_problem->clear();
    emit changed();
}

} // namespace custos
