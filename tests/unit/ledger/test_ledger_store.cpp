// LedgerStore, LedgerKeys, LedgerExport and LedgerVerifier used directly (the CLI has its own test).
#include "core/crypto/Hmac.h"
#include "core/crypto/Sha256.h"
#include "core/keychain/SecretStore.h"
#include "core/ledger/Checkpoint.h"
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/NoteVerifier.h"
#include "core/ledger/SignedNote.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <sqlite3.h>

using namespace custos;

namespace {

QJsonObject makeEvent(int i, const QString& sourceId = {})
{
    QJsonObject entry{{"action", i % 3 == 0 ? "user.delete" : "user.create"},
                      {"actor", QJsonObject{{"id", "u1"}, {"username", "alice"}}},
                      {"target", QJsonObject{{"type", "user"}, {"id", QStringLiteral("t%1").arg(i)}}},
                      {"tenant", i % 2 ? "acme" : "globex"},
                      {"details", QJsonObject{{"i", i}, {"note", "caf\u00e9 \"quoted\"\n"}}}};
    if (!sourceId.isEmpty()) {
        entry.insert("source", "keycloak-admin");
        entry.insert("source_id", sourceId);
    }
    return entry;
}

int execSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

} // namespace

class TestLedgerStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LedgerKeys m_keys;

    std::unique_ptr<LedgerStore> createStore(const QString& name)
    {
        LedgerStore::Meta meta{QStringLiteral("test.example/ledger"), m_keys.signingKey().publicKey(),
                               QStringLiteral("id-1"), QStringLiteral("key-file")};
        auto store = LedgerStore::create(m_dir.filePath(name), meta);
        if (!store)
            qFatal("%s", qPrintable(store.error().userMessage()));
        return std::move(store).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto keys = LedgerKeys::generate();
        QVERIFY(keys.ok());
        m_keys = keys.value();
        QCOMPARE(m_keys.hmacKey().size(), 32);
    }

    void appendsAChainedSignedLedger()
    {
        auto store = createStore("a.db");
        const QDateTime now = QDateTime::fromString("2026-11-24T10:00:00.123Z", Qt::ISODateWithMs);
        QList<QJsonObject> entries;
        for (int i = 0; i < 10; ++i)
            entries.append(makeEvent(i));
        entries[2].insert("time", "2025-01-02T03:04:05.678Z");
        auto outcome = store->append(entries, m_keys.hmacKey(), &m_keys.signingKey(), now);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->appended, 10);

        auto records = store->records(0, 100);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 10);
        QByteArray previous;
        for (qsizetype i = 0; i < records->size(); ++i) {
            const auto& stored = records->at(i);
            auto record = LedgerRecord::fromBytes(stored.bytes);
            QVERIFY(record.ok());
            QCOMPARE(record->seq, i);
            QCOMPARE(record->time, i == 2 ? QString("2025-01-02T03:04:05.678Z") : QString("2026-11-24T10:00:00.123Z"));
            QCOMPARE(record->prev, i == 0 ? QString(64, u'0') : QString::fromLatin1(Sha256::hash(previous).toHex()));
            QCOMPARE(stored.leafHash, Sha256::hash(QByteArray(QByteArray(1, '\0') + stored.bytes)));
            QCOMPARE(stored.hmac, Hmac::sha256(m_keys.hmacKey(), stored.bytes));
            QVERIFY(!stored.bytes.contains('\n'));
            previous = stored.bytes;
        }
        auto latest = store->latestCheckpoint();
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE(latest.value()->size, 10);
        auto note = SignedNote::parse(latest.value()->note);
        QVERIFY(note.ok());
        const NoteVerifier verifier(QStringLiteral("test.example/ledger"), m_keys.signingKey().publicKey());
        QCOMPARE(note->verify(verifier), SignedNote::Verification::Valid);
        QCOMPARE(Checkpoint::parse(note->text())->rootHash(), store->storedTree()->root());

        const QString path = m_dir.filePath("a.db");
        store.reset();
        auto evidence = LedgerVerifier::loadDatabase(path);
        QVERIFY(evidence.ok());
        const auto report = LedgerVerifier::verify(evidence.value(), {verifier.toString(), {}, m_keys.hmacKey()});
        QVERIFY2(report.ok(), qPrintable(report.toText()));
        QCOMPARE(report.valid, 10);
        QVERIFY(report.hmacChecked);

        // Reopened, it continues the chain.
        auto reopened = LedgerStore::open(path);
        QVERIFY(reopened.ok());
        QVERIFY((*reopened)->append({makeEvent(10)}, m_keys.hmacKey(), &m_keys.signingKey(), now).ok());
        QCOMPARE((*reopened)->recordCount().value(), 11);
        QCOMPARE((*reopened)->checkpoints()->size(), 2);
        reopened.value().reset();
        const auto again =
            LedgerVerifier::verify(LedgerVerifier::loadDatabase(path).value(), {{}, {}, m_keys.hmacKey()});
        QVERIFY2(again.ok(), qPrintable(again.toText()));
    }

    void skipsDuplicateSourceIds()
    {
        auto store = createStore("dedup.db");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto first = store->append({makeEvent(0, "ev-1"), makeEvent(1, "ev-2"), makeEvent(2, "ev-1")}, m_keys.hmacKey(),
                                   nullptr, now);
        QVERIFY(first.ok());
        QCOMPARE(first->appended, 2);
        QCOMPARE(first->duplicates, 1);
        auto second =
            store->append({makeEvent(3, "ev-2"), makeEvent(4, "ev-3"), makeEvent(5)}, m_keys.hmacKey(), nullptr, now);
        QVERIFY(second.ok());
        QCOMPARE(second->appended, 2);
        QCOMPARE(second->duplicates, 1);
        QCOMPARE(store->recordCount().value(), 4);
    }

    void rejectsABadBatchWhole()
    {
        auto store = createStore("bad.db");
        QJsonObject noAction = makeEvent(1);
        noAction.remove("action");
        QJsonObject badSource = makeEvent(2);
        badSource.insert("source", "elsewhere");
        QJsonObject withSeq = makeEvent(3);
        withSeq.insert("seq", 5);
        QJsonObject unknown = makeEvent(4);
        unknown.insert("colour", "red");
        QJsonObject badTime = makeEvent(5);
        badTime.insert("time", "2026-11-24 10:00:00");
        for (const QJsonObject& bad : {noAction, badSource, withSeq, unknown, badTime}) {
            auto outcome = store->append({makeEvent(0), bad}, m_keys.hmacKey(), &m_keys.signingKey(),
                                         QDateTime::currentDateTimeUtc());
            QVERIFY(!outcome.ok());
            QVERIFY(!outcome.error().why.isEmpty());
        }
        QCOMPARE(store->recordCount().value(), 0);
        QVERIFY(store->checkpoints()->isEmpty());
    }

    void triggersRefuseUpdateAndDelete()
    {
        auto store = createStore("triggers.db");
        QVERIFY(store
                    ->append({makeEvent(0), makeEvent(1)}, m_keys.hmacKey(), &m_keys.signingKey(),
                             QDateTime::currentDateTimeUtc())
                    .ok());
        store.reset();
        const QString path = m_dir.filePath("triggers.db");
        QCOMPARE(execSql(path, "UPDATE records SET hmac = x'00' WHERE seq = 0"), SQLITE_CONSTRAINT);
        QCOMPARE(execSql(path, "DELETE FROM records WHERE seq = 1"), SQLITE_CONSTRAINT);
        QCOMPARE(execSql(path, "DELETE FROM checkpoints"), SQLITE_CONSTRAINT);
        QCOMPARE(execSql(path, "UPDATE meta SET value = 'x' WHERE key = 'origin'"), SQLITE_CONSTRAINT);
        QCOMPARE(LedgerStore::open(path).value()->recordCount().value(), 2);
        QVERIFY(!LedgerStore::create(path, {}).ok());
        QVERIFY(!LedgerStore::open(m_dir.filePath("missing.db")).ok());
    }

    void keyFileRoundTrip()
    {
        const QString path = m_dir.filePath("keys.pem");
        QVERIFY(m_keys.saveKeyFile(path).ok());
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(!m_keys.saveKeyFile(path).ok()); // never overwrites
        auto loaded = LedgerKeys::loadKeyFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->signingKey().publicKey(), m_keys.signingKey().publicKey());
        QCOMPARE(loaded->hmacKey(), m_keys.hmacKey());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(text.contains("-----BEGIN CUSTOS LEDGER HMAC KEY-----"));
        // Without the HMAC block it is not a ledger key file.
        const QString half = m_dir.filePath("half.pem");
        QFile halfFile(half);
        QVERIFY(halfFile.open(QIODevice::WriteOnly));
        halfFile.write(m_keys.signingKey().privatePem());
        halfFile.close();
        QVERIFY(!LedgerKeys::loadKeyFile(half).ok());
    }

    void keychainRoundTrip()
    {
        MemorySecretStore secrets;
        QObject context;
        bool saved = false;
        m_keys.saveToSecretStore(secrets, "o", "id", &context, [&](const Status& status) { saved = status.ok(); });
        QTRY_VERIFY(saved);
        std::optional<Result<LedgerKeys>> loaded;
        LedgerKeys::loadFromSecretStore(secrets, "o", "id", &context,
                                        [&](const Result<LedgerKeys>& keys) { loaded = keys; });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(loaded->ok());
        QCOMPARE(loaded->value().hmacKey(), m_keys.hmacKey());
        QCOMPARE(loaded->value().signingKey().publicKey(), m_keys.signingKey().publicKey());
        std::optional<Result<LedgerKeys>> missing;
        LedgerKeys::loadFromSecretStore(secrets, "o", "other-id", &context,
                                        [&](const Result<LedgerKeys>& keys) { missing = keys; });
        QTRY_VERIFY(missing.has_value());
        QVERIFY(!missing->ok());
        QCOMPARE(missing->error().kind, Error::Kind::NotFound);
    }

    void exportRoundTripsAndFilters()
    {
        auto store = createStore("export.db");
        QList<QJsonObject> entries;
        for (int i = 0; i < 12; ++i)
            entries.append(makeEvent(i));
        QVERIFY(store->append(entries, m_keys.hmacKey(), &m_keys.signingKey(), QDateTime::currentDateTimeUtc()).ok());
        const QString full = m_dir.filePath("full.jsonl");
        QVERIFY(LedgerExport::write(*store, full, {}).ok());
        QFile file(full);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("{\"custos-ledger-export\":1,\"filter\":{},\"origin\":\"test.example/ledger\"}\n"));
        auto evidence = LedgerExport::parse(bytes);
        QVERIFY(evidence.ok());
        QCOMPARE(evidence->records.size(), 12);
        QCOMPARE(evidence->records, [&] {
            QList<QByteArray> stored;
            const auto records = store->records(0, 12);
            for (const auto& record : records.value())
                stored.append(record.bytes);
            return stored;
        }());
        QCOMPARE(evidence->latestNote, store->latestCheckpoint().value()->note);
        QVERIFY(LedgerVerifier::verify(evidence.value(), {}).ok());

        const QString filtered = m_dir.filePath("filtered.jsonl");
        QVERIFY(
            LedgerExport::write(*store, filtered, {{"action", "user.delete"}, {"tenant", "acme"}, {"tenant", "globex"}})
                .ok());
        auto subset = LedgerVerifier::load(filtered);
        QVERIFY(subset.ok());
        QVERIFY(subset->filtered);
        QCOMPARE(subset->records.size(), 4); // i = 0, 3, 6, 9
        QCOMPARE(subset->inclusionProofs.size(), 4);
        const auto report = LedgerVerifier::verify(subset.value(), {});
        QVERIFY2(report.ok(), qPrintable(report.toText()));
        QCOMPARE(report.valid, 4);
        QVERIFY(!LedgerExport::write(*store, filtered, {{"colour", "red"}}).ok());
    }

    // Every writer reports its progress over the covered records, and stops without leaving a file when told to.
    void exportsReportProgressAndCancel()
    {
        auto store = createStore("progress.db");
        QList<QJsonObject> entries;
        for (int i = 0; i < 25; ++i)
            entries.append(makeEvent(i));
        QVERIFY(store->append(entries, m_keys.hmacKey(), &m_keys.signingKey(), QDateTime::currentDateTimeUtc()).ok());
        using Writer = std::function<Status(const QString&, const LedgerExport::Progress&)>;
        const QList<Writer> writers{[&](const QString& path, const LedgerExport::Progress& p) {
                                        return LedgerExport::write(*store, path, {}, p);
                                    },
                                    [&](const QString& path, const LedgerExport::Progress& p) {
                                        return LedgerExport::writeHmacJsonl(*store, path, {}, m_keys.hmacKey(), p);
                                    },
                                    [&](const QString& path, const LedgerExport::Progress& p) {
                                        return LedgerExport::writeCsv(*store, path, {}, p);
                                    }};
        for (qsizetype w = 0; w < writers.size(); ++w) {
            QList<std::pair<qint64, qint64>> calls;
            const QString path = m_dir.filePath(QStringLiteral("progress-%1.out").arg(w));
            QVERIFY(writers
                        .at(w)(path,
                               [&calls](qint64 done, qint64 total) {
                                   calls.append({done, total});
                                   return true;
                               })
                        .ok());
            QCOMPARE(calls.first(), (std::pair<qint64, qint64>{0, 25}));
            QCOMPARE(calls.last(), (std::pair<qint64, qint64>{25, 25}));
            QVERIFY(QFile::exists(path));

            // Cancelled at the very end: still nothing written.
            const QString cancelledPath = m_dir.filePath(QStringLiteral("cancelled-%1.out").arg(w));
            const Status cancelled =
                writers.at(w)(cancelledPath, [](qint64 done, qint64 total) { return done < total; });
            QVERIFY(!cancelled.ok());
            QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
            QVERIFY(!QFile::exists(cancelledPath));
        }
    }

    void refusesMalformedExports_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no header") << QByteArray("{\"custos-ledger-key\":\"x\"}\n");
        QTest::newRow("no newline") << QByteArray("{\"custos-ledger-export\":1,\"filter\":{},\"origin\":\"o\"}");
        QTest::newRow("no key") << QByteArray("{\"custos-ledger-export\":1,\"filter\":{},\"origin\":\"o\"}\n");
        QTest::newRow("unknown trailer") << QByteArray(
            "{\"custos-ledger-export\":1,\"filter\":{},\"origin\":\"o\"}\n{\"custos-ledger-x\":1}\n");
        QTest::newRow("record after trailer")
            << QByteArray("{\"custos-ledger-export\":1,\"filter\":{},\"origin\":\"o\"}\n{\"custos-ledger-key\":\"k\"}\n"
                          "{\"action\":\"a\"}\n");
    }
    void refusesMalformedExports()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!LedgerExport::parse(bytes).ok());
        // The streaming reader refuses the same files, as an integrity finding.
        const QString path = m_dir.filePath("malformed.jsonl");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const auto scanned = LedgerExport::scanFile(path, {});
        QVERIFY(!scanned.ok());
        QCOMPARE(scanned.error().kind, Error::Kind::Integrity);
        QCOMPARE(LedgerVerifier::verifyExport(path, {}).error().kind, Error::Kind::Integrity);
    }

    // Records larger than the reader's 4 MiB chunks, so lines cross chunk boundaries: the streaming reader sees
    // the same records as parse(), and verifies, tampered or not, as the in-memory verifier does.
    void streamedExportMatchesParsedExport()
    {
        auto store = createStore("streamed.db");
        QList<QJsonObject> entries;
        for (int i = 0; i < 9; ++i) {
            QJsonObject entry = makeEvent(i);
            entry.insert("details", QJsonObject{{"blob", QString(1'500'000 + 7919 * i, QChar(u'a' + i))}});
            entries.append(entry);
        }
        QVERIFY(store->append(entries, m_keys.hmacKey(), &m_keys.signingKey(), QDateTime::currentDateTimeUtc()).ok());
        const QString path = m_dir.filePath("streamed.jsonl");
        QVERIFY(LedgerExport::write(*store, path, {}).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.size() > 3 * 4 * 1024 * 1024);
        const auto parsed = LedgerExport::parse(bytes);
        QVERIFY(parsed.ok());

        QList<QByteArray> visited;
        const auto scanned = LedgerExport::scanFile(path, [&visited](qint64 index, QByteArrayView record) {
            if (index != visited.size())
                return false;
            visited.append(record.toByteArray());
            return true;
        });
        QVERIFY2(scanned.ok(), qPrintable(scanned ? QString() : scanned.error().userMessage()));
        QCOMPARE(visited, parsed->records);
        QVERIFY(scanned->records.isEmpty());
        QCOMPARE(scanned->latestNote, parsed->latestNote);
        QCOMPARE(scanned->verifierKey, parsed->verifierKey);
        const auto report = LedgerVerifier::verifyExport(path, {});
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->toText()));
        QCOMPARE(report->checked, qint64(9));

        // One byte changed in record 5: the same finding, kind and seq, as the in-memory verifier's.
        QByteArray tampered = bytes;
        qsizetype at = 0;
        for (int line = 0; line < 6; ++line) // the header, then records 0 to 4
            at = tampered.indexOf('\n', at) + 1;
        QCOMPARE(tampered.at(at + 1000), 'f'); // inside record 5's blob
        tampered[at + 1000] = 'g';
        const QString tamperedPath = m_dir.filePath("streamed-tampered.jsonl");
        QFile tamperedFile(tamperedPath);
        QVERIFY(tamperedFile.open(QIODevice::WriteOnly));
        QCOMPARE(tamperedFile.write(tampered), tampered.size());
        tamperedFile.close();
        const VerificationReport expected = LedgerVerifier::verify(LedgerExport::parse(tampered).value(), {});
        QVERIFY(!expected.ok());
        const auto streamed = LedgerVerifier::verifyExport(tamperedPath, {});
        QVERIFY2(streamed.ok(), qPrintable(streamed ? QString() : streamed.error().userMessage()));
        QCOMPARE(streamed->kind, expected.kind);
        QCOMPARE(streamed->firstBadSeq, expected.firstBadSeq);
        QCOMPARE(streamed->firstBadSeq, qint64(5));

        // Larger than may be examined in memory: still reported as failing, without loading it.
        LedgerVerifier::Options bounded;
        bounded.maxExportBytesInMemory = 1024 * 1024;
        const auto tooLarge = LedgerVerifier::verifyExport(tamperedPath, bounded);
        QVERIFY(tooLarge.ok());
        QVERIFY(!tooLarge->ok());
        QCOMPARE(tooLarge->kind, VerificationReport::Kind::Malformed);
        QVERIFY2(tooLarge->detail.contains("too large"), qPrintable(tooLarge->detail));
        // A valid export of any size needs no such pass.
        const auto valid = LedgerVerifier::verifyExport(path, bounded);
        QVERIFY(valid.ok());
        QVERIFY(valid->ok());
    }
};

QTEST_GUILESS_MAIN(TestLedgerStore)
#include "test_ledger_store.moc"
