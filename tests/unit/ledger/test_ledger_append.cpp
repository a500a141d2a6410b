#include "tests/support/LedgerCli.h"

// custos-ledger append on inputs larger than one preparation chunk (8,192 lines, prepared on two threads): the
// first bad line in input order is named and nothing is written; duplicates are skipped across batches; events
// without a time are stamped; the result verifies.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using custos::test::CliRun;
using custos::test::runLedgerCli;

// Line i + 1 of the input is event i. Events with an even number carry a time, the others are stamped.
QList<QByteArray> eventLines(int count)
{
    QList<QByteArray> lines;
    for (int i = 0; i < count; ++i) {
        QJsonObject event{{"action", "user.update"},
                          {"source", "keycloak-admin"},
                          {"source_id", QStringLiteral("ev-%1").arg(i)},
                          {"target", QJsonObject{{"type", "user"}, {"id", QStringLiteral("t%1").arg(i)}}},
                          {"details", QJsonObject{{"n", i}, {"note", QStringLiteral("caf\u00e9 \"%1\"").arg(i)}}}};
        if (i % 2 == 0)
            event.insert("time", "2026-11-24T10:00:00.123Z");
        lines.append(QJsonDocument(event).toJson(QJsonDocument::Compact));
    }
    return lines;
}

} // namespace

class TestLedgerAppend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_keyFile;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("ledger.db");
        m_keyFile = m_dir.filePath("ledger.key");
        QCOMPARE(runLedgerCli({"init", m_db, "--key-file", m_keyFile}).exitCode, 0);
    }

    void firstBadLineInInputOrderIsNamed()
    {
        QList<QByteArray> lines = eventLines(20000);
        // Both in the second chunk: 9,000 in the half prepared on this thread, 13,000 in the worker's half.
        lines[8999] = "{\"action\":";
        lines[12999] = "{\"action\":\"user.update\",\"colour\":\"red\"}";
        CliRun run = runLedgerCli({"append", m_db, "--key-file", m_keyFile}, lines.join('\n'));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("custos-ledger: line 9000 of the input is not a JSON object; nothing was "
                                     "appended\n"));
        lines[8999] = eventLines(9000).last();
        run = runLedgerCli({"append", m_db, "--key-file", m_keyFile}, lines.join('\n'));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("custos-ledger: line 13000: it has an unknown field \"colour\"; nothing was "
                                     "appended\n"));
        QCOMPARE(runLedgerCli({"records", m_db}).out, QByteArray());
    }

    void largeInputAppendsInBatchesAndVerifies()
    {
        QList<QByteArray> lines = eventLines(20000);
        lines[15000] = lines[100]; // the same source and source_id, in a later batch
        lines.insert(5000, "   "); // blank lines are skipped, CR LF endings trimmed
        lines[7000] += '\r';
        const CliRun run = runLedgerCli({"append", m_db, "--key-file", m_keyFile, "--batch-size", "3000", "--progress"},
                                        lines.join('\n')); // no newline after the last line
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("19999\n"));
        QVERIFY2(run.err.contains("committed 3000\n"), run.err.constData());
        QVERIFY2(run.err.contains("committed 19999\n"), run.err.constData());
        QVERIFY(run.err.contains("skipped 1 events already recorded"));

        const QList<QByteArray> records = runLedgerCli({"records", m_db}).out.split('\n');
        QCOMPARE(records.size(), 20000); // 19,999 and the empty string after the last newline
        static const QRegularExpression stamped("\"time\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"\\}$");
        QVERIFY(records[0].endsWith("\"time\":\"2026-11-24T10:00:00.123Z\"}"));
        QVERIFY(stamped.match(QString::fromUtf8(records[1])).hasMatch());
        QVERIFY(!records[1].contains("2026-11-24T10:00:00.123Z"));
        QVERIFY(records[1].contains("\"details\":{\"n\":1,\"note\":\"café \\\"1\\\"\"}"));
        QVERIFY(records[1].contains("\"seq\":1,"));
        QVERIFY(records[19998].contains("\"seq\":19998,"));

        const CliRun verify = runLedgerCli({"verify", m_db, "--key-file", m_keyFile});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out.startsWith("19999/19999 records valid\n"), verify.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestLedgerAppend)
#include "test_ledger_append.moc"
