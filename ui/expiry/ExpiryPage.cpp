#include "ui/expiry/ExpiryPage.h"

#include "core/platform/ExpiryCollector.h"
#include "ui/expiry/ExpiryModel.h"
#include "ui/expiry/ExpirySummary.h"
#include "ui/widgets/ActionBar.h"
#include "ui/widgets/HeaderStateKeeper.h"
#include "ui/widgets/Shortcuts.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace custos {

ExpiryPage::ExpiryPage(ExpiryCollector* collector, QWidget* parent)
    : QWidget(parent)
    , m_collector(collector)
    , m_model(new ExpiryModel(this))
    , m_summary(new ExpirySummary(collector, this))
    , m_table(new QTableView(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("expiryPage"));
    m_table->setObjectName(QStringLiteral("expiryTable"));
    m_table->setAccessibleName(tr("Certificates and keys by expiry"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_columnsSized = HeaderStateKeeper::keep(m_table);
    m_problems->setObjectName(QStringLiteral("expiryProblems"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    auto* toolBar = new ActionBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* refresh = toolBar->addAction(tr("Re&fresh"));
    refresh->setObjectName(QStringLiteral("refreshExpiryAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(Shortcuts::withShortcut(tr("Check the certificates and keys again"), refresh->shortcut()));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    connect(refresh, &QAction::triggered, m_collector, &ExpiryCollector::collect);
    connect(m_collector, &ExpiryCollector::finished, this, &ExpiryPage::showReport);
}

void ExpiryPage::showReport(const ExpiryReport& report)
{
    m_model->setReport(report);
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }
    QStringList problems;
    for (const ExpirySkipped& skipped : report.skipped)
        problems.append(tr("%1 not checked: %2").arg(skipped.what, skipped.why));
    for (const Error& problem : report.problems)
        problems.append(problem.userMessage());
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace custos
