#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace custos {

struct LedgerRecord;

// A record checked and written in canonical form once, with gaps for what the ledger fills in when it appends:
// prev, seq and (for an event without one) time. `custos-ledger append` validates its whole input before it
// writes anything; keeping the events prepared spares parsing and canonicalising each one a second time.
class PreparedRecord
{
public:
    // The record's fields except seq and prev, which the ledger assigns; time is kept only if set.
    [[nodiscard]] static Result<PreparedRecord> fromRecord(const LedgerRecord& record);

    // The record's RFC 8785 bytes: `prevJson` and `fallbackTimeJson` are JSON strings in canonical form (quotes
    // included); the fallback is used only when the record has no time of its own.
    void appendBytes(QByteArray& out, qint64 seq, QByteArrayView prevJson, QByteArrayView fallbackTimeJson) const;

    [[nodiscard]] QByteArrayView source() const { return part(m_timeEnd, m_sourceEnd); }
    [[nodiscard]] QByteArrayView sourceId() const { return part(m_sourceEnd, m_data.size()); }

private:
    [[nodiscard]] QByteArrayView part(qsizetype from, qsizetype to) const
    {
        return QByteArrayView(m_data).sliced(from, to - from);
    }

    // One allocation per record: the members before "prev", those between "seq" and "time", the time as a
    // canonical JSON string (empty when absent), then source and source_id as UTF-8 for the database's columns.
    QByteArray m_data;
    qsizetype m_headEnd = 0;
    qsizetype m_middleEnd = 0;
    qsizetype m_timeEnd = 0;
    qsizetype m_sourceEnd = 0;
};

} // namespace custos
