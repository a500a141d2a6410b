// The custos-ledger CLI contract, and tampering with a ledger database and an export: each attack must be
// reported with the right kind and the seq of the first bad record.
#include "core/crypto/Ed25519Key.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/Sha256.h"
#include "core/ledger/AuditorTrustStore.h"
#include "core/ledger/Checkpoint.h"
#include "core/ledger/Jcs.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/MerkleTree.h"
#include "core/ledger/NoteVerifier.h"
#include "core/ledger/SignedNote.h"
#include "tests/support/LedgerCli.h"
#include "tests/support/TestWitness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace custos;

namespace {

using custos::test::CliRun;
using custos::test::runLedgerCli;

constexpr int recordCount = 20;

QByteArray events(int from, int to)
{
    QByteArray lines;
    for (int i = from; i < to; ++i)
        lines += QJsonDocument(QJsonObject{{"action", "user.create"},
                                           {"actor", QJsonObject{{"id", "u1"}, {"username", "alice"}}},
                                           {"target", QJsonObject{{"type", "user"},
                                                                  {"id", QStringLiteral("t%1").arg(i)},
                                                                  {"name", QStringLiteral("user-%1").arg(i)}}},
                                           {"tenant", "acme"},
                                           {"outcome", i % 5 == 4 ? "FAILURE" : "SUCCESS"},
                                           {"details", QJsonObject{{"i", i}}}})
                     .toJson(QJsonDocument::Compact) +
                 '\n';
    return lines;
}

bool execSql(const QString& path, const QString& sql, const QList<QByteArray>& blobs = {})
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    sqlite3_stmt* stmt = nullptr;
    bool ok = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK;
    for (int i = 0; ok && i < blobs.size(); ++i)
        sqlite3_bind_blob(stmt, i + 1, blobs[i].constData(), static_cast<int>(blobs[i].size()), SQLITE_TRANSIENT);
    ok = ok && sqlite3_step(stmt) == SQLITE_DONE;
    if (!ok)
        qWarning() << "sqlite:" << sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ok;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// A record as an attacker would forge it: well-formed, chained to `previous`, but not written by the ledger.
QByteArray forgedRecord(qint64 seq, const QByteArray& previous)
{
    LedgerRecord record;
    record.seq = seq;
    record.time = QStringLiteral("2026-11-24T10:00:00.000Z");
    record.action = QStringLiteral("role.grant");
    record.actorId = QStringLiteral("mallory");
    record.prev = QString::fromLatin1(Sha256::hash(previous).toHex());
    return record.canonicalBytes().value();
}

} // namespace

class TestLedgerTamper : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_keyFile;
    QString m_export;
    QString m_firstCheckpoint;
    QString m_vkey;
    QList<QByteArray> m_records;
    int m_copies = 0;

    QString copyOf(const QString& path)
    {
        const QString name = QStringLiteral("copy-%1-%2").arg(++m_copies).arg(QFileInfo(path).fileName());
        const QString copy = m_dir.filePath(name);
        QFile::copy(path, copy);
        return copy;
    }

    QJsonObject verifyJson(const QStringList& extra, int expectedExit)
    {
        const CliRun run = runLedgerCli(QStringList{"verify", "--json"} + extra);
        if (run.exitCode != expectedExit)
            qWarning().noquote() << "verify exit" << run.exitCode << run.out << run.err;
        [&] { QCOMPARE(run.exitCode, expectedExit); }();
        return QJsonDocument::fromJson(run.out).object();
    }

    void expectFailure(const QStringList& extra, const QString& kind, qint64 seq)
    {
        const QJsonObject report = verifyJson(extra, 1);
        if (report.value("kind").toString() != kind)
            qWarning().noquote() << QJsonDocument(report).toJson(QJsonDocument::Compact);
        QCOMPARE(report.value("kind").toString(), kind);
        QCOMPARE(report.value("first_bad_seq").toInteger(-1), seq);
        QVERIFY(!report.value("detail").toString().isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(qEnvironmentVariable("CUSTOS_LEDGER_BIN")));
        m_db = m_dir.filePath("ledger.db");
        m_keyFile = m_dir.filePath("ledger.key");
        // Format 1 (every value in clear): these forgeries edit values in place; test_ledger_redaction covers format 2.
        const CliRun init = runLedgerCli(
            {"init", m_db, "--origin", "audit.example.org/tenant-1", "--key-file", m_keyFile, "--format-version", "1"});
        QCOMPARE(init.exitCode, 0);
        m_vkey = QString::fromUtf8(init.out.trimmed());
        QVERIFY(m_vkey.startsWith("audit.example.org/tenant-1+"));
        const CliRun first = runLedgerCli({"append", m_db, "--key-file", m_keyFile}, events(0, 10));
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, QByteArray("10\n"));
        m_firstCheckpoint = m_dir.filePath("checkpoint-10");
        writeFile(m_firstCheckpoint, runLedgerCli({"checkpoint", m_db}).out);
        const CliRun second = runLedgerCli({"append", m_db, "--key-file", m_keyFile}, events(10, recordCount));
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, QByteArray("10\n"));
        m_export = m_dir.filePath("ledger.jsonl");
        QCOMPARE(runLedgerCli({"export", m_db, m_export}).exitCode, 0);
        m_records = runLedgerCli({"records", m_db}).out.split('\n');
        m_records.removeLast();
        QCOMPARE(m_records.size(), recordCount);
    }

    void cleanLedgerVerifies()
    {
        const CliRun run = runLedgerCli(
            {"verify", m_db, "--key-file", m_keyFile, "--trusted-key", m_vkey, "--since", m_firstCheckpoint});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("20/20 records valid"));
        QVERIFY(run.out.contains("audit.example.org/tenant-1"));
        QVERIFY(run.out.contains(m_vkey.toUtf8()));
        QVERIFY(run.out.contains("origin: authenticated"));
        const QJsonObject report = verifyJson({m_export, "--trusted-key", m_vkey, "--since", m_firstCheckpoint}, 0);
        QCOMPARE(report.value("records_valid").toInteger(), recordCount);
        QCOMPARE(report.value("origin_authenticated").toBool(), true);
        QCOMPARE(report.value("checkpoint_size").toInteger(), recordCount);
        QCOMPARE(runLedgerCli({"pubkey", m_export}).out.trimmed(), m_vkey.toUtf8());
        QCOMPARE(runLedgerCli({"checkpoint", m_export}).out, runLedgerCli({"checkpoint", m_db}).out);
        QCOMPARE(runLedgerCli({"records", m_export}).out, runLedgerCli({"records", m_db}).out);
    }

    // verify opens SQLite read-only: it changes nothing, reads what a live writer's log holds, and works in a
    // directory it may not write to (as root, the check drops to the nobody user, for whom the directory is
    // read-only; permission bits do not stop root).
    void verifyIsReadOnly()
    {
        const QString db = copyOf(m_db);
        const QByteArray original = readFile(db);
        QCOMPARE(verifyJson({db, "--key-file", m_keyFile}, 0).value("records_valid").toInteger(), recordCount);
        QCOMPARE(readFile(db), original);

        // A writer keeps its connection open, so the records appended next stay in its write-ahead log.
        sqlite3* writer = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &writer), SQLITE_OK);
        auto closeWriter = qScopeGuard([writer] { sqlite3_close(writer); });
        QCOMPARE(sqlite3_exec(writer, "SELECT count(*) FROM records", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(runLedgerCli({"append", db, "--key-file", m_keyFile}, events(100, 105)).exitCode, 0);
        QVERIFY(QFileInfo(db + "-wal").size() > 0);
        QCOMPARE(readFile(db), original); // the new records are only in the log

        for (const bool withLog : {false, true}) {
            const QString dir = m_dir.filePath(withLog ? "read-only-with-log" : "read-only");
            QVERIFY(QDir().mkpath(dir));
            const QString copy = dir + "/ledger.db";
            QVERIFY(QFile::copy(withLog ? db : m_db, copy));
            if (withLog) {
                QVERIFY(QFile::copy(db + "-wal", copy + "-wal"));
                QVERIFY(QFile::copy(db + "-shm", copy + "-shm"));
            }
            const QStringList filesBefore = QDir(dir).entryList(QDir::Files, QDir::Name);
            QVERIFY(
                QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
            QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                            QFile::ReadOther | QFile::ExeOther));
            QProcess process;
            const QStringList arguments{"verify", "--json", copy};
            if (::geteuid() == 0)
                process.start("setpriv", QStringList{"--reuid=65534", "--regid=65534", "--clear-groups",
                                                     qEnvironmentVariable("CUSTOS_LEDGER_BIN")} +
                                             arguments);
            else
                process.start(qEnvironmentVariable("CUSTOS_LEDGER_BIN"), arguments);
            QVERIFY(process.waitForFinished(60000));
            const QByteArray out = process.readAllStandardOutput();
            QVERIFY2(process.exitCode() == 0, QByteArray(out + process.readAllStandardError()).constData());
            QCOMPARE(QJsonDocument::fromJson(out).object().value("records_valid").toInteger(),
                     recordCount + (withLog ? 5 : 0));
            QCOMPARE(QDir(dir).entryList(QDir::Files, QDir::Name), filesBefore);
        }
    }

    void proofsMatchTheRecords()
    {
        MerkleTree tree;
        for (const QByteArray& record : std::as_const(m_records))
            tree.append(MerkleTree::leafHashOf(record));
        const QByteArray note = runLedgerCli({"checkpoint", m_db}).out;
        const QByteArray root = Checkpoint::parse(SignedNote::parse(note)->text())->rootHash();
        QCOMPARE(tree.root(), root);
        auto hashes = [](const QByteArray& out) {
            QList<QByteArray> proof;
            for (const QByteArray& line : out.trimmed().split('\n'))
                if (!line.isEmpty())
                    proof.append(QByteArray::fromHex(line));
            return proof;
        };
        const CliRun inclusion = runLedgerCli({"prove", m_db, "--index", "13"});
        QCOMPARE(inclusion.exitCode, 0);
        QVERIFY(MerkleTree::verifyInclusion(13, recordCount, tree.leafHash(13), hashes(inclusion.out), root));
        const CliRun consistency = runLedgerCli({"prove", m_export, "--from-size", "10"});
        QCOMPARE(consistency.exitCode, 0);
        QVERIFY(MerkleTree::verifyConsistency(10, recordCount, hashes(consistency.out), tree.root(10), root));
        QCOMPARE(runLedgerCli({"prove", m_db, "--index", "20"}).exitCode, 2);
        QCOMPARE(runLedgerCli({"prove", m_db}).exitCode, 2);
    }

    // Re-signed under the same origin with someone else's key: without a trusted key the export is consistent
    // with the key it names, and the CLI says that this authenticates nobody; with the trusted key it fails.
    void originIsAuthenticatedOnlyByATrustedKey()
    {
        auto attacker = Ed25519Key::generate();
        QVERIFY(attacker.ok());
        const QString attackerKey = NoteVerifier("audit.example.org/tenant-1", attacker->publicKey()).toString();
        QList<QByteArray> lines = readFile(m_export).split('\n');
        const QByteArray text = SignedNote::parse(runLedgerCli({"checkpoint", m_db}).out)->text();
        const QByteArray note = SignedNote::sign(text, "audit.example.org/tenant-1", attacker.value()).value();
        lines[21] =
            Jcs::canonicalize(QJsonValue(QJsonObject{{"custos-ledger-checkpoint", QString::fromUtf8(note)}})).value();
        lines[22] = Jcs::canonicalize(QJsonValue(QJsonObject{{"custos-ledger-key", attackerKey}})).value();
        const QString resigned = m_dir.filePath("resigned.jsonl");
        writeFile(resigned, lines.join('\n'));

        const CliRun untrusted = runLedgerCli({"verify", resigned});
        QCOMPARE(untrusted.exitCode, 0);
        QVERIFY(untrusted.out.contains("20/20 records valid"));
        QVERIFY2(untrusted.out.contains("origin: NOT authenticated"), untrusted.out.constData());
        QVERIFY(untrusted.out.contains("--trusted-key"));
        QVERIFY(untrusted.out.endsWith("OK\n"));
        QCOMPARE(verifyJson({resigned}, 0).value("origin_authenticated").toBool(), false);

        for (const QString& path : {resigned, m_export}) {
            const QString wrongKey = path == resigned ? m_vkey : attackerKey;
            const CliRun refused = runLedgerCli({"verify", path, "--trusted-key", wrongKey});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(!refused.out.contains("size -1"), refused.out.constData());
            QVERIFY(refused.out.startsWith("0/20 records valid\n"));
            QVERIFY(refused.out.contains("checkpoint: origin audit.example.org/tenant-1, signature not verified"));
            QVERIFY(refused.out.contains("origin: NOT authenticated (signed with another key"));
            QVERIFY(refused.out.contains("FAILED: untrusted-key"));
            const QJsonObject report = verifyJson({path, "--trusted-key", wrongKey}, 1);
            QCOMPARE(report.value("records_valid").toInteger(), 0);
            QCOMPARE(report.value("origin_authenticated").toBool(), false);
        }
    }

    // A failing ledger vouches for none of its records; the text and the JSON count the same.
    void failureCountsAgree()
    {
        QList<QByteArray> lines = readFile(m_export).split('\n');
        lines[8].replace("user-7", "user-X");
        const QString path = m_dir.filePath("modified-7.jsonl");
        writeFile(path, lines.join('\n'));
        const CliRun run = runLedgerCli({"verify", path, "--trusted-key", m_vkey});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith("0/20 records valid (18 pass their own checks"), run.out.constData());
        QVERIFY(run.out.contains("FAILED: modified at seq 7"));
        const QJsonObject report = verifyJson({path, "--trusted-key", m_vkey}, 1);
        QCOMPARE(report.value("records_valid").toInteger(), 0);
        // All but record 7 and the one that links to it.
        QCOMPARE(report.value("records_passing_own_checks").toInteger(), 18);
        QCOMPARE(report.value("records_checked").toInteger(), recordCount);
    }

    void usageAndHelp()
    {
        for (const char* command : {"init", "append", "export", "verify", "checkpoint", "pubkey", "records", "prove"}) {
            const CliRun help = runLedgerCli({command, "--help"});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains("--help"));
        }
        QVERIFY(runLedgerCli({"--version"}).out.startsWith("custos-ledger "));
        QCOMPARE(runLedgerCli({}).exitCode, 2);
        QCOMPARE(runLedgerCli({"frobnicate"}).exitCode, 2);
        QCOMPARE(runLedgerCli({"verify"}).exitCode, 2);
        QCOMPARE(runLedgerCli({"verify", m_dir.filePath("nope.db")}).exitCode, 2);
        QCOMPARE(runLedgerCli({"verify", m_db, "--trusted-key", "garbage"}).exitCode, 2);
        QCOMPARE(runLedgerCli({"init", m_db, "--key-file", m_dir.filePath("k2")}).exitCode, 2); // exists
        QCOMPARE(runLedgerCli({"append", m_db}, events(0, 1)).exitCode, 2); // key-file ledger, no key
        QCOMPARE(runLedgerCli({"append", m_db, "--key-file", m_keyFile}, "{\"action\":\n").exitCode, 2);
        QCOMPARE(runLedgerCli({"export", m_db, m_dir.filePath("x"), "--filter", "colour=red"}).exitCode, 2);
        QCOMPARE(runLedgerCli({"records", m_db}).out.count('\n'), recordCount); // nothing was appended by the failures
    }

    void unavailableKeychainIsAOneLineError()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath("no-such-bus"));
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        const QString db = m_dir.filePath("keychain.db");
        const CliRun run = runLedgerCli({"init", db}, {}, env);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.contains("keychain"));
        QVERIFY(!QFile::exists(db));
    }

    void passphraseProtectedKeyFile()
    {
        // No controlling terminal: the passphrase comes from the environment or not at all.
        auto detached = [](const QStringList& arguments, const QByteArray& input, const QByteArray& passphrase) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove("CUSTOS_LEDGER_PASSPHRASE");
            if (!passphrase.isNull())
                env.insert("CUSTOS_LEDGER_PASSPHRASE", QString::fromUtf8(passphrase));
            process.setProcessEnvironment(env);
            process.setChildProcessModifier([] { ::setsid(); });
            process.start(qEnvironmentVariable("CUSTOS_LEDGER_BIN"), arguments);
            process.write(input);
            process.closeWriteChannel();
            if (!process.waitForFinished(60000))
                return CliRun{};
            return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                          process.readAllStandardOutput(), process.readAllStandardError()};
        };
        const QByteArray passphrase = "four unrelated words here";
        const QString db = m_dir.filePath("protected.db");
        const QString keyFile = m_dir.filePath("protected.key");

        QCOMPARE(detached({"init", db, "--passphrase"}, {}, passphrase).exitCode, 2); // needs --key-file
        const CliRun weak = detached({"init", db, "--key-file", keyFile, "--passphrase"}, {}, "short");
        QCOMPARE(weak.exitCode, 2);
        QVERIFY(weak.err.contains("at least"));
        QVERIFY(!QFile::exists(keyFile) && !QFile::exists(db));
        QCOMPARE(detached({"init", db, "--key-file", keyFile, "--passphrase"}, {}, {}).exitCode, 2); // no terminal
        QVERIFY(!QFile::exists(keyFile));

        QCOMPARE(detached({"init", db, "--key-file", keyFile, "--passphrase"}, {}, passphrase).exitCode, 0);
        QVERIFY(readFile(keyFile).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(keyFile).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        const CliRun appended = detached({"append", db, "--key-file", keyFile}, events(0, 3), passphrase);
        QCOMPARE(appended.exitCode, 0);
        QCOMPARE(appended.out, "3\n");

        const CliRun wrong = detached({"append", db, "--key-file", keyFile}, events(3, 4), "four unrelated words HERE");
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("passphrase"), wrong.err.constData());
        QVERIFY(!wrong.err.contains("HERE"));
        const CliRun none = detached({"append", db, "--key-file", keyFile}, events(3, 4), {});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("CUSTOS_LEDGER_PASSPHRASE"), none.err.constData());

        const CliRun verified = detached({"verify", db, "--key-file", keyFile, "--json"}, {}, passphrase);
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(verified.out).object().value("records_valid").toInteger(), 3);
    }

    void filteredExport()
    {
        const QString out = m_dir.filePath("failures.jsonl");
        QCOMPARE(runLedgerCli(
                     {"export", m_db, out, "--filter", "outcome=FAILURE", "--filter", "actor=alice", "--proofs-only"})
                     .exitCode,
                 0);
        const QJsonObject report = verifyJson({out, "--trusted-key", m_vkey}, 0);
        QCOMPARE(report.value("records_valid").toInteger(), 4); // 4, 9, 14, 19
        QCOMPARE(report.value("complete").toString(), QStringLiteral("not-proven"));
        const CliRun text = runLedgerCli({"verify", out});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("complete: not proven (selective export: 4 records of a log of 20)"),
                 text.out.constData());

        // Its header's filter is what it claims to hold: a record that does not match it is not what was chosen.
        QByteArray mislabelled = readFile(out);
        mislabelled.replace("\"outcome\":[\"FAILURE\"]", "\"outcome\":[\"SUCCESS\"]");
        const QString relabelled = m_dir.filePath("relabelled.jsonl");
        writeFile(relabelled, mislabelled);
        expectFailure({relabelled}, "inserted", 4);

        QByteArray bytes = readFile(out);
        bytes.replace("\"user-9\"", "\"user-X\"");
        writeFile(out, bytes);
        expectFailure({out}, "modified", 9);
    }

    void seedFormatExport()
    {
        const QString keyFile = m_dir.filePath("seed.key");
        writeFile(keyFile, "audit-log-signing-key\n");
        const QString out = m_dir.filePath("seed.jsonl");
        QCOMPARE(runLedgerCli({"export", m_db, out, "--format", "jsonl-hmac", "--hmac-key-file", keyFile}).exitCode, 0);
        QByteArray bytes = readFile(out);
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), recordCount);
        for (const QByteArray& line : lines) {
            QJsonObject object = QJsonDocument::fromJson(line).object();
            const QString signature = object.take("signature").toString();
            QCOMPARE(signature.toLatin1(),
                     Hmac::sha256("audit-log-signing-key", Jcs::canonicalize(QJsonValue(object)).value()).toHex());
        }
        const CliRun ok = runLedgerCli({"verify", out, "--hmac-key-file", keyFile});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("20/20 events with valid signatures"));
        bytes.replace("\"user-3\"", "\"user-Z\"");
        writeFile(out, bytes);
        const CliRun bad = runLedgerCli({"verify", out, "--hmac-key-file", keyFile});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.contains("19/20 events with valid signatures"));
        QVERIFY(bad.out.contains("line 4"));
    }

    // Each line of a jsonl-hmac export is signed alone: deleting, repeating or moving a whole line leaves every
    // signature valid. The records' seq and prev give it away; the failure names the line and its seq.
    void seedFormatOrder_data()
    {
        QTest::addColumn<QList<int>>("order"); // indexes into the exported lines
        QTest::addColumn<qint64>("badLine");
        QTest::addColumn<qint64>("badSeq");
        QTest::addColumn<QString>("problem");
        QList<int> deleted, duplicated, reversed, swapped, firstDeleted;
        for (int i = 0; i < recordCount; ++i) {
            if (i != 7)
                deleted.append(i);
            duplicated.append(i);
            if (i == 7)
                duplicated.append(i);
            reversed.prepend(i);
            if (i != 0)
                firstDeleted.append(i);
        }
        swapped = duplicated;
        swapped.removeAt(7);
        swapped.swapItemsAt(11, 12);
        QTest::newRow("deleted") << deleted << qint64(8) << qint64(8) << "seq 7 is missing";
        QTest::newRow("duplicated") << duplicated << qint64(9) << qint64(7) << "repeats";
        QTest::newRow("reversed") << reversed << qint64(1) << qint64(19) << "seq 0 to 18 are missing";
        QTest::newRow("swapped") << swapped << qint64(12) << qint64(12) << "seq 11 is missing";
        QTest::newRow("first deleted") << firstDeleted << qint64(1) << qint64(1) << "seq 0 is missing";
    }

    void seedFormatOrder()
    {
        QFETCH(QList<int>, order);
        QFETCH(qint64, badLine);
        QFETCH(qint64, badSeq);
        QFETCH(QString, problem);
        const QString keyFile = m_dir.filePath("order.key");
        writeFile(keyFile, "audit-log-signing-key\n");
        const QString out = m_dir.filePath("order.jsonl");
        QCOMPARE(runLedgerCli({"export", m_db, out, "--format", "jsonl-hmac", "--hmac-key-file", keyFile}).exitCode, 0);
        const QList<QByteArray> lines = readFile(out).trimmed().split('\n');
        QCOMPARE(lines.size(), recordCount);
        const CliRun intact = runLedgerCli({"verify", out, "--hmac-key-file", keyFile});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.contains("order and completeness: seq 0 to 19, contiguous and in order"),
                 intact.out.constData());

        QByteArray tampered;
        for (int i : order)
            tampered += lines.at(i) + '\n';
        writeFile(out, tampered);
        const CliRun text = runLedgerCli({"verify", out, "--hmac-key-file", keyFile});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(QStringLiteral("events with valid signatures").toUtf8()), text.out.constData());
        QVERIFY2(text.out.contains(QStringLiteral("FAILED at line %1 (seq %2)").arg(badLine).arg(badSeq).toUtf8()),
                 text.out.constData());
        QVERIFY2(text.out.contains(problem.toUtf8()), text.out.constData());
        const QJsonObject json = verifyJson({out, "--hmac-key-file", keyFile}, 1);
        QCOMPARE(json.value("ok").toBool(true), false);
        QCOMPARE(json.value("events_valid").toInteger(), json.value("events_total").toInteger());
        QCOMPARE(json.value("order_bad_line").toInteger(), badLine);
        QCOMPARE(json.value("order_bad_seq").toInteger(), badSeq);
    }

    void seedFormatPrevMismatch()
    {
        // A record re-signed with the key (whoever holds it can) but chained to a record that is not its neighbour.
        const QByteArray key = "audit-log-signing-key";
        const QString keyFile = m_dir.filePath("prev.key");
        writeFile(keyFile, key + '\n');
        const QString out = m_dir.filePath("prev.jsonl");
        QCOMPARE(runLedgerCli({"export", m_db, out, "--format", "jsonl-hmac", "--hmac-key-file", keyFile}).exitCode, 0);
        QList<QByteArray> lines = readFile(out).trimmed().split('\n');
        QJsonObject record = QJsonDocument::fromJson(lines.at(5)).object();
        record.remove("signature");
        record.insert("prev", QString(64, u'a'));
        record.insert("signature",
                      QString::fromLatin1(Hmac::sha256(key, Jcs::canonicalize(QJsonValue(record)).value()).toHex()));
        lines[5] = Jcs::canonicalize(QJsonValue(record)).value();
        writeFile(out, lines.join('\n') + '\n');
        const CliRun run = runLedgerCli({"verify", out, "--hmac-key-file", keyFile});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("20/20 events with valid signatures"), run.out.constData());
        QVERIFY2(run.out.contains("FAILED at line 6 (seq 5): its prev is not the hash of the record before it"),
                 run.out.constData());
    }

    void seedFormatEmptyFile()
    {
        const QString keyFile = m_dir.filePath("empty.key");
        writeFile(keyFile, "audit-log-signing-key\n");
        for (const QByteArray& bytes : {QByteArray(), QByteArray("\n\n")}) {
            const QString out = m_dir.filePath("empty.jsonl");
            writeFile(out, bytes);
            const CliRun run = runLedgerCli({"verify", out, "--hmac-key-file", keyFile});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.out.contains("no record in the file"), run.out.constData());
            const QJsonObject json = verifyJson({out, "--hmac-key-file", keyFile}, 1);
            QCOMPARE(json.value("ok").toBool(true), false);
            QCOMPARE(json.value("events_total").toInteger(-1), 0);
        }
    }

    // --trust-store applies auditor mode's policy (TrustDecision) with the keys and checkpoints it remembers.
    void verifyWithTheAuditorsTrustStore()
    {
        const QString store = m_dir.filePath("trust-store");
        QVERIFY(QDir().mkpath(store));
        const QString full = m_dir.filePath("trusted.custos-ledger");
        QCOMPARE(runLedgerCli({"export", m_db, full}).exitCode, 0);
        QCOMPARE(runLedgerCli({"verify", full, "--trust-store", store}).exitCode, 2); // nothing pinned there yet
        {
            AuditorTrustStore trust(AuditorTrustStore::fileIn(store));
            QVERIFY(trust.pinKey(NoteVerifier::parse(m_vkey)->name(), m_vkey).ok());
        }
        CliRun run = runLedgerCli({"verify", full, "--trust-store", store});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("trust: signed with a key you pinned"), run.out.constData());

        // The same origin under another key: untrusted, exit 1, in words.
        const QString otherDb = m_dir.filePath("impostor.db");
        const QString otherKey = m_dir.filePath("impostor.key");
        QCOMPARE(
            runLedgerCli({"init", otherDb, "--origin", NoteVerifier::parse(m_vkey)->name(), "--key-file", otherKey})
                .exitCode,
            0);
        QCOMPARE(runLedgerCli({"append", otherDb, "--key-file", otherKey}, events(0, 3)).exitCode, 0);
        const QString impostor = m_dir.filePath("impostor.custos-ledger");
        QCOMPARE(runLedgerCli({"export", otherDb, impostor}).exitCode, 0);
        run = runLedgerCli({"verify", impostor, "--trust-store", store});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("UNTRUSTED KEY"), run.out.constData());

        // A remembered checkpoint the ledger extends; then an origin one character away from the pinned one.
        {
            AuditorTrustStore trust(AuditorTrustStore::fileIn(store));
            QVERIFY(
                trust.rememberCheckpoint(NoteVerifier::parse(m_vkey)->name(), runLedgerCli({"checkpoint", full}).out)
                    .ok());
        }
        QCOMPARE(runLedgerCli({"verify", full, "--trust-store", store}).exitCode, 0);
        const QString lookAlikeDb = m_dir.filePath("look-alike.db");
        const QString lookAlikeKey = m_dir.filePath("look-alike.key");
        const QString pinnedName = NoteVerifier::parse(m_vkey)->name();
        QString lookAlikeName = pinnedName;
        lookAlikeName[1] = lookAlikeName[1] == u'x' ? u'y' : u'x';
        QCOMPARE(runLedgerCli({"init", lookAlikeDb, "--origin", lookAlikeName, "--key-file", lookAlikeKey}).exitCode,
                 0);
        QCOMPARE(runLedgerCli({"append", lookAlikeDb, "--key-file", lookAlikeKey}, events(0, 3)).exitCode, 0);
        const QString lookAlikeExport = m_dir.filePath("look-alike.custos-ledger");
        QCOMPARE(runLedgerCli({"export", lookAlikeDb, lookAlikeExport}).exitCode, 0);
        run = runLedgerCli({"verify", lookAlikeExport, "--trust-store", store});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("LOOK-ALIKE"), run.out.constData());
        const QJsonObject json = verifyJson({lookAlikeExport, "--trust-store", store}, 1);
        QCOMPARE(json.value("trust").toObject().value("look_alike_of").toString(), pinnedName);
    }

    // --trust-store applies the witnesses pinned there and their quorum, as auditor mode does: cosignatures by
    // witnesses nobody pinned are listed and do not count, and without the quorum the export is not witnessed.
    void verifyTrustStoreRequiresThePinnedWitnesses()
    {
        const QString store = m_dir.filePath("witness-trust");
        QVERIFY(QDir().mkpath(store));
        const QString db = m_dir.filePath("witnessed.db");
        const QString key = m_dir.filePath("witnessed.key");
        QCOMPARE(runLedgerCli({"init", db, "--origin", "example.org/witnessed", "--key-file", key}).exitCode, 0);
        QCOMPARE(runLedgerCli({"append", db, "--key-file", key}, events(0, 5)).exitCode, 0);
        const test::TestWitness one{QStringLiteral("example.org/w1")};
        const test::TestWitness two{QStringLiteral("example.org/w2")};
        const test::TestWitness stranger{QStringLiteral("example.net/stranger")};
        auto cosign = [&db](const test::TestWitness& witness) {
            auto ledger = LedgerStore::open(db);
            QVERIFY(ledger.ok());
            const auto latest = (*ledger)->latestCheckpoint().value().value();
            const QByteArray body = SignedNote::parse(latest.ledgerNote)->text();
            QVERIFY(
                (*ledger)->addCosignature(latest.id, witness.vkey(), witness.line(body, 1796564849), 1796564849).ok());
        };
        cosign(one);
        cosign(stranger);
        const QString once = m_dir.filePath("once.custos-ledger");
        QCOMPARE(runLedgerCli({"export", db, once}).exitCode, 0);
        {
            AuditorTrustStore trust(AuditorTrustStore::fileIn(store));
            QVERIFY(trust.pinWitness(one.vkey()).ok());
            QVERIFY(trust.pinWitness(two.vkey()).ok());
            QVERIFY(trust.setWitnessQuorum(2).ok());
        }
        CliRun run = runLedgerCli({"verify", once, "--trust-store", store});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("5/5 records valid"), run.out.constData());
        QVERIFY2(run.out.contains("witness example.org/w1: cosigned at 2026-12-06T13:47:29Z"), run.out.constData());
        QVERIFY2(run.out.contains("witness example.org/w2: no valid cosignature"), run.out.constData());
        const QByteArray strangerLine = "witness example.net/stranger (key hash " +
                                        stranger.vkey().section(u'+', 1, 1).toUtf8() +
                                        "): not pinned, not checked, not counted";
        QVERIFY2(run.out.contains(strangerLine), run.out.constData());
        QVERIFY2(run.out.contains("NOT WITNESSED: valid cosignatures from pinned witnesses: 1 found, 2 required"),
                 run.out.constData());
        const QJsonObject json = verifyJson({once, "--trust-store", store}, 1);
        const QJsonObject witnesses = json.value("trust").toObject().value("witnesses").toObject();
        QCOMPARE(witnesses.value("valid").toInt(), 1);
        QCOMPARE(witnesses.value("quorum").toInt(), 2);
        QCOMPARE(witnesses.value("ok").toBool(true), false);
        QCOMPARE(witnesses.value("cosigners").toArray().at(2).toObject().value("status").toString(), "not-pinned");

        // A quorum of one is met by w1 alone; then w2 cosigns too and two are met.
        {
            AuditorTrustStore trust(AuditorTrustStore::fileIn(store));
            QVERIFY(trust.setWitnessQuorum(1).ok());
        }
        QCOMPARE(runLedgerCli({"verify", once, "--trust-store", store}).exitCode, 0);
        cosign(two);
        const QString both = m_dir.filePath("both.custos-ledger");
        QCOMPARE(runLedgerCli({"export", db, both}).exitCode, 0);
        {
            AuditorTrustStore trust(AuditorTrustStore::fileIn(store));
            QVERIFY(trust.setWitnessQuorum(2).ok());
        }
        run = runLedgerCli({"verify", both, "--trust-store", store});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("witnesses: 2 of 2 required cosignatures valid: OK"), run.out.constData());
        QVERIFY2(!run.out.contains("NOT WITNESSED"), run.out.constData());
    }

    // A filtered JSON Lines export could only fail verification at its first gap: it is refused, and no file made.
    void seedFormatRefusesFilter()
    {
        const QString keyFile = m_dir.filePath("filter.key");
        writeFile(keyFile, "audit-log-signing-key\n");
        const QString out = m_dir.filePath("filtered-seed.jsonl");
        const CliRun run = runLedgerCli({"export", m_db, out, "--format", "jsonl-hmac", "--hmac-key-file", keyFile,
                                         "--filter", "action=USER_UNLOCKED"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("cannot be checked for completeness"), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // The original Flask JML tool's records carry no seq: each signature still counts, and the report says plainly
    // that order and completeness are not proven.
    void seedFormatWithoutSequence()
    {
        const QByteArray key = "audit-log-signing-key";
        const QString keyFile = m_dir.filePath("flask.key");
        writeFile(keyFile, key);
        QByteArray bytes;
        for (int i = 0; i < 3; ++i) {
            QJsonObject event{{"timestamp", QStringLiteral("2026-11-24T10:0%1:00Z").arg(i)},
                              {"actor", "alice"},
                              {"action", "JOINER"},
                              {"target", QStringLiteral("user-%1").arg(i)}};
            event.insert("signature",
                         QString::fromLatin1(Hmac::sha256(key, Jcs::canonicalize(QJsonValue(event)).value()).toHex()));
            bytes += QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
        }
        const QString out = m_dir.filePath("flask.jsonl");
        writeFile(out, bytes);
        const CliRun run = runLedgerCli({"verify", out, "--hmac-key-file", keyFile});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("3/3 events with valid signatures"), run.out.constData());
        QVERIFY2(run.out.contains("order and completeness: not checkable (records carry no sequence)"),
                 run.out.constData());
        const QJsonObject json = verifyJson({out, "--hmac-key-file", keyFile}, 0);
        QCOMPARE(json.value("ok").toBool(), true);
        QCOMPARE(json.value("sequenced").toBool(true), false);
        QCOMPARE(json.value("order_and_completeness").toString(),
                 QStringLiteral("not checkable (records carry no sequence)"));
    }

    // --- the database ---

    void dbModifiedRecord()
    {
        const QString db = copyOf(m_db);
        QVERIFY(execSql(db, "DROP TRIGGER records_no_update"));
        QVERIFY(execSql(db, "UPDATE records SET bytes = CAST(replace(CAST(bytes AS TEXT), 'user-7', 'user-X') AS BLOB) "
                            "WHERE seq = 7"));
        expectFailure({db, "--key-file", m_keyFile}, "modified", 7);
    }

    void dbModifiedRecordWithItsHash()
    {
        // A careful attacker also rewrites the stored leaf hash: the chain and the HMAC still give it away.
        const QString db = copyOf(m_db);
        QByteArray changed = m_records[7];
        changed.replace("user-7", "user-X");
        QVERIFY(execSql(db, "DROP TRIGGER records_no_update"));
        QVERIFY(execSql(db, "UPDATE records SET bytes = ?, leaf_hash = ? WHERE seq = 7",
                        {changed, MerkleTree::leafHashOf(changed)}));
        expectFailure({db}, "modified", 7);
        expectFailure({db, "--key-file", m_keyFile}, "modified", 7);
    }

    void dbModifiedLastRecord()
    {
        const QString db = copyOf(m_db);
        QByteArray changed = m_records[19];
        changed.replace("user-19", "user-X");
        QVERIFY(execSql(db, "DROP TRIGGER records_no_update"));
        QVERIFY(execSql(db, "UPDATE records SET bytes = ?, leaf_hash = ? WHERE seq = 19",
                        {changed, MerkleTree::leafHashOf(changed)}));
        expectFailure({db, "--key-file", m_keyFile}, "modified", 19);
    }

    void dbBadHmac()
    {
        const QString db = copyOf(m_db);
        QVERIFY(execSql(db, "DROP TRIGGER records_no_update"));
        QVERIFY(execSql(db, "UPDATE records SET hmac = zeroblob(32) WHERE seq = 4"));
        expectFailure({db, "--key-file", m_keyFile}, "bad-hmac", 4);
        QCOMPARE(verifyJson({db}, 0).value("hmac_checked").toBool(), false); // only the HMAC key can see this
    }

    void dbDeletedRecord()
    {
        const QString db = copyOf(m_db);
        QVERIFY(execSql(db, "DROP TRIGGER records_no_delete"));
        QVERIFY(execSql(db, "DELETE FROM records WHERE seq = 5"));
        expectFailure({db, "--key-file", m_keyFile}, "missing", 5);
    }

    void dbInsertedRecord()
    {
        const QString db = copyOf(m_db);
        QVERIFY(execSql(db, "DROP TRIGGER records_no_update"));
        QVERIFY(execSql(db, "UPDATE records SET seq = seq + 1000 WHERE seq >= 9"));
        QVERIFY(execSql(db, "UPDATE records SET seq = seq - 999 WHERE seq >= 1000"));
        const QByteArray forged = forgedRecord(9, m_records[8]);
        QVERIFY(execSql(db,
                        "INSERT INTO records (seq, bytes, leaf_hash, hmac, source, source_id) "
                        "VALUES (9, ?, ?, zeroblob(32), 'local', '')",
                        {forged, MerkleTree::leafHashOf(forged)}));
        expectFailure({db, "--key-file", m_keyFile}, "inserted", 9);
    }

    void dbAppendedForgery()
    {
        const QString db = copyOf(m_db);
        const QByteArray forged = forgedRecord(recordCount, m_records.last());
        QVERIFY(execSql(db,
                        "INSERT INTO records (seq, bytes, leaf_hash, hmac, source, source_id) "
                        "VALUES (20, ?, ?, zeroblob(32), 'local', '')",
                        {forged, MerkleTree::leafHashOf(forged)}));
        expectFailure({db, "--key-file", m_keyFile}, "inserted", recordCount);
    }

    void dbReordered()
    {
        const QString db = copyOf(m_db);
        QVERIFY(execSql(db, "DROP TRIGGER records_no_update"));
        QVERIFY(execSql(db, "UPDATE records SET seq = -1 WHERE seq = 3"));
        QVERIFY(execSql(db, "UPDATE records SET seq = 3 WHERE seq = 4"));
        QVERIFY(execSql(db, "UPDATE records SET seq = 4 WHERE seq = -1"));
        expectFailure({db, "--key-file", m_keyFile}, "reordered", 3);
    }

    void dbTruncated()
    {
        const QString db = copyOf(m_db);
        QVERIFY(execSql(db, "DROP TRIGGER records_no_delete"));
        QVERIFY(execSql(db, "DELETE FROM records WHERE seq >= 15"));
        expectFailure({db, "--key-file", m_keyFile}, "truncated", 15);
    }

    void dbTruncatedAndRolledBack()
    {
        // Dropping the newer records and checkpoints leaves a ledger consistent with itself; --since the newer
        // checkpoint catches it.
        const QString latest = m_dir.filePath("checkpoint-20");
        writeFile(latest, runLedgerCli({"checkpoint", m_db}).out);
        const QString db = copyOf(m_db);
        QVERIFY(execSql(db, "DROP TRIGGER records_no_delete"));
        QVERIFY(execSql(db, "DROP TRIGGER checkpoints_no_delete"));
        QVERIFY(execSql(db, "DELETE FROM records WHERE seq >= 10"));
        QVERIFY(execSql(db, "DELETE FROM checkpoints WHERE size > 10"));
        verifyJson({db, "--key-file", m_keyFile}, 0);
        expectFailure({db, "--since", latest}, "truncated", 10);
    }

    void dbForgedCheckpoint()
    {
        const QString db = copyOf(m_db);
        QVERIFY(execSql(db, "DROP TRIGGER checkpoints_no_update"));
        QVERIFY(execSql(db, "UPDATE checkpoints SET note = CAST(replace(CAST(note AS TEXT), X'0A32300A', X'0A31390A') "
                            "AS BLOB) WHERE size = 20"));
        expectFailure({db}, "bad-checkpoint-signature", -1);
    }

    void dbSwappedKey()
    {
        const QString db = copyOf(m_db);
        auto attacker = Ed25519Key::generate();
        QVERIFY(attacker.ok());
        const QByteArray text = SignedNote::parse(runLedgerCli({"checkpoint", m_db}).out)->text();
        const QByteArray note = SignedNote::sign(text, "audit.example.org/tenant-1", attacker.value()).value();
        QVERIFY(execSql(db, "DROP TRIGGER checkpoints_no_update"));
        QVERIFY(execSql(db, "DROP TRIGGER meta_no_update"));
        QVERIFY(execSql(db, "UPDATE checkpoints SET note = ? WHERE size = 20", {note}));
        QVERIFY(execSql(db, "UPDATE meta SET value = ? WHERE key = 'public_key'", {attacker->publicKey().toHex()}));
        expectFailure({db, "--trusted-key", m_vkey}, "untrusted-key", -1);
    }

    void dbRewrittenHistory()
    {
        // Someone with the signing key rebuilds the ledger with record 3 changed and signs it anew: the
        // earlier checkpoint (kept in the database, or given with --since) exposes the rewrite.
        auto keys = LedgerKeys::loadKeyFile(m_keyFile);
        QVERIFY(keys.ok());
        const QString db = m_dir.filePath("rewritten.db");
        LedgerStore::Meta meta{"audit.example.org/tenant-1", keys->signingKey().publicKey(), "x", "key-file"};
        QList<QJsonObject> entries;
        for (const QByteArray& line : events(0, recordCount).trimmed().split('\n'))
            entries.append(QJsonDocument::fromJson(line).object());
        entries[3].insert("action", "user.delete");
        {
            auto store = LedgerStore::create(db, meta);
            QVERIFY(store.ok());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY((*store)->append(entries, keys->hmacKey(), &keys->signingKey(), now).ok());
        }
        verifyJson({db, "--key-file", m_keyFile, "--trusted-key", m_vkey}, 0);
        expectFailure({db, "--since", m_firstCheckpoint}, "inconsistent-with-earlier-checkpoint", -1);

        // The rebuilt ledger with the genuine earlier checkpoint put back before its own (Custos itself would not
        // extend a ledger whose checkpoint its records do not match).
        const QString withHistory = copyOf(db);
        QVERIFY(execSql(withHistory, "INSERT INTO checkpoints (id, size, note) VALUES (0, 10, ?)",
                        {readFile(m_firstCheckpoint)}));
        expectFailure({withHistory}, "inconsistent-with-earlier-checkpoint", -1);
    }

    // The rewrite of issue 15: the triggers dropped, record 5 rewritten with its leaf hash and every later prev
    // recomputed, the checkpoints deleted. Nothing signed vouches for the records any more, so verify fails even
    // with the trusted key, and append refuses to extend or re-sign the ledger: the file stays as it was.
    void dbRewriteThenAppend()
    {
        const QString db = copyOf(m_db);
        QVERIFY(execSql(db, "DROP TRIGGER records_no_update"));
        QVERIFY(execSql(db, "DROP TRIGGER checkpoints_no_delete"));
        QList<QByteArray> rewritten = m_records;
        rewritten[5].replace("user-5", "user-X");
        for (int seq = 5; seq < recordCount; ++seq) {
            if (seq > 5) {
                auto parsed = LedgerRecord::fromBytes(rewritten[seq]);
                QVERIFY(parsed.ok());
                LedgerRecord record = parsed.value();
                record.prev = QString::fromLatin1(Sha256::hash(rewritten[seq - 1]).toHex());
                rewritten[seq] = record.canonicalBytes().value();
            }
            QVERIFY(execSql(db, QStringLiteral("UPDATE records SET bytes = ?, leaf_hash = ? WHERE seq = %1").arg(seq),
                            {rewritten[seq], MerkleTree::leafHashOf(rewritten[seq])}));
        }
        QVERIFY(execSql(db, "DELETE FROM checkpoints"));

        const CliRun verified = runLedgerCli({"verify", db, "--trusted-key", m_vkey});
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.out.contains("no signed checkpoint covers these records"), verified.out.constData());
        QVERIFY(!verified.out.contains("OK\n"));
        QCOMPARE(runLedgerCli({"verify", db}).exitCode, 1);
        expectFailure({db, "--key-file", m_keyFile}, "inserted", 5); // the HMAC key finds the record itself

        const QByteArray before = readFile(db);
        const CliRun appended = runLedgerCli({"append", db, "--key-file", m_keyFile}, events(100, 101));
        QCOMPARE(appended.exitCode, 1);
        QVERIFY2(appended.err.contains("record 5"), appended.err.constData());
        QVERIFY(appended.err.contains("will not extend"));
        QVERIFY(appended.out.isEmpty());
        QCOMPARE(readFile(db), before);
        QVERIFY(!QFileInfo(db + "-wal").exists() || QFileInfo(db + "-wal").size() == 0);
        QCOMPARE(runLedgerCli({"records", db}).out.count('\n'), recordCount);
        QVERIFY(runLedgerCli({"checkpoint", db}).exitCode != 0);
    }

    // The same rewrite with the checkpoints kept: the stored tree no longer has the signed root.
    void dbRewriteUnderCheckpointThenAppend()
    {
        const QString db = copyOf(m_db);
        QVERIFY(execSql(db, "DROP TRIGGER records_no_update"));
        QByteArray changed = m_records[12];
        changed.replace("user-12", "user-X");
        QVERIFY(execSql(db, "UPDATE records SET bytes = ?, leaf_hash = ? WHERE seq = 12",
                        {changed, MerkleTree::leafHashOf(changed)}));
        const QByteArray before = readFile(db);
        const CliRun appended = runLedgerCli({"append", db, "--key-file", m_keyFile}, events(100, 101));
        QCOMPARE(appended.exitCode, 1);
        QVERIFY2(appended.err.contains("record 12"), appended.err.constData());
        QCOMPARE(readFile(db), before);
    }

    // Records nobody signed for (the checkpoint rows lost) are refused even when each one is intact.
    void dbWithoutCheckpointIsNotExtended()
    {
        const QString db = copyOf(m_db);
        QVERIFY(execSql(db, "DROP TRIGGER checkpoints_no_delete"));
        QVERIFY(execSql(db, "DELETE FROM checkpoints"));
        const CliRun verified = runLedgerCli({"verify", db, "--key-file", m_keyFile});
        QCOMPARE(verified.exitCode, 1);
        QVERIFY(verified.out.contains("FAILED: malformed: no signed checkpoint covers these records"));
        const CliRun appended = runLedgerCli({"append", db, "--key-file", m_keyFile}, events(100, 101));
        QCOMPARE(appended.exitCode, 1);
        QVERIFY2(appended.err.contains("no signed checkpoint covers these records"), appended.err.constData());
    }

    // A clean ledger still appends, every batch with its checkpoint, and a key that is not the ledger's is refused.
    void cleanLedgerStillAppends()
    {
        const QString db = copyOf(m_db);
        const CliRun appended =
            runLedgerCli({"append", db, "--key-file", m_keyFile, "--batch-size", "2"}, events(100, 105));
        QCOMPARE(appended.exitCode, 0);
        QCOMPARE(appended.out, QByteArray("5\n"));
        const QJsonObject report = verifyJson({db, "--key-file", m_keyFile, "--trusted-key", m_vkey}, 0);
        QCOMPARE(report.value("records_valid").toInteger(), recordCount + 5);
        QCOMPARE(report.value("uncheckpointed").toInteger(), 0);

        const QString otherKey = m_dir.filePath("other.key");
        QCOMPARE(runLedgerCli({"init", m_dir.filePath("other.db"), "--key-file", otherKey}).exitCode, 0);
        const QByteArray before = readFile(db);
        QCOMPARE(runLedgerCli({"append", db, "--key-file", otherKey}, events(200, 201)).exitCode, 1);
        QCOMPARE(readFile(db), before);
    }

    // --- the export ---

    void exportTampering_data()
    {
        QTest::addColumn<int>("attack");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("modified") << 0 << "modified" << qint64(7);
        QTest::newRow("deleted") << 1 << "missing" << qint64(5);
        QTest::newRow("duplicated") << 2 << "inserted" << qint64(9);
        QTest::newRow("forged insert") << 3 << "inserted" << qint64(9);
        QTest::newRow("reordered") << 4 << "reordered" << qint64(3);
        QTest::newRow("truncated") << 5 << "truncated" << qint64(15);
        QTest::newRow("forged checkpoint") << 6 << "bad-checkpoint-signature" << qint64(-1);
        QTest::newRow("swapped key") << 7 << "untrusted-key" << qint64(-1);
        QTest::newRow("not canonical") << 8 << "malformed" << qint64(11);
        QTest::newRow("modified last") << 9 << "modified" << qint64(-1);
        QTest::newRow("appended") << 10 << "inserted" << qint64(20);
    }
    void exportTampering()
    {
        QFETCH(int, attack);
        QFETCH(QString, kind);
        QFETCH(qint64, seq);
        QList<QByteArray> lines = readFile(m_export).split('\n');
        // lines: 0 header, 1..20 records (seq = line - 1), 21 checkpoint, 22 key, 23 empty.
        QCOMPARE(lines.size(), recordCount + 4);
        switch (attack) {
        case 0:
            lines[8].replace("user-7", "user-X");
            break;
        case 1:
            lines.removeAt(6);
            break;
        case 2:
            lines.insert(11, lines[10]);
            break;
        case 3:
            lines.insert(10, forgedRecord(9, m_records[8]));
            break;
        case 4:
            lines.swapItemsAt(4, 5);
            break;
        case 5:
            lines.remove(16, 5);
            break;
        case 6:
            lines[21].replace("\\n20\\n", "\\n19\\n");
            break;
        case 7: {
            auto attacker = Ed25519Key::generate().value();
            const QByteArray text = SignedNote::parse(runLedgerCli({"checkpoint", m_db}).out)->text();
            const QByteArray note = SignedNote::sign(text, "audit.example.org/tenant-1", attacker).value();
            lines[21] =
                Jcs::canonicalize(QJsonValue(QJsonObject{{"custos-ledger-checkpoint", QString::fromUtf8(note)}}))
                    .value();
            lines[22] =
                Jcs::canonicalize(QJsonValue(QJsonObject{
                                      {"custos-ledger-key",
                                       NoteVerifier("audit.example.org/tenant-1", attacker.publicKey()).toString()}}))
                    .value();
            break;
        }
        case 8:
            lines[12].replace(",\"outcome\"", ", \"outcome\"");
            break;
        case 9:
            lines[20].replace("user-19", "user-X");
            break;
        case 10:
            lines.insert(21, forgedRecord(recordCount, m_records.last()));
            break;
        }
        const QString path = m_dir.filePath(QStringLiteral("tampered-%1.jsonl").arg(attack));
        writeFile(path, lines.join('\n'));
        expectFailure({path, "--trusted-key", m_vkey}, kind, seq);
        const CliRun text = runLedgerCli({"verify", path});
        QCOMPARE(text.exitCode, attack == 7 ? 0 : 1); // without a trusted key, a wholesale key swap is consistent
        if (attack != 7)
            QVERIFY(text.out.contains(QByteArray("FAILED: " + kind.toUtf8())));
    }
};

QTEST_GUILESS_MAIN(TestLedgerTamper)
#include "test_ledger_tamper.moc"
