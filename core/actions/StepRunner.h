#pragma once

#include "core/common/Result.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace custos {

// Where one step of an operation stands. The ledger writes these names (docs/ledger-records.md).
enum class StepState {
    Planned,    // in the intent: about to run
    Applied,    // its change is made (and stays made unless undone)
    Undone,     // it was applied, then undone after a later step failed or the operator cancelled
    UndoFailed, // it was applied and undoing it failed: its change is still there
    NotRun,     // never sent (a step before it failed, or the operator cancelled)
};

[[nodiscard]] QString stepStateName(StepState state);

// A step calls this once, with whether its call succeeded.
using StepDone = std::function<void(const Status&)>;

// One change of an operation. `apply` sends it; `undo` (empty: the change cannot be taken back, like ending
// sessions or sending an e-mail) reverses it after a later step failed. `byHand` says in plain words what the
// operator does when the undo fails ("remove the organization acme in Keycloak"); empty: undo `label` by hand.
struct Step
{
    QString label;
    std::function<void(StepDone)> apply;
    std::function<void(StepDone)> undo;
    QString byHand;
};

// What became of one step, as the outcome record and the operator see it.
struct StepRecord
{
    QString label;
    StepState state = StepState::Planned;
    QString error; // why its apply or undo failed
};

// One line for the operator: the step and what became of it ("create the tenant acme: done, then undone").
[[nodiscard]] QString describeStep(const StepRecord& step);

// Runs an operation's steps in order, one at a time. When a step fails or the operator cancels, it undoes the
// applied steps in reverse (every one it can, even after an undo failed) and reports the exact state each step
// is left in. A call already sent is never abandoned: cancel() takes effect before the next step.
class StepRunner
{
public:
    // Called before each apply and each undo, with the step's label (for progress lines).
    using Started = std::function<void(const QString& label, bool undoing)>;
    // Called once: no error when every step applied; otherwise the error that stopped the run (the step's, or
    // Cancelled), with why and action rewritten to say what was undone and what is left to do by hand.
    using Finished = std::function<void(const std::optional<Error>& error)>;

    explicit StepRunner(QList<Step> steps = {});

    [[nodiscard]] QList<StepRecord> records() const;
    [[nodiscard]] QStringList labels() const;
    // The steps as the ledger keeps them: [{label, state, error?}].
    [[nodiscard]] QJsonArray toJson() const;
    [[nodiscard]] bool undoFailed() const;

    void run(Started started, Finished finished);
    void cancel() { m_cancelled = true; }

private:
    void next();
    void undoFrom(int index);
    void finish();

    QList<Step> m_steps;
    QList<StepRecord> m_records;
    Started m_started;
    Finished m_finished;
    std::optional<Error> m_cause;
    int m_next = 0;
    bool m_cancelled = false;
};

} // namespace custos
