#pragma once

#include "core/ledger/LedgerRecord.h"

#include <QList>
#include <QString>

namespace custos::test {

// Every record of the ledger database at `path`, oldest first, read while its writer may have it open; empty when
// it cannot be opened.
[[nodiscard]] QList<LedgerRecord> ledgerRecords(const QString& path);

} // namespace custos::test
