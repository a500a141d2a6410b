#include "core/actions/AuditedOperation.h"
#include "core/audit/ActionRecord.h"
#include "core/audit/AuditTrail.h"
#include "tests/support/JsonSchema.h"
#include "tests/support/MemoryTrail.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace custos;

namespace {

// An operation made of the steps it is given; a refusal text makes it refuse before any step (a guard).
class FakeOperation : public AuditedOperation
{
public:
    FakeOperation(AuditTrail* trail, QList<Step> steps, QString refusal = {})
        : AuditedOperation("FAKE_CHANGED", trail, Operator{}, nullptr)
        , m_steps(std::move(steps))
        , m_refusal(std::move(refusal))
    {
        setTarget("user", "u-1", "otto");
    }

protected:
    void run() override
    {
        if (!m_refusal.isEmpty()) {
            Error error;
            error.kind = Error::Kind::Forbidden;
            error.what = m_refusal;
            return refuse(error);
        }
        runSteps(m_steps, [this] { succeed("otto was changed"); });
    }

private:
    QList<Step> m_steps;
    QString m_refusal;
};

// The same behind a step-up: `stepUp` answers when the operator's authentication is too old (it always is: the
// fake operator never authenticated).
class SteppedUpOperation : public FakeOperation
{
public:
    SteppedUpOperation(AuditTrail* trail, QList<Step> steps, OperationStepUp stepUp, QString acr = {})
        : FakeOperation(trail, std::move(steps))
        , m_acr(std::move(acr))
    {
        setStepUp(std::move(stepUp));
    }

protected:
    void run() override
    {
        requireRecentAuthentication(StepUpPolicy{true, stepUpMaxAgeSeconds, m_acr}, "Changing otto", "change otto",
                                    [this] { FakeOperation::run(); });
    }

private:
    QString m_acr;
};

} // namespace

// AuditedOperation with fake steps and an in-memory trail: the intent is durable before the first step, the
// outcome links to it with each step's state, a refused intent touches nothing, and every record it writes fits
// docs/ledger-record.schema.json.
class TestAuditedOperation : public QObject
{
    Q_OBJECT
private:
    test::MemoryTrail* m_trail = nullptr;
    QStringList m_log;
    // How many records the trail held when each step was applied.
    QList<int> m_recordsAtApply;

    Step step(const QString& label, bool applies = true, bool undoes = true, int httpStatus = 0)
    {
        return Step{label,
                    [this, label, applies, httpStatus](const StepDone& done) {
                        m_log.append("apply " + label);
                        m_recordsAtApply.append(int(m_trail->entries.size()));
                        QTimer::singleShot(0, this, [applies, httpStatus, done] {
                            if (applies)
                                return done(success());
                            Error error;
                            error.kind = Error::Kind::Conflict;
                            error.what = "Keycloak refused the change";
                            error.why = "the server answered 409";
                            error.httpStatus = httpStatus;
                            done(error);
                        });
                    },
                    [this, label, undoes](const StepDone& done) {
                        m_log.append("undo " + label);
                        QTimer::singleShot(0, this, [undoes, done] {
                            if (undoes)
                                return done(success());
                            Error error;
                            error.kind = Error::Kind::Network;
                            error.why = "the connection was reset";
                            done(error);
                        });
                    },
                    "delete " + label + " by hand"};
    }

    // A step-up that answers on the event loop with an operator who authenticated now at `acr`, or with `refusal`.
    OperationStepUp stepUpAnswering(const QString& acr, const QString& refusal = {})
    {
        return
            [this, acr, refusal](const QString&, QObject* context, std::function<void(const Result<Operator>&)> done) {
                m_log.append("step-up");
                QTimer::singleShot(0, context, [acr, refusal, done] {
                    if (!refusal.isEmpty())
                        return done(Error::cancelled(QStringLiteral("Step-up cancelled"), refusal));
                    Operator now;
                    now.authTime = QDateTime::currentDateTimeUtc();
                    now.acr = acr;
                    done(now);
                });
            };
    }

    OperationOutcome run(FakeOperation* operation, const Justification& justification = {})
    {
        operation->setParent(this);
        operation->setJustification(justification);
        QSignalSpy finished(operation, &AuditedOperation::finished);
        operation->start();
        if (finished.isEmpty() && !finished.wait(5000))
            qFatal("the operation did not finish");
        return finished.first().first().value<OperationOutcome>();
    }

    static QStringList statesOf(const QJsonObject& entry)
    {
        QStringList out;
        for (const QJsonValue& step : entry.value("details").toObject().value("steps").toArray())
            out.append(step.toObject().value("state").toString());
        return out;
    }

    void verifySchema()
    {
        const test::JsonSchema schema = test::JsonSchema::fromFile(CUSTOS_RECORD_SCHEMA);
        for (const QJsonObject& entry : std::as_const(m_trail->entries)) {
            const QStringList problems = schema.problems(entry);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        }
    }

private slots:
    void initTestCase() { qRegisterMetaType<OperationOutcome>(); }

    void init()
    {
        delete m_trail;
        m_trail = new test::MemoryTrail(this);
        m_log.clear();
        m_recordsAtApply.clear();
    }

    void theIntentIsDurableBeforeTheFirstStep()
    {
        const OperationOutcome outcome =
            run(new FakeOperation(m_trail, {step("A"), step("B")}), Justification{"left the company", "HR-42", {}});
        QVERIFY2(outcome.succeeded, qPrintable(outcome.summary));
        QCOMPARE(m_log, QStringList({"apply A", "apply B"}));
        QCOMPARE(m_recordsAtApply, QList<int>({1, 1})); // the intent, and nothing else, before the first change
        QCOMPARE(m_trail->entries.size(), 2);
        const QJsonObject intent = m_trail->entries.at(0);
        const QJsonObject result = m_trail->entries.at(1);
        QCOMPARE(intent.value("action").toString(), QStringLiteral("FAKE_CHANGED_INTENT"));
        QCOMPARE(intent.value("details").toObject().value("planned_steps").toArray(), QJsonArray({"A", "B"}));
        QCOMPARE(intent.value("details").toObject().value("reason").toString(), QStringLiteral("left the company"));
        QCOMPARE(intent.value("details").toObject().value("ticket").toString(), QStringLiteral("HR-42"));
        QCOMPARE(result.value("action").toString(), QStringLiteral("FAKE_CHANGED"));
        QCOMPARE(result.value("outcome").toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(result.value("details").toObject().value("intent_seq").toInt(), 1);
        QCOMPARE(statesOf(result), QStringList({"applied", "applied"}));
        QCOMPARE(outcome.steps.size(), 2);
        verifySchema();
    }

    void aFailureUndoesAndRecordsEachStepAndTheHttpStatus()
    {
        const OperationOutcome outcome =
            run(new FakeOperation(m_trail, {step("A"), step("B", true, false), step("C", false, true, 409)}));
        QVERIFY(!outcome.succeeded);
        QVERIFY(!outcome.refused);
        QCOMPARE(m_log, QStringList({"apply A", "apply B", "apply C", "undo B", "undo A"}));
        const QJsonObject result = m_trail->entries.last();
        QCOMPARE(result.value("outcome").toString(), QStringLiteral("FAILURE"));
        QCOMPARE(result.value("details").toObject().value("http_status").toInt(), 409);
        QCOMPARE(result.value("details").toObject().value("intent_seq").toInt(), 1);
        QCOMPARE(statesOf(result), QStringList({"undone", "undo_failed", "not_run"}));
        QVERIFY2(outcome.error.action.contains("delete B by hand"), qPrintable(outcome.error.action));
        verifySchema();
    }

    void aLedgerThatRefusesTheIntentTouchesNothing()
    {
        m_trail->refuseIntents = true;
        const OperationOutcome outcome = run(new FakeOperation(m_trail, {step("A")}));
        QVERIFY(outcome.refused);
        QVERIFY(m_log.isEmpty());
        QCOMPARE(m_trail->entries.size(), 1); // the refusal itself
        const QJsonObject refusal = m_trail->entries.first();
        QCOMPARE(refusal.value("outcome").toString(), QStringLiteral("FAILURE"));
        QVERIFY(refusal.value("details").toObject().value("refused").toBool());
        QVERIFY(!refusal.value("details").toObject().contains("intent_seq"));
        QVERIFY(!refusal.value("details").toObject().contains("steps"));
        verifySchema();
    }

    void aGuardRefusesBeforeAnyIntent()
    {
        const OperationOutcome outcome = run(new FakeOperation(m_trail, {step("A")}, "Refused to act on otto"));
        QVERIFY(outcome.refused);
        QVERIFY(m_log.isEmpty());
        QCOMPARE(m_trail->entries.size(), 1);
        QVERIFY(!ActionRecord::isIntent(m_trail->entries.first()));
        verifySchema();
    }

    void cancellingStopsBeforeTheNextStepAndUndoes()
    {
        auto* operation = new FakeOperation(m_trail, {step("A"), step("B")});
        connect(operation, &AuditedOperation::progress, operation, [operation](const QString& line) {
            if (line == u"A")
                operation->cancel();
        });
        const OperationOutcome outcome = run(operation);
        QCOMPARE(outcome.error.kind, Error::Kind::Cancelled);
        QCOMPARE(m_log, QStringList({"apply A", "undo A"}));
        QCOMPARE(statesOf(m_trail->entries.last()), QStringList({"undone", "not_run"}));
        verifySchema();
    }

    void aStepUpRunsBeforeTheIntentAndIsNotedInTheOutcome()
    {
        const OperationOutcome outcome =
            run(new SteppedUpOperation(m_trail, {step("A")}, stepUpAnswering(QStringLiteral("2"))));
        QVERIFY2(outcome.succeeded, qPrintable(outcome.error.userMessage()));
        QCOMPARE(m_log, QStringList({"step-up", "apply A"}));
        QCOMPARE(m_trail->entries.size(), 2);
        const QJsonObject details = m_trail->entries.at(1).value("details").toObject();
        QCOMPARE(details.value("stepped_up").toBool(), true);
        QCOMPARE(details.value("operator_acr").toString(), QStringLiteral("2"));
        verifySchema();
    }

    void anAbandonedStepUpIsARecordedRefusalAndTouchesNothing()
    {
        const OperationOutcome outcome = run(new SteppedUpOperation(
            m_trail, {step("A")}, stepUpAnswering({}, QStringLiteral("the browser window was closed"))));
        QVERIFY(outcome.refused);
        QCOMPARE(m_log, QStringList({"step-up"}));
        QCOMPARE(m_trail->entries.size(), 1); // the refusal; no intent, since nothing was about to change
        QCOMPARE(m_trail->entries.first().value("outcome").toString(), QStringLiteral("FAILURE"));
        QVERIFY(m_trail->entries.first().value("details").toObject().value("refused").toBool());
        QVERIFY(outcome.error.userMessage().contains(QStringLiteral("the browser window was closed")));
        verifySchema();
    }

    void aStepUpBelowTheRequiredLevelIsRefused()
    {
        const OperationOutcome outcome = run(
            new SteppedUpOperation(m_trail, {step("A")}, stepUpAnswering(QStringLiteral("1")), QStringLiteral("2")));
        QVERIFY(outcome.refused);
        QCOMPARE(m_log, QStringList({"step-up"}));
        QVERIFY2(outcome.error.what.contains(QStringLiteral("stronger sign-in")), qPrintable(outcome.error.what));
        verifySchema();
    }

    void theSchemaRefusesARecordThatBreaksIt()
    {
        // The check can fail: a step state the schema does not know, a missing key, a key it does not allow.
        run(new FakeOperation(m_trail, {step("A")}));
        QJsonObject broken = m_trail->entries.last();
        QJsonObject details = broken.value("details").toObject();
        details.insert("steps", QJsonArray{QJsonObject{{"label", "A"}, {"state", "half-done"}}});
        broken.insert("details", details);
        broken.remove("actor");
        broken.insert("extra", 1);
        const QStringList problems = test::JsonSchema::fromFile(CUSTOS_RECORD_SCHEMA).problems(broken);
        QCOMPARE(problems.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAuditedOperation)
#include "test_audited_operation.moc"
