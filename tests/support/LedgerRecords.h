#pragma once

#include "core/ledger/LedgerRecord.h"

#include <QList>
#include <QString>

namespace custos::test {

// Every record of the ledger database at `path`, oldest first, read while its writer may have it open; empty when
// it cannot be opened.
[[nodiscard]] QList<LedgerRecord> ledgerRecords(const QString& path);

// What is wrong with the records of the operation `correlationId` in the ledger at `path` (empty: nothing): its
// outcome must be there; an outcome with intent_seq must follow that intent (same action with _INTENT, actor and
// target type, planned steps); an outcome without one must have no intent and must not be a success (a change
// made without write-ahead).
[[nodiscard]] QString writeAheadProblem(const QString& path, const QString& correlationId);

} // namespace custos::test
