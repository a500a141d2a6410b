#include "tests/support/LedgerRecords.h"

#include "core/ledger/LedgerStore.h"

namespace custos::test {

QList<LedgerRecord> ledgerRecords(const QString& path)
{
    QList<LedgerRecord> records;
    auto store = LedgerStore::open(path);
    if (!store)
        return records;
    const Result<qint64> count = store.value()->recordCount();
    const auto stored = store.value()->records(0, count.ok() ? count.value() : 0);
    if (!stored)
        return records;
    for (const LedgerStore::StoredRecord& record : stored.value())
        if (const Result<LedgerRecord> parsed = LedgerRecord::fromBytes(record.bytes); parsed.ok())
            records.append(parsed.value());
    return records;
}

} // namespace custos::test
