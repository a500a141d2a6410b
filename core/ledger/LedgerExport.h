#pragma once

#include "core/common/Result.h"
#include "core/ledger/LedgerEvidence.h"
#include "core/ledger/LedgerRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <functional>
#include <utility>

namespace custos {

class LedgerStore;

// The export file: UTF-8 JSON Lines, each line RFC 8785 canonical JSON. Every writer and reader streams: one record
// in memory at a time, whatever the ledger's size.
//   line 1   {"custos-ledger-export":1,"filter":{FIELD:[VALUE,...]},"origin":ORIGIN[,"records":"all"]}
//   records  the records' exact bytes (the Merkle leaves), one per line, in seq order
//   trailer  {"custos-ledger-proof":{"hashes":[HEX,...],"index":SEQ}}  one per record, selective exports only
//            {"custos-ledger-opening":{"path":P,"salt":HEX,"seq":SEQ,"value":V}}  or
//            {"custos-ledger-opening":{"erased":true,"path":P,"seq":SEQ}}  in (seq, path) order: the disclosed
//                                               records' personal data (format 2 ledgers, see PersonalData)
//            {"custos-ledger-checkpoint":NOTE}  the signed checkpoint note the records are checked against
//            {"custos-ledger-key":VKEY}         the verifier key, name+hash+base64
// A complete export (no filter, or "records":"all") holds exactly the records the latest checkpoint covers and
// discloses those its filter selects; a selective export (a filter without "records":"all") holds only the
// selected records, each with its inclusion proof, and cannot show that none is missing.
class LedgerExport
{
public:
    using Filter = QList<std::pair<QString, QString>>; // same field: any value; different fields: all

    // Asked at the start, every 10,000 records and at the end: records scanned of those the checkpoint covers.
    // Returning false cancels the export (Error::Kind::Cancelled); nothing is written then.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    enum class Form {
        Complete,   // every record the checkpoint covers; the selected ones with their openings
        ProofsOnly, // only the selected records, each with its inclusion proof
    };

    // Complete without a filter, proofs-only with one.
    [[nodiscard]] static Status write(const LedgerStore& store, const QString& path, const Filter& filter,
                                      const Progress& progress = {});
    [[nodiscard]] static Status writeExport(const LedgerStore& store, const QString& path, const Filter& filter,
                                            Form form, const Progress& progress = {});
    // Whether `filter` selects a record: by its clear fields, or by the values `openings` disclose of it. An empty
    // filter selects every record.
    [[nodiscard]] static bool selects(const Filter& filter, const LedgerRecord& record,
                                      const QList<RecordOpening>& openings);
    // A cheap test before selects(): false means the record is certainly not selected.
    [[nodiscard]] static bool mightSelect(const Filter& filter, QByteArrayView bytes,
                                          const QList<RecordOpening>& openings);
    // Seed-000 compatible JSON Lines: each record plus "signature", the hex HMAC-SHA256 of the record's
    // canonical JSON (sorted keys, no whitespace) under `hmacKey`. Refused with a filter (Error::Kind::Invalid):
    // nothing in the format could show the file is complete.
    [[nodiscard]] static Status writeHmacJsonl(const LedgerStore& store, const QString& path, const Filter& filter,
                                               QByteArrayView hmacKey, const Progress& progress = {});
    // The records as CSV for spreadsheets (seq, time, source, actor, action, target, tenant, outcome, error):
    // convenient, not verifiable; the JSON Lines export is the evidence.
    [[nodiscard]] static Status writeCsv(const LedgerStore& store, const QString& path, const Filter& filter,
                                         const Progress& progress = {});
    [[nodiscard]] static Result<LedgerEvidence> parse(QByteArrayView bytes);
    // parse() for a file of any size, in constant memory: each record goes to `visit` (its 0-based index and
    // bytes, valid during the call; return false to stop visiting) instead of into the evidence, whose records
    // stay empty. The whole file is still read and checked. `visit` may be empty.
    using RecordVisitor = std::function<bool(qint64 index, QByteArrayView bytes)>;
    [[nodiscard]] static Result<LedgerEvidence> scanFile(const QString& path, const RecordVisitor& visit);

    struct HmacJsonlReport
    {
        qint64 total = 0;
        qint64 valid = 0;
        qint64 firstBadLine = -1; // 1-based
        // The records carry "seq" (Custos's exports do; the original Flask tool's do not): their order and
        // completeness were checked. Without it, a deleted or moved line cannot be told from an untouched file.
        bool sequenced = false;
        qint64 firstSeq = -1;
        qint64 lastSeq = -1;
        qint64 orderBadLine = -1; // 1-based: the first line out of sequence (missing, duplicated, reordered, bad prev)
        qint64 orderBadSeq = -1;  // that line's seq, -1 if it has none
        QString orderProblem;

        // A file with no record proves nothing and fails.
        [[nodiscard]] bool ok() const { return total > 0 && valid == total && orderBadLine < 0; }
    };
    // Checks each line's signature of a JSON Lines HMAC file (the Flask JML tool's format), read line by line. When the
    // records carry "seq", also checks they run from 0 without a gap, duplicate or reversal, and that each "prev" is
    // the SHA-256 of the record before it. Lines cut off after the last one cannot be detected: the format has no
    // trailer.
    [[nodiscard]] static Result<HmacJsonlReport> verifyHmacJsonl(const QString& path, QByteArrayView hmacKey);
    [[nodiscard]] static bool isExport(QByteArrayView bytes);
};

} // namespace custos
