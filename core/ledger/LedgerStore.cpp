#include "core/ledger/LedgerStore.h"

#include "core/common/Logging.h"
#include "core/crypto/Ed25519Key.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/Random.h"
#include "core/crypto/Sha256.h"
#include "core/ledger/Checkpoint.h"
#include "core/ledger/Jcs.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/NoteVerifier.h"
#include "core/ledger/PreparedRecord.h"
#include "core/ledger/SignedNote.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>
#include <sqlite3.h>

namespace custos {
namespace {

struct LedgerStoreText
{
    Q_DECLARE_TR_FUNCTIONS(custos::LedgerStore)
};

const char* const schema = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE records (
    seq INTEGER PRIMARY KEY,
    bytes BLOB NOT NULL,
    leaf_hash BLOB NOT NULL,
    hmac BLOB NOT NULL,
    source TEXT NOT NULL,
    source_id TEXT NOT NULL);
CREATE UNIQUE INDEX records_source_id ON records(source, source_id) WHERE source_id <> '';
CREATE TABLE checkpoints (id INTEGER PRIMARY KEY AUTOINCREMENT, size INTEGER NOT NULL, note BLOB NOT NULL);
CREATE TRIGGER records_no_update BEFORE UPDATE ON records
    BEGIN SELECT RAISE(ABORT, 'ledger records are append-only'); END;
CREATE TRIGGER records_no_delete BEFORE DELETE ON records
    BEGIN SELECT RAISE(ABORT, 'ledger records are append-only'); END;
CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
    BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
    BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
CREATE TRIGGER meta_no_update BEFORE UPDATE ON meta
    BEGIN SELECT RAISE(ABORT, 'ledger meta data is fixed'); END;
CREATE TRIGGER meta_no_delete BEFORE DELETE ON meta
    BEGIN SELECT RAISE(ABORT, 'ledger meta data is fixed'); END;
)sql";

// Witnesses (issue 15), added to older ledgers when they are opened for writing. Cosignatures are append-only
// like the checkpoints they belong to.
const char* const witnessSchema = R"sql(
CREATE TABLE IF NOT EXISTS witnesses (key TEXT PRIMARY KEY, url TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cosignatures (
    checkpoint_id INTEGER NOT NULL REFERENCES checkpoints(id),
    witness_key TEXT NOT NULL,
    line BLOB NOT NULL,
    time INTEGER NOT NULL,
    PRIMARY KEY (checkpoint_id, witness_key));
CREATE TRIGGER IF NOT EXISTS cosignatures_no_update BEFORE UPDATE ON cosignatures
    BEGIN SELECT RAISE(ABORT, 'cosignatures are append-only'); END;
CREATE TRIGGER IF NOT EXISTS cosignatures_no_delete BEFORE DELETE ON cosignatures
    BEGIN SELECT RAISE(ABORT, 'cosignatures are append-only'); END;
)sql";

// Format 2: the openings of the records' personal data. Never changed; deleted only to erase a person's data.
const char* const openingsSchema = R"sql(
CREATE TABLE openings (
    seq INTEGER NOT NULL,
    path TEXT NOT NULL,
    salt BLOB NOT NULL,
    value BLOB NOT NULL,
    PRIMARY KEY (seq, path));
CREATE TRIGGER openings_no_update BEFORE UPDATE ON openings
    BEGIN SELECT RAISE(ABORT, 'openings are never changed, only erased'); END;
)sql";

struct Statement
{
    sqlite3_stmt* stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

// SQLITE_STATIC: callers keep the bytes alive until the statement has been stepped and reset.
void bindBlob(sqlite3_stmt* stmt, int index, const QByteArray& bytes)
{
    sqlite3_bind_blob(stmt, index, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_STATIC);
}

void bindText(sqlite3_stmt* stmt, int index, const QByteArray& utf8)
{
    sqlite3_bind_text(stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

QByteArray columnBlob(sqlite3_stmt* stmt, int column)
{
    const void* data = sqlite3_column_blob(stmt, column);
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(stmt, column));
}

} // namespace

LedgerStore::LedgerStore(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

LedgerStore::~LedgerStore()
{
    m_insertRecord.reset();
    m_insertOpening.reset();
    sqlite3_close_v2(m_db);
}

void LedgerStore::StatementDeleter::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

Error LedgerStore::sqlError(const QString& what) const
{
    return Error::io(
        what, LedgerStoreText::tr("the database %1 answered: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Status LedgerStore::exec(const char* sql) const
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(LedgerStoreText::tr("Could not update the ledger"));
    return success();
}

Result<sqlite3_stmt*> LedgerStore::prepare(const char* sql) const
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return sqlError(LedgerStoreText::tr("Could not read the ledger"));
    return stmt;
}

Result<std::unique_ptr<LedgerStore>> LedgerStore::create(const QString& path, const Meta& meta)
{
    if (QFileInfo::exists(path))
        return Error::invalid(LedgerStoreText::tr("Could not create the ledger"),
                              LedgerStoreText::tr("%1 already exists").arg(path),
                              LedgerStoreText::tr("Choose a new file name"));
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<LedgerStore> store(new LedgerStore(db, path));
    if (rc != SQLITE_OK)
        return store->sqlError(LedgerStoreText::tr("Could not create the ledger"));
    if (auto status = store->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; BEGIN IMMEDIATE;"); !status)
        return status.error();
    if (meta.formatVersion < 1 || meta.formatVersion > latestFormatVersion)
        return Error::invalid(LedgerStoreText::tr("Could not create the ledger"),
                              LedgerStoreText::tr("there is no ledger format version %1").arg(meta.formatVersion));
    if (auto status = store->exec(schema); !status)
        return status.error();
    if (auto status = store->exec(witnessSchema); !status)
        return status.error();
    if (meta.formatVersion >= 2)
        if (auto status = store->exec(openingsSchema); !status)
            return status.error();
    auto insert = store->prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    if (!insert)
        return insert.error();
    Statement statement{insert.value()};
    const QList<std::pair<const char*, QByteArray>> rows{
        {"origin", meta.origin.toUtf8()},
        {"public_key", meta.publicKey.toHex()},
        {"ledger_id", meta.ledgerId.toUtf8()},
        {"key_storage", meta.keyStorage.toUtf8()},
        {"format_version", QByteArray::number(meta.formatVersion)},
    };
    for (const auto& [key, value] : rows) {
        sqlite3_reset(statement.stmt);
        sqlite3_bind_text(statement.stmt, 1, key, -1, SQLITE_STATIC);
        bindBlob(statement.stmt, 2, value);
        if (sqlite3_step(statement.stmt) != SQLITE_DONE)
            return store->sqlError(LedgerStoreText::tr("Could not create the ledger"));
    }
    if (auto status = store->exec("COMMIT"); !status)
        return status.error();
    store->m_meta = meta;
    store->m_witnessTables = true;
    qCInfo(lcLedger).noquote() << "created ledger" << path << "origin" << meta.origin;
    return store;
}

Result<std::unique_ptr<LedgerStore>> LedgerStore::open(const QString& path)
{
    auto store = openWith(path, path.toUtf8(), SQLITE_OPEN_READWRITE);
    if (!store)
        return store;
    if (auto status = (*store)->exec("PRAGMA synchronous=FULL;"); !status)
        return status.error();
    if (auto status = (*store)->loadMeta(); !status)
        return status.error();
    if (auto status = (*store)->addWitnessTables(); !status)
        return status.error();
    return store;
}

Status LedgerStore::addWitnessTables()
{
    if (m_witnessTables)
        return success();
    if (auto status = exec(witnessSchema); !status)
        return status;
    m_witnessTables = true;
    return success();
}

Result<std::unique_ptr<LedgerStore>> LedgerStore::openReadOnly(const QString& path)
{
    auto store = openWith(path, path.toUtf8(), SQLITE_OPEN_READONLY);
    if (!store)
        return store;
    if (auto status = (*store)->loadMeta(); status)
        return store;
    // A reader of a WAL database needs its -shm file, and creates it if missing: impossible in a read-only
    // directory. Without a log there is nothing to share and the file can be read as immutable; with one,
    // reading it without the log would show an older ledger, so that is an error.
    const QFileInfo log(path + QStringLiteral("-wal"));
    if (log.exists() && log.size() > 0)
        return Error::io(LedgerStoreText::tr("Could not open the ledger"),
                         LedgerStoreText::tr("%1 has a write-ahead log that cannot be read from here (%2)")
                             .arg(path, QString::fromUtf8(sqlite3_errmsg((*store)->m_db))),
                         LedgerStoreText::tr("Copy the ledger with its -wal and -shm files to a writable directory"));
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
    store = openWith(path, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    if (!store)
        return store;
    if (auto status = (*store)->loadMeta(); !status)
        return status.error();
    return store;
}

Result<std::unique_ptr<LedgerStore>> LedgerStore::openWith(const QString& path, const QByteArray& name, int flags)
{
    if (!QFileInfo(path).isFile())
        return Error::io(LedgerStoreText::tr("Could not open the ledger"),
                         LedgerStoreText::tr("%1 does not exist").arg(path),
                         LedgerStoreText::tr("Create it with `custos-ledger init`"));
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    std::unique_ptr<LedgerStore> store(new LedgerStore(db, path));
    if (rc != SQLITE_OK)
        return store->sqlError(LedgerStoreText::tr("Could not open the ledger"));
    sqlite3_busy_timeout(db, 5000);
    return store;
}

Status LedgerStore::loadMeta()
{
    auto select = prepare("SELECT key, value FROM meta");
    if (!select)
        return Error::invalid(LedgerStoreText::tr("Could not open the ledger"),
                              LedgerStoreText::tr("%1 is not a ledger database").arg(m_path));
    Statement statement{select.value()};
    QHash<QString, QByteArray> values;
    while (sqlite3_step(statement.stmt) == SQLITE_ROW)
        values.insert(QString::fromUtf8(columnBlob(statement.stmt, 0)), columnBlob(statement.stmt, 1));
    m_meta.origin = QString::fromUtf8(values.value(QStringLiteral("origin")));
    m_meta.publicKey = QByteArray::fromHex(values.value(QStringLiteral("public_key")));
    m_meta.ledgerId = QString::fromUtf8(values.value(QStringLiteral("ledger_id")));
    m_meta.keyStorage = QString::fromUtf8(values.value(QStringLiteral("key_storage")));
    m_meta.formatVersion = values.value(QStringLiteral("format_version")).toInt();
    if (auto tables = prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cosignatures'")) {
        Statement found{tables.value()};
        m_witnessTables = sqlite3_step(found.stmt) == SQLITE_ROW;
    }
    if (m_meta.formatVersion < 1 || m_meta.formatVersion > latestFormatVersion || m_meta.origin.isEmpty() ||
        m_meta.publicKey.size() != 32)
        return Error::invalid(
            LedgerStoreText::tr("Could not open the ledger"),
            LedgerStoreText::tr("%1 is not a ledger of format version 1 to %2").arg(m_path).arg(latestFormatVersion));
    return success();
}

Result<qint64> LedgerStore::recordCount() const
{
    auto select = prepare("SELECT count(*) FROM records");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    if (sqlite3_step(statement.stmt) != SQLITE_ROW)
        return sqlError(LedgerStoreText::tr("Could not count the ledger records"));
    return static_cast<qint64>(sqlite3_column_int64(statement.stmt, 0));
}

Result<MerkleTree> LedgerStore::storedTree() const
{
    auto select = prepare("SELECT leaf_hash FROM records ORDER BY seq");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    std::vector<QByteArray> leaves;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.stmt)) == SQLITE_ROW)
        leaves.push_back(columnBlob(statement.stmt, 0));
    if (rc != SQLITE_DONE)
        return sqlError(LedgerStoreText::tr("Could not read the ledger's hashes"));
    return MerkleTree(std::move(leaves));
}

Error LedgerStore::refusal(qint64 seq, const QString& problem) const
{
    return Error::integrity(
        LedgerStoreText::tr("Custos will not extend the ledger %1: it is not what Custos wrote").arg(m_path),
        seq >= 0 ? LedgerStoreText::tr("the first bad record is record %1: %2").arg(seq).arg(problem) : problem,
        LedgerStoreText::tr("Keep the file as evidence and report it; run `custos-ledger verify` on a copy "
                            "with the key to see the damage; move the file aside so that a new ledger is "
                            "started"));
}

Status LedgerStore::checkBeforeAppend(QByteArrayView hmacKey, QByteArrayView signingKey)
{
    if (m_tailLoaded)
        return success();
    if (signingKey != m_meta.publicKey)
        return refusal(-1, LedgerStoreText::tr("the keys do not belong to it (its public key differs)"));

    // The latest checkpoint, checked against the ledger's own key (the one just shown to match the signer).
    std::optional<Checkpoint> checkpoint;
    auto latest = latestCheckpoint();
    if (!latest)
        return latest.error();
    if (latest.value()) {
        auto note = SignedNote::parse(latest.value()->note);
        if (!note || note->verify(NoteVerifier(m_meta.origin, m_meta.publicKey)) != SignedNote::Verification::Valid)
            return refusal(-1, LedgerStoreText::tr("its latest checkpoint is not signed with its key"));
        auto parsed = Checkpoint::parse(note->text());
        if (!parsed || parsed->origin() != m_meta.origin)
            return refusal(-1, LedgerStoreText::tr("its latest checkpoint names another ledger"));
        checkpoint = std::move(parsed).value();
    }
    const qint64 covered = checkpoint ? checkpoint->size() : 0;

    // The tree of the stored leaf hashes: its root at the checkpoint's size must be the signed one. Only the
    // hashes are read, so this stays cheap on a large ledger.
    auto select = prepare("SELECT seq, leaf_hash FROM records ORDER BY seq");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    MerkleFrontier tree;
    QByteArray rootAtCheckpoint = covered == 0 ? tree.root() : QByteArray();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.stmt)) == SQLITE_ROW) {
        const QByteArrayView leaf(static_cast<const char*>(sqlite3_column_blob(statement.stmt, 1)),
                                  sqlite3_column_bytes(statement.stmt, 1));
        if (sqlite3_column_int64(statement.stmt, 0) != tree.size())
            return refusal(tree.size(), LedgerStoreText::tr("it is missing or out of place"));
        if (leaf.size() != Sha256::size)
            return refusal(tree.size(), LedgerStoreText::tr("its stored hash is damaged"));
        tree.append(leaf);
        if (tree.size() == covered)
            rootAtCheckpoint = tree.root();
    }
    if (rc != SQLITE_DONE)
        return sqlError(LedgerStoreText::tr("Could not read the ledger's hashes"));
    if (tree.size() < covered)
        return refusal(tree.size(), LedgerStoreText::tr("the signed checkpoint covers %1 records, only %2 are left")
                                        .arg(covered)
                                        .arg(tree.size()));
    if (checkpoint && rootAtCheckpoint != checkpoint->rootHash()) {
        // Rare, so it may cost a full pass: the first record whose HMAC gives the change away.
        qint64 changed = -1;
        const Status scanned = scanRecords([&](const RecordView& record) {
            if (Hmac::equal(record.hmac, Hmac::sha256(hmacKey, record.bytes)))
                return true;
            changed = record.seq;
            return false;
        });
        if (!scanned)
            return scanned;
        return refusal(changed, LedgerStoreText::tr("the records its latest checkpoint covers (%1) do not hash to the "
                                                    "signed root")
                                    .arg(covered));
    }

    // The records after the checkpoint: each chains on from the one before and carries a valid HMAC.
    auto tail = records(std::max<qint64>(covered - 1, 0), tree.size());
    if (!tail)
        return tail.error();
    QByteArray lastHash;
    for (const StoredRecord& stored : std::as_const(tail.value())) {
        if (stored.seq < covered) {
            lastHash = Sha256::hash(stored.bytes);
            continue;
        }
        auto record = LedgerRecord::fromBytes(stored.bytes);
        const QString expectedPrev =
            lastHash.isEmpty() ? LedgerRecord::genesisPrev() : QString::fromLatin1(lastHash.toHex());
        if (!record || record->seq != stored.seq)
            return refusal(stored.seq, LedgerStoreText::tr("it is not a valid record"));
        if (stored.leafHash != MerkleTree::leafHashOf(stored.bytes))
            return refusal(stored.seq, LedgerStoreText::tr("it does not match its stored hash"));
        if (record->prev != expectedPrev)
            return refusal(stored.seq, LedgerStoreText::tr("it does not chain on from the record before it"));
        if (!Hmac::equal(stored.hmac, Hmac::sha256(hmacKey, stored.bytes)))
            return refusal(stored.seq, LedgerStoreText::tr("its HMAC is wrong"));
        lastHash = Sha256::hash(stored.bytes);
    }
    if (!checkpoint && tree.size() > 0)
        return refusal(0, LedgerStoreText::tr("no signed checkpoint covers these records"));
    m_lastRecordHash = lastHash;
    m_tree = std::move(tree);
    m_tailLoaded = true;
    return success();
}

Result<LedgerStore::AppendOutcome> LedgerStore::append(const QList<QJsonObject>& entries, QByteArrayView hmacKey,
                                                       const Ed25519Key* signer, const QDateTime& now)
{
    auto records = prepareEntries(entries);
    if (!records)
        return records.error();
    return appendWith(records.value(), hmacKey, signer, now, {});
}

Result<std::vector<PreparedRecord>> LedgerStore::prepareEntries(const QList<QJsonObject>& entries) const
{
    // Validate everything first so one bad line leaves the ledger untouched.
    std::vector<PreparedRecord> records;
    records.reserve(static_cast<size_t>(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto record = LedgerRecord::fromEntry(entries.at(i));
        auto prepared = record ? PreparedRecord::forLedger(std::move(record).value(), m_meta.formatVersion)
                               : Result<PreparedRecord>(record.error());
        if (!prepared) {
            Error error = prepared.error();
            error.what = LedgerStoreText::tr("Entry %1 of the batch is not a valid ledger event").arg(i + 1);
            return error;
        }
        records.push_back(std::move(prepared).value());
    }
    return records;
}

Result<LedgerStore::AppendOutcome> LedgerStore::append(std::span<const PreparedRecord> records, QByteArrayView hmacKey,
                                                       const Ed25519Key* signer, const QDateTime& now)
{
    return appendWith(records, hmacKey, signer, now, {});
}

Result<LedgerStore::AppendOutcome> LedgerStore::appendWith(std::span<const PreparedRecord> records,
                                                           QByteArrayView hmacKey, const Ed25519Key* signer,
                                                           const QDateTime& now,
                                                           const std::function<Status()>& inTransaction)
{
    if (auto status = checkBeforeAppend(hmacKey, signer ? signer->publicKey() : m_meta.publicKey); !status)
        return status.error();
    // Personal data in clear must never reach a format 2 ledger, nor commitments without openings a format 1 one.
    for (const PreparedRecord& record : records)
        if (record.formatVersion() != m_meta.formatVersion)
            return Error::invalid(
                LedgerStoreText::tr("Could not append to the ledger"),
                LedgerStoreText::tr("a record was prepared for ledger format %1, this ledger has format %2")
                    .arg(record.formatVersion())
                    .arg(m_meta.formatVersion));
    if (m_meta.formatVersion >= 2 && !m_insertOpening) {
        auto prepared = prepare("INSERT INTO openings (seq, path, salt, value) VALUES (?, ?, ?, ?)");
        if (!prepared)
            return prepared.error();
        m_insertOpening.reset(prepared.value());
    }
    if (!m_insertRecord) {
        // An event whose source and source_id are already recorded (earlier, or earlier in this batch) is
        // skipped by the unique index itself: no look-up per record.
        auto prepared = prepare("INSERT INTO records (seq, bytes, leaf_hash, hmac, source, source_id) "
                                "VALUES (?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (source, source_id) WHERE source_id <> '' DO NOTHING");
        if (!prepared)
            return prepared.error();
        m_insertRecord.reset(prepared.value());
    }
    auto begin = exec("BEGIN IMMEDIATE");
    if (!begin)
        return begin.error();
    const MerkleFrontier treeBefore = m_tree;
    const QByteArray lastHashBefore = m_lastRecordHash;
    auto rollback = [&](Error error) -> Result<AppendOutcome> {
        static_cast<void>(exec("ROLLBACK"));
        m_tree = treeBefore;
        m_lastRecordHash = lastHashBefore;
        return error;
    };
    sqlite3_stmt* const insert = m_insertRecord.get();
    sqlite3_stmt* const insertOpening = m_insertOpening.get();
    if (inTransaction)
        if (auto status = inTransaction(); !status)
            return rollback(status.error());

    AppendOutcome outcome;
    outcome.seqs.reserve(static_cast<qsizetype>(records.size()));
    const QByteArray stampJson = '"' + LedgerRecord::formatTime(now).toLatin1() + '"';
    static const char hexDigits[] = "0123456789abcdef";
    // prev as a canonical JSON string: the previous record's hash in lowercase hex, zeros before the first.
    QByteArray prevJson(66, '0');
    prevJson[0] = '"';
    prevJson[65] = '"';
    auto setPrev = [&prevJson](QByteArrayView hash) {
        for (qsizetype i = 0; i < hash.size(); ++i) {
            prevJson[1 + 2 * i] = hexDigits[static_cast<unsigned char>(hash[i]) >> 4];
            prevJson[2 + 2 * i] = hexDigits[static_cast<unsigned char>(hash[i]) & 0xf];
        }
    };
    if (!m_lastRecordHash.isEmpty())
        setPrev(m_lastRecordHash);
    HmacSha256 mac(hmacKey);
    Sha256 chain;
    Sha256 leaf;
    static const char leafPrefix = 0x00;
    QByteArray bytes;
    bytes.reserve(1024);
    for (const PreparedRecord& record : records) {
        const qint64 seq = m_tree.size();
        bytes.clear();
        record.appendBytes(bytes, seq, prevJson, stampJson);
        leaf.addData(QByteArrayView(&leafPrefix, 1));
        leaf.addData(bytes);
        const Sha256::Digest leafHash = leaf.digest();
        const Sha256::Digest hmac = mac.mac(bytes);
        // The bound buffers outlive the step, so SQLite need not copy them.
        sqlite3_bind_int64(insert, 1, seq);
        bindBlob(insert, 2, bytes);
        sqlite3_bind_blob(insert, 3, leafHash.data(), static_cast<int>(leafHash.size()), SQLITE_STATIC);
        sqlite3_bind_blob(insert, 4, hmac.data(), static_cast<int>(hmac.size()), SQLITE_STATIC);
        const QByteArrayView source = record.source();
        const QByteArrayView sourceId = record.sourceId();
        sqlite3_bind_text(insert, 5, source.data(), static_cast<int>(source.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, sourceId.data(), static_cast<int>(sourceId.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(insert);
        sqlite3_reset(insert);
        if (rc != SQLITE_DONE)
            return rollback(sqlError(LedgerStoreText::tr("Could not append to the ledger")));
        if (sqlite3_changes(m_db) == 0) {
            ++outcome.duplicates;
            outcome.seqs.append(-1);
            continue;
        }
        for (const RecordOpening& opening : record.openings()) {
            const QByteArray path = opening.path.toUtf8();
            sqlite3_reset(insertOpening);
            sqlite3_bind_int64(insertOpening, 1, seq);
            bindText(insertOpening, 2, path);
            bindBlob(insertOpening, 3, opening.salt);
            bindBlob(insertOpening, 4, opening.value);
            const int stored = sqlite3_step(insertOpening);
            sqlite3_reset(insertOpening);
            if (stored != SQLITE_DONE)
                return rollback(sqlError(LedgerStoreText::tr("Could not append to the ledger")));
        }
        m_tree.append(leafHash);
        chain.addData(bytes);
        const Sha256::Digest hash = chain.digest();
        m_lastRecordHash = QByteArray(reinterpret_cast<const char*>(hash.data()), static_cast<qsizetype>(hash.size()));
        setPrev(m_lastRecordHash);
        ++outcome.appended;
        outcome.seqs.append(seq);
    }
    if (signer) {
        const Checkpoint checkpoint(m_meta.origin, m_tree.size(), m_tree.root());
        auto note = SignedNote::sign(checkpoint.toText(), m_meta.origin, *signer);
        if (!note)
            return rollback(note.error());
        auto checkpointPrepared = prepare("INSERT INTO checkpoints (size, note) VALUES (?, ?)");
        if (!checkpointPrepared)
            return rollback(checkpointPrepared.error());
        Statement insertCheckpoint{checkpointPrepared.value()};
        sqlite3_bind_int64(insertCheckpoint.stmt, 1, m_tree.size());
        bindBlob(insertCheckpoint.stmt, 2, note.value());
        if (sqlite3_step(insertCheckpoint.stmt) != SQLITE_DONE)
            return rollback(sqlError(LedgerStoreText::tr("Could not store the checkpoint")));
    }
    if (auto status = exec("COMMIT"); !status)
        return rollback(status.error());
    qCDebug(lcLedger) << "appended" << outcome.appended << "records, skipped" << outcome.duplicates
                      << "duplicates, size" << m_tree.size();
    return outcome;
}

Result<QList<LedgerStore::StoredRecord>> LedgerStore::records(qint64 from, qint64 to) const
{
    auto select = prepare("SELECT seq, bytes, leaf_hash, hmac FROM records WHERE seq >= ? AND seq < ? ORDER BY seq");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    sqlite3_bind_int64(statement.stmt, 1, from);
    sqlite3_bind_int64(statement.stmt, 2, to);
    QList<StoredRecord> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.stmt)) == SQLITE_ROW)
        out.append(StoredRecord{sqlite3_column_int64(statement.stmt, 0), columnBlob(statement.stmt, 1),
                                columnBlob(statement.stmt, 2), columnBlob(statement.stmt, 3)});
    if (rc != SQLITE_DONE)
        return sqlError(LedgerStoreText::tr("Could not read the ledger records"));
    return out;
}

Status LedgerStore::scanRecords(const std::function<bool(const RecordView&)>& visit) const
{
    auto select = prepare("SELECT seq, bytes, leaf_hash, hmac FROM records ORDER BY seq");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    auto blob = [&statement](int column) {
        return QByteArrayView(static_cast<const char*>(sqlite3_column_blob(statement.stmt, column)),
                              sqlite3_column_bytes(statement.stmt, column));
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.stmt)) == SQLITE_ROW)
        if (!visit(RecordView{sqlite3_column_int64(statement.stmt, 0), blob(1), blob(2), blob(3)}))
            return success();
    if (rc != SQLITE_DONE)
        return sqlError(LedgerStoreText::tr("Could not read the ledger records"));
    return success();
}

Result<QList<LedgerStore::StoredCheckpoint>> LedgerStore::checkpoints() const
{
    // Cosignature lines follow the ledger's own signature line, in a stable order (by witness key).
    auto select = prepare(m_witnessTables ? "SELECT id, size, note, (SELECT group_concat(line, '') FROM (SELECT line "
                                            "FROM cosignatures WHERE checkpoint_id = checkpoints.id ORDER BY "
                                            "witness_key)) FROM checkpoints ORDER BY id"
                                          : "SELECT id, size, note, NULL FROM checkpoints ORDER BY id");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    QList<StoredCheckpoint> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.stmt)) == SQLITE_ROW) {
        const QByteArray note = columnBlob(statement.stmt, 2);
        out.append(StoredCheckpoint{sqlite3_column_int64(statement.stmt, 0), sqlite3_column_int64(statement.stmt, 1),
                                    note + columnBlob(statement.stmt, 3), note});
    }
    if (rc != SQLITE_DONE)
        return sqlError(LedgerStoreText::tr("Could not read the ledger checkpoints"));
    return out;
}

Status LedgerStore::addWitness(const Witness& witness)
{
    auto insert = prepare("INSERT INTO witnesses (key, url) VALUES (?, ?)");
    if (!insert)
        return insert.error();
    Statement statement{insert.value()};
    const QByteArray key = witness.key.toUtf8();
    const QByteArray url = witness.url.toUtf8();
    bindText(statement.stmt, 1, key);
    bindText(statement.stmt, 2, url);
    if (sqlite3_step(statement.stmt) != SQLITE_DONE) {
        if (sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_PRIMARYKEY)
            return Error::invalid(LedgerStoreText::tr("Could not add the witness"),
                                  LedgerStoreText::tr("the ledger already has a witness with this key"));
        return sqlError(LedgerStoreText::tr("Could not add the witness"));
    }
    return success();
}

Result<QList<LedgerStore::Witness>> LedgerStore::witnesses() const
{
    QList<Witness> out;
    if (!m_witnessTables)
        return out;
    auto select = prepare("SELECT key, url FROM witnesses ORDER BY rowid");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.stmt)) == SQLITE_ROW)
        out.append(Witness{QString::fromUtf8(columnBlob(statement.stmt, 1)),
                           QString::fromUtf8(columnBlob(statement.stmt, 0))});
    if (rc != SQLITE_DONE)
        return sqlError(LedgerStoreText::tr("Could not read the ledger's witnesses"));
    return out;
}

Status LedgerStore::addCosignature(qint64 checkpointId, const QString& witnessKey, const QByteArray& line, quint64 time)
{
    auto insert = prepare("INSERT OR IGNORE INTO cosignatures (checkpoint_id, witness_key, line, time) "
                          "VALUES (?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    Statement statement{insert.value()};
    const QByteArray key = witnessKey.toUtf8();
    sqlite3_bind_int64(statement.stmt, 1, checkpointId);
    bindText(statement.stmt, 2, key);
    bindBlob(statement.stmt, 3, line);
    sqlite3_bind_int64(statement.stmt, 4, static_cast<sqlite3_int64>(time));
    if (sqlite3_step(statement.stmt) != SQLITE_DONE)
        return sqlError(LedgerStoreText::tr("Could not store the witness's cosignature"));
    return success();
}

Result<qint64> LedgerStore::lastCosignedSize(const QString& witnessKey) const
{
    if (!m_witnessTables)
        return qint64(0);
    auto select = prepare("SELECT coalesce(max(checkpoints.size), 0) FROM cosignatures JOIN checkpoints ON "
                          "checkpoints.id = cosignatures.checkpoint_id WHERE cosignatures.witness_key = ?");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    const QByteArray key = witnessKey.toUtf8();
    bindText(statement.stmt, 1, key);
    if (sqlite3_step(statement.stmt) != SQLITE_ROW)
        return sqlError(LedgerStoreText::tr("Could not read the ledger's cosignatures"));
    return static_cast<qint64>(sqlite3_column_int64(statement.stmt, 0));
}

Result<bool> LedgerStore::isCosigned(qint64 checkpointId, const QString& witnessKey) const
{
    if (!m_witnessTables)
        return false;
    auto select = prepare("SELECT 1 FROM cosignatures WHERE checkpoint_id = ? AND witness_key = ?");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    const QByteArray key = witnessKey.toUtf8();
    sqlite3_bind_int64(statement.stmt, 1, checkpointId);
    bindText(statement.stmt, 2, key);
    return sqlite3_step(statement.stmt) == SQLITE_ROW;
}

Result<std::optional<LedgerStore::StoredCheckpoint>> LedgerStore::latestCheckpoint() const
{
    auto all = checkpoints();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<StoredCheckpoint>();
    return std::optional<StoredCheckpoint>(all->last());
}

Result<QList<RecordOpening>> LedgerStore::openings(qint64 from, qint64 to) const
{
    QList<RecordOpening> out;
    if (m_meta.formatVersion < 2)
        return out;
    auto select = prepare("SELECT seq, path, salt, value FROM openings WHERE seq >= ? AND seq < ? ORDER BY seq, path");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    sqlite3_bind_int64(statement.stmt, 1, from);
    sqlite3_bind_int64(statement.stmt, 2, to);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.stmt)) == SQLITE_ROW)
        out.append(RecordOpening{sqlite3_column_int64(statement.stmt, 0),
                                 QString::fromUtf8(columnBlob(statement.stmt, 1)), columnBlob(statement.stmt, 2),
                                 columnBlob(statement.stmt, 3), false});
    if (rc != SQLITE_DONE)
        return sqlError(LedgerStoreText::tr("Could not read the ledger's personal data"));
    return out;
}

Status
LedgerStore::scanOpenedRecords(const std::function<bool(const RecordView&, const QList<RecordOpening>&)>& visit) const
{
    if (m_meta.formatVersion < 2)
        return scanRecords([&visit](const RecordView& record) { return visit(record, {}); });
    // The two tables walked side by side in seq order: one query each, whatever the ledger's size.
    auto select = prepare("SELECT seq, path, salt, value FROM openings ORDER BY seq, path");
    if (!select)
        return select.error();
    Statement statement{select.value()};
    int rc = sqlite3_step(statement.stmt);
    QList<RecordOpening> openings;
    std::optional<Error> failure;
    const Status scanned = scanRecords([&](const RecordView& record) {
        openings.clear();
        while (rc == SQLITE_ROW && sqlite3_column_int64(statement.stmt, 0) <= record.seq) {
            if (sqlite3_column_int64(statement.stmt, 0) == record.seq)
                openings.append(RecordOpening{record.seq, QString::fromUtf8(columnBlob(statement.stmt, 1)),
                                              columnBlob(statement.stmt, 2), columnBlob(statement.stmt, 3), false});
            rc = sqlite3_step(statement.stmt);
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            failure = sqlError(LedgerStoreText::tr("Could not read the ledger's personal data"));
            return false;
        }
        return visit(record, openings);
    });
    if (failure)
        return *failure;
    return scanned;
}

Result<QList<LedgerRecord>> LedgerStore::openedRecords(qint64 from, qint64 to) const
{
    auto stored = records(from, to);
    if (!stored)
        return stored.error();
    auto opened = openings(from, to);
    if (!opened)
        return opened.error();
    QList<LedgerRecord> out;
    qsizetype next = 0;
    for (const StoredRecord& record : std::as_const(stored.value())) {
        auto parsed = LedgerRecord::fromBytes(record.bytes);
        if (!parsed)
            return Error::integrity(LedgerStoreText::tr("Could not read the ledger records"),
                                    LedgerStoreText::tr("record %1 is damaged").arg(record.seq),
                                    LedgerStoreText::tr("Run custos-ledger verify"));
        QList<RecordOpening> own;
        while (next < opened->size() && opened->at(next).seq <= record.seq) {
            if (opened->at(next).seq == record.seq)
                own.append(opened->at(next));
            ++next;
        }
        out.append(PersonalData::opened(std::move(parsed).value(), own, PersonalData::Unopened::Erased));
    }
    return out;
}

namespace {

// Who an erasure is about: their Keycloak ids, usernames and e-mail addresses as the ledger knows them.
struct Subject
{
    QSet<QString> ids;
    QSet<QString> names;
    QString keycloakId; // the id a record gave them, when one did

    [[nodiscard]] bool isActor(const LedgerRecord& opened) const
    {
        return (!opened.actorId.isEmpty() && ids.contains(opened.actorId)) || names.contains(opened.actorUsername);
    }
    [[nodiscard]] bool isTarget(const LedgerRecord& opened) const
    {
        return (!opened.targetId.isEmpty() && ids.contains(opened.targetId)) ||
               (opened.targetType == u"user" && names.contains(opened.targetName));
    }
    // Whether an opened value mentions the subject: one of their identifiers as a whole word.
    [[nodiscard]] bool isMentionedIn(const QByteArray& canonicalValue) const
    {
        const QString text = QString::fromUtf8(canonicalValue);
        for (const QSet<QString>* set : {&ids, &names})
            for (const QString& identifier : *set) {
                if (identifier.isEmpty())
                    continue;
                const QRegularExpression word(
                    QStringLiteral("(?<![\\w.-])%1(?![\\w-])").arg(QRegularExpression::escape(identifier)));
                if (word.match(text).hasMatch())
                    return true;
            }
        return false;
    }
};

} // namespace

Result<LedgerStore::ErasurePlan> LedgerStore::planErasure(const QString& subject) const
{
    // Two passes over the opened records: first who the subject is (the id behind a username, the usernames
    // behind an id, their e-mail addresses), then which openings concern them.
    Subject who;
    who.ids.insert(subject);
    who.names.insert(subject);
    std::optional<Error> failure;
    const auto eachOpened = [&](const std::function<void(const LedgerRecord&, const QList<RecordOpening>&)>& use) {
        return scanOpenedRecords([&](const RecordView& stored, const QList<RecordOpening>& openings) {
            auto parsed = LedgerRecord::fromBytes(stored.bytes);
            if (!parsed) {
                failure = refusal(stored.seq, LedgerStoreText::tr("it is not a valid record"));
                return false;
            }
            use(PersonalData::opened(parsed.value(), openings), openings);
            return true;
        });
    };
    static const QRegularExpression email(QStringLiteral("[^\\s\"@,;<>]+@[^\\s\"@,;<>]+\\.[A-Za-z]{2,}"));
    const auto identify = [&](const LedgerRecord& opened, const QList<RecordOpening>& openings) {
        const bool actor = who.isActor(opened);
        const bool target = who.isTarget(opened);
        if (actor && who.keycloakId.isEmpty())
            who.keycloakId = opened.actorId;
        if (target && who.keycloakId.isEmpty())
            who.keycloakId = opened.targetId;
        if (actor) {
            who.ids.insert(opened.actorId);
            who.names.insert(opened.actorUsername);
        }
        if (target) {
            who.ids.insert(opened.targetId);
            if (opened.targetType == u"user")
                who.names.insert(opened.targetName);
        }
        if (actor || target)
            for (const RecordOpening& opening : openings)
                for (auto it = email.globalMatch(QString::fromUtf8(opening.value)); it.hasNext();)
                    if (const QString address = it.next().captured(); who.isMentionedIn(address.toUtf8()))
                        who.names.insert(address);
    };
    // Twice: an id learnt late in the first pass makes earlier records about them known in the second.
    for (int pass = 0; pass < 2; ++pass) {
        const Status identified = eachOpened(identify);
        if (failure)
            return *failure;
        if (!identified)
            return identified.error();
    }
    who.ids.remove(QString());
    who.names.remove(QString());

    ErasurePlan plan;
    plan.keycloakId = who.keycloakId;
    QList<std::pair<qint64, QString>>& doomed = plan.doomed;
    const Status chosen = eachOpened([&](const LedgerRecord& opened, const QList<RecordOpening>& openings) {
        const bool actor = who.isActor(opened);
        const bool target = who.isTarget(opened);
        for (const RecordOpening& opening : openings) {
            // In a record about them, all of it but the other party's name; elsewhere, what mentions them.
            const bool otherParty =
                (opening.path == u"actor.username" && !actor) || (opening.path == u"target.name" && !target);
            if (((actor || target) && !otherParty) || who.isMentionedIn(opening.value))
                doomed.append({opening.seq, opening.path});
        }
    });
    if (failure)
        return *failure;
    if (!chosen)
        return chosen.error();
    return plan;
}

Result<LedgerStore::ErasurePreview> LedgerStore::previewErasure(const QString& subject) const
{
    if (m_meta.formatVersion < 2 || subject.trimmed().isEmpty())
        return ErasurePreview{};
    auto plan = planErasure(subject);
    if (!plan)
        return plan.error();
    QSet<qint64> records;
    for (const auto& [seq, path] : std::as_const(plan->doomed))
        records.insert(seq);
    return ErasurePreview{plan->doomed.size(), records.size(), plan->keycloakId};
}

Result<LedgerStore::Erasure> LedgerStore::erase(const QString& subject, const QString& reason, const QString& actorId,
                                                const QString& actorUsername, QByteArrayView hmacKey,
                                                const Ed25519Key& signer, const QDateTime& now,
                                                const ErasureAction& action)
{
    if (m_meta.formatVersion < 2)
        return Error::invalid(
            LedgerStoreText::tr("Could not erase personal data from %1").arg(m_path),
            LedgerStoreText::tr("it is a format %1 ledger: its records hold personal data in clear and "
                                "cannot change")
                .arg(m_meta.formatVersion),
            LedgerStoreText::tr("Only ledgers of format 2 or later can erase a person's data"));
    if (subject.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return Error::invalid(LedgerStoreText::tr("Could not erase personal data from %1").arg(m_path),
                              LedgerStoreText::tr("the subject and the reason are both required"));
    if (auto status = checkBeforeAppend(hmacKey, signer.publicKey()); !status)
        return status.error();

    auto plan = planErasure(subject);
    if (!plan)
        return plan.error();
    const QList<std::pair<qint64, QString>>& doomed = plan->doomed;
    if (auto status = exec("PRAGMA secure_delete=ON"); !status)
        return status.error();
    // The outcome of the window's action under its correlation id; from the command line, a record of its own.
    const QString sourceId =
        action.correlationId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : action.correlationId;
    QJsonObject details{
        {QStringLiteral("subject"), PersonalData::commitmentOf(randomBytes(PersonalData::saltSize),
                                                               Jcs::canonicalize(QJsonValue(subject)).value())},
        {QStringLiteral("fields_erased"), doomed.size()},
        {QStringLiteral("reason"), reason}};
    if (!action.correlationId.isEmpty())
        details.insert(QStringLiteral("correlation_id"), action.correlationId);
    if (action.intentSeq >= 0)
        details.insert(QStringLiteral("intent_seq"), action.intentSeq);
    const QJsonObject entry{
        {QStringLiteral("source"), QStringLiteral("local")},
        {QStringLiteral("source_id"), sourceId},
        {QStringLiteral("action"), QStringLiteral("PERSONAL_DATA_ERASED")},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("id"), actorId}, {QStringLiteral("username"), actorUsername}}},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), QStringLiteral("user")},
                                               {QStringLiteral("id"), plan->keycloakId},
                                               {QStringLiteral("name"), QString()}}},
        // The subject's commitment keeps no opening: the record says that someone's data were erased, not whose.
        {QStringLiteral("details"), details},
    };
    auto deleteStatement = prepare("DELETE FROM openings WHERE seq = ? AND path = ?");
    if (!deleteStatement)
        return deleteStatement.error();
    Statement remove{deleteStatement.value()};
    auto prepared = prepareEntries({entry});
    if (!prepared)
        return prepared.error();
    auto appended = appendWith(prepared.value(), hmacKey, &signer, now, [&]() -> Status {
        for (const auto& [seq, path] : std::as_const(doomed)) {
            const QByteArray utf8 = path.toUtf8();
            sqlite3_reset(remove.stmt);
            sqlite3_bind_int64(remove.stmt, 1, seq);
            bindText(remove.stmt, 2, utf8);
            if (sqlite3_step(remove.stmt) != SQLITE_DONE)
                return sqlError(LedgerStoreText::tr("Could not erase personal data"));
        }
        sqlite3_reset(remove.stmt);
        return success();
    });
    if (!appended)
        return appended.error();
    // The deleted rows were overwritten in the pages that held them; emptying the log and rebuilding the file
    // leaves no older copy of those pages on the disk.
    Erasure erasure{doomed.size(), appended->seqs.value(0), {}};
    // The erasure is committed and recorded by now: a rebuild that fails (a full disk) does not undo it, and is said.
    if (auto status = exec("PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);"); !status) {
        erasure.notRebuilt = status.error().why;
        qCWarning(lcLedger) << "erased, but the file was not rebuilt:" << erasure.notRebuilt;
    }
    qCInfo(lcLedger) << "erased" << doomed.size() << "personal fields, recorded at seq" << appended->seqs.value(0);
    return erasure;
}

} // namespace custos
