#include "ui/history/HistoryDock.h"

#include "ui/history/SessionHistory.h"
#include "ui/widgets/HeaderStateKeeper.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>

namespace custos {

HistoryDock::HistoryDock(SessionHistory* history, QWidget* parent)
    : QDockWidget(tr("History of this session"), parent)
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("historyDock"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setAccessibleName(tr("Outcomes of this session's actions"));
    m_view->setModel(history);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
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
    setWidget(m_view);
    toggleViewAction()->setText(tr("&History of this session"));
    toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+H")));
    toggleViewAction()->setObjectName(QStringLiteral("historyAction"));
    hide();
}

} // namespace custos
