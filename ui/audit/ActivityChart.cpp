#include "ui/audit/ActivityChart.h"

#include "ui/widgets/StatusColours.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>
#include <algorithm>

namespace custos {
namespace {

constexpr qint64 dailyUpTo = 31;      // days shown one bar each
constexpr qint64 weeklyUpTo = 26 * 7; // beyond this, one bar a month
constexpr qint64 countTicks = 5;      // at most this many steps on the count axis

enum class Period { Day, Week, Month };

// The first day of the period that holds `day`: itself, its week's Monday, or the first of its month.
QDate periodStart(QDate day, Period period)
{
    switch (period) {
    case Period::Day:
        return day;
    case Period::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Period::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate nextPeriod(QDate start, Period period)
{
    switch (period) {
    case Period::Day:
        return start.addDays(1);
    case Period::Week:
        return start.addDays(7);
    case Period::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

// 1, 2 or 5 times a power of ten: the smallest such step that covers `highest` in `countTicks` steps.
qint64 niceStep(qint64 highest)
{
    for (qint64 magnitude = 1;; magnitude *= 10)
        for (const qint64 factor : {1, 2, 5})
            if (factor * magnitude * countTicks >= highest)
                return factor * magnitude;
}

} // namespace

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
    for (QAbstractAxis* axis : activity->axes()) {
        activity->removeAxis(axis);
        delete axis; // removeAxis() gives up ownership
    }
    if (days.isEmpty())
        return;
    const qint64 span = days.first().day.daysTo(days.last().day) + 1;
    const Period period = span <= dailyUpTo ? Period::Day : span <= weeklyUpTo ? Period::Week : Period::Month;
    const QString title = period == Period::Day    ? tr("Activity per day")
                          : period == Period::Week ? tr("Activity per week")
                                                   : tr("Activity per month");
    activity->setTitle(title);
    setAccessibleName(title);

    auto* success = new QBarSet(tr("Succeeded"));
    auto* failure = new QBarSet(tr("Failed"));
    auto* logins = new QBarSet(tr("Failed sign-ins"));
    success->setColor(StatusColours::text(StatusColours::Role::Success, palette()));
    failure->setColor(StatusColours::text(StatusColours::Role::Danger, palette()));
    logins->setColor(StatusColours::text(StatusColours::Role::Warning, palette()));
    QStringList labels;
    qint64 highest = 1;
    qsizetype next = 0;
    // One category per period from the first to the last, empty ones included: the axis runs evenly.
    for (QDate start = periodStart(days.first().day, period); start <= days.last().day;
         start = nextPeriod(start, period)) {
        const QDate end = nextPeriod(start, period);
        ActivityDay counts;
        for (; next < days.size() && days.at(next).day < end; ++next) {
            counts.success += days.at(next).success;
            counts.failure += days.at(next).failure;
            counts.failedLogins += days.at(next).failedLogins;
        }
        success->append(static_cast<qreal>(counts.success));
        failure->append(static_cast<qreal>(counts.failure));
        logins->append(static_cast<qreal>(counts.failedLogins));
        highest = std::max({highest, counts.success, counts.failure});
        // ISO dates, as in the log; the year only where it is needed to tell the periods apart.
        const bool oneYear = days.first().day.year() == days.last().day.year();
        labels.append(period == Period::Month ? start.toString(QStringLiteral("yyyy-MM"))
                      : oneYear               ? start.toString(QStringLiteral("MM-dd"))
                                              : start.toString(QStringLiteral("yyyy-MM-dd")));
    }
    auto* bars = new QBarSeries;
    bars->append({success, failure, logins});

    auto* periods = new QBarCategoryAxis;
    periods->append(labels);
    // Upright, a dozen labels fill the axis; more are turned so that none is cut short.
    periods->setLabelsAngle(labels.size() > 12 ? -90 : 0);
    if (period != Period::Month && days.first().day.year() == days.last().day.year())
        periods->setTitleText(period == Period::Week ? tr("Weeks starting (%1)").arg(days.first().day.year())
                                                     : QString::number(days.first().day.year()));
    else if (period == Period::Week)
        periods->setTitleText(tr("Weeks starting"));
    auto* count = new QValueAxis;
    const qint64 step = niceStep(highest);
    const qint64 top = (highest + step - 1) / step * step;
    count->setRange(0, static_cast<qreal>(top));
    count->setTickCount(static_cast<int>(top / step) + 1);
    count->setMinorTickCount(0);
    count->setLabelFormat(QStringLiteral("%d"));

    activity->addSeries(bars);
    activity->addAxis(periods, Qt::AlignBottom);
    activity->addAxis(count, Qt::AlignLeft);
    bars->attachAxis(periods);
    bars->attachAxis(count);
}

} // namespace custos
