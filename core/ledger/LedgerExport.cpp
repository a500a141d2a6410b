#include "core/ledger/LedgerExport.h"

#include "core/common/Csv.h"
#include "core/crypto/Hmac.h"
#include "core/ledger/Jcs.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/MerkleTree.h"
#include "core/ledger/NoteVerifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace custos {
namespace {

const QByteArray trailerPrefix = QByteArrayLiteral("{\"custos-ledger-");
const QString headerKey = QStringLiteral("custos-ledger-export");
const QString proofKey = QStringLiteral("custos-ledger-proof");
const QString checkpointKey = QStringLiteral("custos-ledger-checkpoint");
const QString keyKey = QStringLiteral("custos-ledger-key");
constexpr qint64 maxLineCount = 100'000'000;

QString trExport(const char* text) { return QCoreApplication::translate("custos::LedgerExport", text); }

Error malformed(const QString& why)
{
    return Error{Error::Kind::Integrity, trExport("The export file is malformed"), why, {}, 0};
}

QByteArray canonicalLine(const QJsonObject& object)
{
    auto bytes = Jcs::canonicalize(QJsonValue(object));
    return bytes ? QByteArray(bytes.value() + '\n') : QByteArray();
}

bool passes(const LedgerRecord& record, const LedgerExport::Filter& filter)
{
    QHash<QString, bool> fieldMatched;
    for (const auto& [field, value] : filter)
        fieldMatched[field] = fieldMatched.value(field) || record.matches(field, value);
    for (auto it = fieldMatched.cbegin(); it != fieldMatched.cend(); ++it)
        if (!it.value())
            return false;
    return true;
}

struct Selection
{
    QList<LedgerStore::StoredRecord> records;
    QByteArray note;
    qint64 size = 0;
};

Result<Selection> select(const LedgerStore& store, const LedgerExport::Filter& filter)
{
    for (const auto& [field, value] : filter)
        if (!LedgerRecord::isFilterField(field))
            return Error{Error::Kind::Invalid, trExport("Cannot filter on \"%1\"").arg(field),
                         trExport("filters work on action, actor, outcome, source, tenant and target"), {}, 0};
    auto latest = store.latestCheckpoint();
    if (!latest)
        return latest.error();
    if (!latest.value())
        return Error{Error::Kind::Invalid, trExport("Could not export the ledger"),
                     trExport("it has no signed checkpoint yet"), trExport("Append records first"), 0};
    Selection selection;
    selection.note = latest.value()->note;
    selection.size = latest.value()->size;
    auto all = store.records(0, selection.size);
    if (!all)
        return all.error();
    for (const auto& stored : all.value()) {
        if (!filter.isEmpty()) {
            auto record = LedgerRecord::fromBytes(stored.bytes);
            if (!record)
                return Error{Error::Kind::Integrity, trExport("Could not export the ledger"),
                             trExport("record %1 is damaged").arg(stored.seq), trExport("Run custos-ledger verify"),
                             0};
            if (!passes(record.value(), filter))
                continue;
        }
        selection.records.append(stored);
    }
    return selection;
}

Status save(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error{Error::Kind::Io, trExport("Could not write %1").arg(path), file.errorString(), {}, 0};
    return success();
}

} // namespace

bool LedgerExport::isExport(QByteArrayView bytes) { return bytes.startsWith("{\"custos-ledger-export\":"); }

Status LedgerExport::write(const LedgerStore& store, const QString& path, const Filter& filter)
{
    auto selection = select(store, filter);
    if (!selection)
        return selection.error();
    QJsonObject filterJson;
    for (const auto& [field, value] : filter) {
        QJsonArray values = filterJson.value(field).toArray();
        values.append(value);
        filterJson.insert(field, values);
    }
    QByteArray out = canonicalLine(QJsonObject{{headerKey, 1},
                                               {QStringLiteral("filter"), filterJson},
                                               {QStringLiteral("origin"), store.meta().origin}});
    for (const auto& record : std::as_const(selection->records))
        out += record.bytes + '\n';
    if (!filter.isEmpty()) {
        auto tree = store.storedTree();
        if (!tree)
            return tree.error();
        for (const auto& record : std::as_const(selection->records)) {
            auto proof = tree->inclusionProof(record.seq, selection->size);
            if (!proof)
                return proof.error();
            QJsonArray hashes;
            for (const QByteArray& hash : proof.value())
                hashes.append(QString::fromLatin1(hash.toHex()));
            out += canonicalLine(QJsonObject{
                {proofKey, QJsonObject{{QStringLiteral("index"), record.seq}, {QStringLiteral("hashes"), hashes}}}});
        }
    }
    out += canonicalLine(QJsonObject{{checkpointKey, QString::fromUtf8(selection->note)}});
    out += canonicalLine(QJsonObject{{keyKey, NoteVerifier(store.meta().origin, store.meta().publicKey).toString()}});
    return save(path, out);
}

Status LedgerExport::writeHmacJsonl(const LedgerStore& store, const QString& path, const Filter& filter,
                                    QByteArrayView hmacKey)
{
    auto selection = select(store, filter);
    if (!selection)
        return selection.error();
    QByteArray out;
    for (const auto& stored : std::as_const(selection->records)) {
        auto record = LedgerRecord::fromBytes(stored.bytes);
        if (!record)
            return Error{Error::Kind::Integrity, trExport("Could not export the ledger"),
                         trExport("record %1 is damaged").arg(stored.seq), trExport("Run custos-ledger verify"), 0};
        // The stored bytes are already the sorted-keys, no-whitespace JSON of the record.
        QJsonObject object = record->toJson();
        object.insert(QStringLiteral("signature"), QString::fromLatin1(Hmac::sha256(hmacKey, stored.bytes).toHex()));
        out += canonicalLine(object);
    }
    return save(path, out);
}

Status LedgerExport::writeCsv(const LedgerStore& store, const QString& path, const Filter& filter)
{
    auto selection = select(store, filter);
    if (!selection)
        return selection.error();
    QByteArray out = "seq,time,source,actor,action,target_type,target,tenant,outcome,error\r\n";
    for (const auto& stored : std::as_const(selection->records)) {
        auto record = LedgerRecord::fromBytes(stored.bytes);
        if (!record)
            return Error{Error::Kind::Integrity, trExport("Could not export the ledger"),
                         trExport("record %1 is damaged").arg(stored.seq), trExport("Run custos-ledger verify"), 0};
        const QString actor = record->actorUsername.isEmpty() ? record->actorId : record->actorUsername;
        const QString target = record->targetName.isEmpty() ? record->targetId : record->targetName;
        const QStringList row{QString::number(record->seq), csvField(record->time),    csvField(record->source),
                              csvField(actor),              csvField(record->action),  csvField(record->targetType),
                              csvField(target),             csvField(record->tenant),  csvField(record->outcome),
                              csvField(record->error)};
        out += row.join(u',').toUtf8() + "\r\n";
    }
    return save(path, out);
}

Result<LedgerExport::HmacJsonlReport> LedgerExport::verifyHmacJsonl(QByteArrayView bytes, QByteArrayView hmacKey)
{
    HmacJsonlReport report;
    qint64 lineNumber = 0;
    for (const QByteArray& line : bytes.toByteArray().split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        ++report.total;
        bool ok = false;
        auto value = Jcs::parse(line);
        if (value && value->isObject()) {
            QJsonObject object = value->toObject();
            const QString signature = object.take(QStringLiteral("signature")).toString();
            auto canonical = Jcs::canonicalize(QJsonValue(object));
            ok = canonical && Hmac::equal(QByteArray::fromHex(signature.toLatin1()),
                                          Hmac::sha256(hmacKey, canonical.value()))
                 && signature.size() == 64;
        }
        if (ok)
            ++report.valid;
        else if (report.firstBadLine < 0)
            report.firstBadLine = lineNumber;
    }
    return report;
}

namespace {

// The export read one line at a time (the line without its '\n'), so that a file of any size can be checked in
// constant memory: parse() keeps the records, scanFile() hands each to its caller instead.
class ExportLineParser
{
public:
    enum class Line { Header, Record, Trailer };

    [[nodiscard]] Result<Line> add(QByteArrayView line)
    {
        if (++m_lines > maxLineCount)
            return malformed(trExport("it has too many lines"));
        if (m_lines == 1) {
            auto header = Jcs::parse(line);
            if (!header || !header->isObject() || header->toObject().value(headerKey).toInt() != 1)
                return malformed(trExport("its first line is not a custos-ledger-export version 1 header"));
            m_evidence.origin = LedgerEvidence::Origin::Export;
            m_evidence.filtered = !header->toObject().value(QStringLiteral("filter")).toObject().isEmpty();
            return Line::Header;
        }
        if (!line.startsWith(trailerPrefix)) {
            if (m_inTrailer)
                return malformed(trExport("line %1: a record after the trailer").arg(m_lines));
            ++m_records;
            return Line::Record;
        }
        m_inTrailer = true;
        auto value = Jcs::parse(line);
        const QJsonObject object = value && value->isObject() ? value->toObject() : QJsonObject();
        if (object.size() != 1)
            return malformed(trExport("line %1 is not a trailer object").arg(m_lines));
        const QString key = object.constBegin().key();
        const QJsonValue content = object.constBegin().value();
        if (key == proofKey) {
            QList<QByteArray> proof;
            for (const QJsonValue hash : content.toObject().value(QStringLiteral("hashes")).toArray()) {
                const QByteArray decoded = QByteArray::fromHex(hash.toString().toLatin1());
                if (decoded.size() != 32)
                    return malformed(trExport("line %1: a proof hash is not 32 bytes of hex").arg(m_lines));
                proof.append(decoded);
            }
            m_evidence.inclusionProofs.append(proof);
        } else if (key == checkpointKey && content.isString() && m_evidence.latestNote.isEmpty()) {
            m_evidence.latestNote = content.toString().toUtf8();
        } else if (key == keyKey && content.isString() && m_evidence.verifierKey.isEmpty()) {
            m_evidence.verifierKey = content.toString();
        } else {
            return malformed(trExport("line %1 is an unknown or repeated trailer").arg(m_lines));
        }
        return Line::Trailer;
    }

    // Everything but the records; call once every line was added.
    [[nodiscard]] Result<LedgerEvidence> finish()
    {
        if (m_lines == 0)
            return malformed(trExport("its first line is not a custos-ledger-export version 1 header"));
        if (m_evidence.verifierKey.isEmpty())
            return malformed(trExport("it carries no verifier key"));
        if (m_evidence.filtered && m_evidence.inclusionProofs.size() != m_records)
            return malformed(trExport("a filtered export needs one inclusion proof per record"));
        if (!m_evidence.filtered && !m_evidence.inclusionProofs.isEmpty())
            return malformed(trExport("an unfiltered export carries no inclusion proofs"));
        return std::move(m_evidence);
    }

private:
    LedgerEvidence m_evidence;
    qint64 m_lines = 0;
    qint64 m_records = 0;
    bool m_inTrailer = false;
};

// A line longer than this is no record a ledger wrote; refusing it bounds the memory a hostile file can claim.
constexpr qsizetype maxLineBytes = 64 * 1024 * 1024;
constexpr qint64 readChunkBytes = 4 * 1024 * 1024;

} // namespace

Result<LedgerEvidence> LedgerExport::parse(QByteArrayView bytes)
{
    if (!bytes.endsWith('\n'))
        return malformed(trExport("it does not end with a newline (it may be cut short)"));
    ExportLineParser parser;
    QList<QByteArray> records;
    for (qsizetype start = 0; start < bytes.size();) {
        const qsizetype end = bytes.indexOf('\n', start);
        const QByteArrayView line = bytes.sliced(start, end - start);
        auto kind = parser.add(line);
        if (!kind)
            return kind.error();
        if (kind.value() == ExportLineParser::Line::Record)
            records.append(line.toByteArray());
        start = end + 1;
    }
    auto finished = parser.finish();
    if (!finished)
        return finished.error();
    LedgerEvidence evidence = std::move(finished).value();
    evidence.records = std::move(records);
    return evidence;
}

Result<LedgerEvidence> LedgerExport::scanFile(const QString& path, const RecordVisitor& visit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, trExport("Could not read %1").arg(path), file.errorString(), {}, 0};
    ExportLineParser parser;
    QByteArray pending; // the start of a line whose end is in a later chunk
    qint64 index = 0;
    bool visiting = static_cast<bool>(visit);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(readChunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return Error{Error::Kind::Io, trExport("Could not read %1").arg(path), file.errorString(), {}, 0};
        qsizetype start = 0;
        for (qsizetype end = chunk.indexOf('\n'); end >= 0; start = end + 1, end = chunk.indexOf('\n', start)) {
            QByteArrayView line = QByteArrayView(chunk).sliced(start, end - start);
            if (!pending.isEmpty()) {
                pending.append(line);
                line = pending;
            }
            auto kind = parser.add(line);
            if (!kind)
                return kind.error();
            if (visiting && kind.value() == ExportLineParser::Line::Record)
                visiting = visit(index++, line);
            pending.clear();
        }
        pending.append(QByteArrayView(chunk).sliced(start));
        if (pending.size() > maxLineBytes)
            return malformed(trExport("a line is longer than %1 MiB").arg(maxLineBytes / (1024 * 1024)));
    }
    if (!pending.isEmpty())
        return malformed(trExport("it does not end with a newline (it may be cut short)"));
    return parser.finish();
}

} // namespace custos
