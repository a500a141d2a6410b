#pragma once

#include "core/ledger/VerificationReport.h"

#include <QByteArray>
#include <QString>

namespace custos {

// Words shared by the audit views for what the verifier found and for keys.
namespace VerificationText {

// "modified", "missing", … for people (VerificationReport::kindName is for machines).
[[nodiscard]] QString kindLabel(VerificationReport::Kind kind);
// "52/52 records valid", or for a ledger that fails "0/52 records valid (50 pass their own checks…)": the same
// count as `custos-ledger verify` prints, and as many rows as the log marks verified.
[[nodiscard]] QString counts(const VerificationReport& report);
// SHA-256 of a raw public key in upper-case hex, in groups of four, so two people can read it aloud and compare.
[[nodiscard]] QString fingerprint(const QByteArray& publicKey);

} // namespace VerificationText
} // namespace custos
