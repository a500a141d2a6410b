#pragma once

#include <QJsonObject>
#include <QString>

namespace custos {

// Why an operator is about to change something, as the intent record keeps it: their reason in their own words,
// the ticket it belongs to (where the profile's policy asks for one) and, for helpdesk resets, how the caller's
// identity was verified and what the directory showed the agent. Empty parts are left out of the record.
struct Justification
{
    QString reason;
    QString ticket;
    QJsonObject verification;

    [[nodiscard]] bool isEmpty() const { return reason.isEmpty() && ticket.isEmpty() && verification.isEmpty(); }
    // Adds the non-empty parts to a record's details under "reason", "ticket" and "verification".
    void addTo(QJsonObject& details) const;
};

} // namespace custos
