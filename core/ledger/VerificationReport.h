#pragma once

#include <QJsonObject>
#include <QString>

namespace custos {

// The outcome of verifying a ledger: how many records were checked and the first problem found, if any.
struct VerificationReport
{
    enum class Kind {
        None,
        Modified,
        Missing,
        Inserted,
        Reordered,
        Truncated,
        BadCheckpointSignature,
        UntrustedKey,
        InconsistentWithEarlierCheckpoint,
        BadHmac,
        Malformed,
    };

    qint64 checked = 0;
    qint64 valid = 0;        // records that pass their own checks (form, place, chain link, HMAC)
    qint64 firstBadSeq = -1; // -1: no bad record, or the problem is not tied to one record
    Kind kind = Kind::None;
    QString detail;
    QString origin;
    qint64 checkpointSize = -1;
    QString verifierKey;
    // The checkpoint was checked against a key the caller trusts (--trusted-key, a pinned key). Without one, a
    // valid ledger only agrees with the key written inside it: whoever re-signed it under the same origin passes.
    bool keyTrusted = false;
    bool hmacChecked = false;
    qint64 uncheckpointed = 0; // database records after the latest checkpoint (covered by HMAC and chain only)
    // Whether the evidence is shown to hold every record of the log: set once the records verified. A selective
    // export (a filter, records with inclusion proofs) proves each record it holds, never that none was left out.
    enum class Completeness {
        Unknown,   // not established: verification failed before it
        Complete,  // every record the checkpoint covers is present (a database, or a complete export)
        Selective, // a selective export: its records are in the signed tree, but others may have been left out
    };
    Completeness completeness = Completeness::Unknown;
    // Complete: the records whose personal data are disclosed (those the export's filter selects; every record
    // of a database or an unfiltered export). Selective: the records present. -1 while unknown.
    qint64 disclosed = -1;

    [[nodiscard]] bool ok() const { return kind == Kind::None; }
    // The records the verification vouches for: all it checked when the ledger verifies, none when it fails (a
    // record that passes its own checks proves nothing once the ledger as a whole does not verify).
    [[nodiscard]] qint64 verified() const { return ok() ? valid : 0; }
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static QString completenessName(Completeness completeness);
    // "yes (M records; K disclosed)" or "not proven (selective export: K records of a log of M)", as `verify`
    // prints it.
    [[nodiscard]] QString completenessText() const;
    [[nodiscard]] QJsonObject toJson() const;
    // The human summary the CLI prints, one fact a line.
    [[nodiscard]] QString toText() const;
};

} // namespace custos
