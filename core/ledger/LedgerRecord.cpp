#include "core/ledger/LedgerRecord.h"

#include "core/ledger/Jcs.h"
#include "core/ledger/PreparedRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <string_view>

namespace custos {
namespace {

const QStringList sources{QStringLiteral("local"), QStringLiteral("keycloak-admin"), QStringLiteral("keycloak-user"),
                          QStringLiteral("platform")};
const QStringList outcomes{QStringLiteral("SUCCESS"), QStringLiteral("FAILURE")};
const QStringList topFields{QStringLiteral("seq"),       QStringLiteral("time"),    QStringLiteral("source"),
                            QStringLiteral("source_id"), QStringLiteral("actor"),   QStringLiteral("action"),
                            QStringLiteral("target"),    QStringLiteral("tenant"),  QStringLiteral("outcome"),
                            QStringLiteral("error"),     QStringLiteral("details"), QStringLiteral("prev")};
constexpr qint64 maxSafeInteger = 9007199254740991; // 2^53 - 1: beyond it a JSON number is not an exact integer

struct LedgerRecordText
{
    Q_DECLARE_TR_FUNCTIONS(custos::LedgerRecord)
};

Error recordError(const QString& why)
{
    return Error::invalid(LedgerRecordText::tr("Not a valid ledger record"), why);
}

// Reads a string member; `required` makes absence an error, otherwise it defaults to `fallback`.
bool readString(const QJsonObject& object, const QString& key, bool required, QString& out, QString& problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            problem = LedgerRecordText::tr("the field \"%1\" is missing").arg(key);
        return !required;
    }
    if (!value.isString()) {
        problem = LedgerRecordText::tr("the field \"%1\" is not a string").arg(key);
        return false;
    }
    out = value.toString();
    return true;
}

bool readObject(const QJsonObject& object, const QString& key, const QStringList& members, bool strict,
                QList<QString*> outs, QString& problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (strict)
            problem = LedgerRecordText::tr("the field \"%1\" is missing").arg(key);
        return !strict;
    }
    if (!value.isObject()) {
        problem = LedgerRecordText::tr("the field \"%1\" is not an object").arg(key);
        return false;
    }
    const QJsonObject inner = value.toObject();
    for (auto it = inner.begin(); it != inner.end(); ++it)
        if (!members.contains(it.key())) {
            problem = LedgerRecordText::tr("the field \"%1\" has an unknown member \"%2\"").arg(key, it.key());
            return false;
        }
    for (qsizetype i = 0; i < members.size(); ++i)
        if (!readString(inner, members.at(i), strict, *outs.at(i), problem)) {
            problem = LedgerRecordText::tr("in \"%1\": %2").arg(key, problem);
            return false;
        }
    return true;
}

Result<LedgerRecord> read(const QJsonObject& object, bool strict)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!topFields.contains(it.key()))
            return recordError(LedgerRecordText::tr("it has an unknown field \"%1\"").arg(it.key()));
    LedgerRecord record;
    QString problem;
    if (strict) {
        const QJsonValue seq = object.value(QStringLiteral("seq"));
        const double number = seq.toDouble(-1);
        if (!seq.isDouble() || number < 0 || number > maxSafeInteger ||
            number != static_cast<double>(static_cast<qint64>(number)))
            return recordError(LedgerRecordText::tr("\"seq\" is not a non-negative integer"));
        record.seq = static_cast<qint64>(number);
    } else if (object.contains(QStringLiteral("seq")) || object.contains(QStringLiteral("prev"))) {
        return recordError(LedgerRecordText::tr("\"seq\" and \"prev\" are assigned by the ledger"));
    }
    if (!readString(object, QStringLiteral("time"), strict, record.time, problem) ||
        !readString(object, QStringLiteral("source"), strict, record.source, problem) ||
        !readString(object, QStringLiteral("source_id"), strict, record.sourceId, problem) ||
        !readString(object, QStringLiteral("action"), true, record.action, problem) ||
        !readString(object, QStringLiteral("tenant"), strict, record.tenant, problem) ||
        !readString(object, QStringLiteral("outcome"), strict, record.outcome, problem) ||
        !readString(object, QStringLiteral("error"), strict, record.error, problem) ||
        !readObject(object, QStringLiteral("actor"), {QStringLiteral("id"), QStringLiteral("username")}, strict,
                    {&record.actorId, &record.actorUsername}, problem) ||
        !readObject(object, QStringLiteral("target"),
                    {QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("name")}, strict,
                    {&record.targetType, &record.targetId, &record.targetName}, problem))
        return recordError(problem);
    if (strict && !readString(object, QStringLiteral("prev"), true, record.prev, problem))
        return recordError(problem);
    const QJsonValue details = object.value(QStringLiteral("details"));
    if (details.isObject())
        record.details = details.toObject();
    else if (strict || !details.isUndefined())
        return recordError(LedgerRecordText::tr("\"details\" is not an object"));
    if (record.action.isEmpty())
        return recordError(LedgerRecordText::tr("\"action\" is empty"));
    if (!sources.contains(record.source))
        return recordError(LedgerRecordText::tr("\"source\" is not one of %1").arg(sources.join(u", ")));
    if (!outcomes.contains(record.outcome))
        return recordError(LedgerRecordText::tr("\"outcome\" is neither SUCCESS nor FAILURE"));
    if ((strict || !record.time.isEmpty()) && !LedgerRecord::isValidTime(record.time))
        return recordError(LedgerRecordText::tr("\"time\" is not RFC 3339 UTC with milliseconds"));
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (strict && !hex64.match(record.prev).hasMatch())
        return recordError(LedgerRecordText::tr("\"prev\" is not 64 lowercase hex digits"));
    return record;
}

} // namespace

QJsonObject LedgerRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("time"), time},
        {QStringLiteral("source"), source},
        {QStringLiteral("source_id"), sourceId},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("id"), actorId}, {QStringLiteral("username"), actorUsername}}},
        {QStringLiteral("action"), action},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), targetType},
                                               {QStringLiteral("id"), targetId},
                                               {QStringLiteral("name"), targetName}}},
        {QStringLiteral("tenant"), tenant},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("error"), error},
        {QStringLiteral("details"), details},
        {QStringLiteral("prev"), prev},
    };
}

Result<QByteArray> LedgerRecord::canonicalBytes() const
{
    auto prepared = PreparedRecord::fromRecord(*this);
    if (!prepared)
        return prepared.error();
    QByteArray prevJson;
    QByteArray timeJson;
    if (auto status = Jcs::appendCanonicalString(prevJson, prev); !status)
        return status.error();
    if (auto status = Jcs::appendCanonicalString(timeJson, time); !status)
        return status.error();
    QByteArray out;
    out.reserve(512);
    prepared->appendBytes(out, seq, prevJson, timeJson);
    return out;
}

bool LedgerRecord::isFilterField(const QString& field)
{
    static const QStringList fields{QStringLiteral("action"), QStringLiteral("actor"),  QStringLiteral("outcome"),
                                    QStringLiteral("source"), QStringLiteral("tenant"), QStringLiteral("target")};
    return fields.contains(field);
}

bool LedgerRecord::passes(const QList<std::pair<QString, QString>>& filter) const
{
    QHash<QString, bool> fieldMatched;
    for (const auto& [field, value] : filter)
        fieldMatched[field] = fieldMatched.value(field) || matches(field, value);
    for (auto it = fieldMatched.cbegin(); it != fieldMatched.cend(); ++it)
        if (!it.value())
            return false;
    return true;
}

bool LedgerRecord::matches(const QString& field, const QString& value) const
{
    if (field == u"action")
        return action == value;
    if (field == u"actor")
        return actorId == value || actorUsername == value;
    if (field == u"outcome")
        return outcome == value;
    if (field == u"source")
        return source == value;
    if (field == u"tenant")
        return tenant == value;
    if (field == u"target")
        return targetId == value || targetName == value || targetType == value;
    return false;
}

Result<LedgerRecord> LedgerRecord::fromJson(const QJsonObject& object)
{
    return read(object, true);
}

Result<LedgerRecord> LedgerRecord::fromEntry(const QJsonObject& entry)
{
    return read(entry, false);
}

Result<LedgerRecord> LedgerRecord::fromBytes(QByteArrayView bytes)
{
    auto value = Jcs::parse(bytes);
    if (!value)
        return recordError(value.error().why);
    if (!value->isObject())
        return recordError(LedgerRecordText::tr("it is not a JSON object"));
    auto record = fromJson(value->toObject());
    if (!record)
        return record;
    auto canonical = Jcs::canonicalize(value.value());
    if (!canonical || canonical.value() != bytes)
        return recordError(LedgerRecordText::tr("its bytes are not in RFC 8785 canonical form"));
    return record;
}

QString LedgerRecord::formatTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool LedgerRecord::isValidTime(const QString& time)
{
    return time.size() == 24 && isValidTimeText(time.toLatin1());
}

bool LedgerRecord::isValidTimeText(QByteArrayView time)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ with a real calendar date; checked by hand because the verifier does this for
    // every record, and without QDateTime's local time zone, which must not decide whether a record is valid.
    constexpr std::string_view shape = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (time.size() != static_cast<qsizetype>(shape.size()))
        return false;
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    for (size_t i = 0; i < shape.size(); ++i) {
        const char c = time[static_cast<qsizetype>(i)];
        if (shape[i] == 'd' ? !isDigit(c) : c != shape[i])
            return false;
    }
    auto field = [time](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i)
            value = value * 10 + (time[i] - '0');
        return value;
    };
    return QDate::isValid(field(0, 4), field(5, 2), field(8, 2)) &&
           QTime::isValid(field(11, 2), field(14, 2), field(17, 2), field(20, 3));
}

QString LedgerRecord::genesisPrev()
{
    return QString(64, u'0');
}

} // namespace custos
