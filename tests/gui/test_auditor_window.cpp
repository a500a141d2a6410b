// Auditor mode: an export opened without signing in, its key pinned, and what this computer remembers about
// the origin used to flag a foreign key or a rewritten history.
#include "AuditLedgerFixture.h"
#include "Screenshots.h"
#include "core/ledger/AuditorTrustStore.h"
#include "core/ledger/Jcs.h"
#include "core/ledger/MerkleTree.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/AuditorWindow.h"
#include "ui/audit/VerificationView.h"
#include "ui/reports/AuditReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace custos;
namespace fixture = AuditLedgerFixture;
using History = VerificationOutcome::History;
using KeyTrust = VerificationOutcome::KeyTrust;

class TestAuditorWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_trust;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    // Opens `exportPath` in `window` and returns what the window concluded.
    static VerificationOutcome assess(AuditorWindow& window, const QString& exportPath)
    {
        QSignalSpy assessed(&window, &AuditorWindow::assessed);
        window.openExport(exportPath);
        if (!assessed.wait(20000))
            return {};
        return assessed.first().first().value<VerificationOutcome>();
    }

    static QString banner(const AuditorWindow& window) { return window.findChild<QLabel*>("trustBanner")->text(); }
    // What a label puts on screen, decided the way QLabel decides it: markup rendered, or the characters as they are.
    static QString shown(const QLabel* label)
    {
        if (!label)
            return {};
        const bool rich = label->textFormat() == Qt::RichText
                          || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        return rich ? rendered(label->text()) : label->text();
    }
    static QString shownAsToolTip(const QString& text)
    {
        return Qt::mightBeRichText(text) ? rendered(text) : text; // QToolTip guesses like an AutoText label
    }
    static QString rendered(const QString& html)
    {
        QTextDocument document;
        document.setHtml(html);
        return document.toPlainText();
    }
    static bool alarm(const AuditorWindow& window)
    {
        return window.findChild<QLabel*>("trustBanner")->property("alarm").toBool();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_trust = path("trust.ini");
    }

    void pinnedKeyThenAnotherKeyIsUntrusted()
    {
        const LedgerKeys ours = fixture::newKeys();
        QVERIFY(fixture::create(path("ours.db"), ours, 20));
        QVERIFY(fixture::exportTo(path("ours.db"), path("ours.jsonl")));
        AuditorWindow window(m_trust);
        window.show();

        VerificationOutcome outcome = assess(window, path("ours.jsonl"));
        QVERIFY(outcome.report.ok());
        QCOMPARE(outcome.keyTrust, KeyTrust::NotPinned);
        QVERIFY(banner(window).contains("not pinned"));
        QVERIFY(window.findChild<QLabel*>("auditorFingerprint")->text().contains(fixture::origin));
        auto* pin = window.findChild<QPushButton*>("pinKeyButton");
        QVERIFY(pin->isEnabled());

        QSignalSpy assessed(&window, &AuditorWindow::assessed);
        QTest::mouseClick(pin, Qt::LeftButton);
        QVERIFY(assessed.wait(20000));
        outcome = assessed.first().first().value<VerificationOutcome>();
        QCOMPARE(outcome.keyTrust, KeyTrust::Pinned);
        QVERIFY(!alarm(window));
        QVERIFY(banner(window).contains("Signed by the key you pinned"));
        QVERIFY(!pin->isEnabled());
        QCOMPARE(AuditorTrustStore(m_trust).entry(fixture::origin).pinnedKey, outcome.verifierKey);

        // The same origin, signed by a key nobody pinned.
        const LedgerKeys theirs = fixture::newKeys();
        QVERIFY(fixture::create(path("theirs.db"), theirs, 20));
        QVERIFY(fixture::exportTo(path("theirs.db"), path("theirs.jsonl")));
        outcome = assess(window, path("theirs.jsonl"));
        QCOMPARE(outcome.keyTrust, KeyTrust::Untrusted);
        QCOMPARE(outcome.report.kind, VerificationReport::Kind::UntrustedKey);
        QVERIFY(alarm(window));
        QVERIFY2(banner(window).contains("UNTRUSTED KEY"), qPrintable(banner(window)));
        QVERIFY(!pin->isEnabled());
    }

    void rewrittenHistoryIsFlagged()
    {
        const LedgerKeys keys = fixture::newKeys();
        QVERIFY(fixture::create(path("first.db"), keys, 20));
        QVERIFY(fixture::exportTo(path("first.db"), path("first.jsonl")));
        AuditorWindow window(m_trust);
        QVERIFY(assess(window, path("first.jsonl")).report.ok());
        const QByteArray remembered = AuditorTrustStore(m_trust).entry(fixture::origin).lastCheckpoint;
        QVERIFY(!remembered.isEmpty());

        // Whoever holds the signing key rebuilds the ledger without record 0 and signs a longer history: the
        // export verifies on its own, but does not extend the checkpoint the auditor saw.
        QVERIFY(fixture::create(path("rewritten.db"), keys, 0));
        QVERIFY(fixture::append(path("rewritten.db"), keys, 1, 26));
        QVERIFY(fixture::exportTo(path("rewritten.db"), path("rewritten.jsonl")));
        const VerificationOutcome outcome = assess(window, path("rewritten.jsonl"));
        QCOMPARE(outcome.history, History::Rewritten);
        QCOMPARE(outcome.rememberedSize, 20);
        QCOMPARE(outcome.report.kind, VerificationReport::Kind::InconsistentWithEarlierCheckpoint);
        QVERIFY(alarm(window));
        QVERIFY2(banner(window).contains("HISTORY REWRITTEN"), qPrintable(banner(window)));
        QCOMPARE(AuditorTrustStore(m_trust).entry(fixture::origin).lastCheckpoint, remembered);
    }

    void consistentLargerExportIsAcceptedAndRemembered()
    {
        const LedgerKeys keys = fixture::newKeys();
        QVERIFY(fixture::create(path("ledger.db"), keys, 20));
        QVERIFY(fixture::exportTo(path("ledger.db"), path("monday.jsonl")));
        AuditorWindow window(m_trust);
        QCOMPARE(assess(window, path("monday.jsonl")).history, History::FirstSeen);

        QVERIFY(fixture::append(path("ledger.db"), keys, 20, 35));
        QVERIFY(fixture::exportTo(path("ledger.db"), path("friday.jsonl")));
        const VerificationOutcome outcome = assess(window, path("friday.jsonl"));
        QVERIFY(outcome.report.ok());
        QCOMPARE(outcome.history, History::Consistent);
        QCOMPARE(outcome.rememberedSize, 20);
        QCOMPARE(outcome.checkpointSize, 35);
        QVERIFY(!alarm(window));
        QVERIFY(banner(window).contains("Extends the checkpoint of 20 records"));
        QCOMPARE(AuditorTrustStore(m_trust).entry(fixture::origin).lastCheckpoint, outcome.checkpointNote);

        // Monday's export again is older than what was seen since: not a rewrite, and nothing moves back.
        QCOMPARE(assess(window, path("monday.jsonl")).history, History::Older);
        QVERIFY(!alarm(window));
        QCOMPARE(AuditorTrustStore(m_trust).entry(fixture::origin).lastCheckpoint, outcome.checkpointNote);
    }

    // A changed record: the summary, the banner and the rows say the same thing, and record 0's chain link
    // names the genesis value, not a "record -1".
    void failedExportCountsAgreeWithItsRows()
    {
        constexpr int records = 52;
        const LedgerKeys keys = fixture::newKeys();
        QVERIFY(fixture::create(path("ledger.db"), keys, records));
        QVERIFY(fixture::exportTo(path("ledger.db"), path("ledger.jsonl")));
        QList<QByteArray> lines = fixture::readFile(path("ledger.jsonl")).split('\n');
        QVERIFY(lines[51].contains("\"name\":\"user-50\""));
        lines[51].replace("\"name\":\"user-50\"", "\"name\":\"user-X\""); // record 50, after the header line
        QVERIFY(fixture::writeFile(path("tampered.jsonl"), lines.join('\n')));

        AuditorWindow window(m_trust);
        window.show();
        const VerificationOutcome outcome = assess(window, path("tampered.jsonl"));
        QCOMPARE(outcome.report.kind, VerificationReport::Kind::Modified);
        QCOMPARE(outcome.report.firstBadSeq, 50);
        QVERIFY(alarm(window));
        QVERIFY2(banner(window).contains("at seq 50"), qPrintable(banner(window)));

        AuditLogModel* model = window.page()->model();
        QTRY_COMPARE(model->rowCount(), records);
        int verified = 0;
        int failed = 0;
        int notVerified = 0;
        for (int row = 0; row < records; ++row) {
            switch (model->index(row, AuditLogModel::StatusColumn)
                        .data(AuditLogModel::StatusRole)
                        .value<AuditLogModel::RowStatus>()) {
            case AuditLogModel::RowStatus::Verified: ++verified; break;
            case AuditLogModel::RowStatus::Failed: ++failed; break;
            case AuditLogModel::RowStatus::Unverified: ++notVerified; break;
            case AuditLogModel::RowStatus::NotChecked: break;
            }
        }
        QCOMPARE(failed, 1);
        QCOMPARE(notVerified, records - 1);
        const QString summary = window.page()->verificationView()->findChild<QLabel*>("summaryLabel")->text();
        QVERIFY2(
            summary.contains(QRegularExpression(QStringLiteral("\\b%1/%2 records valid").arg(verified).arg(records))),
            qPrintable(summary));
        QVERIFY2(summary.contains("FAILED"), qPrintable(summary));

        auto* log = window.findChild<QTableView*>("auditLogView");
        log->setCurrentIndex(model->index(0, 0));
        const QString chain = window.findChild<QLabel*>("chainDetail")->text();
        QVERIFY2(!chain.contains("-1"), qPrintable(chain));
        QVERIFY2(chain.contains("genesis"), qPrintable(chain));
        log->setCurrentIndex(model->index(1, 0));
        QVERIFY(window.findChild<QLabel*>("chainDetail")->text().contains("matches the hash of record 0"));
    }

    // An export is written by whoever hands it over: markup in its origin, key name, failure detail or record
    // fields is shown as the characters it is, never rendered (no bold, no link to click).
    void textFromTheFileIsShownLiterally()
    {
        const QString origin = QStringLiteral("<b>bold</b>.example.org/audit");
        const QString field = QStringLiteral("<a href=\"https://evil.example\">click</a>");
        const LedgerKeys keys = fixture::newKeys();
        QVERIFY(fixture::create(path("markup.db"), keys, 10, origin));
        QVERIFY(fixture::exportTo(path("markup.db"), path("markup.jsonl")));
        QList<QByteArray> lines = fixture::readFile(path("markup.jsonl")).split('\n');
        QJsonObject record = QJsonDocument::fromJson(lines[4]).object(); // record 3, after the header line
        QCOMPARE(record.value("seq").toInteger(), 3);
        record.insert(field, 1);
        lines[4] = Jcs::canonicalize(QJsonValue(record)).value();
        QVERIFY(fixture::writeFile(path("markup-tampered.jsonl"), lines.join('\n')));

        AuditorWindow window(m_trust);
        window.show();
        const VerificationOutcome outcome = assess(window, path("markup-tampered.jsonl"));
        QCOMPARE(outcome.report.kind, VerificationReport::Kind::Malformed);
        QCOMPARE(outcome.report.firstBadSeq, 3);
        QVERIFY2(banner(window).contains("VERIFICATION FAILED"), qPrintable(banner(window)));
        QVERIFY2(shown(window.findChild<QLabel*>("trustBanner")).contains(field),
                 qPrintable(shown(window.findChild<QLabel*>("trustBanner"))));
        QVERIFY2(shown(window.findChild<QLabel*>("auditorFingerprint")).contains(origin),
                 qPrintable(shown(window.findChild<QLabel*>("auditorFingerprint"))));
        const VerificationView* view = window.page()->verificationView();
        for (const char* name : {"originLabel", "keyLabel"})
            QVERIFY2(shown(view->findChild<QLabel*>(name)).contains(origin), name);
        QVERIFY2(shown(view->findChild<QLabel*>("failureLabel")).contains(field),
                 qPrintable(shown(view->findChild<QLabel*>("failureLabel"))));

        AuditLogModel* model = window.page()->model();
        QTRY_COMPARE(model->rowCount(), 10);
        const QString toolTip = model->index(3, AuditLogModel::ActionColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(shownAsToolTip(toolTip).contains(field), qPrintable(toolTip));
        QVERIFY2(shownAsToolTip(model->index(3, AuditLogModel::StatusColumn).data(Qt::ToolTipRole).toString())
                     .contains(field),
                 "the status tool tip quotes the failure detail literally");
        window.findChild<QTableView*>("auditLogView")->setCurrentIndex(model->index(3, 0));
        auto* problem = window.findChild<QLabel*>("recordProblem");
        QVERIFY2(shown(problem).contains(field), qPrintable(shown(problem)));
    }

    // A proofs-only export holds the records its filter chose: each is proven, the whole is not. Amber, with the
    // words the CLI prints, never a plain "Verified"; and one record more left out reads just the same.
    void selectiveExportIsShownAsNotProvenComplete()
    {
        const LedgerKeys keys = fixture::newKeys();
        QVERIFY(fixture::create(path("ledger.db"), keys, 20));
        QVERIFY(fixture::exportTo(path("ledger.db"), path("logins.jsonl"), {{"action", "LOGIN"}}));
        AuditorWindow window(m_trust);
        window.show();
        VerificationOutcome outcome = assess(window, path("logins.jsonl"));
        QVERIFY(outcome.report.ok());
        QCOMPARE(outcome.report.completeness, VerificationReport::Completeness::Selective);
        QVERIFY(!alarm(window));
        QVERIFY(window.findChild<QLabel*>("trustBanner")->property("caution").toBool());
        QVERIFY2(banner(window).contains("complete: not proven (selective export: 5 records of a log of 20)"),
                 qPrintable(banner(window)));
        QVERIFY2(!banner(window).startsWith("Verified"), qPrintable(banner(window)));
        const QString summary = window.page()->verificationView()->findChild<QLabel*>("summaryLabel")->text();
        QVERIFY2(summary.contains("complete: not proven") && !summary.contains(QStringLiteral("✔")),
                 qPrintable(summary));

        // Record and proof of one login dropped: what is left still proves itself, and the count says 4.
        QList<QByteArray> lines = fixture::readFile(path("logins.jsonl")).split('\n');
        lines.removeAt(2 + 5); // its proof: the proofs follow the 5 records
        lines.removeAt(2);
        QVERIFY(fixture::writeFile(path("fewer-logins.jsonl"), lines.join('\n')));
        outcome = assess(window, path("fewer-logins.jsonl"));
        QVERIFY(outcome.report.ok());
        QVERIFY(window.findChild<QLabel*>("trustBanner")->property("caution").toBool());
        QVERIFY2(banner(window).contains("complete: not proven (selective export: 4 records of a log of 20)"),
                 qPrintable(banner(window)));
    }

    // Issue 16's forgery: a full export's header given a filter its records do not match, one record dropped, and
    // inclusion proofs computed from the public leaves (no key needed). The records must match their own filter.
    void filterThatTheRecordsDoNotMatchFails()
    {
        const LedgerKeys keys = fixture::newKeys();
        QVERIFY(fixture::create(path("ledger.db"), keys, 10));
        QVERIFY(fixture::exportTo(path("ledger.db"), path("full.jsonl")));
        const QList<QByteArray> lines = fixture::readFile(path("full.jsonl")).trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 10 + 2);
        std::vector<QByteArray> leaves;
        for (int i = 1; i <= 10; ++i)
            leaves.push_back(MerkleTree::leafHashOf(lines[i]));
        const MerkleTree tree(std::move(leaves));
        QJsonObject header = QJsonDocument::fromJson(lines[0]).object();
        header.insert("filter", QJsonObject{{"action", QJsonArray{"LOGIN"}}});
        QByteArray forged = Jcs::canonicalize(QJsonValue(header)).value() + '\n';
        QByteArray proofs;
        for (int seq = 0; seq < 10; ++seq) {
            if (seq == 5)
                continue;
            forged += lines[1 + seq] + '\n';
            const QList<QByteArray> proof = tree.inclusionProof(seq, 10).value();
            QJsonArray hashes;
            for (const QByteArray& hash : proof)
                hashes.append(QString::fromLatin1(hash.toHex()));
            proofs +=
                Jcs::canonicalize(
                    QJsonValue(QJsonObject{{"custos-ledger-proof", QJsonObject{{"hashes", hashes}, {"index", seq}}}}))
                    .value() +
                '\n';
        }
        forged += proofs + lines[11] + '\n' + lines[12] + '\n';
        QVERIFY(fixture::writeFile(path("forged.jsonl"), forged));

        AuditorWindow window(m_trust);
        window.show();
        const VerificationOutcome outcome = assess(window, path("forged.jsonl"));
        QVERIFY2(outcome.report.kind == VerificationReport::Kind::Inserted, qPrintable(outcome.report.detail));
        QCOMPARE(outcome.report.firstBadSeq, 0); // user.create, not a LOGIN
        QVERIFY(alarm(window));
        QVERIFY2(banner(window).contains("does not match the export's filter"), qPrintable(banner(window)));
    }

    // Trust follows the key: an origin one character away from the pinned one, signed by another key, is flagged;
    // the pinned key under another name is still the pinned key.
    void lookAlikeOriginIsFlaggedAndTrustFollowsTheKey()
    {
        const LedgerKeys ours = fixture::newKeys();
        QVERIFY(fixture::create(path("ours.db"), ours, 10));
        QVERIFY(fixture::exportTo(path("ours.db"), path("ours.jsonl")));
        AuditorWindow window(m_trust);
        window.show();
        const VerificationOutcome first = assess(window, path("ours.jsonl"));
        QVERIFY(AuditorTrustStore(m_trust).pinKey(fixture::origin, first.verifierKey).ok());

        const QString lookAlike = QStringLiteral("examp1e.org/audit");
        QVERIFY(fixture::create(path("theirs.db"), fixture::newKeys(), 10, lookAlike));
        QVERIFY(fixture::exportTo(path("theirs.db"), path("theirs.jsonl")));
        VerificationOutcome outcome = assess(window, path("theirs.jsonl"));
        QVERIFY(outcome.report.ok());
        QCOMPARE(outcome.keyTrust, KeyTrust::NotPinned);
        QCOMPARE(outcome.lookAlikeOf, fixture::origin);
        QVERIFY(alarm(window));
        QVERIFY2(banner(window).contains("LOOK-ALIKE ORIGIN"), qPrintable(banner(window)));
        QVERIFY(!window.findChild<QPushButton*>("pinKeyButton")->isEnabled());

        QVERIFY(fixture::create(path("renamed.db"), ours, 10, QStringLiteral("renamed.example.net/audit")));
        QVERIFY(fixture::exportTo(path("renamed.db"), path("renamed.jsonl")));
        outcome = assess(window, path("renamed.jsonl"));
        QVERIFY(outcome.report.ok());
        QCOMPARE(outcome.keyTrust, KeyTrust::Pinned);
        QVERIFY(outcome.report.keyTrusted);
        QVERIFY(!alarm(window));
        QVERIFY2(banner(window).contains("Signed by the key you pinned"), qPrintable(banner(window)));
    }

    // The export is swapped for another file once verified: the log, a new search, a second verification and the
    // PDF all still read the bytes that were verified, from the window's private copy.
    void fileSwappedAfterVerificationIsNotShown()
    {
        const LedgerKeys keys = fixture::newKeys();
        QVERIFY(fixture::create(path("ledger.db"), keys, 20));
        QVERIFY(fixture::exportTo(path("ledger.db"), path("handed-over.jsonl")));
        const QByteArray verifiedBytes = fixture::readFile(path("handed-over.jsonl"));
        QVERIFY(fixture::create(path("other.db"), fixture::newKeys(), 5));
        QVERIFY(fixture::exportTo(path("other.db"), path("other.jsonl")));

        AuditorWindow window(m_trust);
        window.show();
        VerificationOutcome outcome = assess(window, path("handed-over.jsonl"));
        QVERIFY(outcome.report.ok());
        AuditLogModel* model = window.page()->model();
        QTRY_COMPARE(model->rowCount(), 20);

        QVERIFY(fixture::writeFile(path("handed-over.jsonl"), fixture::readFile(path("other.jsonl"))));
        QVERIFY(window.page()->ledgerPath() != path("handed-over.jsonl"));
        QCOMPARE(fixture::readFile(window.page()->ledgerPath()), verifiedBytes);
        AuditFilter alice;
        alice.actor = QStringLiteral("alice"); // records 0, 3, 6, …: 7 of the 20, 2 of the other file's 5
        model->setFilter(alice);
        QTRY_COMPARE(model->rowCount(), 7);

        QSignalSpy again(window.page()->verificationView(), &VerificationView::finished);
        window.page()->verificationView()->verify(window.page()->ledgerPath());
        QVERIFY(again.wait(20000));
        outcome = again.first().first().value<VerificationOutcome>();
        QVERIFY(outcome.report.ok());
        QCOMPARE(outcome.report.checked, 20);

        AuditReportRequest request = window.page()->reportRequest();
        request.outputPath = path("report.pdf");
        request.operatorName = QStringLiteral("ada (auditor)");
        const std::atomic<bool> cancelled{false};
        auto written = AuditReport::write(request, cancelled, {});
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().userMessage()));
        QVERIFY(written->verification.ok());
        QCOMPARE(written->verification.checked, 20);
        QCOMPARE(written->recordsListed, 7);
    }

    // scripts/screenshots runs this in a real X server (CUSTOS_SCREENSHOT_DIR set) for the README's picture.
    void screenshotOfAVerifiedExport()
    {
        if (!Screenshots::wanted())
            QSKIP("CUSTOS_SCREENSHOT_DIR is not set");
        Screenshots::prepare();
        const LedgerKeys keys = fixture::newKeys();
        QVERIFY(fixture::create(path("shown.db"), keys, 1200));
        QVERIFY(fixture::exportTo(path("shown.db"), path("acme-2026-11.custos-ledger")));
        AuditorWindow window(m_trust);
        window.resize(1200, 760);
        window.show();
        const VerificationOutcome outcome = assess(window, path("acme-2026-11.custos-ledger"));
        QVERIFY(outcome.report.ok());
        auto* log = window.findChild<QTableView*>("auditLogView");
        QTRY_VERIFY(log->model()->rowCount() > 20);
        log->selectRow(14);
        QTRY_VERIFY(!window.findChild<QLabel*>("proofStatus")->text().contains(QStringLiteral("computing")));
        QVERIFY(Screenshots::save(&window, QStringLiteral("auditor")));
    }
};

QTEST_MAIN(TestAuditorWindow)
#include "test_auditor_window.moc"
