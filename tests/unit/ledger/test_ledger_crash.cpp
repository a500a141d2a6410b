#include "tests/support/LedgerCli.h"

// The ledger crash suite: `custos-ledger append` is killed with SIGKILL at random points of a bulk append, at least
// 50 times. After every kill the ledger must verify (records, chain, HMACs, checkpoints), every record that was in
// the ledger before must still be there byte for byte, every record the killed append acknowledged must be there,
// and the records it left behind must be a prefix, in order, of the events it was given. A final uninterrupted
// append must succeed and verify.
//
// What `append` acknowledges: with --progress it prints "committed N" on stderr after each committed batch, and
// the count on stdout at the end. The kill points are spread over the write phase by waiting for a random number
// of acknowledged batches, then a random fraction of one batch's duration; one append in ten is killed while its
// standard input is still being written instead. The choices come from a seeded generator (CUSTOS_CRASH_SEED
// overrides the seed, which is printed); the delays only place the kill points, no assertion depends on timing.
// The test prints where the kills landed.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <random>
#include <thread>

namespace {

using custos::test::CliRun;
using custos::test::runLedgerCli;

constexpr int minKills = 50;
constexpr int maxIterations = 120; // bound the loop if appends finish before the kill unusually often
constexpr int minEvents = 300;
constexpr int maxEvents = 1300;
constexpr int batchSize = 100; // so each append commits 3 to 13 times and the kills land between and inside commits

QString sourceId(int iteration, int index)
{
    return QStringLiteral("crash-%1-%2").arg(iteration).arg(index);
}

// One event of about 400 bytes with a unique source_id, so de-duplication cannot hide a lost record.
QByteArray eventLine(int iteration, int index)
{
    static const QString padding(160, u'x');
    return QJsonDocument(
               QJsonObject{{"source", "platform"},
                           {"source_id", sourceId(iteration, index)},
                           {"action", "user.update"},
                           {"actor", QJsonObject{{"id", "crash-actor"}, {"username", "alice"}}},
                           {"target", QJsonObject{{"type", "user"},
                                                  {"id", QStringLiteral("t-%1-%2").arg(iteration).arg(index)},
                                                  {"name", QStringLiteral("user-%1").arg(index)}}},
                           {"tenant", "acme"},
                           {"outcome", index % 7 == 3 ? "FAILURE" : "SUCCESS"},
                           {"details", QJsonObject{{"iteration", iteration}, {"index", index}, {"padding", padding}}}})
               .toJson(QJsonDocument::Compact) +
           '\n';
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

// The acknowledgements an append printed so far ("committed N" lines on stderr).
// Reads the "committed N" lines available; returns the last count and adds the number of lines to `lines`
// (several can arrive in one read, so counting changes of the value would miss some).
qint64 readAcknowledged(QProcess& process, qint64 acknowledged, int* lines = nullptr)
{
    process.setReadChannel(QProcess::StandardError);
    while (process.canReadLine()) {
        const QByteArray line = process.readLine().trimmed();
        if (line.startsWith("committed ")) {
            acknowledged = line.mid(10).toLongLong();
            if (lines)
                ++*lines;
        }
    }
    return acknowledged;
}

QStringList appendArguments(const QString& db, const QString& keyFile)
{
    return {"append", db, "--key-file", keyFile, "--progress", "--batch-size", QString::number(batchSize)};
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
    qint64 m_batchMicros = 0; // how long one batch takes to commit, measured on an uninterrupted append

    QList<QByteArray> records()
    {
        const CliRun run = runLedgerCli({"records", m_db});
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
        const CliRun run = runLedgerCli({"verify", "--json", "--key-file", m_keyFile, m_db});
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
        const CliRun init = runLedgerCli({"init", m_db, "--key-file", m_keyFile});
        QVERIFY2(init.exitCode == 0, init.err.constData());

        // One uninterrupted bulk append: it must be acknowledged batch by batch and at the end; the time between
        // its first and last acknowledgement spreads the kill points below.
        QProcess process;
        process.start(qEnvironmentVariable("CUSTOS_LEDGER_BIN"), appendArguments(m_db, m_keyFile));
        QVERIFY(process.waitForStarted());
        process.setReadChannel(QProcess::StandardError);
        process.write(events(-1, maxEvents));
        process.closeWriteChannel();
        QElapsedTimer timer;
        qint64 acknowledged = 0;
        qint64 firstAckMicros = -1;
        int acks = 0;
        while (process.state() != QProcess::NotRunning || process.canReadLine()) {
            process.waitForReadyRead(1000);
            const qint64 now = readAcknowledged(process, acknowledged, &acks);
            if (now != acknowledged && firstAckMicros < 0) {
                timer.start();
                firstAckMicros = 0;
            }
            acknowledged = now;
        }
        QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(acknowledged, qint64(maxEvents));
        QCOMPARE(acks, (maxEvents + batchSize - 1) / batchSize);
        QCOMPARE(process.readAllStandardOutput(), QByteArray::number(maxEvents) + '\n');
        m_batchMicros = std::max<qint64>(timer.nsecsElapsed() / 1000 / std::max(acks - 1, 1), 200);
        QCOMPARE(records().size(), maxEvents);
        QCOMPARE(verify().value("exit").toInt(), 0);
        qInfo() << "an uninterrupted append of" << maxEvents << "events commits a batch of" << batchSize << "every"
                << m_batchMicros << "us";
    }

    void killDuringBulkAppend()
    {
        QList<QByteArray> before = records();
        QVERIFY(!before.isEmpty());
        int kills = 0;
        int killedWhileWriting = 0;
        int killedBeforeFirstCommit = 0;
        QList<int> killedInQuarter(4, 0); // write phase quarters, by the batches acknowledged before the kill
        int killedNothingNew = 0;
        int killedSomeNew = 0;
        int killedAllNew = 0;
        int unacknowledgedKept = 0; // kills after a commit that the append had no time to acknowledge
        int completed = 0;
        QList<int> interrupted; // iterations whose append was killed, for the resume check
        QList<int> eventCounts(maxIterations, 0);
        int iteration = 0;
        for (; iteration < maxIterations && kills < minKills; ++iteration) {
            const int count = std::uniform_int_distribution<int>(minEvents, maxEvents)(m_random);
            eventCounts[iteration] = count;
            const int batches = (count + batchSize - 1) / batchSize;
            const QByteArray input = events(iteration, count);
            const bool duringInput = std::uniform_int_distribution<int>(0, 9)(m_random) == 0;
            const qsizetype inputPrefix = std::uniform_int_distribution<qsizetype>(1, input.size() - 1)(m_random);
            // Kill after `waitAcks` acknowledged batches plus a fraction of a batch: 0 acknowledgements puts the
            // kill inside the first transaction (or just before it), `batches - 1` inside the last one.
            const int waitAcks = std::uniform_int_distribution<int>(0, batches - 1)(m_random);
            const qint64 delayMicros = std::uniform_int_distribution<qint64>(0, m_batchMicros)(m_random);

            QProcess process;
            process.start(qEnvironmentVariable("CUSTOS_LEDGER_BIN"), appendArguments(m_db, m_keyFile));
            QVERIFY(process.waitForStarted());
            process.setReadChannel(QProcess::StandardError);
            process.write(duringInput ? input.left(inputPrefix) : input);
            if (!duringInput)
                process.closeWriteChannel();
            while (process.bytesToWrite() > 0 && process.state() == QProcess::Running)
                process.waitForBytesWritten(1000);
            qint64 acknowledged = 0;
            if (!duringInput) {
                const qint64 target = qint64(waitAcks) * batchSize;
                while (acknowledged < target && process.state() == QProcess::Running) {
                    process.waitForReadyRead(1000);
                    acknowledged = readAcknowledged(process, acknowledged);
                }
                std::this_thread::sleep_for(std::chrono::microseconds(delayMicros));
            }
            if (process.state() != QProcess::NotRunning) {
                process.kill(); // SIGKILL
                QVERIFY(process.waitForFinished(30000));
            }
            const bool killed = process.exitStatus() == QProcess::CrashExit;
            acknowledged = readAcknowledged(process, acknowledged); // lines written before the kill count too
            const QByteArray out = process.readAllStandardOutput();
            if (!killed) {
                // It finished before the kill: the append must have succeeded and is acknowledged.
                QVERIFY2(!duringInput, "append finished although its standard input was still open");
                QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
                QCOMPARE(out, QByteArray::number(count) + '\n');
            }

            // (1) The ledger verifies after every kill, HMACs included.
            const QJsonObject report = verify();
            QVERIFY2(report.value("exit").toInt() == 0,
                     qPrintable(QStringLiteral("iteration %1: %2")
                                    .arg(iteration)
                                    .arg(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)))));

            // (2) Nothing that was in the ledger disappears or changes: the earlier records are a byte-identical
            // prefix. Every acknowledged record is there; what the killed append left is a prefix, in order, of
            // the events it was given.
            const QList<QByteArray> after = records();
            QVERIFY2(after.size() >= before.size(),
                     qPrintable(QStringLiteral("iteration %1: %2 records before, %3 after")
                                    .arg(iteration)
                                    .arg(before.size())
                                    .arg(after.size())));
            for (qsizetype i = 0; i < before.size(); ++i)
                QVERIFY2(after.at(i) == before.at(i),
                         qPrintable(QStringLiteral("iteration %1: record %2 changed").arg(iteration).arg(i)));
            const qsizetype added = after.size() - before.size();
            QVERIFY2(added >= acknowledged, qPrintable(QStringLiteral("iteration %1: %2 records acknowledged, %3 kept")
                                                           .arg(iteration)
                                                           .arg(acknowledged)
                                                           .arg(added)));
            QVERIFY2(added <= count, qPrintable(QStringLiteral("iteration %1: %2 records added from %3 events")
                                                    .arg(iteration)
                                                    .arg(added)
                                                    .arg(count)));
            for (qsizetype i = 0; i < added; ++i)
                QVERIFY2(sourceIdOf(after.at(before.size() + i)) == sourceId(iteration, static_cast<int>(i)),
                         qPrintable(QStringLiteral("iteration %1: record %2 is not event %3")
                                        .arg(iteration)
                                        .arg(before.size() + i)
                                        .arg(i)));
            if (!killed) {
                QCOMPARE(added, qsizetype(count));
                QCOMPARE(report.value("uncheckpointed").toInt(-1), 0);
                ++completed;
            } else {
                ++kills;
                interrupted.append(iteration);
                if (duringInput)
                    ++killedWhileWriting;
                else if (acknowledged == 0)
                    ++killedBeforeFirstCommit;
                else
                    ++killedInQuarter[std::min<qsizetype>(3, 4 * (acknowledged / batchSize) / batches)];
                if (added > acknowledged)
                    ++unacknowledgedKept;
                if (added == 0)
                    ++killedNothingNew;
                else if (added < count)
                    ++killedSomeNew;
                else
                    ++killedAllNew;
            }
            before = after;
        }
        qInfo().nospace() << iteration << " appends: " << kills << " killed, " << completed
                          << " completed before the kill; ledger size " << before.size();
        qInfo().nospace() << "kill points: " << killedWhileWriting << " while writing standard input, "
                          << killedBeforeFirstCommit << " before the first acknowledged commit; after an "
                          << "acknowledged commit, by quarter of the write phase: " << killedInQuarter.at(0) << " / "
                          << killedInQuarter.at(1) << " / " << killedInQuarter.at(2) << " / " << killedInQuarter.at(3);
        qInfo().nospace() << "records left by the killed appends: " << killedNothingNew << " none, " << killedSomeNew
                          << " some, " << killedAllNew << " all; " << unacknowledgedKept
                          << " kept a committed batch the append had not acknowledged yet";
        QVERIFY2(kills >= minKills,
                 qPrintable(QStringLiteral("only %1 kills in %2 appends").arg(kills).arg(iteration)));
        // The point of the suite: most kills land while records are being written, not while input is read.
        QVERIFY2(kills - killedWhileWriting - killedBeforeFirstCommit >= kills / 2,
                 "fewer than half of the kills landed after the first commit");

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
        const CliRun resume = runLedgerCli({"append", m_db, "--key-file", m_keyFile}, input);
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
            QVERIFY2(it.value() == 1,
                     qPrintable(QStringLiteral("%1 is recorded %2 times").arg(it.key()).arg(it.value())));
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
