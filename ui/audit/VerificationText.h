#pragma once

#include "core/ledger/VerificationReport.h"

#include <QByteArray>
#include <QString>

namespace custos {

// Words shared by the audit views for what the verifier found and for keys.
namespace VerificationText {

// "modified", "missing", … for people (VerificationReport::kindName is for machines).
[[nodiscard]] QString kindLabel(VerificationReport::Kind kind);
// SHA-256 of a raw public key in upper-case hex, in groups of four, so two people can read it aloud and compare.
[[nodiscard]] QString fingerprint(const QByteArray& publicKey);

} // namespace VerificationText
} // namespace custos
