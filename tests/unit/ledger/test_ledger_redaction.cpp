// Ledger format 2 (personal data as commitments), complete redacted exports, selective exports and erasure:
// through the library and through custos-ledger, as an auditor and a data protection officer would use them.
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/MerkleTree.h"
#include "tests/support/LedgerCli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace custos;
using custos::test::CliRun;
using custos::test::runLedgerCli;

namespace {

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

QByteArray line(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// Keycloak ids are UUIDs: none of them spells a name.
const QString aliceId = QStringLiteral("5c1f7d3e-0a4b-4c61-9d2e-7f3a1b2c4d5e");
const QString bobId = QStringLiteral("8e2a9c41-3f6d-4b7e-a1c0-2d5f6e7a8b9c");
const QString carolId = QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

QJsonObject operatorAction(const QString& action, const QString& targetId, const QString& targetName,
                           const QJsonObject& details)
{
    return {{"action", action},
            {"actor", QJsonObject{{"id", aliceId}, {"username", "alice"}}},
            {"target", QJsonObject{{"type", "user"}, {"id", targetId}, {"name", targetName}}},
            {"details", details}};
}

QJsonObject login(const QString& eventId, const QString& userId, const QString& username, const QString& email)
{
    return {{"source", "keycloak-user"},
            {"source_id", eventId},
            {"action", "LOGIN"},
            {"actor", QJsonObject{{"id", userId}, {"username", username}}},
            {"target", QJsonObject{{"type", "client"}, {"id", "custos"}, {"name", "custos"}}},
            {"details",
             QJsonObject{{"ip", "192.0.2.17"}, {"keycloak", QJsonObject{{"username", username}, {"email", email}}}}}};
}

} // namespace

class TestLedgerRedaction : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LedgerKeys m_keys;

    std::unique_ptr<LedgerStore> createStore(const QString& name)
    {
        LedgerStore::Meta meta{QStringLiteral("test.example/ledger"), m_keys.signingKey().publicKey(),
                               QStringLiteral("id-1"), QStringLiteral("key-file"), LedgerStore::latestFormatVersion};
        auto store = LedgerStore::create(m_dir.filePath(name), meta);
        if (!store)
            qFatal("%s", qPrintable(store.error().userMessage()));
        return std::move(store).value();
    }

    // A CLI ledger of ten operator actions: unlocks of carol, and at seq 5 an MFA reset of bob.
    QString cliLedger(const QString& name)
    {
        const QString db = m_dir.filePath(name + ".db");
        const QString key = m_dir.filePath(name + ".key");
        if (runLedgerCli({"init", db, "--origin", "test.example/ledger", "--key-file", key}).exitCode != 0)
            return {};
        QByteArray events;
        for (int i = 0; i < 10; ++i)
            events += line(i == 5 ? operatorAction("MFA_RESET", bobId, "bob", {{"reason", "lost phone"}})
                                  : operatorAction("USER_UNLOCKED", carolId, "carol", {{"reason", "locked out"}}));
        if (runLedgerCli({"append", db, "--key-file", key}, events).exitCode != 0)
            return {};
        return db;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(qEnvironmentVariable("CUSTOS_LEDGER_BIN")));
        auto keys = LedgerKeys::generate();
        QVERIFY(keys.ok());
        m_keys = keys.value();
    }

    void recordsHoldCommitmentsAndReadersOpenThem()
    {
        auto store = createStore("open.db");
        QVERIFY(store
                    ->append({operatorAction("USER_UNLOCKED", carolId, "carol",
                                             {{"reason", "locked out"}, {"ticket", "HD-7"}, {"correlation_id", "c1"}})},
                             m_keys.hmacKey(), &m_keys.signingKey(), QDateTime::currentDateTimeUtc())
                    .ok());
        const QByteArray bytes = store->records(0, 1).value().first().bytes;
        for (const char* personal : {"alice", "carol", "locked out", "HD-7"})
            QVERIFY2(!bytes.contains(personal), personal);
        QVERIFY(bytes.contains(aliceId.toUtf8()));    // Keycloak ids stay in clear
        QVERIFY(bytes.contains("\"c1\""));            // so do the other details
        QVERIFY(bytes.contains("\"USER_UNLOCKED\"")); // and the action
        const LedgerRecord opened = store->openedRecords(0, 1).value().first();
        QCOMPARE(opened.actorUsername, QStringLiteral("alice"));
        QCOMPARE(opened.targetName, QStringLiteral("carol"));
        QCOMPARE(opened.details.value("reason").toString(), QStringLiteral("locked out"));
        // actor.username, details.reason, details.ticket, target.name
        QCOMPARE(store->openings(0, 1).value().size(), 4);
        // The spreadsheet export is for reading: opened.
        const QString csv = m_dir.filePath("open.csv");
        QVERIFY(LedgerExport::writeCsv(*store, csv, {{"actor", "alice"}}).ok());
        QVERIFY2(readFile(csv).contains("\"alice\",\"USER_UNLOCKED\",\"user\",\"carol\""), readFile(csv).constData());
    }

    // 10,000 records, 30 of them about one person: every record is in the export, only those 30 disclosed.
    void redactedExportOfTenThousandIsComplete()
    {
        auto store = createStore("big.db");
        QList<QJsonObject> entries;
        for (int i = 0; i < 10000; ++i)
            entries.append(i % 334 == 7 ? operatorAction("MFA_RESET", bobId, "bob", {{"reason", "lost phone"}})
                                        : operatorAction("USER_UNLOCKED", carolId, "carol", {{"reason", "locked"}}));
        QVERIFY(store->append(entries, m_keys.hmacKey(), &m_keys.signingKey(), QDateTime::currentDateTimeUtc()).ok());
        const QString out = m_dir.filePath("big.jsonl");
        QVERIFY(LedgerExport::writeExport(*store, out, {{"target", bobId}}, LedgerExport::Form::Complete).ok());
        const QByteArray bytes = readFile(out);
        QCOMPARE(bytes.count("\"lost phone\""), 30);
        QVERIFY(!bytes.contains("\"carol\""));
        auto report = LedgerVerifier::verifyExport(out, {});
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->toText()));
        QCOMPARE(report->checked, 10000);
        QCOMPARE(report->completeness, VerificationReport::Completeness::Complete);
        QCOMPARE(report->disclosed, 30);
        QVERIFY(report->toText().contains("complete: yes (10000 records; 30 disclosed)"));
        // The in-memory verifier agrees.
        auto evidence = LedgerVerifier::load(out);
        QVERIFY(evidence.ok());
        const VerificationReport inMemory = LedgerVerifier::verify(evidence.value(), {});
        QCOMPARE(inMemory.disclosed, 30);
        QCOMPARE(inMemory.completeness, VerificationReport::Completeness::Complete);
    }

    void tamperedOpeningFailsAtItsRecord()
    {
        const QString db = cliLedger("opening");
        QVERIFY(!db.isEmpty());
        const QString out = m_dir.filePath("opening.jsonl");
        QCOMPARE(runLedgerCli({"export", db, out, "--filter", "target=" + bobId}).exitCode, 0);
        const CliRun good = runLedgerCli({"verify", out});
        QCOMPARE(good.exitCode, 0);
        QVERIFY2(good.out.contains("complete: yes (10 records; 1 disclosed)"), good.out.constData());
        QByteArray bytes = readFile(out);
        QVERIFY(bytes.contains("\"lost phone\""));
        writeFile(out, QByteArray(bytes).replace("\"lost phone\"", "\"lost phona\""));
        const CliRun bad = runLedgerCli({"verify", out, "--json"});
        QCOMPARE(bad.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(bad.out).object();
        QCOMPARE(report.value("kind").toString(), QStringLiteral("modified"));
        QCOMPARE(report.value("first_bad_seq").toInteger(), 5);
        // Leaving a matching record's opening out is caught as well: it must be disclosed.
        QList<QByteArray> lines = bytes.split('\n');
        lines.removeIf([](const QByteArray& l) { return l.contains("\"lost phone\""); });
        writeFile(out, lines.join('\n'));
        const QJsonObject hidden = QJsonDocument::fromJson(runLedgerCli({"verify", out, "--json"}).out).object();
        QCOMPARE(hidden.value("kind").toString(), QStringLiteral("missing"));
        QCOMPARE(hidden.value("first_bad_seq").toInteger(), 5);
    }

    void commitmentSwappedBetweenRecordsFails()
    {
        const QString db = cliLedger("swap");
        QVERIFY(!db.isEmpty());
        const QString out = m_dir.filePath("swap.jsonl");
        QCOMPARE(runLedgerCli({"export", db, out}).exitCode, 0);
        QList<QByteArray> lines = readFile(out).split('\n');
        // Lines 3 and 7 are records 2 and 6: swap the commitments to their reasons.
        const auto reasonOf = [](const QByteArray& record) {
            const qsizetype at = record.indexOf("\"reason\":\"sha256:") + 10;
            return record.mid(at, 7 + 64);
        };
        const QByteArray a = reasonOf(lines[3]);
        const QByteArray b = reasonOf(lines[7]);
        QVERIFY(a.startsWith("sha256:") && b.startsWith("sha256:") && a != b);
        lines[3].replace(a, b);
        lines[7].replace(b, a);
        writeFile(out, lines.join('\n'));
        const CliRun run = runLedgerCli({"verify", out, "--json"});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value("kind").toString(), QStringLiteral("modified"));
        QCOMPARE(report.value("first_bad_seq").toInteger(), 2);
    }

    // The issue's first forgery: a full export's header given a filter its records do not match, record 5
    // dropped, inclusion proofs computed from the public leaves.
    void filterMismatchIsRejected()
    {
        const QString db = cliLedger("mismatch");
        QVERIFY(!db.isEmpty());
        const QString full = m_dir.filePath("mismatch-full.jsonl");
        QCOMPARE(runLedgerCli({"export", db, full}).exitCode, 0);
        const QList<QByteArray> lines = readFile(full).split('\n');
        QList<QByteArray> records = lines.mid(1, 10);
        std::vector<QByteArray> leaves;
        for (const QByteArray& record : std::as_const(records))
            leaves.push_back(MerkleTree::leafHashOf(record));
        const MerkleTree tree(leaves);
        QByteArray forged = "{\"custos-ledger-export\":1,\"filter\":{\"action\":[\"USER_UNLOCKED\"]},"
                            "\"origin\":\"test.example/ledger\"}\n";
        QByteArray proofs;
        for (int seq = 0; seq < 10; ++seq) {
            if (seq == 5)
                continue;
            forged += records[seq] + '\n';
            const auto proof = tree.inclusionProof(seq, 10);
            QVERIFY(proof.ok());
            QJsonArray hashes;
            for (const QByteArray& hash : proof.value())
                hashes.append(QString::fromLatin1(hash.toHex()));
            proofs += line({{"custos-ledger-proof", QJsonObject{{"hashes", hashes}, {"index", seq}}}});
        }
        forged += proofs;
        // The kept records' openings, the checkpoint and the key, as the full export has them.
        for (const QByteArray& trailer : lines.mid(11))
            if (!trailer.isEmpty() && !trailer.contains("\"seq\":5,"))
                forged += trailer + '\n';
        const QString path = m_dir.filePath("mismatch-forged.jsonl");
        writeFile(path, forged);
        // The records all match here: the export says honestly that it is selective.
        const CliRun selective = runLedgerCli({"verify", path});
        QVERIFY2(selective.exitCode == 0, selective.out.constData());
        QVERIFY2(selective.out.contains("complete: not proven (selective export: 9 records of a log of 10)"),
                 selective.out.constData());
        // A filter its records do not match fails at the first of them.
        writeFile(path, QByteArray(forged).replace("USER_UNLOCKED\"]}", "PASSWORD_RESET\"]}"));
        const CliRun mismatch = runLedgerCli({"verify", path, "--json"});
        QCOMPARE(mismatch.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(mismatch.out).object();
        QCOMPARE(report.value("kind").toString(), QStringLiteral("inserted"));
        QCOMPARE(report.value("first_bad_seq").toInteger(), 0);
        QVERIFY(report.value("detail").toString().contains("does not match the export's filter"));
    }

    // The second forgery: a proofs-only export with one record (and its proof) dropped still verifies, but it
    // cannot claim to be complete.
    void droppedRecordInSelectiveExportIsReported()
    {
        const QString db = cliLedger("dropped");
        QVERIFY(!db.isEmpty());
        const QString out = m_dir.filePath("dropped.jsonl");
        QCOMPARE(runLedgerCli({"export", db, out, "--filter", "action=USER_UNLOCKED", "--proofs-only"}).exitCode, 0);
        QList<QByteArray> lines = readFile(out).split('\n');
        QCOMPARE(lines.count(), 1 + 9 + 9 + 9 * 3 + 2 + 1); // header, records, proofs, openings, trailer, ""
        lines.removeAt(1 + 9 + 3);                          // record 3's proof
        lines.removeAt(1 + 3);                              // record 3
        lines.removeIf([](const QByteArray& l) { return l.contains("\"seq\":3,\"value\""); });
        writeFile(out, lines.join('\n'));
        const CliRun run = runLedgerCli({"verify", out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("complete: not proven (selective export: 8 records of a log of 10)"),
                 run.out.constData());
        const QJsonObject json = QJsonDocument::fromJson(runLedgerCli({"verify", out, "--json"}).out).object();
        QCOMPARE(json.value("complete").toString(), QStringLiteral("not-proven"));
        QCOMPARE(json.value("disclosed").toInteger(), 8);
        QCOMPARE(json.value("log_size").toInteger(), 10);
    }

    void erasureLeavesAVerifyingLedgerWithoutTheirData()
    {
        const QString db = m_dir.filePath("erase.db");
        const QString key = m_dir.filePath("erase.key");
        QCOMPARE(runLedgerCli({"init", db, "--origin", "test.example/ledger", "--key-file", key}).exitCode, 0);
        const QByteArray events =
            line(login("ev-1", bobId, "bob", "bob@example.com")) +
            line(operatorAction("MFA_RESET", bobId, "bob", {{"reason", "bob lost his phone"}, {"ticket", "HD-1"}})) +
            line(login("ev-2", carolId, "carol", "carol@example.com")) +
            line(login("ev-3", bobId, "bob", "bob@example.com")) +
            line(operatorAction("USER_DISABLED", bobId, "bob",
                                {{"reason", "leaver: last day"}, {"email", "bob@example.com"}})) +
            line(operatorAction("USER_UNLOCKED", carolId, "carol", {{"reason", "locked out"}}));
        QCOMPARE(runLedgerCli({"append", db, "--key-file", key}, events).exitCode, 0);
        QVERIFY(readFile(db).contains("bob@example.com"));

        const CliRun erased =
            runLedgerCli({"erase", db, "--subject", "bob", "--reason", "request DP-12", "--key-file", key});
        QCOMPARE(erased.exitCode, 0);
        QVERIFY2(erased.out.trimmed().toInt() >= 12, erased.out.constData());

        const CliRun verified = runLedgerCli({"verify", db, "--key-file", key});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY(verified.out.contains("7/7 records valid"));
        const QString out = m_dir.filePath("erase.jsonl");
        QCOMPARE(runLedgerCli({"export", db, out}).exitCode, 0);
        QCOMPARE(runLedgerCli({"verify", out}).exitCode, 0);
        const QByteArray exported = readFile(out);
        QVERIFY(exported.contains("\"erased\":true"));
        QVERIFY(exported.contains("\"PERSONAL_DATA_ERASED\""));
        QVERIFY(exported.contains("\"carol@example.com\"")); // other people's data stay
        QVERIFY(exported.contains("\"alice\""));
        QVERIFY(runLedgerCli({"records", db}).out.contains("\"PERSONAL_DATA_ERASED\""));
        // Byte scans: neither the database (with whatever SQLite keeps beside it) nor the export holds them.
        QByteArray files = exported;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")})
            files += readFile(db + suffix);
        QVERIFY(!files.contains("bob"));
        QVERIFY(!files.contains("bob@example.com"));
        QVERIFY(!files.contains("lost his phone"));
        // The audit view's reader shows the erased fields as erased.
        auto store = LedgerStore::openReadOnly(db);
        QVERIFY(store.ok());
        const LedgerRecord reset = (*store)->openedRecords(1, 2).value().first();
        QCOMPARE(reset.targetName, QStringLiteral("erased"));
        QCOMPARE(reset.actorUsername, QStringLiteral("alice"));
    }

    // The erasure is committed before the file is rebuilt. On a disk too full to rebuild it (a private tmpfs one and
    // a half times the ledger's size) the personal data are still erased and the erasure recorded; the command says
    // the file was not rebuilt instead of reporting a failure, and the ledger verifies.
    void aDiskTooFullToRebuildTheFileStillErasesAndSaysSo()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a private tmpfs (unshare -m) needs root");
        const QString db = m_dir.filePath("full.db");
        const QString key = m_dir.filePath("full.key");
        QCOMPARE(runLedgerCli({"init", db, "--origin", "test.example/ledger", "--key-file", key}).exitCode, 0);
        QByteArray events;
        for (int i = 0; i < 3000; ++i)
            events += i % 2 ? line(login(QStringLiteral("ev-%1").arg(i), carolId, "carol", "carol@example.com"))
                            : line(login(QStringLiteral("ev-%1").arg(i), bobId, "bob", "bob@example.com"));
        QCOMPARE(runLedgerCli({"append", db, "--key-file", key}, events).exitCode, 0);
        const qint64 size = QFileInfo(db).size();
        const QString mounted = m_dir.filePath("full");
        QVERIFY(QDir().mkpath(mounted));
        QProcess run;
        run.start("unshare",
                  {"-m", "sh", "-c",
                   R"sh(mount -t tmpfs -o size=$1 tmpfs "$2" && cp "$3" "$4" "$2"/ || exit 99
                                 "$5" erase "$2/full.db" --subject bob --reason "request DP-13" --key-file "$2/full.key"
                                 echo "erase exit $?"
                                 "$5" verify "$2/full.db" --key-file "$2/full.key"
                                 echo "verify exit $?"
                                 echo "bob e-mail count $(grep -c bob@example.com "$2/full.db")")sh",
                   "sh", QString::number(size * 3 / 2), mounted, db, key, qEnvironmentVariable("CUSTOS_LEDGER_BIN")});
        QVERIFY(run.waitForFinished(120000));
        const QString out = QString::fromUtf8(run.readAllStandardOutput());
        const QString err = QString::fromUtf8(run.readAllStandardError());
        QCOMPARE(run.exitCode(), 0);
        QVERIFY2(out.contains("erase exit 0"), qPrintable(out + err));
        QVERIFY2(err.contains("could not be rebuilt") && err.contains("full"), qPrintable(err));
        QVERIFY2(out.contains("3001/3001 records valid") && out.contains("verify exit 0"), qPrintable(out));
        QVERIFY2(out.contains("bob e-mail count 0"), qPrintable(out));
    }

    void formatOneLedgerCannotErase()
    {
        const QString db = m_dir.filePath("v1.db");
        const QString key = m_dir.filePath("v1.key");
        QCOMPARE(runLedgerCli({"init", db, "--key-file", key, "--format-version", "1"}).exitCode, 0);
        QCOMPARE(runLedgerCli({"append", db, "--key-file", key}, line(login("ev-1", bobId, "bob", "bob@example.com")))
                     .exitCode,
                 0);
        const CliRun run = runLedgerCli({"erase", db, "--subject", "bob", "--reason", "x", "--key-file", key});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("format 1"));
        QVERIFY(readFile(db).contains("bob@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestLedgerRedaction)
#include "test_ledger_redaction.moc"
