#pragma once

#include "core/common/Result.h"
#include "core/ledger/LedgerEvidence.h"

#include <QByteArrayView>
#include <QString>
#include <functional>

namespace custos {

// A ledger database or export file read as a stream, for views and reports of any size: what it claims (the
// latest checkpoint, the verifier key, how many records) and its records one at a time. Nothing here is checked;
// LedgerVerifier does that.
class LedgerFile
{
public:
    struct Claims
    {
        LedgerEvidence evidence; // without records: latestNote, verifierKey, filtered
        qint64 recordCount = 0;
    };
    // A malformed export fails with Error::Kind::Integrity (a finding, not an I/O problem).
    [[nodiscard]] static Result<Claims> readClaims(const QString& path);

    // Each record's bytes in stored order, with a database's seq column (-1 for an export's lines), until `visit`
    // returns false. The bytes are valid only during the call.
    using Visitor = std::function<bool(qint64 storedSeq, QByteArrayView bytes)>;
    [[nodiscard]] static Status forEachRecord(const QString& path, const Visitor& visit);
};

} // namespace custos
