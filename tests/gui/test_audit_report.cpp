// The PDF audit report, read back with poppler's pdftotext and pdfinfo: verification summary, checkpoint, key
// fingerprint, one table row per record with the headers on every page, the watermark on every page, the
// failure of a tampered export on the title page; and the job's progress, result and cancellation.
#include "AuditLedgerFixture.h"
#include "core/ledger/LedgerStore.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/AuditorWindow.h"
#include "ui/reports/AuditReport.h"
#include "ui/reports/AuditReportDialog.h"
#include "ui/reports/AuditReportJob.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace custos;

namespace {

constexpr int recordCount = 60;
const QString operatorName = QStringLiteral("Ada Lovelace (auditor)");
const QString profileName = QStringLiteral("Production EU");
const QDateTime generatedAt(QDate(2026, 11, 24), QTime(9, 15), QTimeZone::utc());
const QString generatedText = QStringLiteral("2026-11-24 09:15:00 UTC");

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// One page's text (1-based) in the order it was drawn: the watermark's words, then each table row on one line.
QString pageText(const QString& pdf, int page)
{
    return AuditLedgerFixture::pdfPageText(pdf, page);
}

int pdfPageCount(const QString& pdf)
{
    const auto match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
                           .match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Computed here rather than with the code under test: upper-case hex SHA-256 in groups of four.
QString expectedFingerprint(const QByteArray& publicKey)
{
    const QString hex = QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4).toUpper();
    return groups.join(u' ');
}

// The table row of fixture record `seq` (AuditLedgerFixture::events), as pdftotext -raw prints it.
QRegularExpression rowPattern(int seq)
{
    static const QStringList actions{"user.create", "LOGIN", "LOGIN_ERROR", "role.grant"};
    static const QStringList actors{"alice", "bob", "ada"};
    const QDateTime time = QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()).addSecs(seq * 216);
    return QRegularExpression(
        QStringLiteral("^%1 %2 %3 %4 user: user-%1 %5 %6$")
            .arg(seq)
            .arg(QRegularExpression::escape(time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))),
                 actors.at(seq % 3), QRegularExpression::escape(actions.at(seq % 4)),
                 seq % 2 == 0 ? QStringLiteral("acme") : QStringLiteral("globex"),
                 seq % 4 == 2 ? QStringLiteral("FAILURE") : QStringLiteral("SUCCESS")),
        QRegularExpression::MultilineOption);
}

} // namespace

class TestAuditReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryRecordOfAValidLedger();
    void filterNarrowsTheTableNotTheVerification();
    void tamperedExportFailsOnTheTitlePage();
    void cancelledReportWritesNothing();
    void jobReportsProgressAndFinishes();
    void deletedJobNeverCallsBack();
    void refusesWithoutAnOperator();
    void dialogShowsTheOutcome();
    void escapeCancelsARunningReport();
    void outcomeWaitsForItsRecord();
    void auditorWindowSavesAReport();

private:
    AuditReportRequest request(const QString& ledger, const QString& pdf) const;

    QTemporaryDir m_dir;
    QString m_database;
    LedgerKeys m_keys = AuditLedgerFixture::newKeys();
};

void TestAuditReport::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: scripts/install-deps installs poppler-utils");
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("ledger.db"));
    QVERIFY(AuditLedgerFixture::create(m_database, m_keys, recordCount));
}

AuditReportRequest TestAuditReport::request(const QString& ledger, const QString& pdf) const
{
    AuditReportRequest request;
    request.ledgerPath = ledger;
    request.outputPath = m_dir.filePath(pdf);
    request.operatorName = operatorName;
    request.profileName = profileName;
    request.generatedAt = generatedAt;
    return request;
}

void TestAuditReport::listsEveryRecordOfAValidLedger()
{
    const AuditReportRequest full = request(m_database, QStringLiteral("full.pdf"));
    std::atomic<bool> cancelled{false};
    auto summary = AuditReport::write(full, cancelled, {});
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().userMessage()));
    QVERIFY(summary->verification.ok());
    QCOMPARE(summary->recordsListed, recordCount);
    QVERIFY(AuditLedgerFixture::readFile(full.outputPath).startsWith("%PDF-"));
    const int pages = pdfPageCount(full.outputPath);
    QCOMPARE(pages, summary->pageCount);
    QVERIFY2(pages >= 3, "60 records take more than one table page, so the repeated headers are checked");

    const QString title = pageText(full.outputPath, 1);
    QVERIFY2(title.contains(QStringLiteral("60/60 records valid")), qPrintable(title));
    QVERIFY(title.contains(expectedFingerprint(m_keys.signingKey().publicKey())));
    auto store = LedgerStore::openReadOnly(m_database);
    QVERIFY(store);
    const auto checkpoint = (*store)->latestCheckpoint();
    QVERIFY(checkpoint && checkpoint.value());
    const QString root = QString::fromUtf8(checkpoint.value()->note.split('\n').at(2)); // origin, size, root
    QVERIFY2(title.contains(root), qPrintable(root));
    QVERIFY(title.contains(QStringLiteral("\nOrigin %1\n").arg(AuditLedgerFixture::origin)));
    QVERIFY(title.contains(QStringLiteral("\nTree size 60\n")));

    // The watermark (its words spread over lines by the rotation), the footer, and on every table page the
    // header row.
    const QString watermark = operatorName + QStringLiteral(" · ") + profileName + u' ' + generatedText;
    QString table;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(full.outputPath, page);
        QVERIFY2(text.simplified().contains(watermark), qPrintable(QStringLiteral("page %1:\n%2").arg(page).arg(text)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        if (page == 1)
            continue;
        QVERIFY2(text.contains(QStringLiteral("\nSeq Time (UTC) Actor Action Target Tenant Outcome\n")),
                 qPrintable(QStringLiteral("page %1 repeats no header:\n%2").arg(page).arg(text)));
        table += text;
    }
    for (int seq = 0; seq < recordCount; ++seq)
        QVERIFY2(rowPattern(seq).match(table).hasMatch(), qPrintable(QStringLiteral("no row for seq %1").arg(seq)));
}

void TestAuditReport::filterNarrowsTheTableNotTheVerification()
{
    AuditReportRequest narrow = request(m_database, QStringLiteral("narrow.pdf"));
    const QDateTime start(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc());
    narrow.filter.from = start.addSecs(10 * 216); // record 10, inclusive
    narrow.filter.to = start.addSecs(20 * 216);   // record 20, exclusive
    narrow.filter.actor = QStringLiteral("bob");  // i % 3 == 1: 10, 13, 16, 19
    std::atomic<bool> cancelled{false};
    auto summary = AuditReport::write(narrow, cancelled, {});
    QVERIFY(summary);
    QCOMPARE(summary->recordsListed, 4);
    QCOMPARE(summary->verification.checked, recordCount);

    const QString title = pageText(narrow.outputPath, 1);
    QVERIFY(title.contains(QStringLiteral("60/60 records valid")));
    QVERIFY(title.contains(QStringLiteral("\nActor contains bob\n")));
    QVERIFY(title.contains(QStringLiteral("\nRecords listed 4\n")));
    QString table;
    for (int page = 2; page <= summary->pageCount; ++page)
        table += pageText(narrow.outputPath, page);
    for (int seq = 0; seq < recordCount; ++seq) {
        const bool listed = seq >= 10 && seq < 20 && seq % 3 == 1;
        QVERIFY2(rowPattern(seq).match(table).hasMatch() == listed, qPrintable(QString::number(seq)));
    }
}

void TestAuditReport::tamperedExportFailsOnTheTitlePage()
{
    const QString exported = m_dir.filePath(QStringLiteral("ledger.custos-ledger"));
    QVERIFY(AuditLedgerFixture::exportTo(m_database, exported));
    QByteArray bytes = AuditLedgerFixture::readFile(exported);
    // Still canonical JSON, so only the hashes can tell.
    const QByteArray original = "\"name\":\"user-7\"";
    QCOMPARE(bytes.count(original), 1);
    bytes.replace(original, "\"name\":\"user-8\"");
    QVERIFY(AuditLedgerFixture::writeFile(exported, bytes));

    const AuditReportRequest tampered = request(exported, QStringLiteral("tampered.pdf"));
    std::atomic<bool> cancelled{false};
    auto summary = AuditReport::write(tampered, cancelled, {});
    QVERIFY(summary);
    QVERIFY(!summary->verification.ok());
    const QString title = pageText(tampered.outputPath, 1);
    QVERIFY2(title.contains(QStringLiteral("Verification failed: modified at seq 7")), qPrintable(title));
    QVERIFY(!title.contains(QStringLiteral("60/60 records valid")));
}

void TestAuditReport::cancelledReportWritesNothing()
{
    const AuditReportRequest full = request(m_database, QStringLiteral("cancelled.pdf"));
    std::atomic<bool> cancelled{false};
    QStringList steps;
    // Cancelled in the middle of writing pages: the PDF started must not be left behind.
    auto summary = AuditReport::write(full, cancelled, [&](const QString& step, qint64 done, qint64) {
        steps << step;
        if (step.startsWith(QStringLiteral("Writing page")) && done == 1)
            cancelled = true;
    });
    QVERIFY(!summary);
    QCOMPARE(summary.error().kind, Error::Kind::Cancelled);
    QVERIFY2(steps.last().startsWith(QStringLiteral("Writing page 2 of")), qPrintable(steps.join(u'\n')));
    QVERIFY(!QFile::exists(full.outputPath));
}

void TestAuditReport::jobReportsProgressAndFinishes()
{
    AuditReportJob job(request(m_database, QStringLiteral("job.pdf")));
    QSignalSpy progress(&job, &AuditReportJob::progress);
    QSignalSpy finished(&job, &AuditReportJob::finished);
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.at(0).at(0).value<AuditReportOutcome>();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.recordsListed, recordCount);
    QVERIFY(!job.isRunning());
    QVERIFY(progress.size() >= outcome.summary.pageCount);
    QVERIFY(AuditLedgerFixture::readFile(m_dir.filePath(QStringLiteral("job.pdf"))).startsWith("%PDF-"));

    AuditReportJob cancelledJob(request(m_database, QStringLiteral("cancelled-job.pdf")));
    QSignalSpy cancelledFinished(&cancelledJob, &AuditReportJob::finished);
    cancelledJob.cancel();
    cancelledJob.start();
    QVERIFY(cancelledFinished.wait(60000));
    const auto cancelledOutcome = cancelledFinished.at(0).at(0).value<AuditReportOutcome>();
    QVERIFY(cancelledOutcome.error && cancelledOutcome.error->kind == Error::Kind::Cancelled);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("cancelled-job.pdf"))));
}

void TestAuditReport::deletedJobNeverCallsBack()
{
    QObject receiver;
    int callbacks = 0;
    {
        AuditReportJob job(request(m_database, QStringLiteral("deleted.pdf")));
        connect(&job, &AuditReportJob::finished, &receiver, [&callbacks] { ++callbacks; });
        connect(&job, &AuditReportJob::progress, &receiver, [&callbacks] { ++callbacks; });
        job.start();
    } // cancels and joins the thread
    // Whatever the thread posted before it stopped was dropped with the job: processing events delivers nothing.
    QCoreApplication::sendPostedEvents();
    QCOMPARE(callbacks, 0);
}

void TestAuditReport::refusesWithoutAnOperator()
{
    AuditReportRequest anonymous = request(m_database, QStringLiteral("anonymous.pdf"));
    anonymous.operatorName = QStringLiteral("  ");
    std::atomic<bool> cancelled{false};
    auto summary = AuditReport::write(anonymous, cancelled, {});
    QVERIFY(!summary);
    QCOMPARE(summary.error().kind, Error::Kind::Invalid);
    QVERIFY(!QFile::exists(anonymous.outputPath));
}

void TestAuditReport::dialogShowsTheOutcome()
{
    QWidget window;
    window.show();
    auto* dialog = new AuditReportDialog(request(m_database, QStringLiteral("dialog.pdf")), &window);
    QSignalSpy finished(dialog, &AuditReportDialog::finished);
    dialog->start();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).value<AuditReportOutcome>().ok());
    // Done: the result stays on screen, with a way to open the PDF.
    QVERIFY(dialog->isVisible());
    const QString result = dialog->findChild<QLabel*>(QStringLiteral("reportResult"))->text();
    QVERIFY2(result.contains(QStringLiteral("%1 records valid").arg(recordCount)), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("%1 record").arg(recordCount)), qPrintable(result));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("openReportButton"))->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(finished.size(), 1);
}

void TestAuditReport::escapeCancelsARunningReport()
{
    QWidget window;
    window.show();
    auto* dialog = new AuditReportDialog(request(m_database, QStringLiteral("escaped.pdf")), &window);
    QSignalSpy finished(dialog, &AuditReportDialog::finished);
    dialog->start();
    // Escape while the report runs asks it to stop; the dialog stays until the job has stopped.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(finished.wait(60000));
    const auto outcome = finished.at(0).at(0).value<AuditReportOutcome>();
    QVERIFY(outcome.error && outcome.error->kind == Error::Kind::Cancelled);
    QVERIFY(!dialog->isVisible());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("escaped.pdf"))));
}

void TestAuditReport::outcomeWaitsForItsRecord()
{
    QWidget window;
    window.show();
    auto* dialog = new AuditReportDialog(request(m_database, QStringLiteral("recorded.pdf")), &window);
    std::function<void(const Status&)> pending;
    Status written = Error{};
    dialog->setRecorder([&](const Status& outcome, std::function<void(const Status&)> recorded) {
        written = outcome;
        pending = std::move(recorded);
    });
    QSignalSpy finished(dialog, &AuditReportDialog::finished);
    dialog->start();
    QVERIFY(finished.wait(60000));
    QVERIFY(written.ok());
    // Written, not yet recorded: nothing says it is done.
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("reportResult"));
    auto* open = dialog->findChild<QPushButton*>(QStringLiteral("openReportButton"));
    QVERIFY(!result->isVisible());
    QVERIFY(!open->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("reportStep"))->text().contains(QStringLiteral("ledger")));
    // The ledger refused the record: its reason is shown, and no way to open the report as if all were well.
    pending(Error::io(QStringLiteral("The report was written but not recorded"), QStringLiteral("the ledger is full")));
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QStringLiteral("not recorded")), qPrintable(result->text()));
    QVERIFY(!open->isVisible());
    delete dialog;
}

void TestAuditReport::auditorWindowSavesAReport()
{
    const QString exported = m_dir.filePath(QStringLiteral("auditor.custos-ledger"));
    QVERIFY(AuditLedgerFixture::exportTo(m_database, exported));
    AuditorWindow window(m_dir.filePath(QStringLiteral("trust.ini")));
    window.show();
    QSignalSpy assessed(&window, &AuditorWindow::assessed);
    window.openExport(exported);
    QVERIFY(assessed.wait(20000));
    auto* button = window.page()->findChild<QPushButton*>(QStringLiteral("reportButton"));
    QTRY_VERIFY(button->isEnabled());

    // The page's button asks; the window picks the file (its own, non-native dialog offscreen) and writes.
    button->click();
    auto* chooser = window.findChild<QFileDialog*>();
    QVERIFY(chooser);
    const QString pdf = m_dir.filePath(QStringLiteral("auditor.pdf"));
    chooser->selectFile(pdf);
    QVERIFY(QMetaObject::invokeMethod(chooser, "accept")); // protected in QFileDialog, a slot of QDialog
    auto* dialog = window.findChild<AuditReportDialog*>();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &AuditReportDialog::finished);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.at(0).at(0).value<AuditReportOutcome>().ok());
    const QString title = pageText(pdf, 1);
    QVERIFY2(title.contains(QStringLiteral("%1/%1 records valid").arg(recordCount)), qPrintable(title));
    QVERIFY2(title.simplified().contains(QStringLiteral("auditor, local account")), qPrintable(title));
}

QTEST_MAIN(TestAuditReport)
#include "test_audit_report.moc"
