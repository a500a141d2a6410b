#include "core/audit/Justification.h"

namespace custos {

void Justification::addTo(QJsonObject& details) const
{
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    if (!ticket.isEmpty())
        details.insert(QStringLiteral("ticket"), ticket);
    if (!verification.isEmpty())
        details.insert(QStringLiteral("verification"), verification);
}

} // namespace custos
