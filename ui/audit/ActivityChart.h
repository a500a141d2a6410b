#pragma once

#include "core/ledger/VerificationJob.h"

#include <QChartView>

namespace custos {

// Events by outcome, and failed sign-ins, as bars over the ledger's days (days without events count 0, so a
// quiet day shows as a gap rather than being skipped). A long span is grouped by week or month, so that every
// bar keeps a readable width and a label of its own; the count axis has whole-number ticks.
class ActivityChart : public QChartView
{
    Q_OBJECT
public:
    explicit ActivityChart(QWidget* parent = nullptr);

    void setActivity(const QList<ActivityDay>& days);
};

} // namespace custos
