#include "ui/audit/ActivityChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace custos {

ActivityChart::ActivityChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("activityChart"));
    setAccessibleName(tr("Activity per day"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->setTitle(tr("Activity per day"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void ActivityChart::setActivity(const QList<ActivityDay>& days)
{
    QChart* activity = chart();
    activity->removeAllSeries();
    for (QAbstractAxis* axis : activity->axes())
        activity->removeAxis(axis);
    if (days.isEmpty())
        return;
    auto* success = new QLineSeries;
    success->setName(tr("Succeeded"));
    auto* failure = new QLineSeries;
    failure->setName(tr("Failed"));
    auto* logins = new QLineSeries;
    logins->setName(tr("Failed sign-ins"));
    qint64 highest = 1;
    qsizetype next = 0;
    // Each day is a UTC date; it is placed at local midnight so the axis, which shows local time, labels it right.
    for (QDate day = days.first().day; day <= days.last().day; day = day.addDays(1)) {
        ActivityDay counts;
        if (next < days.size() && days.at(next).day == day)
            counts = days.at(next++);
        const auto x = static_cast<qreal>(day.startOfDay().toMSecsSinceEpoch());
        success->append(x, static_cast<qreal>(counts.success));
        failure->append(x, static_cast<qreal>(counts.failure));
        logins->append(x, static_cast<qreal>(counts.failedLogins));
        highest = std::max({highest, counts.success, counts.failure});
    }
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM-dd"));
    auto* count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    count->setRange(0, static_cast<qreal>(highest));
    activity->addAxis(time, Qt::AlignBottom);
    activity->addAxis(count, Qt::AlignLeft);
    for (QLineSeries* series : {success, failure, logins}) {
        activity->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(count);
    }
    if (days.first().day == days.last().day)
        time->setRange(days.first().day.startOfDay().addSecs(-12 * 3600),
                       days.first().day.startOfDay().addSecs(12 * 3600));
}

} // namespace custos
