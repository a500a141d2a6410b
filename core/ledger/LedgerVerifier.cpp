#include "core/ledger/LedgerVerifier.h"

#include "core/crypto/Hmac.h"
#include "core/crypto/Sha256.h"
#include "core/ledger/Checkpoint.h"
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/MerkleTree.h"
#include "core/ledger/NoteVerifier.h"
#include "core/ledger/SignedNote.h"

#include <QCoreApplication>
#include <QFile>

#include <limits>
#include <optional>

namespace custos {
namespace {

using Kind = VerificationReport::Kind;

QString trVerify(const char* text) { return QCoreApplication::translate("custos::LedgerVerifier", text); }

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
    case SignedNote::Verification::Valid: break;
    case SignedNote::Verification::NoSignatureByKey:
        return Failure{Kind::BadCheckpointSignature, -1, trVerify("%1 is not signed by %2").arg(which, key.toString())};
    case SignedNote::Verification::BadSignature:
        return Failure{Kind::BadCheckpointSignature, -1, trVerify("%1 has an invalid signature").arg(which)};
    }
    auto checkpoint = Checkpoint::parse(parsed->text());
    if (!checkpoint)
        return Failure{Kind::Malformed, -1, which + u": " + checkpoint.error().why};
    if (checkpoint->origin() != key.name())
        return Failure{Kind::BadCheckpointSignature, -1,
                       trVerify("%1 names origin %2, not %3").arg(which, checkpoint->origin(), key.name())};
    return checkpoint.value();
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
        return Failure{Kind::Inserted, intruder, trVerify("the record at position %1 is not part of the ledger")
                                                     .arg(intruder)};
    }
    qint64 found = -1;
    for (qint64 j = i + 1; j < n; ++j)
        if (seqAt(j) == i) {
            found = j;
            break;
        }
    if (found < 0)
        return Failure{Kind::Missing, i,
                       trVerify("record %1 is missing (found record %2 in its place)").arg(i).arg(seq)};
    if (found == i + 1 && (i + 2 >= n || seqAt(i + 2) == i + 1))
        return Failure{Kind::Inserted, i, trVerify("a record claiming seq %1 was inserted before record %2")
                                              .arg(seq).arg(i)};
    return Failure{Kind::Reordered, i, trVerify("record %1 is at position %2").arg(i).arg(found)};
}

} // namespace

bool LedgerVerifier::isDatabase(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Result<LedgerEvidence> LedgerVerifier::loadDatabase(const QString& path)
{
    auto store = LedgerStore::open(path);
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
        return Error{Error::Kind::Io, trVerify("Could not read %1").arg(path), file.errorString(), {}, 0};
    return LedgerExport::parse(file.readAll());
}

VerificationReport LedgerVerifier::verify(const LedgerEvidence& evidence, const Options& options)
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
    auto namedKey = NoteVerifier::parse(evidence.verifierKey);
    if (!namedKey)
        return fail({Kind::Malformed, -1, trVerify("the ledger's verifier key: %1").arg(namedKey.error().why)});
    NoteVerifier key = namedKey.value();
    report.verifierKey = key.toString();
    report.origin = key.name();
    if (!options.trustedKey.isEmpty()) {
        auto trusted = NoteVerifier::parse(options.trustedKey);
        if (!trusted || !(trusted.value() == key))
            return fail({Kind::UntrustedKey, -1, trVerify("the ledger names key %1, not the trusted key")
                                                     .arg(key.toString())});
        key = trusted.value();
    }
    std::optional<Checkpoint> checkpoint;
    if (!evidence.latestNote.isEmpty()) {
        auto checked = checkNote(evidence.latestNote, key, trVerify("the latest checkpoint"));
        if (auto* failure = std::get_if<Failure>(&checked))
            return fail(*failure);
        checkpoint = std::get<Checkpoint>(checked);
        report.checkpointSize = checkpoint->size();
    } else if (!database) {
        return fail({Kind::Malformed, -1, trVerify("the export carries no checkpoint")});
    }
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
        const bool ok = parsed[i] && parsed[i]->seq == (evidence.filtered ? parsed[i]->seq : i)
                        && (evidence.filtered || parsed[i]->prev == prevOf(i))
                        && (!database || (evidence.storedLeafHashes.value(i) == leaves[i]
                                          && evidence.storedSeqs.value(i) == i))
                        && (!report.hmacChecked
                            || Hmac::equal(evidence.hmacs.value(i),
                                           Hmac::sha256(options.hmacKey, evidence.records[i])));
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
        if (!checkpoint)
            return fail({Kind::Malformed, -1, trVerify("the export carries no checkpoint")});
        qint64 lastSeq = -1;
        for (qint64 i = 0; i < n; ++i) {
            if (!parsed[i])
                return failRecord({Kind::Malformed, lastSeq + 1,
                                   trVerify("the record on line %1 is not a valid canonical record").arg(i + 2)});
            const qint64 seq = parsed[i]->seq;
            if (seq <= lastSeq)
                return failRecord({Kind::Reordered, seq,
                                   trVerify("record %1 comes after record %2").arg(seq).arg(lastSeq)});
            if (seq >= checkpointSize)
                return failRecord({Kind::Inserted, seq, trVerify("record %1 is beyond the checkpoint").arg(seq)});
            if (!MerkleTree::verifyInclusion(seq, checkpointSize, leaves[i], evidence.inclusionProofs.value(i),
                                             checkpoint->rootHash()))
                return failRecord({Kind::Modified, seq, trVerify("record %1 is not in the signed tree").arg(seq)});
            if (i > 0 && seq == lastSeq + 1 && parsed[i]->prev != prevOf(i))
                return failRecord({Kind::Modified, lastSeq, trVerify("record %1 does not chain to it").arg(seq)});
            lastSeq = seq;
        }
        report.valid = n;
        return report;
    }

    std::optional<qint64> hmacSuspect;
    std::optional<Failure> structural;
    for (qint64 i = 0; i < n && !structural; ++i) {
        if (!parsed[i]) {
            structural = Failure{Kind::Malformed, i, trVerify("record %1: %2").arg(i).arg(
                                                         LedgerRecord::fromBytes(evidence.records[i]).error().why)};
            break;
        }
        const qint64 seq = parsed[i]->seq;
        if (seq != i) {
            structural = classifySequence(parsed, i, seq, hashes);
        } else if (database && evidence.storedSeqs.value(i) != i) {
            structural = Failure{Kind::Modified, i, trVerify("record %1 is stored under seq %2").arg(i).arg(
                                                        evidence.storedSeqs.value(i))};
        } else if (database && evidence.storedLeafHashes.value(i) != leaves[i]) {
            structural = Failure{Kind::Modified, i, trVerify("record %1 does not match its stored hash").arg(i)};
        } else if (parsed[i]->prev != prevOf(i)) {
            // Either the previous record changed, or this one did (then the next link breaks as well).
            const bool thisChanged = i == 0 || (i + 1 < n && parsed[i + 1] && parsed[i + 1]->prev != prevOf(i + 1));
            const qint64 culprit = thisChanged ? i : i - 1;
            structural = Failure{Kind::Modified, culprit,
                                 trVerify("record %1 was changed: the hash chain breaks").arg(culprit)};
        } else if (!hmacSuspect && report.hmacChecked
                   && !Hmac::equal(evidence.hmacs.value(i), Hmac::sha256(options.hmacKey, evidence.records[i]))) {
            if (!checkpoint || i >= checkpointSize)
                structural = Failure{Kind::Inserted, i,
                                     trVerify("record %1 is not covered by a checkpoint and its HMAC is wrong").arg(i)};
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
            return failRecord({Kind::Truncated, n, trVerify("the checkpoint covers %1 records, only %2 are present")
                                                       .arg(checkpointSize).arg(n)});
        if (!hmacSuspect && !database && n > checkpointSize)
            return failRecord({Kind::Inserted, checkpointSize,
                               trVerify("%1 records are not covered by the checkpoint").arg(n - checkpointSize)});
        const MerkleTree tree(std::vector<QByteArray>(leaves.begin(), leaves.end()));
        const bool rootMatches = n >= checkpointSize && tree.root(checkpointSize) == checkpoint->rootHash();
        if (hmacSuspect)
            return failRecord({rootMatches ? Kind::BadHmac : Kind::Modified, *hmacSuspect,
                               rootMatches ? trVerify("record %1 has a wrong HMAC").arg(*hmacSuspect)
                                           : trVerify("record %1 was changed: its HMAC is wrong").arg(*hmacSuspect)});
        if (!rootMatches)
            return failRecord({Kind::Modified, -1, trVerify("the records do not hash to the signed root")});
        report.uncheckpointed = n - checkpointSize;

        // 4. Earlier checkpoints must describe prefixes of the same tree.
        QList<std::pair<QByteArray, QString>> earlier;
        for (const QByteArray& note : evidence.earlierNotes)
            earlier.append({note, trVerify("an earlier checkpoint")});
        if (!options.sinceNote.isEmpty())
            earlier.append({options.sinceNote, trVerify("the --since checkpoint")});
        for (const auto& [note, which] : std::as_const(earlier)) {
            auto checked = checkNote(note, key, which);
            if (auto* failure = std::get_if<Failure>(&checked))
                return fail(*failure);
            const Checkpoint& old = std::get<Checkpoint>(checked);
            if (old.size() > checkpointSize) {
                if (old.size() > n)
                    return failRecord({Kind::Truncated, n, trVerify("%1 covers %2 records, only %3 are present")
                                                               .arg(which).arg(old.size()).arg(n)});
                return fail({Kind::InconsistentWithEarlierCheckpoint, -1,
                             trVerify("%1 is larger than the latest one").arg(which)});
            }
            auto proof = tree.consistencyProof(old.size(), checkpointSize);
            if (!proof || !MerkleTree::verifyConsistency(old.size(), checkpointSize, proof.value(), old.rootHash(),
                                                         checkpoint->rootHash()))
                return fail({Kind::InconsistentWithEarlierCheckpoint, -1,
                             trVerify("%1 (size %2) is not a prefix of the latest one").arg(which).arg(old.size())});
        }
    } else {
        report.uncheckpointed = n;
    }
    return report;
}

} // namespace custos
