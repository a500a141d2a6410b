#include "core/ledger/LedgerExport.h"

#include "core/common/Csv.h"
#include "core/common/LineReader.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/Sha256.h"
#include "core/ledger/Jcs.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/MerkleTree.h"
#include "core/ledger/NoteVerifier.h"
#include "core/ledger/RecordScan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryFile>
#include <algorithm>
#include <memory>
#include <optional>

namespace custos {
namespace {

const QByteArray trailerPrefix = QByteArrayLiteral("{\"custos-ledger-");
const QString headerKey = QStringLiteral("custos-ledger-export");
const QString proofKey = QStringLiteral("custos-ledger-proof");
const QString checkpointKey = QStringLiteral("custos-ledger-checkpoint");
const QString keyKey = QStringLiteral("custos-ledger-key");
const QString recordsKey = QStringLiteral("records");
constexpr qint64 maxLineCount = 100'000'000;
// A line longer than this is no record a ledger wrote; refusing it bounds the memory a hostile file can claim.
constexpr qsizetype maxLineBytes = 64 * 1024 * 1024;
constexpr qint64 progressEvery = 10000;

struct LedgerExportText
{
    Q_DECLARE_TR_FUNCTIONS(custos::LedgerExport)
};

Error malformed(const QString& why)
{
    return Error::integrity(LedgerExportText::tr("The export file is malformed"), why);
}

QByteArray canonicalLine(const QJsonObject& object)
{
    auto bytes = Jcs::canonicalize(QJsonValue(object));
    return bytes ? QByteArray(bytes.value() + '\n') : QByteArray();
}

// The jsonl-hmac line of a record the fast scan accepts: its canonical bytes with "signature" put in its sorted
// place, right after "seq" (the members between seq and source sort no other way). False when not certain.
bool signedLine(QByteArrayView bytes, QByteArrayView signatureHex, QByteArray& line)
{
    const auto fields = RecordScan::scan(bytes);
    if (!fields)
        return false;
    const QByteArray seqMember = "\",\"seq\":" + QByteArray::number(fields->seq);
    const qsizetype prevEnd = fields->prev.data() + fields->prev.size() - bytes.data();
    const qsizetype at = prevEnd + seqMember.size();
    if (!bytes.sliced(prevEnd).startsWith(seqMember) || !bytes.sliced(at).startsWith(",\"source\":"))
        return false;
    line.clear();
    line.reserve(bytes.size() + signatureHex.size() + 16);
    line.append(bytes.first(at));
    line.append(",\"signature\":\"");
    line.append(signatureHex);
    line.append('"');
    line.append(bytes.sliced(at));
    line.append('\n');
    return true;
}

const QString openingKey = QStringLiteral("custos-ledger-opening");

QByteArray openingLine(const RecordOpening& opening)
{
    QByteArray line = opening.erased ? QByteArrayLiteral("{\"custos-ledger-opening\":{\"erased\":true,\"path\":")
                                     : QByteArrayLiteral("{\"custos-ledger-opening\":{\"path\":");
    static_cast<void>(Jcs::appendCanonicalString(line, opening.path));
    if (!opening.erased)
        line += ",\"salt\":\"" + opening.salt.toHex() + '"';
    line += ",\"seq\":" + QByteArray::number(opening.seq);
    if (!opening.erased)
        line += ",\"value\":" + opening.value;
    line += "}}\n";
    return line;
}

// The latest signed checkpoint an export is bound to: it holds the records that checkpoint covers.
struct Coverage
{
    QByteArray note;
    qint64 size = 0;
};

Result<Coverage> coverage(const LedgerStore& store, const LedgerExport::Filter& filter)
{
    for (const auto& [field, value] : filter)
        if (!LedgerRecord::isFilterField(field))
            return Error::invalid(
                LedgerExportText::tr("Cannot filter on \"%1\"").arg(field),
                LedgerExportText::tr("filters work on action, actor, outcome, source, tenant and target"));
    auto latest = store.latestCheckpoint();
    if (!latest)
        return latest.error();
    if (!latest.value())
        return Error::invalid(LedgerExportText::tr("Could not export the ledger"),
                              LedgerExportText::tr("it has no signed checkpoint yet"),
                              LedgerExportText::tr("Append records first"));
    return Coverage{latest.value()->note, latest.value()->size};
}

Error damaged(qint64 seq)
{
    return Error::integrity(LedgerExportText::tr("Could not export the ledger"),
                            LedgerExportText::tr("record %1 is damaged").arg(seq),
                            LedgerExportText::tr("Run custos-ledger verify"));
}

// Asks `progress` whether an export of `size` records goes on after `done` of them; when the operator cancelled,
// sets `failure` and answers false.
auto progressReporter(const LedgerExport::Progress& progress, qint64 size, std::optional<Error>& failure)
{
    return [&progress, size, &failure](qint64 done) {
        if (!progress || progress(done, size))
            return true;
        failure = Error::cancelled(LedgerExportText::tr("The export was cancelled"),
                                   LedgerExportText::tr("you cancelled it"));
        return false;
    };
}

// Streams the records [0, size) that `filter` selects to `write`, one row in memory at a time, with their
// openings (format 2) and the parsed record when `parse` is set or a filter needed it; asks `progress` at the
// start, every progressEvery records and at the end whether to go on.
using SelectedWriter = std::function<void(const LedgerStore::RecordView& stored, const LedgerRecord* record,
                                          const QList<RecordOpening>& openings)>;

Status forEachSelected(const LedgerStore& store, const LedgerExport::Filter& filter, qint64 size, bool parse,
                       const LedgerExport::Progress& progress, const SelectedWriter& write)
{
    std::optional<Error> failure;
    const auto reportProgress = progressReporter(progress, size, failure);
    if (!reportProgress(0))
        return *failure;
    const Status scanned =
        store.scanOpenedRecords([&](const LedgerStore::RecordView& stored, const QList<RecordOpening>& openings) {
            if (stored.seq >= size)
                return false;
            if (stored.seq > 0 && stored.seq % progressEvery == 0 && !reportProgress(stored.seq))
                return false;
            if (!parse && filter.isEmpty()) {
                write(stored, nullptr, openings);
                return true;
            }
            auto record = LedgerRecord::fromBytes(stored.bytes);
            if (!record) {
                failure = damaged(stored.seq);
                return false;
            }
            if (LedgerExport::selects(filter, record.value(), openings))
                write(stored, &record.value(), openings);
            return true;
        });
    if (failure)
        return *failure;
    if (scanned && !reportProgress(size))
        return *failure;
    return scanned;
}

// Written next to the target and renamed over it only when complete: a failed export leaves no partial file.
Status finish(QSaveFile& file, const QString& path, const Status& written)
{
    if (!written)
        return written;
    if (!file.commit())
        return Error::io(LedgerExportText::tr("Could not write %1").arg(path), file.errorString());
    return success();
}

// What every writer starts from: the checkpoint it is bound to and the file being written.
struct ExportTarget
{
    Coverage covered;
    std::unique_ptr<QSaveFile> file;
};

Result<ExportTarget> startExport(const LedgerStore& store, const LedgerExport::Filter& filter, const QString& path)
{
    auto covered = coverage(store, filter);
    if (!covered)
        return covered.error();
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return Error::io(LedgerExportText::tr("Could not write %1").arg(path), file->errorString());
    return ExportTarget{covered.value(), std::move(file)};
}

} // namespace

bool LedgerExport::isExport(QByteArrayView bytes)
{
    return bytes.startsWith("{\"custos-ledger-export\":");
}

bool LedgerExport::selects(const Filter& filter, const LedgerRecord& record, const QList<RecordOpening>& openings)
{
    return filter.isEmpty() || record.passes(filter) ||
           (!openings.isEmpty() && PersonalData::opened(record, openings).passes(filter));
}

bool LedgerExport::mightSelect(const Filter& filter, QByteArrayView bytes, const QList<RecordOpening>& openings)
{
    // Each field's values as JSON strings: a record matches only if, for every field, one of them is in its bytes
    // or is an opened value.
    QHash<QString, bool> fieldSeen;
    for (const auto& [field, value] : filter) {
        if (fieldSeen.value(field))
            continue;
        QByteArray json;
        static_cast<void>(Jcs::appendCanonicalString(json, value));
        bool seen = bytes.contains(json);
        for (qsizetype i = 0; !seen && i < openings.size(); ++i)
            seen = openings.at(i).value == json;
        fieldSeen[field] = seen;
    }
    for (auto it = fieldSeen.cbegin(); it != fieldSeen.cend(); ++it)
        if (!it.value())
            return false;
    return true;
}

Status LedgerExport::write(const LedgerStore& store, const QString& path, const Filter& filter,
                           const Progress& progress)
{
    return writeExport(store, path, filter, filter.isEmpty() ? Form::Complete : Form::ProofsOnly, progress);
}

Status LedgerExport::writeExport(const LedgerStore& store, const QString& path, const Filter& filter, Form form,
                                 const Progress& progress)
{
    auto started = startExport(store, filter, path);
    if (!started)
        return started.error();
    const Coverage& covered = started->covered;
    QSaveFile& out = *started->file;
    const bool proofsOnly = form == Form::ProofsOnly && !filter.isEmpty();
    QJsonObject filterJson;
    for (const auto& [field, value] : filter) {
        QJsonArray values = filterJson.value(field).toArray();
        values.append(value);
        filterJson.insert(field, values);
    }
    QJsonObject header{
        {headerKey, 1}, {QStringLiteral("filter"), filterJson}, {QStringLiteral("origin"), store.meta().origin}};
    if (!proofsOnly && !filter.isEmpty())
        header.insert(recordsKey, QStringLiteral("all"));
    out.write(canonicalLine(header));
    // The openings of the disclosed records go in the trailer, after the records: spooled to a temporary file
    // so that a full export of a large ledger does not hold them in memory.
    QTemporaryFile spool;
    if (!spool.open())
        return Error::io(LedgerExportText::tr("Could not write %1").arg(path), spool.errorString());
    QList<qint64> listed; // a selective export's records, for their inclusion proofs
    std::optional<Error> failure;
    const auto reportProgress = progressReporter(progress, covered.size, failure);
    if (!reportProgress(0))
        return *failure;
    const Status scanned =
        store.scanOpenedRecords([&](const LedgerStore::RecordView& stored, const QList<RecordOpening>& openings) {
            if (stored.seq >= covered.size)
                return false;
            if (stored.seq > 0 && stored.seq % progressEvery == 0 && !reportProgress(stored.seq))
                return false;
            // A record is parsed only when it may be selected or may hold a commitment whose opening was erased.
            const qsizetype commitments = stored.bytes.count(QByteArrayView("\"sha256:"));
            const bool mayMatch = mightSelect(filter, stored.bytes, openings);
            bool selected = filter.isEmpty();
            QList<RecordOpening> disclosed = openings;
            if (mayMatch && (!filter.isEmpty() || commitments > openings.size())) {
                auto record = LedgerRecord::fromBytes(stored.bytes);
                if (!record) {
                    failure = damaged(stored.seq);
                    return false;
                }
                selected = selects(filter, record.value(), openings);
                for (const auto& [fieldPath, commitment] : PersonalData::commitments(record.value()))
                    if (std::none_of(openings.begin(), openings.end(),
                                     [&](const RecordOpening& opening) { return opening.path == fieldPath; }))
                        disclosed.append(RecordOpening{stored.seq, fieldPath, {}, {}, true});
                std::sort(disclosed.begin(), disclosed.end(),
                          [](const RecordOpening& a, const RecordOpening& b) { return a.path < b.path; });
            }
            if (proofsOnly && !selected)
                return true;
            out.write(stored.bytes.data(), stored.bytes.size());
            out.write("\n", 1);
            if (proofsOnly)
                listed.append(stored.seq);
            if (selected)
                for (const RecordOpening& opening : std::as_const(disclosed))
                    spool.write(openingLine(opening));
            return true;
        });
    if (failure)
        return *failure;
    if (!scanned)
        return scanned;
    if (!reportProgress(covered.size))
        return *failure;
    if (proofsOnly) {
        auto tree = store.storedTree();
        if (!tree)
            return tree.error();
        for (const qint64 seq : std::as_const(listed)) {
            auto proof = tree->inclusionProof(seq, covered.size);
            if (!proof)
                return proof.error();
            QJsonArray hashes;
            for (const QByteArray& hash : proof.value())
                hashes.append(QString::fromLatin1(hash.toHex()));
            out.write(canonicalLine(QJsonObject{
                {proofKey, QJsonObject{{QStringLiteral("index"), seq}, {QStringLiteral("hashes"), hashes}}}}));
        }
    }
    spool.seek(0);
    while (!spool.atEnd())
        out.write(spool.read(1 << 20));
    out.write(canonicalLine(QJsonObject{{checkpointKey, QString::fromUtf8(covered.note)}}));
    out.write(
        canonicalLine(QJsonObject{{keyKey, NoteVerifier(store.meta().origin, store.meta().publicKey).toString()}}));
    return finish(out, path, success());
}

Status LedgerExport::writeHmacJsonl(const LedgerStore& store, const QString& path, const Filter& filter,
                                    QByteArrayView hmacKey, const Progress& progress)
{
    // Each line is signed alone and the format has no trailer: a reader can check the order of a full export by
    // its seqs, but nothing can show that a filtered one left out only what its filter excludes.
    if (!filter.isEmpty())
        return Error::invalid(
            LedgerExportText::tr("Could not write the JSON Lines export with HMAC"),
            LedgerExportText::tr("a filtered export in this format cannot be checked for completeness: "
                                 "its verification would fail on the first record left out"),
            LedgerExportText::tr("Export without a filter, or use the verifiable Custos format "
                                 "(--format custos), whose filtered exports carry inclusion proofs"));
    auto started = startExport(store, filter, path);
    if (!started)
        return started.error();
    const Coverage& covered = started->covered;
    QSaveFile& out = *started->file;
    HmacSha256 mac(hmacKey);
    qint64 damagedSeq = -1;
    QByteArray line;
    // The records need not be parsed: the fast scan vouches for them and the line is written around their bytes.
    // Anything it is not sure of takes the full parse.
    const Status written = forEachSelected(
        store, filter, covered.size, /*parse=*/false, progress,
        [&](const LedgerStore::RecordView& stored, const LedgerRecord* record, const QList<RecordOpening>&) {
            if (damagedSeq >= 0)
                return;
            const QByteArray signature =
                QByteArray::fromRawData(reinterpret_cast<const char*>(mac.mac(stored.bytes).data()), Sha256::size)
                    .toHex();
            if (!record && signedLine(stored.bytes, signature, line)) {
                out.write(line);
                return;
            }
            std::optional<LedgerRecord> parsed;
            if (!record) {
                auto fromBytes = LedgerRecord::fromBytes(stored.bytes);
                if (!fromBytes) {
                    damagedSeq = stored.seq;
                    return;
                }
                parsed = std::move(fromBytes).value();
                record = &*parsed;
            }
            // The stored bytes are already the sorted-keys, no-whitespace JSON of the record.
            QJsonObject object = record->toJson();
            object.insert(QStringLiteral("signature"), QString::fromLatin1(signature));
            out.write(canonicalLine(object));
        });
    if (written && damagedSeq >= 0)
        return damaged(damagedSeq);
    return finish(out, path, written);
}

Status LedgerExport::writeCsv(const LedgerStore& store, const QString& path, const Filter& filter,
                              const Progress& progress)
{
    auto started = startExport(store, filter, path);
    if (!started)
        return started.error();
    const Coverage& covered = started->covered;
    QSaveFile& out = *started->file;
    out.write("seq,time,source,actor,action,target_type,target,tenant,outcome,error\r\n");
    const Status written = forEachSelected(
        store, filter, covered.size, /*parse=*/true, progress,
        [&](const LedgerStore::RecordView&, const LedgerRecord* stored, const QList<RecordOpening>& openings) {
            // A spreadsheet is for reading: personal data opened, erased ones shown as erased.
            const LedgerRecord opened = PersonalData::opened(*stored, openings, PersonalData::Unopened::Erased);
            const LedgerRecord* record = &opened;
            const QString actor = record->actorUsername.isEmpty() ? record->actorId : record->actorUsername;
            const QString target = record->targetName.isEmpty() ? record->targetId : record->targetName;
            const QStringList row{QString::number(record->seq),
                                  csvField(record->time),
                                  csvField(record->source),
                                  csvField(actor),
                                  csvField(record->action),
                                  csvField(record->targetType),
                                  csvField(target),
                                  csvField(record->tenant),
                                  csvField(record->outcome),
                                  csvField(record->error)};
            out.write(row.join(u',').toUtf8() + "\r\n");
        });
    return finish(out, path, written);
}

Result<LedgerExport::HmacJsonlReport> LedgerExport::verifyHmacJsonl(const QString& path, QByteArrayView hmacKey)
{
    HmacJsonlReport report;
    qint64 lineNumber = 0;
    qint64 ordered = 0;   // records whose order was looked at
    QString previousHash; // hex SHA-256 of the previous record's bytes, for its successor's "prev"
    const auto orderProblem = [&](qint64 seq, const QString& problem) {
        if (report.orderBadLine >= 0)
            return;
        report.orderBadLine = lineNumber;
        report.orderBadSeq = seq;
        report.orderProblem = problem;
    };
    // The records of a Custos export run from seq 0 with no gap, each "prev" naming the one before it.
    const auto checkOrder = [&](const QJsonObject& object, const QByteArray& canonical) {
        const QJsonValue seqValue = object.value(QStringLiteral("seq"));
        const bool hasSeq = seqValue.isDouble() && seqValue.toDouble() >= 0 &&
                            seqValue.toDouble() == static_cast<double>(seqValue.toInteger());
        const qint64 seq = hasSeq ? seqValue.toInteger() : -1;
        const bool first = ++ordered == 1;
        if (first)
            report.sequenced = hasSeq;
        if (!hasSeq) {
            if (report.sequenced)
                orderProblem(-1, LedgerExportText::tr("the record has no seq while the records before it have one"));
            return;
        }
        if (!report.sequenced) {
            orderProblem(seq, LedgerExportText::tr("the record has a seq while the records before it have none"));
            return;
        }
        const qint64 expected = first ? 0 : report.lastSeq + 1;
        if (seq == expected) {
            const QString prev = object.value(QStringLiteral("prev")).toString();
            const QString wanted = first ? LedgerRecord::genesisPrev() : previousHash;
            if (object.contains(QStringLiteral("prev")) && prev != wanted)
                orderProblem(seq, first ? LedgerExportText::tr("its prev is not the start of a ledger")
                                        : LedgerExportText::tr("its prev is not the hash of the record before it"));
        } else if (seq > expected) {
            orderProblem(seq,
                         expected == seq - 1
                             ? LedgerExportText::tr("seq %1 is missing before it").arg(expected)
                             : LedgerExportText::tr("seq %1 to %2 are missing before it").arg(expected).arg(seq - 1));
        } else if (!first && seq == report.lastSeq) {
            orderProblem(seq, LedgerExportText::tr("it repeats the record before it"));
        } else {
            orderProblem(
                seq,
                LedgerExportText::tr("it is out of order: seq %1 comes after seq %2").arg(seq).arg(report.lastSeq));
        }
        if (report.firstSeq < 0)
            report.firstSeq = seq;
        report.lastSeq = std::max(report.lastSeq, seq);
        previousHash = QString::fromLatin1(Sha256::hash(canonical).toHex());
    };
    const auto check = [&](QByteArrayView line) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            return true;
        ++report.total;
        bool ok = false;
        auto value = Jcs::parse(line);
        if (value && value->isObject()) {
            QJsonObject object = value->toObject();
            const QString signature = object.take(QStringLiteral("signature")).toString();
            auto canonical = Jcs::canonicalize(QJsonValue(object));
            ok = canonical && signature.size() == 64 &&
                 Hmac::equal(QByteArray::fromHex(signature.toLatin1()), Hmac::sha256(hmacKey, canonical.value()));
            if (canonical)
                checkOrder(object, canonical.value());
        }
        if (ok)
            ++report.valid;
        else if (report.firstBadLine < 0)
            report.firstBadLine = lineNumber;
        return true;
    };
    auto read = LineReader::read(path, maxLineBytes, check);
    if (!read)
        return read.error();
    check(read->unterminated); // the Flask JML tool does not require a final newline
    return report;
}

namespace {

Result<RecordOpening> parseOpening(const QJsonObject& object)
{
    RecordOpening opening;
    const QJsonValue seq = object.value(QStringLiteral("seq"));
    opening.seq = seq.toInteger(-1);
    opening.path = object.value(QStringLiteral("path")).toString();
    opening.erased = object.value(QStringLiteral("erased")).toBool(false);
    const QStringList expected =
        opening.erased ? QStringList{QStringLiteral("erased"), QStringLiteral("path"), QStringLiteral("seq")}
                       : QStringList{QStringLiteral("path"), QStringLiteral("salt"), QStringLiteral("seq"),
                                     QStringLiteral("value")};
    if (object.keys() != expected || !seq.isDouble() || opening.seq < 0 || opening.path.isEmpty())
        return malformed(LedgerExportText::tr("an opening is not {path, salt, seq, value} or {erased, path, seq}"));
    if (opening.erased)
        return opening;
    const QString salt = object.value(QStringLiteral("salt")).toString();
    opening.salt = QByteArray::fromHex(salt.toLatin1());
    if (salt.size() != 2 * PersonalData::saltSize || opening.salt.toHex() != salt.toLatin1())
        return malformed(
            LedgerExportText::tr("an opening's salt is not %1 bytes of lowercase hex").arg(PersonalData::saltSize));
    auto value = Jcs::canonicalize(object.value(QStringLiteral("value")));
    if (!value)
        return malformed(value.error().why);
    opening.value = std::move(value).value();
    return opening;
}

// The export read one line at a time (the line without its '\n'), so that a file of any size can be checked in
// constant memory: parse() keeps the records, scanFile() hands each to its caller instead.
class ExportLineParser
{
public:
    enum class Line { Header, Record, Trailer };

    [[nodiscard]] Result<Line> add(QByteArrayView line)
    {
        if (++m_lines > maxLineCount)
            return malformed(LedgerExportText::tr("it has too many lines"));
        if (m_lines == 1) {
            auto header = Jcs::parse(line);
            if (!header || !header->isObject() || header->toObject().value(headerKey).toInt() != 1)
                return malformed(LedgerExportText::tr("its first line is not a custos-ledger-export version 1 header"));
            m_evidence.origin = LedgerEvidence::Origin::Export;
            const QJsonObject object = header->toObject();
            const QJsonObject filter = object.value(QStringLiteral("filter")).toObject();
            for (auto it = filter.begin(); it != filter.end(); ++it) {
                if (!LedgerRecord::isFilterField(it.key()) || !it.value().isArray())
                    return malformed(LedgerExportText::tr("its header names an unknown filter \"%1\"").arg(it.key()));
                for (const QJsonValue value : it.value().toArray()) {
                    if (!value.isString())
                        return malformed(LedgerExportText::tr("its header's filter values are not text"));
                    m_evidence.filter.append({it.key(), value.toString()});
                }
            }
            const QJsonValue records = object.value(recordsKey);
            if (!records.isUndefined() && records != QJsonValue(QStringLiteral("all")))
                return malformed(LedgerExportText::tr("its header's \"records\" is not \"all\""));
            m_evidence.filtered = !m_evidence.filter.isEmpty() && records.isUndefined();
            return Line::Header;
        }
        if (!line.startsWith(trailerPrefix)) {
            if (m_inTrailer)
                return malformed(LedgerExportText::tr("line %1: a record after the trailer").arg(m_lines));
            ++m_records;
            return Line::Record;
        }
        m_inTrailer = true;
        auto value = Jcs::parse(line);
        const QJsonObject object = value && value->isObject() ? value->toObject() : QJsonObject();
        if (object.size() != 1)
            return malformed(LedgerExportText::tr("line %1 is not a trailer object").arg(m_lines));
        const QString key = object.constBegin().key();
        const QJsonValue content = object.constBegin().value();
        if (key == proofKey) {
            QList<QByteArray> proof;
            for (const QJsonValue hash : content.toObject().value(QStringLiteral("hashes")).toArray()) {
                const QByteArray decoded = QByteArray::fromHex(hash.toString().toLatin1());
                if (decoded.size() != 32)
                    return malformed(LedgerExportText::tr("line %1: a proof hash is not 32 bytes of hex").arg(m_lines));
                proof.append(decoded);
            }
            m_evidence.inclusionProofs.append(proof);
        } else if (key == openingKey) {
            auto opening = parseOpening(content.toObject());
            if (!opening)
                return malformed(LedgerExportText::tr("line %1: %2").arg(m_lines).arg(opening.error().why));
            if (!m_evidence.openings.isEmpty()) {
                const RecordOpening& last = m_evidence.openings.constLast();
                if (std::pair(last.seq, last.path) >= std::pair(opening->seq, opening->path))
                    return malformed(
                        LedgerExportText::tr("line %1: the openings are not in (seq, path) order").arg(m_lines));
            }
            m_evidence.openings.append(std::move(opening).value());
        } else if (key == checkpointKey && content.isString() && m_evidence.latestNote.isEmpty()) {
            m_evidence.latestNote = content.toString().toUtf8();
        } else if (key == keyKey && content.isString() && m_evidence.verifierKey.isEmpty()) {
            m_evidence.verifierKey = content.toString();
        } else {
            return malformed(LedgerExportText::tr("line %1 is an unknown or repeated trailer").arg(m_lines));
        }
        return Line::Trailer;
    }

    // Everything but the records; call once every line was added.
    [[nodiscard]] Result<LedgerEvidence> finish()
    {
        if (m_lines == 0)
            return malformed(LedgerExportText::tr("its first line is not a custos-ledger-export version 1 header"));
        if (m_evidence.verifierKey.isEmpty())
            return malformed(LedgerExportText::tr("it carries no verifier key"));
        if (m_evidence.filtered && m_evidence.inclusionProofs.size() != m_records)
            return malformed(LedgerExportText::tr("a filtered export needs one inclusion proof per record"));
        if (!m_evidence.filtered && !m_evidence.inclusionProofs.isEmpty())
            return malformed(LedgerExportText::tr("an unfiltered export carries no inclusion proofs"));
        return std::move(m_evidence);
    }

private:
    LedgerEvidence m_evidence;
    qint64 m_lines = 0;
    qint64 m_records = 0;
    bool m_inTrailer = false;
};

} // namespace

Result<LedgerEvidence> LedgerExport::parse(QByteArrayView bytes)
{
    if (!bytes.endsWith('\n'))
        return malformed(LedgerExportText::tr("it does not end with a newline (it may be cut short)"));
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
    ExportLineParser parser;
    std::optional<Error> failure;
    qint64 index = 0;
    bool visiting = static_cast<bool>(visit);
    auto read = LineReader::read(path, maxLineBytes, [&](QByteArrayView line) {
        auto kind = parser.add(line);
        if (!kind) {
            failure = kind.error();
            return false;
        }
        if (visiting && kind.value() == ExportLineParser::Line::Record)
            visiting = visit(index++, line);
        return true;
    });
    if (failure)
        return *failure;
    if (!read)
        return read.error().kind == Error::Kind::Integrity ? malformed(read.error().why) : read.error();
    if (!read->unterminated.isEmpty())
        return malformed(LedgerExportText::tr("it does not end with a newline (it may be cut short)"));
    return parser.finish();
}

} // namespace custos
