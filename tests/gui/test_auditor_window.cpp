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
#include "ui/audit/WitnessTrustDialog.h"
#include "ui/reports/AuditReport.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace custos;
namespace fixture = AuditLedgerFixture;
using History = VerificationOutcome::History;
using KeyTrust = VerificationOutcome::KeyTrust;
using CosignerStatus = WitnessQuorum::Cosigner::Status;
using custos::test::TestWitness;

namespace {

constexpr quint64 cosignedAt = 0x6b156771; // 2026-12-06T13:47:29Z

} // namespace

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
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
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
    static bool caution(const AuditorWindow& window)
    {
        return window.findChild<QLabel*>("trustBanner")->property("caution").toBool();
    }
    static QString summary(const AuditorWindow& window)
    {
        return window.page()->verificationView()->findChild<QLabel*>("summaryLabel")->text();
    }
    // The rows of the cosignature table as shown: name, key hash, status, UTC time, local time.
    static QList<QStringList> cosignatureRows(const AuditorWindow& window)
    {
        QList<QStringList> rows;
        const auto* table = window.findChild<QTreeWidget*>("cosignatureTable");
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            QStringList row;
            for (int column = 0; column < table->columnCount(); ++column)
                row.append(table->topLevelItem(i)->text(column));
            rows.append(row);
        }
        return rows;
    }
    // Pins `witnesses` and sets the quorum through the dialog, as an auditor does: paste, read the preview, pin.
    static void pinWitnesses(AuditorWindow& window, const QList<TestWitness>& witnesses, int quorum)
    {
        window.findChild<QAction*>("witnessesAction")->trigger();
        auto* dialog = window.findChild<WitnessTrustDialog*>();
        QVERIFY(dialog);
        auto* key = dialog->findChild<QLineEdit*>("witnessKeyEdit");
        auto* preview = dialog->findChild<QLabel*>("witnessKeyPreview");
        auto* pin = dialog->findChild<QPushButton*>("pinWitnessButton");
        QCOMPARE(preview->textFormat(), Qt::PlainText);
        key->setText(QStringLiteral("not+a+key"));
        QVERIFY(!pin->isEnabled());
        for (const TestWitness& witness : witnesses) {
            key->setText(witness.vkey());
            QVERIFY2(preview->text().contains(witness.name), qPrintable(preview->text()));
            const QString hash = witness.vkey().section(u'+', 1, 1);
            QVERIFY2(preview->text().contains(hash), qPrintable(preview->text()));
            QVERIFY(pin->isEnabled());
            QTest::mouseClick(pin, Qt::LeftButton);
        }
        QCOMPARE(dialog->findChild<QTreeWidget*>("pinnedWitnessList")->topLevelItemCount(), witnesses.size());
        dialog->findChild<QSpinBox*>("witnessQuorumSpin")->setValue(quorum);
        dialog->close();
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
            case AuditLogModel::RowStatus::Verified:
                ++verified;
                break;
            case AuditLogModel::RowStatus::Failed:
                ++failed;
                break;
            case AuditLogModel::RowStatus::Unverified:
                ++notVerified;
                break;
            case AuditLogModel::RowStatus::NotChecked:
                break;
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

    // Two pinned witnesses, a quorum of two, both cosigned: green, each witness listed with when it cosigned.
    void witnessedExportListsItsCosigners()
    {
        const TestWitness one{QStringLiteral("example.org/witness1")};
        const TestWitness two{QStringLiteral("example.org/witness2")};
        const LedgerKeys keys = fixture::newKeys();
        QVERIFY(fixture::create(path("ledger.db"), keys, 20));
        QVERIFY(fixture::cosign(path("ledger.db"), one, cosignedAt));
        QVERIFY(fixture::cosign(path("ledger.db"), two, cosignedAt + 60));
        QVERIFY(fixture::exportTo(path("ledger.db"), path("witnessed.jsonl")));
        AuditorWindow window(m_trust);
        window.show();
        pinWitnesses(window, {one, two}, 2);
        QCOMPARE(AuditorTrustStore(m_trust).witnessQuorum(), 2);
        QCOMPARE(AuditorTrustStore(m_trust).pinnedWitnesses().size(), 2);

        const VerificationOutcome outcome = assess(window, path("witnessed.jsonl"));
        QVERIFY(outcome.report.ok());
        QVERIFY(outcome.witnessed());
        QCOMPARE(outcome.witnesses->valid, 2);
        QVERIFY(!alarm(window));
        QVERIFY(!caution(window));
        QVERIFY2(banner(window).startsWith("Verified"), qPrintable(banner(window)));
        QVERIFY2(banner(window).contains("Witnessed: 2 of 2 required cosignatures from pinned witnesses are valid"),
                 qPrintable(banner(window)));
        QVERIFY2(summary(window).contains(QStringLiteral("✔")), qPrintable(summary(window)));
        const QList<QStringList> rows = cosignatureRows(window);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).at(0), one.name);
        QCOMPARE(rows.at(0).at(1), one.vkey().section(u'+', 1, 1));
        QVERIFY2(rows.at(0).at(2).contains("pinned, valid"), qPrintable(rows.at(0).at(2)));
        QCOMPARE(rows.at(0).at(3), QStringLiteral("2026-12-06 13:47:29 UTC"));
        const QDateTime local = QDateTime::fromSecsSinceEpoch(cosignedAt).toLocalTime();
        QVERIFY2(rows.at(0).at(4).startsWith(local.toString("yyyy-MM-dd HH:mm:ss")), qPrintable(rows.at(0).at(4)));
        QCOMPARE(rows.at(1).at(3), QStringLiteral("2026-12-06 13:48:29 UTC"));
        QCOMPARE(AuditorTrustStore(m_trust).entry(fixture::origin).lastCheckpoint, outcome.checkpointNote);

        // The PDF lists them too, under a verdict that is not amber.
        AuditReportRequest request = window.page()->reportRequest();
        request.outputPath = path("witnessed.pdf");
        request.operatorName = QStringLiteral("ada (auditor)");
        request.witnessPolicy = AuditorTrustStore(m_trust).witnessPolicy();
        const std::atomic<bool> cancelled{false};
        auto written = AuditReport::write(request, cancelled, {});
        QVERIFY(written.ok());
        QVERIFY(written->witnesses && written->witnesses->met());
        const QString title = fixture::pdfPageText(path("witnessed.pdf"), 1).simplified();
        QVERIFY2(title.contains("Witness cosignatures"), qPrintable(title));
        QVERIFY2(title.contains("example.org/witness1 " + one.vkey().section(u'+', 1, 1) + " pinned, valid"),
                 qPrintable(title));
        QVERIFY2(title.contains("2026-12-06 13:48:29 UTC"), qPrintable(title));
        QVERIFY2(!title.contains("not witnessed"), qPrintable(title));
    }

    // A quorum of two with one cosignature: amber "not witnessed" in plain words, never "Verified" nor a tick,
    // and the checkpoint is not remembered. A cosignature whose bytes were changed and one by a witness nobody
    // pinned are listed, and neither counts.
    void quorumNotMetIsNotWitnessed()
    {
        const TestWitness one{QStringLiteral("example.org/witness1")};
        const TestWitness two{QStringLiteral("example.org/witness2")};
        const TestWitness stranger{QStringLiteral("example.net/stranger")};
        const LedgerKeys keys = fixture::newKeys();
        QVERIFY(fixture::create(path("ledger.db"), keys, 20));
        QVERIFY(fixture::cosign(path("ledger.db"), one, cosignedAt));
        QVERIFY(fixture::cosign(path("ledger.db"), stranger, cosignedAt));
        QVERIFY(fixture::exportTo(path("ledger.db"), path("one.jsonl")));
        {
            AuditorTrustStore trust(m_trust);
            QVERIFY(trust.pinWitness(one.vkey()).ok());
            QVERIFY(trust.pinWitness(two.vkey()).ok());
            QVERIFY(trust.setWitnessQuorum(2).ok());
            QVERIFY(!trust.setWitnessQuorum(3).ok());    // only two are pinned
            QVERIFY(!trust.unpinWitness(two.name).ok()); // the quorum needs both
            QVERIFY(!trust.pinWitness(one.vkey()).ok()); // already pinned
        }
        AuditorWindow window(m_trust);
        window.show();
        VerificationOutcome outcome = assess(window, path("one.jsonl"));
        QVERIFY(outcome.report.ok());
        QVERIFY(!outcome.witnessed());
        QVERIFY(!alarm(window));
        QVERIFY(caution(window));
        QVERIFY2(banner(window).startsWith("NOT WITNESSED"), qPrintable(banner(window)));
        QVERIFY2(
            banner(window).contains("not witnessed: valid cosignatures from pinned witnesses: 1 found, 2 required"),
            qPrintable(banner(window)));
        QVERIFY2(!banner(window).contains("Verified:"), qPrintable(banner(window)));
        QVERIFY2(summary(window).contains("not witnessed") && !summary(window).contains(QStringLiteral("✔")),
                 qPrintable(summary(window)));
        QList<QStringList> rows = cosignatureRows(window);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(0), two.name);
        QVERIFY2(rows.at(1).at(2).contains("no cosignature"), qPrintable(rows.at(1).at(2)));
        QCOMPARE(rows.at(2).at(0), stranger.name);
        QVERIFY2(rows.at(2).at(2).contains("not pinned") && rows.at(2).at(2).contains("not counted"),
                 qPrintable(rows.at(2).at(2)));
        QCOMPARE(outcome.witnesses->cosigners.at(2).status, CosignerStatus::NotPinned);
        QVERIFY(AuditorTrustStore(m_trust).entry(fixture::origin).lastCheckpoint.isEmpty());

        // witness2 cosigns, but its line is changed in the export: invalid, said so, still not witnessed.
        QVERIFY(fixture::cosign(path("ledger.db"), two, cosignedAt + 5));
        QVERIFY(fixture::exportTo(path("ledger.db"), path("both.jsonl")));
        QByteArray bytes = fixture::readFile(path("both.jsonl"));
        // Canonical JSON keeps the em dash as UTF-8 and each newline as \n.
        const qsizetype at = bytes.indexOf(QByteArray("\xe2\x80\x94 " + two.name.toUtf8() + ' '));
        QVERIFY(at > 0);
        const qsizetype flip = bytes.indexOf(' ', at + 4 + two.name.size()) + 30;
        bytes[flip] = bytes[flip] == 'A' ? 'B' : 'A';
        QVERIFY(fixture::writeFile(path("tampered.jsonl"), bytes));
        outcome = assess(window, path("tampered.jsonl"));
        QVERIFY(outcome.report.ok()); // the ledger's own signature does not cover the witnesses' lines
        QVERIFY(!outcome.witnessed());
        QCOMPARE(outcome.witnesses->cosigners.at(1).status, CosignerStatus::Invalid);
        QVERIFY(caution(window));
        QVERIFY2(banner(window).contains("valid cosignatures from pinned witnesses: 1 found, 2 required"),
                 qPrintable(banner(window)));
        rows = cosignatureRows(window);
        QVERIFY2(rows.at(1).at(2).contains("INVALID") && rows.at(1).at(2).contains("not counted"),
                 qPrintable(rows.at(1).at(2)));

        // The PDF says the same, in amber words.
        AuditReportRequest request = window.page()->reportRequest();
        request.outputPath = path("tampered.pdf");
        request.operatorName = QStringLiteral("ada (auditor)");
        request.witnessPolicy = AuditorTrustStore(m_trust).witnessPolicy();
        const std::atomic<bool> cancelled{false};
        auto written = AuditReport::write(request, cancelled, {});
        QVERIFY(written.ok());
        QVERIFY(written->witnesses && !written->witnesses->met());
        const QString title = fixture::pdfPageText(path("tampered.pdf"), 1).simplified();
        QVERIFY2(title.contains("not witnessed: valid cosignatures from pinned witnesses: 1 found, 2 required"),
                 qPrintable(title));
        QVERIFY2(title.contains("INVALID"), qPrintable(title));
        QVERIFY2(title.contains("not pinned"), qPrintable(title));

        // The untouched export with both: witnessed, remembered.
        outcome = assess(window, path("both.jsonl"));
        QVERIFY(outcome.witnessed());
        QVERIFY(!caution(window));
        QCOMPARE(AuditorTrustStore(m_trust).entry(fixture::origin).lastCheckpoint, outcome.checkpointNote);
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
