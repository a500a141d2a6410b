#pragma once

#include "core/common/Result.h"
#include "core/ledger/LedgerEvidence.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace custos {

class LedgerStore;

// The export file: UTF-8 JSON Lines, each line RFC 8785 canonical JSON.
//   line 1   {"custos-ledger-export":1,"filter":{FIELD:[VALUE,...]},"origin":ORIGIN}
//   records  the records' exact bytes (the Merkle leaves), one per line, in seq order
//   trailer  {"custos-ledger-proof":{"hashes":[HEX,...],"index":SEQ}}  one per record, filtered exports only
//            {"custos-ledger-checkpoint":NOTE}  the signed checkpoint note the records are checked against
//            {"custos-ledger-key":VKEY}         the verifier key, name+hash+base64
// An unfiltered export holds exactly the records the latest checkpoint covers.
class LedgerExport
{
public:
    using Filter = QList<std::pair<QString, QString>>; // same field: any value; different fields: all

    [[nodiscard]] static Status write(const LedgerStore& store, const QString& path, const Filter& filter);
    // Seed-000 compatible JSON Lines: each record plus "signature", the hex HMAC-SHA256 of the record's
    // canonical JSON (sorted keys, no whitespace) under `hmacKey`.
    [[nodiscard]] static Status writeHmacJsonl(const LedgerStore& store, const QString& path, const Filter& filter,
                                               QByteArrayView hmacKey);
    // The records as CSV for spreadsheets (seq, time, source, actor, action, target, tenant, outcome, error):
    // convenient, not verifiable; the JSON Lines export is the evidence.
    [[nodiscard]] static Status writeCsv(const LedgerStore& store, const QString& path, const Filter& filter);
    [[nodiscard]] static Result<LedgerEvidence> parse(QByteArrayView bytes);

    struct HmacJsonlReport
    {
        qint64 total = 0;
        qint64 valid = 0;
        qint64 firstBadLine = -1; // 1-based
    };
    [[nodiscard]] static Result<HmacJsonlReport> verifyHmacJsonl(QByteArrayView bytes, QByteArrayView hmacKey);
    [[nodiscard]] static bool isExport(QByteArrayView bytes);
};

} // namespace custos
