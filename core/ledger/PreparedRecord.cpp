#include "core/ledger/PreparedRecord.h"

#include "core/ledger/Jcs.h"
#include "core/ledger/LedgerRecord.h"

#include <charconv>

namespace custos {

Result<PreparedRecord> PreparedRecord::fromRecord(const LedgerRecord& record)
{
    // The RFC 8785 form of LedgerRecord::toJson(), written directly: the members in UTF-16 order of their names,
    // so no QJsonObject is built and sorted per record. test_jcs checks that both forms agree.
    PreparedRecord prepared;
    QByteArray& out = prepared.m_data;
    out.reserve(1024);
    Status status = success();
    auto member = [&](const char* prefix, const QString& value) {
        out += prefix;
        if (status)
            status = Jcs::appendCanonicalString(out, value);
    };
    member("{\"action\":", record.action);
    member(",\"actor\":{\"id\":", record.actorId);
    member(",\"username\":", record.actorUsername);
    out += "},\"details\":";
    if (status)
        status = Jcs::appendCanonical(out, QJsonValue(record.details));
    member(",\"error\":", record.error);
    member(",\"outcome\":", record.outcome);
    prepared.m_headEnd = out.size();
    member(",\"source\":", record.source);
    member(",\"source_id\":", record.sourceId);
    member(",\"target\":{\"id\":", record.targetId);
    member(",\"name\":", record.targetName);
    member(",\"type\":", record.targetType);
    member("},\"tenant\":", record.tenant);
    prepared.m_middleEnd = out.size();
    if (!record.time.isEmpty() && status)
        status = Jcs::appendCanonicalString(out, record.time);
    prepared.m_timeEnd = out.size();
    out += record.source.toUtf8();
    prepared.m_sourceEnd = out.size();
    out += record.sourceId.toUtf8();
    if (!status)
        return status.error();
    out.squeeze(); // a whole input is kept prepared: no slack per record
    return prepared;
}

Result<PreparedRecord> PreparedRecord::forLedger(LedgerRecord record, int formatVersion)
{
    QList<RecordOpening> openings;
    if (formatVersion >= 2) {
        auto committed = PersonalData::commit(record);
        if (!committed)
            return committed.error();
        openings = std::move(committed).value();
    }
    auto prepared = fromRecord(record);
    if (!prepared)
        return prepared.error();
    PreparedRecord out = std::move(prepared).value();
    out.m_formatVersion = formatVersion;
    out.m_openings = std::move(openings);
    return out;
}

void PreparedRecord::appendBytes(QByteArray& out, qint64 seq, QByteArrayView prevJson,
                                 QByteArrayView fallbackTimeJson) const
{
    out += part(0, m_headEnd);
    out += ",\"prev\":";
    out += prevJson;
    out += ",\"seq\":";
    // Below 2^53 a seq's ECMAScript form is its plain decimal digits; beyond, the double it becomes.
    constexpr qint64 maxSafeInteger = 9007199254740991;
    if (seq > maxSafeInteger || seq < -maxSafeInteger) {
        out += Jcs::serializeNumber(static_cast<double>(seq)).value(); // finite: cannot fail
    } else {
        char digits[24];
        const auto written = std::to_chars(digits, digits + sizeof digits, seq);
        out += QByteArrayView(digits, written.ptr - digits);
    }
    out += part(m_headEnd, m_middleEnd);
    out += ",\"time\":";
    out += m_timeEnd > m_middleEnd ? part(m_middleEnd, m_timeEnd) : fallbackTimeJson;
    out += '}';
}

} // namespace custos
