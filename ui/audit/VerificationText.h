#pragma once

#include "core/ledger/VerificationReport.h"
#include "core/ledger/WitnessQuorum.h"

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

// "not witnessed: valid cosignatures from pinned witnesses: 1 found, 2 required": why an export is not shown as
// verified.
[[nodiscard]] QString notWitnessed(const WitnessQuorum::Report& report);
// "2 of 2 required cosignatures from pinned witnesses are valid", or with no quorum how many are.
[[nodiscard]] QString witnessCount(const WitnessQuorum::Report& report);
// Whether a cosignature is pinned and valid, and whether it counts, in plain words.
[[nodiscard]] QString cosignatureStatus(const WitnessQuorum::Cosigner& cosigner);
// A witness's key hash as its verifier key spells it: 8 lowercase hex digits.
[[nodiscard]] QString keyHash(quint32 hash);
// A cosignature's time "2026-12-06 13:47:29 UTC", and the same moment in this computer's time zone.
[[nodiscard]] QString utcTime(quint64 secondsSinceEpoch);
[[nodiscard]] QString localTime(quint64 secondsSinceEpoch);

} // namespace VerificationText
} // namespace custos
