#include "ui/history/HistoryPanel.h"

#include "ui/history/SessionHistory.h"
#include "ui/widgets/HeaderStateKeeper.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace custos {

HistoryPanel::HistoryPanel(SessionHistory* history, QWidget* parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_toggle(new QAction(tr("&History of this session"), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    setAccessibleName(tr("History of this session"));
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setAccessibleName(tr("Outcomes of this session's actions"));
    m_view->setModel(history);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(SessionHistory::TimeColumn,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 2 * em);
    m_view->setColumnWidth(SessionHistory::ActionColumn, 16 * em);
    m_view->setColumnWidth(SessionHistory::TargetColumn, 10 * em);
    m_view->setColumnWidth(SessionHistory::OutcomeColumn, 40 * em);
    HeaderStateKeeper::keep(m_view);

    auto* title = new QLabel(tr("<b>History of this session</b>"), this);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeHistoryButton"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the history"));
    close->setAccessibleName(tr("Close the history"));
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 1);
    titleRow->addWidget(close);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 4, 0, 0);
    column->addLayout(titleRow);
    column->addWidget(m_view, 1);

    m_toggle->setObjectName(QStringLiteral("historyAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(tr("Ctrl+H")));
    connect(m_toggle, &QAction::toggled, this, &QWidget::setVisible);
    connect(close, &QToolButton::clicked, m_toggle, [this] { m_toggle->setChecked(false); });
    hide();
}

} // namespace custos
