// libFuzzer target: RFC 8785 canonicalisation of arbitrary bytes. Whatever Jcs accepts must canonicalise to a
// fixed point (canonicalising the output again changes nothing) that parses back.
#include "core/ledger/Jcs.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto canonical = custos::Jcs::canonicalize(input);
    if (!canonical)
        return 0;
    auto again = custos::Jcs::canonicalize(QByteArrayView(canonical.value()));
    if (!again || again.value() != canonical.value())
        std::abort();
    return 0;
}
