#pragma once

#include "core/audit/Justification.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>

namespace custos {

// What an operator must say before a write action: a reason of at least minimumReasonLength characters, and,
// where the profile asks for it, a ticket (required, or optional but then in the profile's format). The one check
// every dialog, prompt and bulk run uses, so the rule cannot differ between them.
struct JustificationPolicy
{
    static constexpr int minimumReasonLength = 10;

    QString ticketPattern; // a regular expression the whole ticket must match; empty: any text
    bool ticketRequired = false;

    // Whether the policy itself is usable: the pattern must be a valid regular expression.
    [[nodiscard]] Status validate() const;
    // Whether `justification` satisfies the policy; the error names the field and the rule it breaks.
    [[nodiscard]] Status check(const Justification& justification) const;
    // The ticket as typed, trimmed, matched against the whole pattern.
    [[nodiscard]] bool ticketMatches(const QString& ticket) const;

    // Reads "ticketPattern" and "ticketRequired" from a profile object; the error says what is wrong with them.
    [[nodiscard]] static Result<JustificationPolicy> fromJson(const QJsonObject& profile);
    // Writes the same keys into `profile` (nothing when the policy is the default).
    void addTo(QJsonObject& profile) const;
};

} // namespace custos
