#pragma once

#include "core/common/Result.h"
#include "core/ledger/LedgerEvidence.h"
#include "core/ledger/VerificationReport.h"

#include <QByteArray>
#include <QString>

namespace custos {

// Checks a ledger database or export end to end: record form, sequence, hash chain, stored leaf hashes and
// HMACs (database, with the key), the signed checkpoint and its Merkle root, and consistency with earlier
// checkpoints. Reports the first problem with the seq of the record it concerns.
class LedgerVerifier
{
public:
    struct Options
    {
        QString trustedKey;   // verifier key the checkpoint must be signed with; empty: the key the ledger names
        QByteArray sinceNote; // an earlier signed checkpoint the ledger must be consistent with
        QByteArray hmacKey;   // checks the database's record HMACs when given
        // verifyExport(): the largest export loaded whole (to name a failure's kind and seq, or for a filtered
        // export); examined in memory, an export takes several times its size, so beyond this only streamed checks.
        qint64 maxExportBytesInMemory = qint64(1) << 30;
    };

    [[nodiscard]] static VerificationReport verify(const LedgerEvidence& evidence, const Options& options);
    // Verifies a ledger database without loading it: SQLite opened read-only, the records streamed, so memory
    // stays small whatever the size. A ledger that fails is then loaded whole to name its first problem.
    [[nodiscard]] static Result<VerificationReport> verifyDatabase(const QString& path, const Options& options);
    // The same for an export file: read twice, line by line (the trailer that signs the records comes last).
    // A malformed export fails with Error::Kind::Integrity.
    [[nodiscard]] static Result<VerificationReport> verifyExport(const QString& path, const Options& options);
    [[nodiscard]] static Result<LedgerEvidence> loadDatabase(const QString& path);
    // A database or an export file, told apart by the SQLite file header.
    [[nodiscard]] static Result<LedgerEvidence> load(const QString& path);
    [[nodiscard]] static bool isDatabase(const QString& path);
};

} // namespace custos
