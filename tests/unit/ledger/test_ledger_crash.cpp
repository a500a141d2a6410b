// The ledger crash suite: `custos-ledger append` is killed with SIGKILL at random points of a bulk append, at least
// 50 times. After every kill the ledger must verify (records, chain, HMACs, checkpoints), every record that was in
// the ledger before must still be there byte for byte, and the records the killed append left behind must be a
// prefix, in order, of the events it was given. A final uninterrupted append must succeed and verify.
//
// What `append` acknowledges: it reads all of standard input, appends, and prints the number appended only at the
// end. So a record is acknowledged once an append exits 0 with that count; records committed by a killed append
// are not acknowledged, but once they are in the ledger they must stay (the check that nothing ever disappears).
//
// The kill points come from a seeded generator (CUSTOS_CRASH_SEED overrides the seed, which is printed); the
// delays only spread the kill points over the append, no assertion depends on timing.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <random>

namespace {

constexpr int minKills = 50;
constexpr int maxIterations = 120; // bound the loop if appends finish before the kill unusually often
constexpr int minEvents = 300;
constexpr int maxEvents = 1300;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(qEnvironmentVariable("CUSTOS_LEDGER_BIN"), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString sourceId(int iteration, int index) { return QStringLiteral("crash-%1-%2").arg(iteration).arg(index); }

// One event of about 400 bytes with a unique source_id, so de-duplication cannot hide a lost record.
QByteArray eventLine(int iteration, int index)
{
    static const QString padding(160, u'x');
    return QJsonDocument(QJsonObject{{"source", "platform"},
                                     {"source_id", sourceId(iteration, index)},
                                     {"action", "user.update"},
                                     {"actor", QJsonObject{{"id", "crash-actor"}, {"username", "alice"}}},
                                     {"target", QJsonObject{{"type", "user"},
                                                            {"id", QStringLiteral("t-%1-%2").arg(iteration).arg(index)},
                                                            {"name", QStringLiteral("user-%1").arg(index)}}},
                                     {"tenant", "acme"},
                                     {"outcome", index % 7 == 3 ? "FAILURE" : "SUCCESS"},
                                     {"details", QJsonObject{{"iteration", iteration}, {"index", index},
                                                             {"padding", padding}}}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

QByteArray events(int iteration, int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += eventLine(iteration, i);
    return lines;
}

QString sourceIdOf(const QByteArray& record)
{
    return QJsonDocument::fromJson(record).object().value(QStringLiteral("source_id")).toString();
}

} // namespace

class TestLedgerCrash : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_keyFile;
    std::mt19937 m_random;
    qint64 m_fullAppendMs = 0;

    QList<QByteArray> records()
    {
        const Run run = cli({"records", m_db});
        if (run.exitCode != 0)
            qWarning().noquote() << "records exit" << run.exitCode << run.err;
        QList<QByteArray> lines = run.out.split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    // verify with the key file, so the HMACs of records after the latest checkpoint are checked too.
    QJsonObject verify()
    {
        const Run run = cli({"verify", "--json", "--key-file", m_keyFile, m_db});
        if (run.exitCode != 0)
            qWarning().noquote() << "verify exit" << run.exitCode << run.out << run.err;
        QJsonObject report = QJsonDocument::fromJson(run.out).object();
        report.insert(QStringLiteral("exit"), run.exitCode);
        return report;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("CUSTOS_LEDGER_BIN")), "CUSTOS_LEDGER_BIN is not set");
        bool ok = false;
        const uint seed = qEnvironmentVariableIntValue("CUSTOS_CRASH_SEED", &ok);
        m_random.seed(ok ? seed : 20261124u);
        qInfo() << "seed" << (ok ? seed : 20261124u) << "(set CUSTOS_CRASH_SEED to repeat another run)";
        m_db = m_dir.filePath(QStringLiteral("ledger.db"));
        m_keyFile = m_dir.filePath(QStringLiteral("ledger.key"));
        const Run init = cli({"init", m_db, "--key-file", m_keyFile});
        QVERIFY2(init.exitCode == 0, init.err.constData());

        // One uninterrupted bulk append: it must be acknowledged, and its duration spreads the kill points below.
        QElapsedTimer timer;
        timer.start();
        const Run first = cli({"append", m_db, "--key-file", m_keyFile}, events(-1, maxEvents));
        m_fullAppendMs = std::max<qint64>(timer.elapsed(), 20);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(first.out, QByteArray::number(maxEvents) + '\n');
        QCOMPARE(records().size(), maxEvents);
        QCOMPARE(verify().value("exit").toInt(), 0);
        qInfo() << "an uninterrupted append of" << maxEvents << "events takes" << m_fullAppendMs << "ms";
    }

    void killDuringBulkAppend()
    {
        QList<QByteArray> before = records();
        QVERIFY(!before.isEmpty());
        int kills = 0;
        int killedWhileWriting = 0;
        int killedNothingNew = 0;
        int killedSomeNew = 0;
        int killedAllNew = 0;
        int completed = 0;
        QList<int> interrupted; // iterations whose append was killed, for the resume check
        QList<int> eventCounts(maxIterations, 0);
        int iteration = 0;
        for (; iteration < maxIterations && kills < minKills; ++iteration) {
            const int count = std::uniform_int_distribution<int>(minEvents, maxEvents)(m_random);
            eventCounts[iteration] = count;
            const QByteArray input = events(iteration, count);
            // One kill in five while standard input is still being written, the others after it was closed, at a
            // random delay within the time an uninterrupted append takes.
            const bool duringInput = std::uniform_int_distribution<int>(0, 4)(m_random) == 0;
            const qsizetype inputPrefix = std::uniform_int_distribution<qsizetype>(1, input.size() - 1)(m_random);
            const int delayMs = std::uniform_int_distribution<int>(0, static_cast<int>(m_fullAppendMs))(m_random);

            QElapsedTimer timer;
            timer.start();
            QProcess process;
            process.start(qEnvironmentVariable("CUSTOS_LEDGER_BIN"), {"append", m_db, "--key-file", m_keyFile});
            QVERIFY(process.waitForStarted());
            process.write(duringInput ? input.left(inputPrefix) : input);
            if (!duringInput)
                process.closeWriteChannel();
            while (process.bytesToWrite() > 0 && process.state() == QProcess::Running)
                process.waitForBytesWritten(1000);
            bool finished = false;
            if (!duringInput && delayMs > 0)
                finished = process.waitForFinished(delayMs);
            if (!finished && process.state() != QProcess::NotRunning) {
                process.kill(); // SIGKILL
                QVERIFY(process.waitForFinished(30000));
            }
            const bool killed = process.exitStatus() == QProcess::CrashExit;
            const QByteArray out = process.readAllStandardOutput();
            if (!killed) {
                // It finished before the kill: the append must have succeeded and is acknowledged.
                QVERIFY2(!duringInput, "append finished although its standard input was still open");
                QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
                QCOMPARE(out, QByteArray::number(count) + '\n');
                // Appends slow down as the ledger grows: spread later kill points over the latest full duration.
                m_fullAppendMs = std::max<qint64>(m_fullAppendMs, timer.elapsed());
            }

            // (1) The ledger verifies after every kill, HMACs included.
            const QJsonObject report = verify();
            QVERIFY2(report.value("exit").toInt() == 0,
                     qPrintable(QStringLiteral("iteration %1: %2")
                                    .arg(iteration)
                                    .arg(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)))));

            // (2) Nothing that was in the ledger disappears or changes: the earlier records are a byte-identical
            // prefix. What the killed append left is a prefix, in order, of the events it was given.
            const QList<QByteArray> after = records();
            QVERIFY2(after.size() >= before.size(),
                     qPrintable(QStringLiteral("iteration %1: %2 records before, %3 after")
                                    .arg(iteration).arg(before.size()).arg(after.size())));
            for (qsizetype i = 0; i < before.size(); ++i)
                QVERIFY2(after.at(i) == before.at(i),
                         qPrintable(QStringLiteral("iteration %1: record %2 changed").arg(iteration).arg(i)));
            const qsizetype added = after.size() - before.size();
            QVERIFY2(added <= count, qPrintable(QStringLiteral("iteration %1: %2 records added from %3 events")
                                                    .arg(iteration).arg(added).arg(count)));
            for (qsizetype i = 0; i < added; ++i)
                QVERIFY2(sourceIdOf(after.at(before.size() + i)) == sourceId(iteration, static_cast<int>(i)),
                         qPrintable(QStringLiteral("iteration %1: record %2 is not event %3")
                                        .arg(iteration).arg(before.size() + i).arg(i)));
            if (!killed) {
                QCOMPARE(added, qsizetype(count));
                QCOMPARE(report.value("uncheckpointed").toInt(-1), 0);
                ++completed;
            } else {
                ++kills;
                interrupted.append(iteration);
                if (duringInput)
                    ++killedWhileWriting;
                if (added == 0)
                    ++killedNothingNew;
                else if (added < count)
                    ++killedSomeNew;
                else
                    ++killedAllNew;
            }
            before = after;
        }
        qInfo().nospace() << iteration << " appends: " << kills << " killed (" << killedWhileWriting
                          << " while writing standard input; " << killedNothingNew << " left no new records, "
                          << killedSomeNew << " some, " << killedAllNew << " all), " << completed
                          << " completed before the kill; ledger size " << before.size();
        QVERIFY2(kills >= minKills, qPrintable(QStringLiteral("only %1 kills in %2 appends").arg(kills).arg(iteration)));

        // (3) Appending resumes: one uninterrupted append of the last interrupted appends' events (some already
        // recorded, those are skipped) and new ones. Every event given ends up in the ledger exactly once.
        QSet<QString> present;
        for (const QByteArray& record : std::as_const(before))
            present.insert(sourceIdOf(record));
        QByteArray input;
        QStringList given;
        for (qsizetype k = std::max<qsizetype>(0, interrupted.size() - 3); k < interrupted.size(); ++k)
            for (int i = 0; i < eventCounts.at(interrupted.at(k)); ++i) {
                input += eventLine(interrupted.at(k), i);
                given.append(sourceId(interrupted.at(k), i));
            }
        input += events(maxIterations, 500);
        for (int i = 0; i < 500; ++i)
            given.append(sourceId(maxIterations, i));
        qsizetype missing = 0;
        for (const QString& id : std::as_const(given))
            missing += present.contains(id) ? 0 : 1;
        const Run resume = cli({"append", m_db, "--key-file", m_keyFile}, input);
        QVERIFY2(resume.exitCode == 0, resume.err.constData());
        QCOMPARE(resume.out, QByteArray::number(missing) + '\n');
        const QList<QByteArray> final = records();
        QCOMPARE(final.size(), before.size() + missing);
        for (qsizetype i = 0; i < before.size(); ++i)
            QVERIFY2(final.at(i) == before.at(i), qPrintable(QStringLiteral("record %1 changed").arg(i)));
        QHash<QString, int> seen;
        for (const QByteArray& record : final)
            ++seen[sourceIdOf(record)];
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 is recorded %2 times").arg(it.key()).arg(it.value())));
        for (const QString& id : std::as_const(given))
            QVERIFY2(seen.contains(id), qPrintable(QStringLiteral("%1 is missing after the resumed append").arg(id)));
        const QJsonObject report = verify();
        QCOMPARE(report.value("exit").toInt(), 0);
        QCOMPARE(report.value("uncheckpointed").toInt(-1), 0);
        QCOMPARE(report.value("checkpoint_size").toInteger(), qint64(final.size()));
    }
};

QTEST_GUILESS_MAIN(TestLedgerCrash)
#include "test_ledger_crash.moc"
