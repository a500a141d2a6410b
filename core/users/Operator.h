#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace custos {

struct Identity;

// Who performs an operation: the signed-in person as the ledger records them, with the realm-management roles
// their token carries, and when and how strongly they last authenticated (for actions behind step-up).
struct Operator
{
    QString id;
    QString username;
    QStringList roles;
    QDateTime authTime;
    QString acr = {};         // how they last authenticated: the ID token's acr ("1" password, "2" one-time code)
    QString requiredAcr = {}; // what an action behind step-up needs of it: the profile's acrValues (empty: none)

    [[nodiscard]] static Operator from(const Identity& identity, const QString& requiredAcr);
};

} // namespace custos
