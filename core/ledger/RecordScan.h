#pragma once

#include <QByteArrayView>
#include <optional>

namespace custos {

// The verifier's fast path over a record's stored bytes: one pass, no Qt JSON, no allocation. It accepts only
// bytes that are certainly a valid ledger record in RFC 8785 canonical form, and returns the fields the hash
// chain needs. It accepts a subset of what LedgerRecord::fromBytes accepts: rarer valid forms (fractions or
// exponents in "details", escaped or non-ASCII member names, noncharacters, deep nesting) are left to
// fromBytes, so a record this rejects is not necessarily invalid. The libFuzzer target fuzz_record_scan
// checks that everything it accepts, fromBytes accepts with the same fields.
class RecordScan
{
public:
    struct Fields
    {
        qint64 seq = 0;
        QByteArrayView prev; // 64 lowercase hex digits, a view into the scanned bytes
    };

    [[nodiscard]] static std::optional<Fields> scan(QByteArrayView bytes);
};

} // namespace custos
