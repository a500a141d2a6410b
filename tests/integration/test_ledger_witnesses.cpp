// custos-ledger against the devstack's two omniwitness instances (devstack/devstack witnesses up): rollback,
// witnesses offline, and a kill -9 in the middle of a submission. Every ledger has its own origin, enrolled with
// both witnesses, so the cases do not share witness state.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <sqlite3.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

Run cli(const QStringList& arguments, const QByteArray& input = {})
{
    return run(qEnvironmentVariable("CUSTOS_LEDGER_BIN"), arguments, input);
}

Run devstack(const QStringList& arguments)
{
    return run(qEnvironmentVariable("CUSTOS_DEVSTACK_SCRIPT"), arguments);
}

QByteArray events(const QString& tag, int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += QJsonDocument(
                     QJsonObject{{"action", "user.update"},
                                 {"target", QJsonObject{{"type", "user"}, {"id", QString(tag + QString::number(i))}}}})
                     .toJson(QJsonDocument::Compact) +
                 '\n';
    return lines;
}

qint64 count(const QString& db, const char* sql)
{
    sqlite3* handle = nullptr;
    sqlite3_open_v2(db.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    qint64 result = -1;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        result = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(handle);
    return result;
}

} // namespace

class TestLedgerWitnesses : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url[2];
    QString m_key[2];

    // A fresh ledger with its own origin, enrolled with both witnesses and configured to submit to them.
    QString newLedger(const QString& name)
    {
        const QString db = m_dir.filePath(name + QStringLiteral(".db"));
        const QString origin =
            QStringLiteral("custos.test/%1-%2").arg(name, QUuid::createUuid().toString(QUuid::Id128).left(8));
        const Run init = cli({"init", db, "--origin", origin, "--key-file", keyFile(db)});
        if (init.exitCode != 0)
            return {};
        if (devstack({"enroll-ledger", QString::fromUtf8(init.out.trimmed())}).exitCode != 0)
            return {};
        for (int i = 0; i < 2; ++i)
            if (cli({"witness", "add", db, "--url", m_url[i], "--key", m_key[i]}).exitCode != 0)
                return {};
        return db;
    }
    static QString keyFile(const QString& db) { return db + QStringLiteral(".key"); }

    QStringList quorumArguments(const QString& path) const
    {
        return {"verify", path, "--witness", m_key[0], "--witness", m_key[1], "--quorum", "2"};
    }

    // What a witness holds for `db`'s latest checkpoint, asked without changing it: the checkpoint from its own
    // size is cosigned again (200) only if the witness already has it; otherwise 409 with the size it has.
    int probe(int witness, const QString& db)
    {
        const Run checkpoint = cli({"checkpoint", db});
        const qsizetype cosignatures = checkpoint.out.indexOf("\xe2\x80\x94 custos.devstack/");
        const QByteArray note = cosignatures < 0 ? checkpoint.out : checkpoint.out.left(cosignatures);
        const QByteArray size = note.split('\n').value(1);
        QProcess curl;
        curl.start(QStringLiteral("curl"), {"-s", "-o", "/dev/null", "-w", "%{http_code}", "--data-binary", "@-",
                                            m_url[witness] + QStringLiteral("/add-checkpoint")});
        curl.write("old " + size + "\n\n" + note);
        curl.closeWriteChannel();
        curl.waitForFinished(10000);
        return curl.readAllStandardOutput().toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run env = devstack({"witnesses", "env"});
        QVERIFY2(env.exitCode == 0, env.err.constData());
        const QRegularExpression line(QStringLiteral("^export CUSTOS_WITNESS([12])_(URL|KEY)='([^']*)'$"),
                                      QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(QString::fromUtf8(env.out)); it.hasNext();) {
            const auto match = it.next();
            (match.captured(2) == u"URL" ? m_url : m_key)[match.captured(1).toInt() - 1] = match.captured(3);
        }
        for (int i = 0; i < 2; ++i)
            QVERIFY(!m_url[i].isEmpty() && !m_key[i].isEmpty());
    }

    void rollbackIsRefusedByBothWitnesses()
    {
        const QString db = newLedger(QStringLiteral("rollback"));
        QVERIFY(!db.isEmpty());
        Run appended = cli({"append", db, "--key-file", keyFile(db)}, events("first", 3));
        QCOMPARE(appended.exitCode, 0);
        QCOMPARE(appended.err.count(": cosigned\n"), 2);
        const QString earlier = m_dir.filePath(QStringLiteral("rollback-earlier.db"));
        QVERIFY(QFile::copy(db, earlier));
        QVERIFY(QFile::copy(keyFile(db), keyFile(earlier)));

        appended = cli({"append", db, "--key-file", keyFile(db)}, events("second", 2));
        QCOMPARE(appended.exitCode, 0);
        Run submitted = cli({"witness", "submit", db});
        QCOMPARE(submitted.exitCode, 0);
        QCOMPARE(submitted.out.count(": cosigned\n"), 2);
        const QString realExport = m_dir.filePath(QStringLiteral("real.jsonl"));
        QCOMPARE(cli({"export", db, realExport}).exitCode, 0);

        // The earlier copy extended with other events: the same size as the real ledger, another tree.
        appended = cli({"append", earlier, "--key-file", keyFile(earlier)}, events("other", 2));
        QCOMPARE(appended.exitCode, 1);
        QCOMPARE(appended.err.count("LEDGER FORK DETECTED"), 2);
        submitted = cli({"witness", "submit", earlier, "--key-file", keyFile(earlier)});
        QCOMPARE(submitted.exitCode, 1);
        QCOMPARE(submitted.out.count("LEDGER FORK DETECTED"), 2);
        const Run records = cli({"records", earlier});
        QVERIFY(records.out.count("\"action\":\"LEDGER_FORK_DETECTED\"") >= 2);
        QCOMPARE(cli({"verify", earlier}).exitCode, 0); // the rolled-back ledger is intact, only not witnessed

        const QString rolledExport = m_dir.filePath(QStringLiteral("rolled.jsonl"));
        QCOMPARE(cli({"export", earlier, rolledExport}).exitCode, 0);
        const Run rolled = cli(quorumArguments(rolledExport));
        QCOMPARE(rolled.exitCode, 1);
        QVERIFY(rolled.out.contains("0 of 2 required cosignatures valid: FAILED"));
        const Run real = cli(quorumArguments(realExport));
        QCOMPARE(real.exitCode, 0);
        QVERIFY2(real.out.contains("witness custos.devstack/witness1: cosigned at 20"), real.out.constData());
        QVERIFY(real.out.contains("witness custos.devstack/witness2: cosigned at 20"));
        QVERIFY(real.out.contains("2 of 2 required cosignatures valid: OK"));
        // The checkpoint and the export carry the same three signatures: the ledger's and both witnesses'.
        QCOMPARE(cli({"checkpoint", realExport}).out, cli({"checkpoint", db}).out);
        QCOMPARE(cli({"checkpoint", db}).out.count("\xe2\x80\x94 "), 3);
    }

    void offlineAppendsQueueAndDrain()
    {
        const QString db = newLedger(QStringLiteral("offline"));
        QVERIFY(!db.isEmpty());
        QCOMPARE(cli({"append", db, "--key-file", keyFile(db)}, events("online", 2)).exitCode, 0);
        QCOMPARE(devstack({"witnesses", "stop"}).exitCode, 0);
        for (int i = 0; i < 3; ++i) {
            const Run appended =
                cli({"append", db, "--key-file", keyFile(db)}, events(QStringLiteral("off%1-").arg(i), 2));
            QCOMPARE(appended.exitCode, 0);
            QCOMPARE(appended.err.count(": unreachable: "), 2);
        }
        Run submitted = cli({"witness", "submit", db});
        QCOMPARE(devstack({"witnesses", "start"}).exitCode, 0);
        QCOMPARE(submitted.exitCode, 0); // nobody reachable refused
        QCOMPARE(submitted.out.count(": unreachable: "), 2);
        QVERIFY(cli(quorumArguments(db)).exitCode == 1);            // the latest checkpoint is not witnessed yet
        QVERIFY(cli({"witness", "list", db}).out.contains(" 2\n")); // both cosigned size 2, then nothing

        submitted = cli({"witness", "submit", db});
        QCOMPARE(submitted.exitCode, 0);
        QCOMPARE(submitted.out.count(": cosigned\n"), 2);
        QCOMPARE(cli(quorumArguments(db)).exitCode, 0);
        QCOMPARE(cli({"witness", "list", db}).out.count(" 8\n"), 2);
    }

    // kill -9 after both witnesses cosigned and before the ledger stored it (a write lock held here keeps the
    // CLI waiting at that point): the next submission recovers both cosignatures, stored once each.
    void killDuringSubmissionLosesAndDuplicatesNothing()
    {
        const QString db = newLedger(QStringLiteral("crash"));
        QVERIFY(!db.isEmpty());
        QCOMPARE(cli({"append", db, "--key-file", keyFile(db)}, events("before", 3)).exitCode, 0);
        QCOMPARE(count(db, "SELECT count(*) FROM cosignatures"), 2);
        // Witnesses unreachable for this append, so its checkpoint is pending.
        QCOMPARE(devstack({"witnesses", "stop"}).exitCode, 0);
        QCOMPARE(cli({"append", db, "--key-file", keyFile(db)}, events("pending", 4)).exitCode, 0);
        QCOMPARE(devstack({"witnesses", "start"}).exitCode, 0);

        sqlite3* lock = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &lock), SQLITE_OK);
        QCOMPARE(sqlite3_exec(lock, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QProcess submit;
        submit.start(qEnvironmentVariable("CUSTOS_LEDGER_BIN"), {"witness", "submit", db});
        QVERIFY(submit.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(probe(0, db), 200, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(probe(1, db), 200, 10000);
        QCOMPARE(submit.state(), QProcess::Running); // still waiting for the lock to store the cosignatures
        submit.kill();                               // SIGKILL
        QVERIFY(submit.waitForFinished());
        sqlite3_exec(lock, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(lock);
        QCOMPARE(count(db, "SELECT count(*) FROM cosignatures"), 2); // the earlier ones are all there

        const Run submitted = cli({"witness", "submit", db});
        QCOMPARE(submitted.exitCode, 0);
        QCOMPARE(submitted.out.count(": cosigned\n"), 2);
        QCOMPARE(cli({"witness", "submit", db}).exitCode, 0); // again: nothing new to store
        QCOMPARE(count(db, "SELECT count(*) FROM cosignatures"), 4);
        QCOMPARE(count(db, "SELECT count(*) FROM cosignatures WHERE checkpoint_id = (SELECT max(id) FROM "
                           "checkpoints)"),
                 2);
        QCOMPARE(cli({"checkpoint", db}).out.count("\xe2\x80\x94 "), 3);
        QCOMPARE(cli(quorumArguments(db)).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestLedgerWitnesses)
#include "test_ledger_witnesses.moc"
