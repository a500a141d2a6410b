#pragma once

#include "core/audit/Justification.h"
#include "core/common/Error.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace custos {

// One thing Custos did, in the shape every operation records it (users, tenants, certificates, realm keys):
// source "local", the operation's correlation id as source_id, who, what, on what, how it ended. The keys are
// described in docs/ledger-records.md.
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
    std::optional<qint64> intentSeq; // the seq of the intent recorded before the first change, if any
    Justification justification;     // kept in the intent record

    // The outcome's ledger entry (see LedgerRecord::fromEntry); the error is kept as "kind: what — why", and
    // details gain intent_seq and, on failure, the server's http_status.
    [[nodiscard]] QJsonObject toEntry() const;
    // The intent's entry, written before the first change: action "<action>_INTENT", source_id
    // "<correlation id>:intent" (the ledger keeps one record per source_id), the planned steps in plain words, and the
    // justification.
    [[nodiscard]] QJsonObject intentEntry(const QStringList& plannedSteps) const;
    [[nodiscard]] static bool isIntent(const QJsonObject& entry);
    // The correlation id an intent's source_id ("<correlation id>:intent") belongs to.
    [[nodiscard]] static QString correlationOfIntent(const QString& sourceId);
    // The outcome's action an intent's action ("<action>_INTENT") announces.
    [[nodiscard]] static QString actionOfIntent(const QString& intentAction);
};

// The error an operation reports when the ledger could not record it: what was done stands, and the operator is
// told it is not in the ledger.
[[nodiscard]] Error unrecordedError(const Error& ledgerError, bool actionSucceeded, const QString& summary);
// The same for a refusal: nothing was changed, which the operator keeps reading, and the ledger does not have it.
[[nodiscard]] Error unrecordedRefusal(const Error& refusal, const Error& ledgerError);

} // namespace custos
