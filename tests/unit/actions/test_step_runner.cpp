#include "core/actions/StepRunner.h"

#include <QJsonObject>
#include <QTest>
#include <QTimer>

using namespace custos;

// The step runner with fake steps, no server: every path through apply and undo, an undo that fails, and
// cancellation between steps. The fake steps answer on the event loop, as a server call would.
class TestStepRunner : public QObject
{
    Q_OBJECT
private:
    struct Fake
    {
        QString label;
        bool applies = true;
        bool undoable = true;
        bool undoes = true;
    };

    QStringList m_log;

    Step step(const Fake& fake)
    {
        Step out;
        out.label = fake.label;
        out.apply = [this, fake](const StepDone& done) {
            m_log.append("apply " + fake.label);
            QTimer::singleShot(0, this, [fake, done] {
                if (fake.applies)
                    return done(success());
                Error error;
                error.kind = Error::Kind::Server;
                error.what = "Keycloak refused";
                error.why = fake.label + " answered 500";
                error.httpStatus = 500;
                done(error);
            });
        };
        if (fake.undoable)
            out.undo = [this, fake](const StepDone& done) {
                m_log.append("undo " + fake.label);
                QTimer::singleShot(0, this, [fake, done] {
                    if (fake.undoes)
                        return done(success());
                    Error error;
                    error.kind = Error::Kind::Network;
                    error.why = "the connection was reset";
                    done(error);
                });
            };
        out.byHand = fake.undoable ? "remove " + fake.label + " in the admin console" : QString();
        return out;
    }

    struct Run
    {
        bool finished = false;
        std::optional<Error> error;
    };

    static QStringList states(const StepRunner& runner)
    {
        QStringList out;
        for (const StepRecord& record : runner.records())
            out.append(stepStateName(record.state));
        return out;
    }

    void start(StepRunner& runner, Run& run, std::function<void(const QString&)> onStarted = {})
    {
        runner.run(
            [onStarted](const QString& label, bool undoing) {
                if (onStarted && !undoing)
                    onStarted(label);
            },
            [&run](const std::optional<Error>& error) {
                run.finished = true;
                run.error = error;
            });
    }

private slots:
    void init() { m_log.clear(); }

    void everyStepApplies()
    {
        StepRunner runner({step({"A"}), step({"B"}), step({"C"})});
        QCOMPARE(states(runner), QStringList({"planned", "planned", "planned"}));
        Run run;
        start(runner, run);
        QTRY_VERIFY(run.finished);
        QVERIFY(!run.error);
        QCOMPARE(m_log, QStringList({"apply A", "apply B", "apply C"}));
        QCOMPARE(states(runner), QStringList({"applied", "applied", "applied"}));
        QVERIFY(!runner.undoFailed());
    }

    void aFailureUndoesTheAppliedStepsInReverse()
    {
        StepRunner runner({step({"A"}), step({"B"}), step({"C", false}), step({"D"})});
        Run run;
        start(runner, run);
        QTRY_VERIFY(run.finished);
        QCOMPARE(m_log, QStringList({"apply A", "apply B", "apply C", "undo B", "undo A"}));
        QCOMPARE(states(runner), QStringList({"undone", "undone", "not_run", "not_run"}));
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, Error::Kind::Server);
        QCOMPARE(run.error->httpStatus, 500); // the failing call's status reaches the outcome record
        QVERIFY2(run.error->why.contains("C answered 500"), qPrintable(run.error->why));
        QVERIFY2(run.error->why.contains("“B”, “A”") || run.error->why.contains("“A”, “B”"),
                 qPrintable(run.error->why));
        QCOMPARE(runner.records().at(2).error, QStringLiteral("C answered 500"));
        QVERIFY(run.error->action.isEmpty()); // nothing is left to do by hand
    }

    void aFailingFirstStepUndoesNothing()
    {
        StepRunner runner({step({"A", false}), step({"B"})});
        Run run;
        start(runner, run);
        QTRY_VERIFY(run.finished);
        QCOMPARE(m_log, QStringList({"apply A"}));
        QCOMPARE(states(runner), QStringList({"not_run", "not_run"}));
    }

    void anUndoThatFailsIsRecordedAndTheRestIsStillUndone()
    {
        // B's undo fails; A is still undone after it, and the operator is told what to do about B by hand.
        StepRunner runner({step({"A"}), step({"B", true, true, false}), step({"C", false})});
        Run run;
        start(runner, run);
        QTRY_VERIFY(run.finished);
        QCOMPARE(m_log, QStringList({"apply A", "apply B", "apply C", "undo B", "undo A"}));
        QCOMPARE(states(runner), QStringList({"undone", "undo_failed", "not_run"}));
        QVERIFY(runner.undoFailed());
        QCOMPARE(runner.records().at(1).error, QStringLiteral("the connection was reset"));
        QVERIFY(run.error);
        QVERIFY2(run.error->action.contains("remove B in the admin console"), qPrintable(run.error->action));
        QVERIFY2(run.error->action.contains("the connection was reset"), qPrintable(run.error->action));
        QVERIFY2(run.error->why.contains("still there"), qPrintable(run.error->why));
        QCOMPARE(describeStep(runner.records().at(1)),
                 QStringLiteral("B: done; undoing it failed (the connection was reset), so it is still in place"));
        const QJsonArray json = runner.toJson();
        QCOMPARE(json.at(1).toObject().value("state").toString(), QStringLiteral("undo_failed"));
        QCOMPARE(json.at(1).toObject().value("error").toString(), QStringLiteral("the connection was reset"));
        QVERIFY(!json.at(0).toObject().contains("error"));
    }

    void everyUndoFails()
    {
        StepRunner runner({step({"A", true, true, false}), step({"B", true, true, false}), step({"C", false})});
        Run run;
        start(runner, run);
        QTRY_VERIFY(run.finished);
        QCOMPARE(states(runner), QStringList({"undo_failed", "undo_failed", "not_run"}));
        QVERIFY(run.error->action.contains("remove A in the admin console"));
        QVERIFY(run.error->action.contains("remove B in the admin console"));
    }

    void aStepWithoutUndoStaysApplied()
    {
        StepRunner runner({step({"end sessions", true, false}), step({"A"}), step({"B", false})});
        Run run;
        start(runner, run);
        QTRY_VERIFY(run.finished);
        QCOMPARE(m_log, QStringList({"apply end sessions", "apply A", "apply B", "undo A"}));
        QCOMPARE(states(runner), QStringList({"applied", "undone", "not_run"}));
        QVERIFY2(run.error->why.contains("stay done: “end sessions”"), qPrintable(run.error->why));
    }

    void cancellingBetweenStepsUndoesWhatWasApplied()
    {
        StepRunner runner({step({"A"}), step({"B"}), step({"C"})});
        Run run;
        // The operator cancels while B's call is out: B completes (a sent call is never abandoned), C never runs.
        start(runner, run, [&runner](const QString& label) {
            if (label == u"B")
                runner.cancel();
        });
        QTRY_VERIFY(run.finished);
        QCOMPARE(m_log, QStringList({"apply A", "apply B", "undo B", "undo A"}));
        QCOMPARE(states(runner), QStringList({"undone", "undone", "not_run"}));
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, Error::Kind::Cancelled);
    }

    void cancellingBeforeTheFirstStepRunsNothing()
    {
        StepRunner runner({step({"A"})});
        runner.cancel();
        Run run;
        start(runner, run);
        QTRY_VERIFY(run.finished);
        QVERIFY(m_log.isEmpty());
        QCOMPARE(states(runner), QStringList({"not_run"}));
        QCOMPARE(run.error->kind, Error::Kind::Cancelled);
    }

    void anEmptyListSucceeds()
    {
        StepRunner runner;
        Run run;
        start(runner, run);
        QVERIFY(run.finished);
        QVERIFY(!run.error);
    }
};

QTEST_GUILESS_MAIN(TestStepRunner)
#include "test_step_runner.moc"
