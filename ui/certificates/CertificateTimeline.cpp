#include "ui/certificates/CertificateTimeline.h"

#include "core/common/Clock.h"
#include "ui/widgets/StatusColours.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>
#include <QToolTip>
#include <algorithm>

namespace custos {
namespace {

constexpr int rowHeight = 28;
constexpr int barHeight = 16;
constexpr int axisHeight = 34; // month labels and the "Today" caption above the rows
constexpr int margin = 8;

using StatusColours::Role;

} // namespace

CertificateTimeline::CertificateTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("certificateTimeline"));
    setAccessibleName(tr("Certificate validity timeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateDescription();
}

void CertificateTimeline::setEntries(const QList<Entry>& entries)
{
    m_entries = entries;
    updateGeometry();
    updateDescription();
    update();
}

void CertificateTimeline::setNow(const QDateTime& now)
{
    m_now = now;
    updateDescription();
    update();
}

void CertificateTimeline::setWarningDays(int days)
{
    m_warningDays = days;
    updateDescription();
    update();
}

QDateTime CertificateTimeline::now() const
{
    return m_now.isValid() ? m_now : Clock::now();
}

QSize CertificateTimeline::sizeHint() const
{
    return {720, minimumSizeHint().height()};
}

QSize CertificateTimeline::minimumSizeHint() const
{
    return {360, axisHeight + int(std::max<qsizetype>(1, m_entries.size())) * rowHeight + 2 * margin};
}

QString CertificateTimeline::stateName(State state)
{
    switch (state) {
    case State::Active:
        return tr("active");
    case State::Staged:
        return tr("staged");
    case State::Archived:
        return tr("archived");
    }
    return {};
}

qreal CertificateTimeline::Geometry::x(const QDateTime& time) const
{
    const qint64 span = std::max<qint64>(1, from.secsTo(to));
    return axis.left() + qreal(from.secsTo(time)) / qreal(span) * axis.width();
}

CertificateTimeline::Geometry CertificateTimeline::geometry() const
{
    Geometry g;
    g.labelWidth = std::clamp(width() / 4, 120, 260);
    g.axis = QRect(margin + g.labelWidth, margin + axisHeight, width() - g.labelWidth - 3 * margin,
                   int(m_entries.size()) * rowHeight);
    // The axis always shows today and the warning window, then stretches to every bar, with a little air.
    const QDateTime today = now();
    QDateTime from = today.addDays(-30);
    QDateTime to = today.addDays(m_warningDays + 30);
    for (const Entry& entry : m_entries) {
        if (entry.notBefore.isValid())
            from = std::min(from, entry.notBefore);
        if (entry.notAfter.isValid())
            to = std::max(to, entry.notAfter);
    }
    const qint64 air = from.secsTo(to) / 20;
    g.from = from.addSecs(-air);
    g.to = to.addSecs(air);
    return g;
}

QRect CertificateTimeline::barRect(const Geometry& g, int index) const
{
    const Entry& entry = m_entries.at(index);
    const int top = g.axis.top() + index * rowHeight + (rowHeight - barHeight) / 2;
    const int left = int(g.x(entry.notBefore));
    const int right = std::max(left + 3, int(g.x(entry.notAfter)));
    return {left, top, right - left, barHeight};
}

QColor CertificateTimeline::colour(const Entry& entry) const
{
    const QDateTime today = now();
    const QPalette& pal = palette();
    if (entry.notAfter <= today)
        return StatusColours::text(Role::Danger, pal);
    if (today.daysTo(entry.notAfter) < m_warningDays)
        return StatusColours::text(Role::Warning, pal);
    switch (entry.state) {
    case State::Active:
        return StatusColours::text(Role::Success, pal);
    case State::Staged:
        return StatusColours::text(Role::Info, pal);
    case State::Archived:
        return StatusColours::text(Role::Neutral, pal);
    }
    return StatusColours::text(Role::Neutral, pal);
}

QString CertificateTimeline::describe(const Entry& entry) const
{
    const QLocale locale;
    const qint64 days = now().daysTo(entry.notAfter);
    const QString left =
        days < 0 ? tr("expired %n day(s) ago", nullptr, int(-days)) : tr("expires in %n day(s)", nullptr, int(days));
    return tr("%1 (%2): valid %3 – %4, %5")
        .arg(entry.label, stateName(entry.state),
             locale.toString(entry.notBefore.toLocalTime().date(), QLocale::ShortFormat),
             locale.toString(entry.notAfter.toLocalTime().date(), QLocale::ShortFormat), left);
}

void CertificateTimeline::updateDescription()
{
    QStringList lines;
    for (const Entry& entry : m_entries)
        lines.append(describe(entry));
    setAccessibleDescription(lines.isEmpty() ? tr("No certificates") : lines.join(QStringLiteral("; ")));
}

bool CertificateTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const Geometry g = geometry();
        for (int i = 0; i < m_entries.size(); ++i) {
            const QRect row(0, g.axis.top() + i * rowHeight, width(), rowHeight);
            if (row.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), describe(m_entries.at(i)), this, row);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void CertificateTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (m_entries.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No certificates to show"));
        return;
    }
    const Geometry g = geometry();
    const QDateTime today = now();
    const QFontMetrics metrics = painter.fontMetrics();
    const int rowsBottom = g.axis.bottom();

    // The warning window: from today to today + warningDays.
    const qreal warnLeft = g.x(today);
    const qreal warnRight = g.x(today.addDays(m_warningDays));
    QColor warnBand = StatusColours::text(Role::Warning, pal);
    warnBand.setAlpha(40);
    painter.fillRect(QRectF(warnLeft, g.axis.top(), warnRight - warnLeft, g.axis.height()), warnBand);

    // Month ticks, or years when the axis spans more than three years (labels must not collide).
    const bool yearly = g.from.daysTo(g.to) > 3 * 365;
    QDate tick(g.from.date().year(), yearly ? 1 : g.from.date().month(), 1);
    painter.setPen(pal.color(QPalette::Mid));
    int lastLabelRight = -1;
    const int labelY = margin + metrics.ascent();
    while (tick.startOfDay(QTimeZone::utc()) <= g.to) {
        const QDateTime at = tick.startOfDay(QTimeZone::utc());
        if (at >= g.from) {
            const int x = int(g.x(at));
            painter.setPen(pal.color(QPalette::Midlight));
            painter.drawLine(x, g.axis.top() - 4, x, rowsBottom);
            const QString text =
                yearly ? QString::number(tick.year()) : QLocale().toString(tick, QStringLiteral("MMM yy"));
            if (x > lastLabelRight + 6 && x + metrics.horizontalAdvance(text) < width()) {
                painter.setPen(pal.color(QPalette::Text));
                painter.drawText(x + 2, labelY, text);
                lastLabelRight = x + 2 + metrics.horizontalAdvance(text);
            }
        }
        tick = yearly ? tick.addYears(1) : tick.addMonths(1);
    }

    // The rows: a label, then the validity bar.
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries.at(i);
        const QRect labelRect(margin, g.axis.top() + i * rowHeight, g.labelWidth - margin, rowHeight);
        painter.setPen(pal.color(QPalette::Text));
        const QString label = tr("%1 · %2").arg(stateName(entry.state), entry.label);
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(label, Qt::ElideMiddle, labelRect.width()));
        const QRect bar = barRect(g, i);
        const QColor fill = colour(entry);
        painter.setPen(fill.darker(130));
        painter.setBrush(entry.state == State::Archived ? QBrush(fill, Qt::Dense4Pattern) : QBrush(fill));
        painter.drawRoundedRect(bar, 3, 3);
    }

    // Today, over everything.
    const int todayX = int(g.x(today));
    painter.setPen(QPen(StatusColours::text(Role::Danger, pal), 2));
    painter.drawLine(todayX, g.axis.top() - 8, todayX, rowsBottom);
    const QString todayText = tr("Today");
    const int textWidth = metrics.horizontalAdvance(todayText);
    painter.drawText(std::clamp(todayX - textWidth / 2, g.axis.left(), width() - textWidth - margin),
                     labelY + metrics.height(), todayText);
}

} // namespace custos
