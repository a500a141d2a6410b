#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>

namespace custos {

// Which user attributes hold what a helpdesk agent checks a caller against: the phone number on record and the
// manager. A profile's "callerVerification" object names them; unset names keep the defaults.
struct CallerAttributes
{
    QString phoneAttribute = QStringLiteral("phone");
    QString managerAttribute = QStringLiteral("manager");

    [[nodiscard]] static Result<CallerAttributes> fromJson(const QJsonObject& profile);
    // Writes "callerVerification" into `profile` when a name differs from the default.
    void addTo(QJsonObject& profile) const;
};

} // namespace custos
