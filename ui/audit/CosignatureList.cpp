#include "ui/audit/CosignatureList.h"

#include "ui/audit/VerificationText.h"
#include "ui/widgets/StatusColours.h"

#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace custos {

CosignatureList::CosignatureList(QWidget* parent)
    : QWidget(parent)
    , m_count(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("cosignatureList"));
    m_count->setObjectName(QStringLiteral("cosignatureCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("cosignatureTable"));
    m_list->setAccessibleName(tr("Witness cosignatures"));
    // Item texts are never read as markup, and no tool tip (which would guess) quotes the file.
    m_list->setHeaderLabels(
        {tr("Witness"), tr("Key hash"), tr("Pinned and valid?"), tr("Cosigned (UTC)"), tr("Cosigned (local time)")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 8);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_count);
    column->addWidget(m_list);
    setVisible(false);
}

void CosignatureList::setReport(const std::optional<WitnessQuorum::Report>& report)
{
    m_list->clear();
    setVisible(report.has_value());
    if (!report)
        return;
    using CosignerStatus = WitnessQuorum::Cosigner::Status;
    m_count->setText(VerificationText::witnessCount(*report));
    StatusColours::colourText(m_count, report->met() ? std::nullopt : std::optional(StatusColours::Role::Warning));
    for (const WitnessQuorum::Cosigner& cosigner : report->cosigners) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, cosigner.name);
        item->setText(1, VerificationText::keyHash(cosigner.keyHash));
        item->setText(2, VerificationText::cosignatureStatus(cosigner));
        item->setText(3, cosigner.time ? VerificationText::utcTime(*cosigner.time) : tr("—"));
        item->setText(4, cosigner.time ? VerificationText::localTime(*cosigner.time) : tr("—"));
        if (cosigner.status == CosignerStatus::Valid)
            item->setForeground(2, StatusColours::text(StatusColours::Role::Success));
        else if (cosigner.status == CosignerStatus::Invalid)
            item->setForeground(2, StatusColours::text(StatusColours::Role::Danger));
    }
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
}

} // namespace custos
