#include "core/audit/JustificationPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace custos {
namespace {

struct PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(custos::JustificationPolicy)
};

Error invalidInput(const QString& what, const QString& why, const QString& action)
{
    return Error::invalid(what, why, action);
}

QRegularExpression anchored(const QString& pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

Status JustificationPolicy::validate() const
{
    if (ticketPattern.isEmpty())
        return success();
    const QRegularExpression expression(ticketPattern);
    if (!expression.isValid())
        return invalidInput(PolicyText::tr("The profile's ticket policy is not usable"),
                            PolicyText::tr("ticketPattern \"%1\" is not a valid regular expression: %2 at "
                                           "character %3")
                                .arg(ticketPattern, expression.errorString())
                                .arg(expression.patternErrorOffset()),
                            PolicyText::tr("Correct ticketPattern in the profile, e.g. ^(INC|CHG)-[0-9]+$"));
    return success();
}

bool JustificationPolicy::ticketMatches(const QString& ticket) const
{
    return ticketPattern.isEmpty() || anchored(ticketPattern).match(ticket.trimmed()).hasMatch();
}

Status JustificationPolicy::check(const Justification& justification) const
{
    const QString reason = justification.reason.trimmed();
    if (reason.size() < minimumReasonLength)
        return invalidInput(PolicyText::tr("The reason is too short"),
                            PolicyText::tr("a reason needs at least %1 characters; it has %2")
                                .arg(minimumReasonLength)
                                .arg(reason.size()),
                            PolicyText::tr("Say in your own words why this is done"));
    const QString ticket = justification.ticket.trimmed();
    if (ticket.isEmpty()) {
        if (ticketRequired)
            return invalidInput(
                PolicyText::tr("A ticket is needed"), PolicyText::tr("this profile requires a ticket for every change"),
                ticketPattern.isEmpty()
                    ? PolicyText::tr("Enter the ticket this change belongs to")
                    : PolicyText::tr("Enter the ticket this change belongs to (format: %1)").arg(ticketPattern));
        return success();
    }
    if (!ticketMatches(ticket))
        return invalidInput(PolicyText::tr("The ticket is not in the expected format"),
                            PolicyText::tr("\"%1\" does not match %2").arg(ticket, ticketPattern),
                            PolicyText::tr("Enter the ticket number as your ticket system shows it"));
    return success();
}

Result<JustificationPolicy> JustificationPolicy::fromJson(const QJsonObject& profile)
{
    JustificationPolicy policy;
    const QJsonValue pattern = profile.value(QStringLiteral("ticketPattern"));
    const QJsonValue required = profile.value(QStringLiteral("ticketRequired"));
    if (!pattern.isUndefined() && !pattern.isString())
        return invalidInput(PolicyText::tr("The profile's ticket policy is not usable"),
                            PolicyText::tr("ticketPattern must be a string"), {});
    if (!required.isUndefined() && !required.isBool())
        return invalidInput(PolicyText::tr("The profile's ticket policy is not usable"),
                            PolicyText::tr("ticketRequired must be true or false"), {});
    policy.ticketPattern = pattern.toString();
    policy.ticketRequired = required.toBool(false);
    if (Status valid = policy.validate(); !valid.ok())
        return valid.error();
    return policy;
}

void JustificationPolicy::addTo(QJsonObject& profile) const
{
    if (!ticketPattern.isEmpty())
        profile.insert(QStringLiteral("ticketPattern"), ticketPattern);
    if (ticketRequired)
        profile.insert(QStringLiteral("ticketRequired"), true);
}

} // namespace custos
