#include "core/ledger/LedgerVerifier.h"

#include "core/crypto/Hmac.h"
#include "core/crypto/Sha256.h"
#include "core/ledger/Checkpoint.h"
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/MerkleTree.h"
#include "core/ledger/NoteVerifier.h"
#include "core/ledger/PersonalData.h"
#include "core/ledger/RecordScan.h"
#include "core/ledger/SignedNote.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <array>
#include <exception>
#include <functional>
#include <limits>
#include <openssl/crypto.h>
#include <optional>
#include <set>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

namespace custos {
namespace {

using Kind = VerificationReport::Kind;

struct LedgerVerifierText
{
    Q_DECLARE_TR_FUNCTIONS(custos::LedgerVerifier)
};

struct Failure
{
    Kind kind = Kind::None;
    qint64 seq = -1;
    QString detail;
};

// Verifies a signed checkpoint note with `key`; the failure, or the checkpoint.
std::variant<Failure, Checkpoint> checkNote(const QByteArray& note, const NoteVerifier& key, const QString& which)
{
    auto parsed = SignedNote::parse(note);
    if (!parsed)
        return Failure{Kind::BadCheckpointSignature, -1, which + u": " + parsed.error().why};
    switch (parsed->verify(key)) {
    case SignedNote::Verification::Valid:
        break;
    case SignedNote::Verification::NoSignatureByKey:
        return Failure{Kind::BadCheckpointSignature, -1,
                       LedgerVerifierText::tr("%1 is not signed by %2").arg(which, key.toString())};
    case SignedNote::Verification::BadSignature:
        return Failure{Kind::BadCheckpointSignature, -1,
                       LedgerVerifierText::tr("%1 has an invalid signature").arg(which)};
    }
    auto checkpoint = Checkpoint::parse(parsed->text());
    if (!checkpoint)
        return Failure{Kind::Malformed, -1, which + u": " + checkpoint.error().why};
    if (checkpoint->origin() != key.name())
        return Failure{
            Kind::BadCheckpointSignature, -1,
            LedgerVerifierText::tr("%1 names origin %2, not %3").arg(which, checkpoint->origin(), key.name())};
    return checkpoint.value();
}

struct Signatures
{
    NoteVerifier key;
    std::optional<Checkpoint> checkpoint;
};

// Step 1 of every verification: whose key, and is the latest checkpoint signed by it? Fills in the report's key,
// origin and checkpoint size.
std::variant<Failure, Signatures> checkSignatures(const LedgerEvidence& evidence,
                                                  const LedgerVerifier::Options& options, VerificationReport& report)
{
    auto namedKey = NoteVerifier::parse(evidence.verifierKey);
    if (!namedKey)
        return Failure{Kind::Malformed, -1,
                       LedgerVerifierText::tr("the ledger's verifier key: %1").arg(namedKey.error().why)};
    Signatures result{namedKey.value(), std::nullopt};
    report.verifierKey = result.key.toString();
    report.origin = result.key.name();
    if (!options.trustedKey.isEmpty()) {
        auto trusted = NoteVerifier::parse(options.trustedKey);
        if (!trusted || !(trusted.value() == result.key))
            return Failure{
                Kind::UntrustedKey, -1,
                LedgerVerifierText::tr("the ledger names key %1, not the trusted key").arg(result.key.toString())};
        result.key = trusted.value();
    }
    if (!evidence.latestNote.isEmpty()) {
        auto checked = checkNote(evidence.latestNote, result.key, LedgerVerifierText::tr("the latest checkpoint"));
        if (auto* failure = std::get_if<Failure>(&checked))
            return *failure;
        result.checkpoint = std::get<Checkpoint>(checked);
        report.checkpointSize = result.checkpoint->size();
        report.keyTrusted = !options.trustedKey.isEmpty();
    } else if (evidence.origin == LedgerEvidence::Origin::Export) {
        return Failure{Kind::Malformed, -1, LedgerVerifierText::tr("the export carries no checkpoint")};
    }
    return result;
}

// The checkpoints the latest one must be consistent with: those the database keeps, and --since.
QList<std::pair<QByteArray, QString>> earlierCheckpoints(const LedgerEvidence& evidence,
                                                         const LedgerVerifier::Options& options)
{
    QList<std::pair<QByteArray, QString>> earlier;
    for (const QByteArray& note : evidence.earlierNotes)
        earlier.append({note, LedgerVerifierText::tr("an earlier checkpoint")});
    if (!options.sinceNote.isEmpty())
        earlier.append({options.sinceNote, LedgerVerifierText::tr("the --since checkpoint")});
    return earlier;
}

// The first position i of a record out of sequence: which kind of damage explains it best.
Failure classifySequence(const QList<std::optional<LedgerRecord>>& parsed, qint64 i, qint64 seq,
                         const QList<QByteArray>& hashes)
{
    const qint64 n = parsed.size();
    auto seqAt = [&](qint64 j) { return j < n && parsed[j] ? parsed[j]->seq : -1; };
    if (seq < i) {
        // A seq seen before: a record was slipped in just before this one, which repeats the true seq.
        const bool followsPrevious = parsed[i]->prev == QString::fromLatin1(hashes[i - 1].toHex());
        const qint64 intruder = followsPrevious ? i : i - 1;
        return Failure{Kind::Inserted, intruder,
                       LedgerVerifierText::tr("the record at position %1 is not part of the ledger").arg(intruder)};
    }
    qint64 found = -1;
    for (qint64 j = i + 1; j < n; ++j)
        if (seqAt(j) == i) {
            found = j;
            break;
        }
    if (found < 0)
        return Failure{Kind::Missing, i,
                       LedgerVerifierText::tr("record %1 is missing (found record %2 in its place)").arg(i).arg(seq)};
    if (found == i + 1 && (i + 2 >= n || seqAt(i + 2) == i + 1))
        return Failure{
            Kind::Inserted, i,
            LedgerVerifierText::tr("a record claiming seq %1 was inserted before record %2").arg(seq).arg(i)};
    return Failure{Kind::Reordered, i, LedgerVerifierText::tr("record %1 is at position %2").arg(i).arg(found)};
}

using RecordSink = std::function<bool(qint64 storedSeq, QByteArrayView bytes, QByteArrayView storedLeafHash,
                                      QByteArrayView storedHmac)>;

// The fast path for an unfiltered ledger: the records in order, hashed in chunks on two worker threads while the
// caller reads the next chunk, then checked in order; only two chunks and the Merkle frontier are kept in memory.
// It only tells "all valid" from "something is wrong": on any doubt the caller runs verifyInDetail, which finds
// the kind and seq of the first problem.
class QuickCheck
{
public:
    QuickCheck(bool database, QByteArrayView hmacKey, const std::set<qint64>& sizes)
        : m_database(database)
        , m_hmacKey(hmacKey)
        , m_sizes(sizes)
    {
        for (Chunk& chunk : m_chunks) {
            chunk.bytes.reserve(chunkRecords * 512);
            chunk.entries.reserve(chunkRecords);
        }
        m_expectedPrev.fill('0');
        for (Hashers& hashers : m_hashers)
            if (!hmacKey.isEmpty())
                hashers.mac.emplace(hmacKey);
    }
    ~QuickCheck() { joinWorkers(); }
    QuickCheck(const QuickCheck&) = delete;
    QuickCheck& operator=(const QuickCheck&) = delete;

    // Takes one record (the views need only live during the call); false once something is wrong.
    bool add(qint64 storedSeq, QByteArrayView bytes, QByteArrayView storedLeaf, QByteArrayView storedHmac)
    {
        if (!m_ok)
            return false;
        Chunk& chunk = m_chunks[m_filling];
        Entry entry;
        entry.storedSeq = storedSeq;
        entry.offset = static_cast<qsizetype>(chunk.bytes.size());
        entry.length = bytes.size();
        chunk.bytes.insert(chunk.bytes.end(), bytes.begin(), bytes.end());
        if (m_database) {
            if (storedLeaf.size() != Sha256::size || (m_hmacKey.size() > 0 && storedHmac.size() != Sha256::size))
                return m_ok = false;
            std::copy_n(storedLeaf.begin(), Sha256::size, entry.storedLeaf.begin());
            if (!m_hmacKey.isEmpty())
                std::copy_n(storedHmac.begin(), Sha256::size, entry.storedHmac.begin());
        }
        chunk.entries.push_back(entry);
        if (chunk.entries.size() == chunkRecords) {
            // The chunk hashed before this one is checked, then this one starts hashing while the next is read.
            m_ok = collect();
            if (m_ok)
                launch();
        }
        return m_ok;
    }

    // Checks what is left; true when every record passed.
    bool finish()
    {
        const bool collected = collect();
        m_ok = m_ok && collected;
        if (m_ok && !m_chunks[m_filling].entries.empty()) {
            launch();
            m_ok = collect();
        }
        return m_ok;
    }

    [[nodiscard]] qint64 count() const { return m_frontier.size(); }
    // The root of the first `size` records, for the sizes given to the constructor; empty if not reached.
    [[nodiscard]] QByteArray rootAt(qint64 size) const
    {
        return size == 0 ? MerkleFrontier().root() : m_roots.value(size);
    }

private:
    static constexpr size_t chunkRecords = 4096;

    struct Entry
    {
        qint64 storedSeq = 0;
        qsizetype offset = 0;
        qsizetype length = 0;
        Sha256::Digest storedLeaf{};
        Sha256::Digest storedHmac{};
        // Filled in by hash():
        std::optional<RecordScan::Fields> fields;
        Sha256::Digest hash{};
        Sha256::Digest leaf{};
        bool macMatches = true;
    };
    struct Chunk
    {
        std::vector<char> bytes; // clear() keeps the buffer for the next chunk
        std::vector<Entry> entries;
    };
    // One set per thread: OpenSSL contexts are not shared between threads.
    struct Hashers
    {
        Sha256 record;
        Sha256 leaf;
        std::optional<HmacSha256> mac;
    };

    static void hash(Hashers& hashers, Chunk& chunk, size_t from, size_t to)
    {
        static const char leafPrefix = 0x00;
        for (size_t i = from; i < to; ++i) {
            Entry& entry = chunk.entries[i];
            const QByteArrayView bytes(chunk.bytes.data() + entry.offset, entry.length);
            entry.fields = RecordScan::scan(bytes);
            hashers.record.addData(bytes);
            entry.hash = hashers.record.digest();
            hashers.leaf.addData(QByteArrayView(&leafPrefix, 1));
            hashers.leaf.addData(bytes);
            entry.leaf = hashers.leaf.digest();
            if (hashers.mac) {
                const Sha256::Digest mac = hashers.mac->mac(bytes);
                entry.macMatches = CRYPTO_memcmp(mac.data(), entry.storedHmac.data(), mac.size()) == 0;
            }
        }
    }

    // Starts hashing the chunk being filled (in two halves where there is a second core) and fills the other.
    void launch()
    {
        m_hashing = m_filling;
        m_filling ^= 1;
        Chunk& chunk = m_chunks[m_hashing];
        const size_t size = chunk.entries.size();
        const size_t half = std::thread::hardware_concurrency() > 1 && size >= 64 ? size / 2 : size;
        const std::array<std::pair<size_t, size_t>, 2> ranges{std::pair{size_t{0}, half}, std::pair{half, size}};
        for (size_t worker = 0; worker < ranges.size(); ++worker) {
            const auto [from, to] = ranges[worker];
            if (from == to)
                continue;
            m_workers[worker].emplace([this, worker, &chunk, from, to] {
                try {
                    hash(m_hashers[worker], chunk, from, to);
                } catch (...) {
                    m_workerErrors[worker] = std::current_exception();
                }
            });
        }
    }

    void joinWorkers()
    {
        for (std::optional<std::thread>& worker : m_workers)
            if (worker) {
                worker->join();
                worker.reset();
            }
    }

    // Waits for the chunk being hashed, if any, and checks it in order.
    bool collect()
    {
        if (m_hashing < 0)
            return true;
        joinWorkers();
        for (std::exception_ptr& error : m_workerErrors)
            if (error)
                std::rethrow_exception(std::exchange(error, nullptr));
        Chunk& chunk = m_chunks[m_hashing];
        m_hashing = -1;
        const bool ok = check(chunk);
        chunk.entries.clear();
        chunk.bytes.clear();
        return ok;
    }

    bool check(const Chunk& chunk)
    {
        static const char hexDigits[] = "0123456789abcdef";
        for (const Entry& entry : chunk.entries) {
            const qint64 index = m_frontier.size();
            if (!entry.fields || entry.fields->seq != index || !entry.macMatches ||
                entry.fields->prev != QByteArrayView(m_expectedPrev.data(), 64))
                return false;
            if (m_database && (entry.storedSeq != index || entry.storedLeaf != entry.leaf))
                return false;
            for (size_t i = 0; i < entry.hash.size(); ++i) {
                m_expectedPrev[2 * i] = hexDigits[entry.hash[i] >> 4];
                m_expectedPrev[2 * i + 1] = hexDigits[entry.hash[i] & 0xf];
            }
            m_frontier.append(entry.leaf);
            if (m_sizes.count(m_frontier.size()))
                m_roots.insert(m_frontier.size(), m_frontier.root());
        }
        return true;
    }

    const bool m_database;
    const QByteArrayView m_hmacKey;
    const std::set<qint64> m_sizes;
    bool m_ok = true;
    std::array<Chunk, 2> m_chunks;
    int m_filling = 0;  // the chunk add() appends to
    int m_hashing = -1; // the chunk the workers hash, if any
    std::array<Hashers, 2> m_hashers;
    std::array<std::optional<std::thread>, 2> m_workers;
    std::array<std::exception_ptr, 2> m_workerErrors;
    std::array<char, 64> m_expectedPrev{}; // lowercase hex of the previous record's hash; zeros before the first
    MerkleFrontier m_frontier;
    QHash<qint64, QByteArray> m_roots;
};

// The report for a ledger whose records all pass the quick check, or nullopt when something needs the detailed
// pass. `feed` hands every record to the sink in stored order.
Result<std::optional<VerificationReport>> verifyQuickly(const LedgerEvidence& claims,
                                                        const LedgerVerifier::Options& options,
                                                        const std::function<Status(const RecordSink&)>& feed)
{
    const bool database = claims.origin == LedgerEvidence::Origin::Database;
    VerificationReport report;
    report.hmacChecked = database && !options.hmacKey.isEmpty();
    auto signedState = checkSignatures(claims, options, report);
    if (std::holds_alternative<Failure>(signedState))
        return std::optional<VerificationReport>();
    const Signatures& signatures = std::get<Signatures>(signedState);
    std::set<qint64> sizes;
    QList<Checkpoint> earlier;
    if (signatures.checkpoint) {
        sizes.insert(signatures.checkpoint->size());
        for (const auto& [note, which] : earlierCheckpoints(claims, options)) {
            auto checked = checkNote(note, signatures.key, which);
            if (std::holds_alternative<Failure>(checked))
                return std::optional<VerificationReport>();
            earlier.append(std::get<Checkpoint>(checked));
            sizes.insert(earlier.last().size());
        }
    }

    QuickCheck check(database, report.hmacChecked ? QByteArrayView(options.hmacKey) : QByteArrayView(), sizes);
    const Status fed = feed([&check](qint64 storedSeq, QByteArrayView bytes, QByteArrayView leaf, QByteArrayView hmac) {
        return check.add(storedSeq, bytes, leaf, hmac);
    });
    if (!fed)
        return fed.error();
    if (!check.finish())
        return std::optional<VerificationReport>();

    const qint64 n = check.count();
    report.checked = n;
    report.valid = n;
    report.uncheckpointed = n;
    if (!signatures.checkpoint && n > 0)
        return std::optional<VerificationReport>();
    if (signatures.checkpoint) {
        const qint64 checkpointSize = signatures.checkpoint->size();
        if (n < checkpointSize || (!database && n > checkpointSize) ||
            check.rootAt(checkpointSize) != signatures.checkpoint->rootHash())
            return std::optional<VerificationReport>();
        // An earlier checkpoint whose root is the root of our prefix of its size is consistent with the latest.
        for (const Checkpoint& old : std::as_const(earlier))
            if (old.size() > checkpointSize || check.rootAt(old.size()) != old.rootHash())
                return std::optional<VerificationReport>();
        report.uncheckpointed = n - checkpointSize;
    }
    return std::optional<VerificationReport>(report);
}

// What an export discloses, checked record by record once its records verified: each opening against the
// commitment it claims to open; a selective export's records all selected by its filter; a complete export's
// records that its filter selects disclosed in full (an erased opening counts), the others not at all.
class DisclosureCheck
{
public:
    explicit DisclosureCheck(const LedgerEvidence& evidence)
        : m_evidence(evidence)
    {
    }

    // The records in file order (`index` counts them from 0); the first failure, if any.
    std::optional<Failure> add(qint64 index, QByteArrayView bytes)
    {
        const bool selective = m_evidence.filtered;
        const LedgerExport::Filter& filter = m_evidence.filter;
        std::optional<LedgerRecord> record;
        if (selective) {
            auto parsed = LedgerRecord::fromBytes(bytes);
            if (!parsed) // the records were verified before: cannot happen, but fail closed
                return Failure{Kind::Malformed, -1, LedgerVerifierText::tr("a record cannot be read")};
            record = std::move(parsed).value();
        }
        const qint64 seq = record ? record->seq : index;
        const QList<RecordOpening>& openings = m_evidence.openings;
        if (m_next < openings.size() && openings.at(m_next).seq < seq)
            return notHeld(openings.at(m_next).seq);
        m_own.clear();
        while (m_next < openings.size() && openings.at(m_next).seq == seq)
            m_own.append(openings.at(m_next++));
        if (!record) {
            // Most records of a large redacted export are neither selected nor opened: not parsed at all.
            if (m_own.isEmpty() && !LedgerExport::mightSelect(filter, bytes, m_own))
                return std::nullopt;
            if (m_own.isEmpty() && filter.isEmpty() && !bytes.contains(QByteArrayView("\"sha256:"))) {
                ++m_disclosed;
                return std::nullopt;
            }
            auto parsed = LedgerRecord::fromBytes(bytes);
            if (!parsed)
                return Failure{Kind::Malformed, seq, LedgerVerifierText::tr("record %1 cannot be read").arg(seq)};
            record = std::move(parsed).value();
        }
        const auto commitments = PersonalData::commitments(*record);
        for (const RecordOpening& opening : std::as_const(m_own)) {
            const bool committed = std::any_of(commitments.begin(), commitments.end(),
                                               [&](const auto& pair) { return pair.first == opening.path; });
            if (!committed)
                return Failure{Kind::Modified, seq,
                               LedgerVerifierText::tr("record %1 holds no commitment at %2, yet the export opens it")
                                   .arg(seq)
                                   .arg(opening.path)};
            if (!opening.erased && !PersonalData::opens(*record, opening))
                return Failure{Kind::Modified, seq,
                               LedgerVerifierText::tr("record %1: the opening of %2 does not match its commitment")
                                   .arg(seq)
                                   .arg(opening.path)};
        }
        const bool selected = LedgerExport::selects(filter, *record, m_own);
        if (selective && !selected)
            return Failure{Kind::Inserted, seq,
                           LedgerVerifierText::tr("record %1 does not match the export's filter").arg(seq)};
        if (!selected) {
            if (!m_own.isEmpty())
                return Failure{Kind::Malformed, seq,
                               LedgerVerifierText::tr("record %1 is disclosed, but the export's filter does not "
                                                      "select it")
                                   .arg(seq)};
            return std::nullopt;
        }
        for (const auto& [path, commitment] : commitments)
            if (std::none_of(m_own.begin(), m_own.end(), [&](const RecordOpening& o) { return o.path == path; }))
                return Failure{Kind::Missing, seq,
                               LedgerVerifierText::tr("record %1 matches the export's filter, but its %2 is not "
                                                      "disclosed")
                                   .arg(seq)
                                   .arg(path)};
        ++m_disclosed;
        return std::nullopt;
    }

    // After the last record: no opening may be left over.
    std::optional<Failure> finish()
    {
        if (m_next < m_evidence.openings.size())
            return notHeld(m_evidence.openings.at(m_next).seq);
        return std::nullopt;
    }

    [[nodiscard]] qint64 disclosed() const { return m_disclosed; }

private:
    static Failure notHeld(qint64 seq)
    {
        return Failure{
            Kind::Malformed, seq,
            LedgerVerifierText::tr("the export opens record %1, which it does not hold in that place").arg(seq)};
    }

    const LedgerEvidence& m_evidence;
    qsizetype m_next = 0;
    QList<RecordOpening> m_own;
    qint64 m_disclosed = 0;
};

using RecordFeed = std::function<Status(const std::function<bool(qint64 index, QByteArrayView bytes)>&)>;

// A report whose records verified, completed with what the evidence discloses and whether it is complete.
Result<VerificationReport> withDisclosure(VerificationReport report, const LedgerEvidence& claims,
                                          const RecordFeed& feed)
{
    if (!report.ok())
        return report;
    if (claims.origin == LedgerEvidence::Origin::Database) {
        report.completeness = VerificationReport::Completeness::Complete;
        report.disclosed = report.checked;
        return report;
    }
    DisclosureCheck check(claims);
    std::optional<Failure> failure;
    const Status fed = feed([&](qint64 index, QByteArrayView bytes) {
        failure = check.add(index, bytes);
        return !failure;
    });
    if (!fed)
        return fed.error();
    if (!failure)
        failure = check.finish();
    if (failure) {
        report.kind = failure->kind;
        report.firstBadSeq = failure->seq;
        report.detail = failure->detail;
        return report;
    }
    report.completeness =
        claims.filtered ? VerificationReport::Completeness::Selective : VerificationReport::Completeness::Complete;
    report.disclosed = claims.filtered ? report.checked : check.disclosed();
    return report;
}

RecordFeed feedOf(const LedgerEvidence& evidence)
{
    return [&evidence](const std::function<bool(qint64, QByteArrayView)>& visit) {
        for (qsizetype i = 0; i < evidence.records.size(); ++i)
            if (!visit(i, evidence.records.at(i)))
                break;
        return success();
    };
}

// Every record checked on its own, then the sequence classified: the kind and seq of the first problem.
VerificationReport verifyInDetail(const LedgerEvidence& evidence, const LedgerVerifier::Options& options)
{
    VerificationReport report;
    const qint64 n = evidence.records.size();
    const bool database = evidence.origin == LedgerEvidence::Origin::Database;
    report.checked = n;
    report.hmacChecked = database && !options.hmacKey.isEmpty();
    auto fail = [&report](const Failure& failure) {
        report.kind = failure.kind;
        report.firstBadSeq = failure.seq;
        report.detail = failure.detail;
        return report;
    };

    // 1. Whose key, and is the checkpoint signed by it?
    auto signedState = checkSignatures(evidence, options, report);
    if (auto* failure = std::get_if<Failure>(&signedState))
        return fail(*failure);
    const NoteVerifier key = std::get<Signatures>(signedState).key;
    const std::optional<Checkpoint> checkpoint = std::get<Signatures>(signedState).checkpoint;
    const qint64 checkpointSize = checkpoint ? checkpoint->size() : 0;

    // 2. Each record: form, place in the sequence, stored hash, chain link, HMAC.
    QList<std::optional<LedgerRecord>> parsed;
    QList<QByteArray> hashes;
    QList<QByteArray> leaves;
    QList<bool> individuallyValid;
    parsed.reserve(n);
    for (const QByteArray& bytes : evidence.records) {
        auto record = LedgerRecord::fromBytes(bytes);
        parsed.append(record ? std::optional<LedgerRecord>(record.value()) : std::nullopt);
        hashes.append(Sha256::hash(bytes));
        leaves.append(MerkleTree::leafHashOf(bytes));
    }
    auto prevOf = [&](qint64 i) {
        return i == 0 ? LedgerRecord::genesisPrev() : QString::fromLatin1(hashes[i - 1].toHex());
    };
    qint64 valid = 0;
    for (qint64 i = 0; i < n; ++i) {
        const bool ok =
            parsed[i] && parsed[i]->seq == (evidence.filtered ? parsed[i]->seq : i) &&
            (evidence.filtered || parsed[i]->prev == prevOf(i)) &&
            (!database || (evidence.storedLeafHashes.value(i) == leaves[i] && evidence.storedSeqs.value(i) == i)) &&
            (!report.hmacChecked ||
             Hmac::equal(evidence.hmacs.value(i), Hmac::sha256(options.hmacKey, evidence.records[i])));
        individuallyValid.append(ok);
        valid += ok ? 1 : 0;
    }
    report.valid = valid;
    auto failRecord = [&](const Failure& failure) {
        if (failure.seq >= 0 && failure.seq < n && individuallyValid[failure.seq])
            --report.valid;
        return fail(failure);
    };

    if (evidence.filtered) {
        report.completeness = VerificationReport::Completeness::Selective;
        report.disclosed = n;
        if (!checkpoint)
            return fail({Kind::Malformed, -1, LedgerVerifierText::tr("the export carries no checkpoint")});
        qint64 lastSeq = -1;
        for (qint64 i = 0; i < n; ++i) {
            if (!parsed[i])
                return failRecord(
                    {Kind::Malformed, lastSeq + 1,
                     LedgerVerifierText::tr("the record on line %1 is not a valid canonical record").arg(i + 2)});
            const qint64 seq = parsed[i]->seq;
            if (seq <= lastSeq)
                return failRecord({Kind::Reordered, seq,
                                   LedgerVerifierText::tr("record %1 comes after record %2").arg(seq).arg(lastSeq)});
            if (seq >= checkpointSize)
                return failRecord(
                    {Kind::Inserted, seq, LedgerVerifierText::tr("record %1 is beyond the checkpoint").arg(seq)});
            if (!MerkleTree::verifyInclusion(seq, checkpointSize, leaves[i], evidence.inclusionProofs.value(i),
                                             checkpoint->rootHash()))
                return failRecord(
                    {Kind::Modified, seq, LedgerVerifierText::tr("record %1 is not in the signed tree").arg(seq)});
            if (i > 0 && seq == lastSeq + 1 && parsed[i]->prev != prevOf(i))
                return failRecord(
                    {Kind::Modified, lastSeq, LedgerVerifierText::tr("record %1 does not chain to it").arg(seq)});
            lastSeq = seq;
        }
        report.valid = n;
        return report;
    }

    std::optional<qint64> hmacSuspect;
    std::optional<Failure> structural;
    for (qint64 i = 0; i < n && !structural; ++i) {
        if (!parsed[i]) {
            structural = Failure{Kind::Malformed, i,
                                 LedgerVerifierText::tr("record %1: %2")
                                     .arg(i)
                                     .arg(LedgerRecord::fromBytes(evidence.records[i]).error().why)};
            break;
        }
        const qint64 seq = parsed[i]->seq;
        if (seq != i) {
            structural = classifySequence(parsed, i, seq, hashes);
        } else if (database && evidence.storedSeqs.value(i) != i) {
            structural = Failure{
                Kind::Modified, i,
                LedgerVerifierText::tr("record %1 is stored under seq %2").arg(i).arg(evidence.storedSeqs.value(i))};
        } else if (database && evidence.storedLeafHashes.value(i) != leaves[i]) {
            structural =
                Failure{Kind::Modified, i, LedgerVerifierText::tr("record %1 does not match its stored hash").arg(i)};
        } else if (parsed[i]->prev != prevOf(i)) {
            // Either the previous record changed, or this one did (then the next link breaks as well).
            const bool thisChanged = i == 0 || (i + 1 < n && parsed[i + 1] && parsed[i + 1]->prev != prevOf(i + 1));
            const qint64 culprit = thisChanged ? i : i - 1;
            structural = Failure{Kind::Modified, culprit,
                                 LedgerVerifierText::tr("record %1 was changed: the hash chain breaks").arg(culprit)};
        } else if (!hmacSuspect && report.hmacChecked &&
                   !Hmac::equal(evidence.hmacs.value(i), Hmac::sha256(options.hmacKey, evidence.records[i]))) {
            if (!checkpoint || i >= checkpointSize)
                structural = Failure{
                    Kind::Inserted, i,
                    LedgerVerifierText::tr("record %1 is not covered by a checkpoint and its HMAC is wrong").arg(i)};
            else
                hmacSuspect = i; // decided below: what else is wrong tells a changed record from a changed HMAC
        }
    }
    // A structural finding about the HMAC suspect itself (say, an inserted record) explains it best.
    if (structural && (!hmacSuspect || structural->seq == *hmacSuspect))
        return failRecord(*structural);

    // 3. The records against the signed checkpoint.
    if (checkpoint) {
        if (!hmacSuspect && n < checkpointSize)
            return failRecord({Kind::Truncated, n,
                               LedgerVerifierText::tr("the checkpoint covers %1 records, only %2 are present")
                                   .arg(checkpointSize)
                                   .arg(n)});
        if (!hmacSuspect && !database && n > checkpointSize)
            return failRecord(
                {Kind::Inserted, checkpointSize,
                 LedgerVerifierText::tr("%1 records are not covered by the checkpoint").arg(n - checkpointSize)});
        const MerkleTree tree(std::vector<QByteArray>(leaves.begin(), leaves.end()));
        const bool rootMatches = n >= checkpointSize && tree.root(checkpointSize) == checkpoint->rootHash();
        if (hmacSuspect)
            return failRecord(
                {rootMatches ? Kind::BadHmac : Kind::Modified, *hmacSuspect,
                 rootMatches ? LedgerVerifierText::tr("record %1 has a wrong HMAC").arg(*hmacSuspect)
                             : LedgerVerifierText::tr("record %1 was changed: its HMAC is wrong").arg(*hmacSuspect)});
        if (!rootMatches)
            return failRecord(
                {Kind::Modified, -1, LedgerVerifierText::tr("the records do not hash to the signed root")});
        report.uncheckpointed = n - checkpointSize;

        // 4. Earlier checkpoints must describe prefixes of the same tree.
        for (const auto& [note, which] : earlierCheckpoints(evidence, options)) {
            auto checked = checkNote(note, key, which);
            if (auto* failure = std::get_if<Failure>(&checked))
                return fail(*failure);
            const Checkpoint& old = std::get<Checkpoint>(checked);
            if (old.size() > checkpointSize) {
                if (old.size() > n)
                    return failRecord({Kind::Truncated, n,
                                       LedgerVerifierText::tr("%1 covers %2 records, only %3 are present")
                                           .arg(which)
                                           .arg(old.size())
                                           .arg(n)});
                return fail({Kind::InconsistentWithEarlierCheckpoint, -1,
                             LedgerVerifierText::tr("%1 is larger than the latest one").arg(which)});
            }
            auto proof = tree.consistencyProof(old.size(), checkpointSize);
            if (!proof || !MerkleTree::verifyConsistency(old.size(), checkpointSize, proof.value(), old.rootHash(),
                                                         checkpoint->rootHash()))
                return fail({Kind::InconsistentWithEarlierCheckpoint, -1,
                             LedgerVerifierText::tr("%1 (size %2) is not a prefix of the latest one")
                                 .arg(which)
                                 .arg(old.size())});
        }
    } else if (n > 0) {
        // Records nobody signed for prove nothing: whoever can write the file could have rewritten them all.
        return fail({Kind::Malformed, -1, LedgerVerifierText::tr("no signed checkpoint covers these records")});
    }
    return report;
}

} // namespace

bool LedgerVerifier::isDatabase(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Result<LedgerEvidence> LedgerVerifier::loadDatabase(const QString& path)
{
    auto store = LedgerStore::openReadOnly(path);
    if (!store)
        return store.error();
    auto records = (*store)->records(0, std::numeric_limits<qint64>::max());
    if (!records)
        return records.error();
    auto checkpoints = (*store)->checkpoints();
    if (!checkpoints)
        return checkpoints.error();
    LedgerEvidence evidence;
    evidence.origin = LedgerEvidence::Origin::Database;
    for (const auto& record : records.value()) {
        evidence.records.append(record.bytes);
        evidence.storedSeqs.append(record.seq);
        evidence.storedLeafHashes.append(record.leafHash);
        evidence.hmacs.append(record.hmac);
    }
    for (qsizetype i = 0; i < checkpoints->size(); ++i) {
        if (i + 1 == checkpoints->size())
            evidence.latestNote = checkpoints->at(i).note;
        else
            evidence.earlierNotes.append(checkpoints->at(i).note);
    }
    evidence.verifierKey = NoteVerifier((*store)->meta().origin, (*store)->meta().publicKey).toString();
    return evidence;
}

Result<LedgerEvidence> LedgerVerifier::load(const QString& path)
{
    if (isDatabase(path))
        return loadDatabase(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(LedgerVerifierText::tr("Could not read %1").arg(path), file.errorString());
    return LedgerExport::parse(file.readAll());
}

VerificationReport LedgerVerifier::verify(const LedgerEvidence& evidence, const Options& options)
{
    if (!evidence.filtered) {
        auto quick = verifyQuickly(evidence, options, [&evidence](const RecordSink& sink) -> Status {
            const bool database = evidence.origin == LedgerEvidence::Origin::Database;
            for (qsizetype i = 0; i < evidence.records.size(); ++i)
                if (!sink(database ? evidence.storedSeqs.value(i) : i, evidence.records.at(i),
                          evidence.storedLeafHashes.value(i), evidence.hmacs.value(i)))
                    break;
            return success();
        });
        if (quick && quick.value())
            return withDisclosure(*quick.value(), evidence, feedOf(evidence)).value();
    }
    return withDisclosure(verifyInDetail(evidence, options), evidence, feedOf(evidence)).value();
}

Result<VerificationReport> LedgerVerifier::verifyDatabase(const QString& path, const Options& options)
{
    auto opened = LedgerStore::openReadOnly(path);
    if (!opened)
        return opened.error();
    std::unique_ptr<LedgerStore> store = std::move(opened).value();
    auto checkpoints = store->checkpoints();
    if (!checkpoints)
        return checkpoints.error();
    LedgerEvidence claims; // everything but the records, which are streamed
    claims.origin = LedgerEvidence::Origin::Database;
    for (qsizetype i = 0; i < checkpoints->size(); ++i) {
        if (i + 1 == checkpoints->size())
            claims.latestNote = checkpoints->at(i).note;
        else
            claims.earlierNotes.append(checkpoints->at(i).note);
    }
    claims.verifierKey = NoteVerifier(store->meta().origin, store->meta().publicKey).toString();
    auto quick = verifyQuickly(claims, options, [&store](const RecordSink& sink) {
        return store->scanRecords([&sink](const LedgerStore::RecordView& record) {
            return sink(record.seq, record.bytes, record.leafHash, record.hmac);
        });
    });
    if (!quick)
        return quick.error();
    if (quick.value())
        return withDisclosure(*quick.value(), claims, {});
    store.reset(); // the detailed pass opens the ledger itself
    auto evidence = loadDatabase(path);
    if (!evidence)
        return evidence.error();
    return withDisclosure(verifyInDetail(evidence.value(), options), evidence.value(), {});
}

Result<VerificationReport> LedgerVerifier::verifyExport(const QString& path, const Options& options)
{
    auto claims = LedgerExport::scanFile(path, {});
    if (!claims)
        return claims.error();
    if (claims->filtered && !options.sinceNote.isEmpty())
        return Error::invalid(
            LedgerVerifierText::tr("Could not check %1 against the earlier checkpoint").arg(path),
            LedgerVerifierText::tr("a filtered export holds only some records, so no consistency proof can be built"),
            LedgerVerifierText::tr("Verify the database or an unfiltered export"));
    if (!claims->filtered) {
        auto quick = verifyQuickly(claims.value(), options, [&path](const RecordSink& sink) -> Status {
            auto scanned = LedgerExport::scanFile(
                path, [&sink](qint64 index, QByteArrayView bytes) { return sink(index, bytes, {}, {}); });
            if (!scanned)
                return scanned.error();
            return success();
        });
        if (!quick)
            return quick.error();
        if (quick.value())
            return withDisclosure(*quick.value(), claims.value(), [&path](const auto& visit) -> Status {
                auto scanned = LedgerExport::scanFile(path, visit);
                if (!scanned)
                    return scanned.error();
                return success();
            });
    }
    // Filtered exports (small by nature) and any export that failed the quick pass are loaded whole, to name the
    // kind and seq of the first problem; within a bound, so that a hostile file cannot claim the memory.
    if (const qint64 bytes = QFileInfo(path).size(); bytes > options.maxExportBytesInMemory) {
        VerificationReport tooLarge;
        tooLarge.kind = VerificationReport::Kind::Malformed;
        tooLarge.detail =
            claims->filtered
                ? LedgerVerifierText::tr("a filtered export of %1 MiB is larger than one is checked in memory (%2 MiB)")
                      .arg(bytes >> 20)
                      .arg(options.maxExportBytesInMemory >> 20)
                : LedgerVerifierText::tr("it fails verification; at %1 MiB it is too large to locate the first bad "
                                         "record in memory (%2 MiB)")
                      .arg(bytes >> 20)
                      .arg(options.maxExportBytesInMemory >> 20);
        return tooLarge;
    }
    auto evidence = load(path);
    if (!evidence)
        return evidence.error();
    return withDisclosure(verifyInDetail(evidence.value(), options), evidence.value(), feedOf(evidence.value()));
}

} // namespace custos
