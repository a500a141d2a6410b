// The audit view over a ledger database and an export: the lazy model (checked by QAbstractItemModelTester),
// the filters, the detail pane of a known record, and the verification view on good and tampered exports.
#include "AuditLedgerFixture.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/crypto/Sha256.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/MerkleTree.h"
#include "ui/audit/ActivityChart.h"
#include "ui/audit/AuditLedger.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/VerificationView.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>

using namespace custos;
namespace fixture = AuditLedgerFixture;

namespace {

constexpr int recordCount = 1200; // more than two pages, and more than one chunk of the inclusion prover

// Fetches pages until the model has them all; each page is answered by the ledger's worker.
bool fetchAll(AuditLogModel& model)
{
    while (model.canFetchMore({}) || model.isSearching()) {
        if (!model.isSearching())
            model.fetchMore({});
        QSignalSpy done(&model, &AuditLogModel::searchingChanged);
        if (model.isSearching() && !done.wait(10000))
            return false;
    }
    return true;
}

bool waitOpened(AuditLedger& ledger)
{
    QSignalSpy opened(&ledger, &AuditLedger::opened);
    return ledger.isOpen() || opened.wait(10000);
}

QString cell(const AuditLogModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

VerificationOutcome verified(VerificationView& view, const QString& path)
{
    QSignalSpy finished(&view, &VerificationView::finished);
    view.verify(path);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<VerificationOutcome>();
}

AuditLogModel::RowStatus rowStatus(const AuditLogModel& model, int row)
{
    return model.data(model.index(row, AuditLogModel::StatusColumn), AuditLogModel::StatusRole)
        .value<AuditLogModel::RowStatus>();
}

// The chart draws `periods` bars per set, each labelled once, on a count axis whose ticks are whole numbers
// (so that no count label repeats).
void checkActivityChart(QChartView* view, int periods)
{
    QChart* chart = view->chart();
    QCOMPARE(chart->series().size(), 1);
    auto* bars = qobject_cast<QBarSeries*>(chart->series().constFirst());
    QVERIFY2(bars, "the activity is drawn as bars");
    QCOMPARE(bars->count(), 3);
    for (const QBarSet* set : bars->barSets())
        QCOMPARE(set->count(), periods);
    const auto horizontal = chart->axes(Qt::Horizontal);
    QCOMPARE(horizontal.size(), 1);
    auto* categories = qobject_cast<QBarCategoryAxis*>(horizontal.constFirst());
    QVERIFY(categories);
    const QStringList labels = categories->categories();
    QCOMPARE(labels.size(), periods);
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), periods);
    const auto vertical = chart->axes(Qt::Vertical);
    QCOMPARE(vertical.size(), 1);
    auto* count = qobject_cast<QValueAxis*>(vertical.constFirst());
    QVERIFY(count);
    QCOMPARE(count->min(), 0.0);
    const int steps = count->tickCount() - 1;
    QVERIFY(steps >= 1);
    const double step = count->max() / steps;
    QVERIFY2(step >= 1 && step == std::floor(step), qPrintable(QString::number(step)));
    qreal highest = 0;
    for (const QBarSet* set : bars->barSets())
        for (int i = 0; i < set->count(); ++i)
            highest = std::max(highest, set->at(i));
    QVERIFY(count->max() >= highest);
}

} // namespace

class TestAuditView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LedgerKeys m_keys;
    QString m_db;
    QString m_export;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keys = fixture::newKeys();
        m_db = m_dir.filePath("ledger.db");
        m_export = m_dir.filePath("ledger.jsonl");
        QVERIFY(fixture::create(m_db, m_keys, recordCount));
        QVERIFY(fixture::exportTo(m_db, m_export));
    }

    void modelPagesThroughTheLedger_data()
    {
        QTest::addColumn<bool>("database");
        QTest::newRow("database") << true;
        QTest::newRow("export") << false;
    }
    void modelPagesThroughTheLedger()
    {
        QFETCH(bool, database);
        AuditLedger ledger(database ? m_db : m_export);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLedger(&ledger);
        QVERIFY(waitOpened(ledger));
        QTRY_COMPARE(model.rowCount(), AuditLogModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), recordCount);
        QVERIFY(!model.canFetchMore({}));

        QCOMPARE(cell(model, 0, AuditLogModel::SeqColumn), QString("0"));
        QCOMPARE(cell(model, 1199, AuditLogModel::SeqColumn), QString("1199"));
        QCOMPARE(cell(model, 4, AuditLogModel::ActorColumn), QString("bob"));
        QCOMPARE(cell(model, 2, AuditLogModel::ActionColumn), QString("LOGIN_ERROR"));
        QCOMPARE(cell(model, 2, AuditLogModel::OutcomeColumn), QString("FAILURE"));
        QCOMPARE(cell(model, 3, AuditLogModel::SourceColumn), QString("keycloak-admin"));
        QCOMPARE(cell(model, 7, AuditLogModel::TargetColumn), QString("user user-7"));
        QCOMPARE(cell(model, 7, AuditLogModel::TenantColumn), QString("globex"));
        QCOMPARE(cell(model, 0, AuditLogModel::TimeColumn), QString("2026-11-23T08:00:00.000Z"));
        QCOMPARE(model.data(model.index(5, AuditLogModel::StatusColumn), AuditLogModel::StatusRole)
                     .value<AuditLogModel::RowStatus>(),
                 AuditLogModel::RowStatus::NotChecked);
    }

    void modelOnAFilteredExportShowsTheSeqsItCarries()
    {
        const QString filtered = m_dir.filePath("failures.jsonl");
        QVERIFY(fixture::exportTo(m_db, filtered, {{"outcome", "FAILURE"}}));
        AuditLedger ledger(filtered);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLedger(&ledger);
        QVERIFY(waitOpened(ledger));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), fixture::countLoginErrors(recordCount));
        QCOMPARE(cell(model, 0, AuditLogModel::SeqColumn), QString("2"));
        QCOMPARE(cell(model, 1, AuditLogModel::SeqColumn), QString("6"));
        QCOMPARE(model.data(model.index(1, 0), AuditLogModel::PositionRole).toLongLong(), 1);
    }

    void filtersSelectTheMatchingRecords_data()
    {
        QTest::addColumn<bool>("database");
        QTest::addColumn<AuditFilter>("filter");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("shown");
        const int n = recordCount;
        for (const bool database : {true, false}) {
            const char* kind = database ? "database" : "export";
            AuditFilter filter;
            filter.action = "login_error"; // case-insensitive
            QTest::addRow("%s: action", kind) << database << filter << fixture::countLoginErrors(n)
                                              << int(AuditLogModel::ActionColumn) << "LOGIN_ERROR";
            filter = {};
            filter.actor = "ALI";
            QTest::addRow("%s: actor", kind)
                << database << filter << n / 3 << int(AuditLogModel::ActorColumn) << "alice";
            filter = {};
            filter.outcome = "FAILURE";
            filter.tenant = "acme";
            QTest::addRow("%s: outcome and tenant", kind)
                << database << filter << fixture::countLoginErrors(n) << int(AuditLogModel::TenantColumn) << "acme";
            filter = {};
            filter.source = "keycloak-admin";
            QTest::addRow("%s: source", kind)
                << database << filter << n / 4 << int(AuditLogModel::SourceColumn) << "keycloak-admin";
            filter = {};
            filter.target = "user-119";
            QTest::addRow("%s: target", kind) << database << filter << 11 << int(AuditLogModel::TenantColumn)
                                              << QString(); // user-119 and user-1190 … user-1199
            filter = {};
            filter.reason = "team GREEN"; // every 4th record has a reason, a third of them this one
            QTest::addRow("%s: reason", kind)
                << database << filter << n / 12 << int(AuditLogModel::ActionColumn) << "user.create";
            filter = {};
            filter.ticket = "inc-"; // every 20th
            QTest::addRow("%s: ticket", kind)
                << database << filter << n / 20 << int(AuditLogModel::SourceColumn) << "local";
            filter = {};
            filter.ticket = "INC-1000";
            filter.reason = "team";
            QTest::addRow("%s: ticket and reason", kind)
                << database << filter << 1 << int(AuditLogModel::SeqColumn) << "1000";
            filter = {};
            filter.helpdeskVerifications = true; // every 40th
            QTest::addRow("%s: helpdesk verifications", kind)
                << database << filter << n / 40 << int(AuditLogModel::SourceColumn) << "local";
            filter = {};
            filter.reason = "\"i\""; // the reason only, not anywhere in the record
            QTest::addRow("%s: reason is not free text", kind)
                << database << filter << 0 << int(AuditLogModel::SeqColumn) << QString();
            filter = {};
            filter.text = "\"i\":777}";
            QTest::addRow("%s: free text", kind) << database << filter << 1 << int(AuditLogModel::SeqColumn) << "777";
            filter = {};
            // Records are 216 s apart from 08:00 on the 23rd: the 24th (UTC) holds seqs 267 to 666.
            filter.from = QDateTime(QDate(2026, 11, 24), QTime(0, 0), QTimeZone::utc());
            filter.to = QDateTime(QDate(2026, 11, 25), QTime(0, 0), QTimeZone::utc());
            QTest::addRow("%s: time range", kind)
                << database << filter << 400 << int(AuditLogModel::TimeColumn) << QString();
        }
    }
    void filtersSelectTheMatchingRecords()
    {
        QFETCH(bool, database);
        QFETCH(AuditFilter, filter);
        QFETCH(int, expected);
        QFETCH(int, column);
        QFETCH(QString, shown);
        AuditLedger ledger(database ? m_db : m_export);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLedger(&ledger);
        QVERIFY(waitOpened(ledger));
        model.setFilter(filter);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount() && !shown.isEmpty(); ++row)
            QCOMPARE(cell(model, row, column), shown);
        if (filter.from.isValid()) {
            QCOMPARE(cell(model, 0, AuditLogModel::SeqColumn), QString("267"));
            QVERIFY(cell(model, expected - 1, AuditLogModel::TimeColumn).startsWith("2026-11-24T23:"));
        }
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), AuditLogModel::pageSize);
    }

    void detailPaneShowsAKnownRecord_data()
    {
        QTest::addColumn<int>("seq");
        QTest::newRow("first chunk") << 5;
        QTest::newRow("second chunk") << 1100; // its proof crosses the prover's chunk boundary
    }
    void detailPaneShowsAKnownRecord()
    {
        QFETCH(int, seq);
        auto store = LedgerStore::open(m_db);
        QVERIFY(store.ok());
        const auto stored = (*store)->records(seq - 1, seq + 1).value();
        const auto checkpoint = (*store)->latestCheckpoint().value();
        const auto expectedProof = (*store)->storedTree()->inclusionProof(seq, checkpoint->size).value();

        AuditPage page(m_db);
        page.setHmacKey(m_keys.hmacKey());
        auto* view = page.findChild<QTableView*>("auditLogView");
        QVERIFY(view);
        QTRY_VERIFY(page.model()->rowCount() > 0);
        QVERIFY(fetchAll(*page.model()));
        view->setCurrentIndex(page.model()->index(seq, 0));

        const auto text = [&](const char* name) {
            auto* edit = page.findChild<QPlainTextEdit*>(name);
            return edit ? edit->toPlainText() : page.findChild<QLabel*>(name)->text();
        };
        QVERIFY(text("prettyJson").contains(QStringLiteral("\"seq\": %1").arg(seq)));
        QVERIFY(text("prettyJson").contains("\n    \"action\""));
        QVERIFY(text("exactBytes").startsWith(QString::fromUtf8(stored.at(1).bytes) + "\n"));
        QVERIFY(text("hmacDetail").contains(QString::fromLatin1(stored.at(1).hmac.toHex())));
        QVERIFY(text("hmacDetail").contains("matches the record"));
        QVERIFY(text("chainDetail").contains(QString::fromLatin1(Sha256::hash(stored.at(0).bytes).toHex())));
        QVERIFY(text("chainDetail").contains(QStringLiteral("matches the hash of record %1").arg(seq - 1)));
        // What the operator said, when the record says it.
        if (seq == 1100) {
            QVERIFY2(text("justificationDetail").contains("Reason: Joiner for team blue"),
                     qPrintable(text("justificationDetail")));
            QVERIFY(text("justificationDetail").contains("Ticket: INC-1100"));
        } else {
            QCOMPARE(text("justificationDetail"), QStringLiteral("no reason recorded"));
        }
        QTRY_VERIFY(text("proofStatus").contains("verifies against the root"));
        QStringList hashes;
        for (const QByteArray& hash : expectedProof)
            hashes.append(QString::fromLatin1(hash.toHex()));
        QCOMPARE(text("proofHashes"), hashes.join('\n'));
    }

    void verificationViewOnAGoodExport()
    {
        VerificationView view;
        const VerificationOutcome outcome = verified(view, m_export);
        QVERIFY(outcome.error.isEmpty());
        QVERIFY(outcome.report.ok());
        QVERIFY(view.findChild<QLabel*>("summaryLabel")->text().contains("1200/1200 records valid"));
        QCOMPARE(view.findChild<QLabel*>("failureLabel")->text(), QString("none"));
        QCOMPARE(view.findChild<QLabel*>("originLabel")->text(), fixture::origin);
        QVERIFY(view.findChild<QLabel*>("sizeLabel")->text().contains("1")); // locale-formatted 1,200
        const QString fingerprint = view.findChild<QLabel*>("fingerprintLabel")->text();
        QCOMPARE(fingerprint.size(), 64 + 15);
        QCOMPARE(QString(fingerprint).remove(' '),
                 QString::fromLatin1(Sha256::hash(m_keys.signingKey().publicKey()).toHex().toUpper()));
        // Four calendar days of activity; a quarter of the records are failed sign-ins.
        QCOMPARE(outcome.activity.size(), 4);
        qint64 failedLogins = 0;
        for (const ActivityDay& day : outcome.activity)
            failedLogins += day.failedLogins;
        QCOMPARE(failedLogins, fixture::countLoginErrors(recordCount));
        auto* chart = view.findChild<QChartView*>("activityChart");
        checkActivityChart(chart, 4);
        if (QTest::currentTestFailed())
            return;
        const QList<QBarSet*> sets = static_cast<QBarSeries*>(chart->chart()->series().constFirst())->barSets();
        qreal drawnFailedLogins = 0;
        for (int day = 0; day < 4; ++day)
            drawnFailedLogins += sets.at(2)->at(day);
        QCOMPARE(drawnFailedLogins, qreal(fixture::countLoginErrors(recordCount)));
    }

    // One bar per day for a few weeks; longer spans by week or month, each period labelled once.
    void activityChartHasCleanAxes_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("periods");
        QTest::addColumn<QString>("title");
        QTest::newRow("one quiet day") << QDate(2026, 11, 23) << 1 << 1 << "Activity per day";
        QTest::newRow("four days") << QDate(2026, 11, 23) << 4 << 4 << "Activity per day";
        QTest::newRow("a month of days") << QDate(2026, 11, 23) << 31 << 31 << "Activity per day";
        QTest::newRow("sixty days from a Monday") << QDate(2026, 1, 5) << 60 << 9 << "Activity per week";
        QTest::newRow("four hundred days") << QDate(2025, 1, 1) << 400 << 14 << "Activity per month";
    }
    void activityChartHasCleanAxes()
    {
        QFETCH(QDate, first);
        QFETCH(int, days);
        QFETCH(int, periods);
        QFETCH(QString, title);
        // One event on the first day, then every third day a few more; the last day always has one.
        QList<ActivityDay> activity{{first, 1, 0, 0}};
        for (int i = 3; i < days - 1; i += 3)
            activity.append({first.addDays(i), i % 7, i % 2, i % 2});
        if (days > 1)
            activity.append({first.addDays(days - 1), 1, 1, 0});
        ActivityChart chart;
        chart.setActivity(activity);
        checkActivityChart(&chart, periods);
        QCOMPARE(chart.chart()->title(), title);
    }

    // A new ledger, as at a first sign-in: nothing is shown as verified while there is nothing to verify.
    void anEmptyLedgerIsNotShownAsVerified()
    {
        const QString path = m_dir.filePath("empty.db");
        QVERIFY(fixture::create(path, fixture::newKeys(), 0));
        AuditPage page(path);
        QSignalSpy verified(page.verificationView(), &VerificationView::finished);
        QVERIFY(verified.wait(20000));
        const QString summary = page.findChild<QLabel*>("summaryLabel")->text();
        QVERIFY2(!summary.contains(QStringLiteral("✔")), qPrintable(summary));
        QVERIFY2(summary.contains("No records to verify yet"), qPrintable(summary));
    }

    // The window's own ledger while the page is open: what is recorded joins the log (appended rows, not a
    // reload) and the verification.
    void recordsAppendedWhileThePageIsOpenJoinTheLog()
    {
        const QString path = m_dir.filePath("live.db");
        const LedgerKeys keys = fixture::newKeys();
        QVERIFY(fixture::create(path, keys, 0));
        auto store = LedgerStore::open(path);
        QVERIFY(store.ok());
        LedgerAuditTrail trail(std::move(store).value(), keys, path);

        AuditPage page;
        QSignalSpy verified(page.verificationView(), &VerificationView::finished);
        page.follow(&trail);
        QVERIFY(verified.wait(20000));
        auto* summary = page.findChild<QLabel*>("summaryLabel");
        auto* status = page.findChild<QLabel*>("auditStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("shown"), 10000); // the log is open, and empty
        QCOMPARE(page.model()->rowCount(), 0);

        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(page.model(), &QAbstractItemModel::rowsInserted);
        bool recorded = false;
        trail.recordAll(fixture::events(0, 5), this, [&](const Result<LedgerAuditTrail::Appended>& appended) {
            recorded = appended.ok() && appended->appended == 5;
        });
        QTRY_VERIFY_WITH_TIMEOUT(recorded, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("✔ 5/5 records valid")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(rowStatus(*page.model(), 4), AuditLogModel::RowStatus::Verified, 10000);

        trail.record(fixture::events(5, 6).constFirst(), this, [](const Status&) {});
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 6, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith("6 record"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("✔ 6/6 records valid")), 20000);
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserted.count() >= 2);
        QCOMPARE(cell(*page.model(), 5, AuditLogModel::SeqColumn), QString("5"));
    }

    // The window shows the same ledger again (after an erasure, a reopened session) while a verification of it runs:
    // the page starts over and the last verification's answer is the one shown.
    void showingTheSameLedgerAgainWhileItVerifiesStartsOver()
    {
        AuditPage page;
        page.setHmacKey(m_keys.hmacKey());
        QSignalSpy verified(page.verificationView(), &VerificationView::finished);
        for (int again = 0; again < 20; ++again) {
            page.setLedger(m_db);
            QTest::qWait(again % 4); // some while reading, some while verifying
        }
        auto* summary = page.findChild<QLabel*>("summaryLabel");
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("✔ %1/%1 records valid").arg(recordCount)),
                                 30000);
        QVERIFY(!verified.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 10000); // its first page; the rest as it scrolls
    }

    void verificationViewOnTamperedExports_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("modified record") << "modify"
                                         << "modified" << qint64(7);
        QTest::newRow("deleted record") << "delete"
                                        << "missing record" << qint64(7);
    }
    void verificationViewOnTamperedExports()
    {
        QFETCH(QString, attack);
        QFETCH(QString, kind);
        QFETCH(qint64, seq);
        QList<QByteArray> lines = fixture::readFile(m_export).split('\n');
        const int line = static_cast<int>(seq) + 1; // after the header
        if (attack == "modify") {
            QVERIFY(lines[line].contains("\"username\":\"bob\""));
            lines[line].replace("\"username\":\"bob\"", "\"username\":\"eve\"");
        } else {
            lines.removeAt(line);
        }
        const QString tampered = m_dir.filePath(attack + ".jsonl");
        QVERIFY(fixture::writeFile(tampered, lines.join('\n')));

        AuditPage page(tampered);
        QSignalSpy finished(page.verificationView(), &VerificationView::finished);
        QVERIFY(finished.wait(20000));
        auto* view = page.verificationView();
        QVERIFY(view->outcome()->error.isEmpty());
        QVERIFY(!view->outcome()->report.ok());
        QVERIFY(view->findChild<QLabel*>("summaryLabel")->text().contains("FAILED"));
        const QString failure = view->findChild<QLabel*>("failureLabel")->text();
        QVERIFY2(failure.startsWith(QStringLiteral("%1 at seq %2").arg(kind).arg(seq)), qPrintable(failure));

        // The log marks the bad record and no longer vouches for the others.
        AuditLogModel* model = page.model();
        QTRY_VERIFY(model->rowCount() > static_cast<int>(seq));
        const auto status = [&](int row) {
            return model->data(model->index(row, AuditLogModel::StatusColumn), AuditLogModel::StatusRole)
                .value<AuditLogModel::RowStatus>();
        };
        if (attack == "modify") {
            QCOMPARE(status(static_cast<int>(seq)), AuditLogModel::RowStatus::Failed);
            QVERIFY(model->data(model->index(static_cast<int>(seq), AuditLogModel::StatusColumn), Qt::ToolTipRole)
                        .toString()
                        .contains("modified"));
        }
        QCOMPARE(status(0), AuditLogModel::RowStatus::Unverified);
        // The summary counts what the rows say: no record is vouched for while the ledger fails.
        QVERIFY2(
            view->findChild<QLabel*>("summaryLabel")
                ->text()
                .contains(QRegularExpression(
                    QStringLiteral("\\b0/%1 records valid").arg(attack == "modify" ? recordCount : recordCount - 1))),
            qPrintable(view->findChild<QLabel*>("summaryLabel")->text()));
    }

    // Records added during a verification cost one more run after it, however many; after the operator
    // cancelled, added records start nothing until they verify again.
    void reverificationIsCoalescedAndCancellable()
    {
        VerificationView view;
        QSignalSpy finished(&view, &VerificationView::finished);
        view.verify(m_db);
        QVERIFY(view.isRunning());
        view.recordsAdded();
        view.recordsAdded();
        view.recordsAdded();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QVERIFY(!view.isRunning());
        QVERIFY(finished.last().first().value<VerificationOutcome>().report.ok());

        view.recordsAdded();
        QVERIFY(view.isRunning());
        view.cancel();
        QVERIFY(!view.isRunning());
        view.recordsAdded();
        QVERIFY(!view.isRunning());
        view.verify(m_db);
        QVERIFY(view.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000); // the cancelled run reports nothing
        QVERIFY(!view.isRunning());
    }

    void rowsShowVerifiedOnceTheLedgerVerifies()
    {
        AuditPage page(m_db);
        QSignalSpy finished(page.verificationView(), &VerificationView::finished);
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY(page.model()->rowCount() > 0);
        const QModelIndex status = page.model()->index(3, AuditLogModel::StatusColumn);
        QCOMPARE(status.data(AuditLogModel::StatusRole).value<AuditLogModel::RowStatus>(),
                 AuditLogModel::RowStatus::Verified);
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains("signed tree of 1200 records"));
    }
};

QTEST_MAIN(TestAuditView)
#include "test_audit_view.moc"
