// The window's ledger and the devstack's two omniwitness instances (devstack/devstack witnesses up): a ledger the
// witnesses do not know is refused with how to enroll it; an enrolled one is cosigned by both after each action;
// with the witnesses stopped, actions still work and the checkpoint waits for them; a restored earlier copy of the
// ledger is a fork: red, recorded, not written. No Keycloak: the controller runs without a signed-in session.
#include "core/audit/ActionRecord.h"
#include "core/auth/Session.h"
#include "core/keychain/SecretStore.h"
#include "core/ledger/LedgerStore.h"
#include "tests/support/ShiftedClock.h"
#include "ui/LedgerController.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace custos;

namespace {

int devstack(const QStringList& arguments, QByteArray* out = nullptr)
{
    QProcess process;
    process.start(QDir(QStringLiteral(CUSTOS_SOURCE_DIR)).filePath("devstack/devstack"), arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (code != 0)
        qWarning().noquote() << "devstack" << arguments.join(u' ') << "failed:" << process.readAllStandardError();
    return code;
}

} // namespace

class TestLedgerWitnessing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    MemorySecretStore* m_secrets = nullptr;
    Session* m_session = nullptr;
    WitnessPolicy m_policy;
    QString m_origin;
    QString m_path;
    LedgerController* m_ledger = nullptr;
    int m_actions = 0;

    LedgerController* newController()
    {
        auto* controller = new LedgerController(
            m_secrets, m_session, nullptr,
            [](const QString&, QObject*, std::function<void(const Status&)> done) { done(success()); }, this);
        controller->setWitnesses(m_policy);
        return controller;
    }

    // An action's outcome, as the window records it.
    Status recordAction(LedgerController* ledger)
    {
        ActionRecord record;
        record.action = QStringLiteral("USER_DISABLED");
        record.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.actorId = QStringLiteral("alice-subject");
        record.actorUsername = QStringLiteral("alice");
        record.targetType = QStringLiteral("user");
        record.targetId = QStringLiteral("user-%1").arg(++m_actions);
        record.targetName = record.targetId;
        std::optional<Status> recorded;
        ledger->trail()->record(record.toEntry(), this, [&recorded](const Status& s) { recorded.emplace(s); });
        if (!QTest::qWaitFor([&] { return recorded.has_value(); }, 30000))
            return Error::timeout("record", "no answer");
        return *recorded;
    }

    // Records of the ledger at `path` (format 2, opened), and how many of them each witness cosigned.
    static QList<QJsonObject> records(const QString& path)
    {
        auto store = LedgerStore::openReadOnly(path);
        const auto opened = (*store)->openedRecords(0, (*store)->recordCount().value());
        QList<QJsonObject> out;
        for (const LedgerRecord& record : opened.value())
            out.append(record.toJson());
        return out;
    }
    qint64 cosignedSize(const QString& path, int witness) const
    {
        auto store = LedgerStore::openReadOnly(path);
        return store ? (*store)->lastCosignedSize(m_policy.witnesses.at(witness).key).value() : -1;
    }
    static qint64 size(const QString& path) { return (*LedgerStore::openReadOnly(path))->recordCount().value(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QByteArray env;
        QCOMPARE(devstack({"witnesses", "env"}, &env), 0);
        const QRegularExpression line(QStringLiteral("^export CUSTOS_WITNESS([12])_(URL|KEY)='([^']*)'$"),
                                      QRegularExpression::MultilineOption);
        QString url[2];
        QString key[2];
        for (auto it = line.globalMatch(QString::fromUtf8(env)); it.hasNext();) {
            const auto match = it.next();
            (match.captured(2) == u"URL" ? url : key)[match.captured(1).toInt() - 1] = match.captured(3);
        }
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!url[i].isEmpty() && !key[i].isEmpty());
            m_policy.witnesses.append({url[i], key[i]});
        }
        m_policy.quorum = 2;
        m_secrets = new MemorySecretStore(this);
        m_session = new Session(m_secrets, this);
        m_origin = QStringLiteral("custos.test/window-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        m_path = m_dir.filePath("custos.ledger");
    }

    // A new ledger is not known to the witnesses: nothing is written, and the message says how to enroll it.
    void notEnrolledIsRefusedWithHowToEnroll()
    {
        LedgerController* ledger = newController();
        QSignalSpy opened(ledger, &LedgerController::opened);
        QSignalSpy failed(ledger, &LedgerController::openFailed);
        QSignalSpy enroll(ledger, &LedgerController::enrollmentNeeded);
        ledger->open(m_path, m_origin);
        QVERIFY(enroll.wait(60000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(opened.size(), 0);
        QVERIFY(!ledger->trail());
        const QString message = enroll.at(0).at(0).toString();
        const QString verifierKey = enroll.at(0).at(1).toString();
        QVERIFY2(verifierKey.startsWith(m_origin + "+"), qPrintable(verifierKey));
        QVERIFY2(message.contains("devstack/devstack enroll-ledger '" + verifierKey + "'"), qPrintable(message));
        QVERIFY2(message.contains("witness operator"), qPrintable(message));
        QVERIFY2(ledger->statusText().contains("not open"), qPrintable(ledger->statusText()));
        delete ledger; // closes the ledger: what was queued is written
        // Only the witnesses' configuration was recorded; the ledger remembers them.
        const auto all = records(m_path);
        QCOMPARE(all.size(), qsizetype(1));
        QCOMPARE(all.at(0).value("action").toString(), QStringLiteral("LEDGER_WITNESSES_CONFIGURED"));
        QCOMPARE(devstack({"enroll-ledger", verifierKey}), 0);
    }

    // Enrolled: the ledger opens, and the checkpoint after an action is cosigned by both witnesses.
    void actionsAreCosignedByBoth()
    {
        m_ledger = newController();
        QSignalSpy opened(m_ledger, &LedgerController::opened);
        m_ledger->open(m_path, m_origin);
        QVERIFY(opened.wait(60000));
        QCOMPARE(m_ledger->witnessing()->state(), LedgerWitnessing::State::Witnessed);
        QVERIFY(recordAction(m_ledger).ok());
        QTRY_COMPARE_WITH_TIMEOUT(cosignedSize(m_path, 0), size(m_path), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(cosignedSize(m_path, 1), size(m_path), 30000);
        QCOMPARE(size(m_path), qint64(2));
        QVERIFY2(m_ledger->witnessText().startsWith("Last witnessed"), qPrintable(m_ledger->witnessText()));

        // "N minutes ago" is read against the clock.
        {
            test::ShiftedClock clock;
            clock.advance(3 * 60 + 5);
            // "minute(s)" until the English plural forms are loaded, which this test does not do.
            QVERIFY2(m_ledger->witnessText().startsWith("Last witnessed 3 minute"),
                     qPrintable(m_ledger->witnessText()));
        }
    }

    // Witnesses stopped: actions still work, the status says since when they are unreachable, and the queued
    // checkpoint is cosigned once they are back.
    void unreachableWitnessesQueueThenDrain()
    {
        QCOMPARE(devstack({"witnesses", "stop"}), 0);
        QVERIFY(recordAction(m_ledger).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_ledger->witnessing()->state(), LedgerWitnessing::State::Unreachable, 30000);
        QVERIFY2(m_ledger->witnessText().startsWith("Witnesses unreachable since"),
                 qPrintable(m_ledger->witnessText()));
        QVERIFY(!m_ledger->isRefused());
        QVERIFY(recordAction(m_ledger).ok());
        const qint64 queued = size(m_path);
        QVERIFY(cosignedSize(m_path, 0) < queued);

        QCOMPARE(devstack({"witnesses", "start"}), 0);
        // The back-off retry drains the queue by itself: the latest checkpoint is cosigned by both.
        QTRY_COMPARE_WITH_TIMEOUT(m_ledger->witnessing()->state(), LedgerWitnessing::State::Witnessed, 90000);
        QCOMPARE(cosignedSize(m_path, 0), queued);
        QCOMPARE(cosignedSize(m_path, 1), queued);
        delete m_ledger;
        m_ledger = nullptr;
    }

    // An earlier copy of the ledger put back and written again: the witnesses cosigned another checkpoint of that
    // size. Red, recorded as LEDGER_FORK_DETECTED, never submitted again.
    void restoredEarlierCopyIsAFork()
    {
        const QString earlier = m_dir.filePath("earlier.ledger");
        QVERIFY(QFile::copy(m_path, earlier));
        {
            LedgerController* ledger = newController();
            QSignalSpy opened(ledger, &LedgerController::opened);
            ledger->open(m_path, m_origin);
            QVERIFY(opened.wait(60000));
            QVERIFY(recordAction(ledger).ok());
            QTRY_COMPARE_WITH_TIMEOUT(cosignedSize(m_path, 1), size(m_path), 30000);
            delete ledger;
        }
        QVERIFY(QFile::remove(m_path));
        QVERIFY(QFile::copy(earlier, m_path));
        const qint64 before = size(m_path);

        // The copy was cosigned as it stands, so it opens; the next action makes a checkpoint the witnesses
        // cannot accept.
        LedgerController* ledger = newController();
        QSignalSpy opened(ledger, &LedgerController::opened);
        QSignalSpy failed(ledger, &LedgerController::openFailed);
        ledger->open(m_path, m_origin);
        QVERIFY(opened.wait(60000));
        QVERIFY(!ledger->isRefused());
        QVERIFY(recordAction(ledger).ok());
        QVERIFY(failed.wait(60000));
        QVERIFY(ledger->isRefused());
        QCOMPARE(ledger->witnessing()->state(), LedgerWitnessing::State::Forked);
        QVERIFY2(ledger->statusText().contains("rolled back or forked"), qPrintable(ledger->statusText()));
        QVERIFY2(failed.at(0).at(0).toString().contains("LEDGER_FORK_DETECTED"),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(ledger->witnessText(), QStringLiteral("Witnesses saw this ledger forked"));
        const auto forks = [this] {
            const auto all = records(m_path);
            return std::count_if(all.begin(), all.end(),
                                 [](const QJsonObject& r) { return r.value("action") == "LEDGER_FORK_DETECTED"; });
        };
        QTRY_COMPARE(forks(), qsizetype(2));
        QCOMPARE(size(m_path), before + 3);
        // Never retried: the fork records' own checkpoint is not submitted.
        QCOMPARE(cosignedSize(m_path, 0), before);
        delete ledger;
    }
};

QTEST_MAIN(TestLedgerWitnessing)
#include "test_ledger_witnessing.moc"
