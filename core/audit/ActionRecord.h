#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace custos {

// One thing Custos did, in the shape every operation records it (users, tenants, certificates, realm keys):
// source "local", the operation's correlation id as source_id, who, what, on what, how it ended.
struct ActionRecord
{
    QString action; // USER_OFFBOARDED, TENANT_CREATE…
    QString correlationId;
    QString actorId;
    QString actorUsername;
    QString targetType;
    QString targetId;
    QString targetName;
    QString tenant;
    std::optional<Error> error; // none: SUCCESS
    QJsonObject details;

    // The ledger entry (see LedgerRecord::fromEntry); the error is kept as "kind: what — why".
    [[nodiscard]] QJsonObject toEntry() const;
};

// The error an operation reports when the ledger could not record it: what was done stands, and the operator is
// told it is not in the ledger.
[[nodiscard]] Error unrecordedError(const Error& ledgerError, bool actionSucceeded, const QString& summary);

} // namespace custos
