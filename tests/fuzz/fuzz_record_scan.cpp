// libFuzzer target, differential: the verifier's fast record reader (RecordScan) against the full one
// (LedgerRecord::fromBytes: Qt's JSON parser, field checks, re-canonicalisation). Whatever the fast reader
// accepts, the full reader must accept with the same seq and prev; otherwise a tampered record could pass.
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/RecordScan.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto fast = custos::RecordScan::scan(input);
    if (!fast)
        return 0;
    const auto full = custos::LedgerRecord::fromBytes(input);
    if (!full || full->seq != fast->seq || full->prev.toLatin1() != fast->prev)
        std::abort();
    return 0;
}
