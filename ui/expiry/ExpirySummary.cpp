#include "ui/expiry/ExpirySummary.h"

namespace custos {

ExpirySummary::ExpirySummary(ExpiryCollector* collector, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("expirySummary"));
    setAccessibleName(tr("Certificate and key expiry"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setText(tr("Checking certificates and keys…"));
    connect(collector, &ExpiryCollector::finished, this, &ExpirySummary::setReport);
    connect(this, &QLabel::linkActivated, this, &ExpirySummary::openRequested);
}

QString ExpirySummary::describe(const ExpiryReport& report, int warningDays)
{
    int expiredCertificates = 0;
    int expiredKeys = 0;
    int soonCertificates = 0;
    int soonKeys = 0;
    for (const ExpiryRow& row : report.rows) {
        const bool key = row.source == u"keycloak";
        if (row.daysLeft < 0 && row.withinWarning)
            ++(key ? expiredKeys : expiredCertificates);
        else if (row.withinWarning)
            ++(key ? soonKeys : soonCertificates);
    }
    QStringList parts;
    if (expiredCertificates > 0)
        parts.append(tr("%n certificate(s) expired", nullptr, expiredCertificates));
    if (expiredKeys > 0)
        parts.append(tr("%n realm key(s) expired", nullptr, expiredKeys));
    if (soonCertificates > 0)
        parts.append(tr("%n certificate(s) expire within %1 days", nullptr, soonCertificates).arg(warningDays));
    if (soonKeys > 0)
        parts.append(tr("%n realm key(s) expire within %1 days", nullptr, soonKeys).arg(warningDays));
    QString text = parts.isEmpty() ? tr("Nothing expires within %1 days (%n certificate(s) and key(s) checked).",
                                        nullptr, int(report.rows.size()))
                                         .arg(warningDays)
                                   : parts.join(QStringLiteral("; ")) + u'.';
    for (const Error& problem : report.problems)
        text += u' ' + tr("Not checked: %1").arg(problem.what);
    return text;
}

void ExpirySummary::setReport(const ExpiryReport& report)
{
    const QString sentence = describe(report, m_warningDays);
    const bool warn = std::any_of(report.rows.begin(), report.rows.end(),
                                  [](const ExpiryRow& row) { return row.withinWarning; });
    setText(QStringLiteral("<span style='%1'>%2</span> <a href='expiry'>%3</a>")
                .arg(warn ? QStringLiteral("color:#b45309;font-weight:bold") : QString(), sentence.toHtmlEscaped(),
                     tr("Show all")));
    setAccessibleDescription(sentence);
}

} // namespace custos
