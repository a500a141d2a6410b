#pragma once

#include "core/common/Result.h"
#include "core/ledger/PersonalData.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace custos {

struct LedgerRecord;

// A record checked and written in canonical form once, with gaps for what the ledger fills in when it appends:
// prev, seq and (for an event without one) time. `custos-ledger append` validates its whole input before it
// writes anything; keeping the events prepared spares parsing and canonicalising each one a second time.
class PreparedRecord
{
public:
    // The record's fields except seq and prev, which the ledger assigns; time is kept only if set. Every value
    // in clear, as a format 1 ledger keeps it.
    [[nodiscard]] static Result<PreparedRecord> fromRecord(const LedgerRecord& record);
    // The record as a ledger of `formatVersion` stores it: from format 2 on, its personal data are committed first
    // (PersonalData::commit, fresh salts) and the openings are kept to be stored beside it.
    [[nodiscard]] static Result<PreparedRecord> forLedger(LedgerRecord record, int formatVersion);

    // The record's RFC 8785 bytes: `prevJson` and `fallbackTimeJson` are JSON strings in canonical form (quotes
    // included); the fallback is used only when the record has no time of its own.
    void appendBytes(QByteArray& out, qint64 seq, QByteArrayView prevJson, QByteArrayView fallbackTimeJson) const;

    [[nodiscard]] QByteArrayView source() const { return part(m_timeEnd, m_sourceEnd); }
    [[nodiscard]] QByteArrayView sourceId() const { return part(m_sourceEnd, m_data.size()); }
    [[nodiscard]] int formatVersion() const { return m_formatVersion; }
    // Format 2: the openings of the record's commitments; their seq is set when the ledger stores them.
    [[nodiscard]] const QList<RecordOpening>& openings() const { return m_openings; }

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
    int m_formatVersion = 1;
    QList<RecordOpening> m_openings;
};

} // namespace custos
