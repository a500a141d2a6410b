#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace custos {

struct Identity;

// Who performs an operation: the signed-in person as the ledger records them, with the realm-management roles
// their token carries and when they last authenticated (for actions behind step-up).
struct Operator
{
    QString id;
    QString username;
    QStringList roles;
    QDateTime authTime;
    QString acr = {}; // how they last authenticated (the step-up's acr_values, when the profile asks for one)

    [[nodiscard]] static Operator from(const Identity& identity);
};

} // namespace custos
