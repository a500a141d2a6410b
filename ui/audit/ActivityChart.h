#pragma once

#include "ui/audit/VerificationJob.h"

#include <QChartView>

namespace custos {

// Events per day by outcome, and failed sign-ins, as lines over the ledger's days (days without events count 0,
// so a quiet day shows as a dip rather than being skipped).
class ActivityChart : public QChartView
{
    Q_OBJECT
public:
    explicit ActivityChart(QWidget* parent = nullptr);

    void setActivity(const QList<ActivityDay>& days);
};

} // namespace custos
