#include "ui/expiry/ExpirySummary.h"

#include "ui/widgets/StatusColours.h"

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
    // "Nothing expires" only of what was read: when no source could be read, that is what is said.
    QString text = !parts.isEmpty()           ? parts.join(QStringLiteral("; ")) + u'.'
                   : report.checked.isEmpty() ? tr("Nothing could be checked.")
                                              : tr("Nothing expires within %1 days (%n certificate(s) and key(s) "
                                                   "checked).",
                                                   nullptr, int(report.rows.size()))
                                                    .arg(warningDays);
    for (const ExpirySkipped& skipped : report.skipped)
        text += u' ' + tr("%1 not checked: %2").arg(skipped.what, skipped.why);
    for (const Error& problem : report.problems)
        text += u' ' + tr("Not checked: %1 (%2)").arg(problem.what, problem.why);
    return text;
}

void ExpirySummary::setReport(const ExpiryReport& report)
{
    const QString sentence = describe(report, m_warningDays);
    const bool warn =
        std::any_of(report.rows.begin(), report.rows.end(), [](const ExpiryRow& row) { return row.withinWarning; });
    const QString shown = warn ? QStringLiteral("<b>%1</b>").arg(sentence.toHtmlEscaped()) : sentence.toHtmlEscaped();
    setText(QStringLiteral("%1 <a href='expiry'>%2</a>").arg(shown, tr("Show all")));
    StatusColours::colourText(this, warn ? std::optional(StatusColours::Role::Warning) : std::nullopt);
    setAccessibleDescription(sentence);
}

} // namespace custos
