// libFuzzer target: the export parser and the verifier behind `custos-ledger verify EXPORT`, on arbitrary
// bytes. Nothing may crash, hang or read out of bounds; a parsed export is verified end to end.
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerVerifier.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto evidence = custos::LedgerExport::parse(input);
    if (!evidence)
        return 0;
    const custos::VerificationReport report = custos::LedgerVerifier::verify(evidence.value(), {});
    // A report is consistent with itself whatever the input.
    if (report.valid < 0 || report.valid > report.checked || report.checked != evidence->records.size())
        std::abort();
    return 0;
}
