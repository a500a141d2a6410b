#include "core/actions/StepRunner.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace custos {

namespace {

struct StepRunnerText
{
    Q_DECLARE_TR_FUNCTIONS(custos::StepRunner)
};

Error cancelled()
{
    Error error;
    error.kind = Error::Kind::Cancelled;
    error.what = StepRunnerText::tr("The operation was cancelled");
    error.why = StepRunnerText::tr("you stopped it before the next step");
    return error;
}

QString quoted(const QStringList& labels)
{
    QStringList out;
    for (const QString& label : labels)
        out.append(StepRunnerText::tr("“%1”").arg(label));
    return out.join(QStringLiteral(", "));
}

} // namespace

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Planned:
        return QStringLiteral("planned");
    case StepState::Applied:
        return QStringLiteral("applied");
    case StepState::Undone:
        return QStringLiteral("undone");
    case StepState::UndoFailed:
        return QStringLiteral("undo_failed");
    case StepState::NotRun:
        return QStringLiteral("not_run");
    }
    return {};
}

QString describeStep(const StepRecord& step)
{
    switch (step.state) {
    case StepState::Planned:
        return StepRunnerText::tr("%1: planned").arg(step.label);
    case StepState::Applied:
        return StepRunnerText::tr("%1: done").arg(step.label);
    case StepState::Undone:
        return StepRunnerText::tr("%1: done, then undone").arg(step.label);
    case StepState::UndoFailed:
        return StepRunnerText::tr("%1: done; undoing it failed (%2), so it is still in place")
            .arg(step.label, step.error);
    case StepState::NotRun:
        return step.error.isEmpty() ? StepRunnerText::tr("%1: not done").arg(step.label)
                                    : StepRunnerText::tr("%1: failed (%2)").arg(step.label, step.error);
    }
    return step.label;
}

StepRunner::StepRunner(QList<Step> steps)
    : m_steps(std::move(steps))
{
    for (const Step& step : std::as_const(m_steps))
        m_records.append(StepRecord{step.label, StepState::Planned, {}});
}

QList<StepRecord> StepRunner::records() const
{
    return m_records;
}

QStringList StepRunner::labels() const
{
    QStringList out;
    for (const Step& step : m_steps)
        out.append(step.label);
    return out;
}

QJsonArray StepRunner::toJson() const
{
    QJsonArray out;
    for (const StepRecord& record : m_records) {
        QJsonObject step{{QStringLiteral("label"), record.label},
                         {QStringLiteral("state"), stepStateName(record.state)}};
        if (!record.error.isEmpty())
            step.insert(QStringLiteral("error"), record.error);
        out.append(step);
    }
    return out;
}

bool StepRunner::undoFailed() const
{
    return std::any_of(m_records.begin(), m_records.end(),
                       [](const StepRecord& record) { return record.state == StepState::UndoFailed; });
}

void StepRunner::run(Started started, Finished finished)
{
    m_started = std::move(started);
    m_finished = std::move(finished);
    next();
}

void StepRunner::next()
{
    if (m_next >= m_steps.size())
        return finish();
    if (m_cancelled) {
        m_cause = cancelled();
        return undoFrom(m_next - 1);
    }
    const int index = m_next++;
    m_started(m_steps.at(index).label, false);
    m_steps.at(index).apply([this, index](const Status& applied) {
        if (!applied.ok()) {
            m_cause = applied.error();
            m_records[index].error = applied.error().why.isEmpty() ? applied.error().what : applied.error().why;
            m_records[index].state = StepState::NotRun;
            return undoFrom(index - 1);
        }
        m_records[index].state = StepState::Applied;
        next();
    });
}

void StepRunner::undoFrom(int index)
{
    // Reverse order: a later step may depend on an earlier one (a role granted to the account created first).
    while (index >= 0 && !m_steps.at(index).undo)
        --index;
    if (index < 0)
        return finish();
    m_started(m_steps.at(index).label, true);
    m_steps.at(index).undo([this, index](const Status& undone) {
        if (undone.ok()) {
            m_records[index].state = StepState::Undone;
        } else {
            m_records[index].state = StepState::UndoFailed;
            m_records[index].error = undone.error().why.isEmpty() ? undone.error().what : undone.error().why;
        }
        undoFrom(index - 1);
    });
}

void StepRunner::finish()
{
    for (StepRecord& record : m_records)
        if (record.state == StepState::Planned)
            record.state = StepState::NotRun;
    if (!m_cause)
        return m_finished(std::nullopt);

    Error error = *m_cause;
    QStringList undone;
    QStringList kept;
    QStringList handWork;
    for (int i = 0; i < m_records.size(); ++i) {
        const StepRecord& record = m_records.at(i);
        if (record.state == StepState::Undone)
            undone.append(record.label);
        else if (record.state == StepState::Applied)
            kept.append(record.label);
        else if (record.state == StepState::UndoFailed)
            handWork.append(
                m_steps.at(i).byHand.isEmpty()
                    ? StepRunnerText::tr("undo “%1” by hand (its undo failed: %2)").arg(record.label, record.error)
                    : StepRunnerText::tr("%1 (its undo failed: %2)").arg(m_steps.at(i).byHand, record.error));
    }
    QStringList why{error.why};
    if (!undone.isEmpty())
        why.append(StepRunnerText::tr("these steps were undone: %1").arg(quoted(undone)));
    if (!kept.isEmpty())
        why.append(StepRunnerText::tr("these steps stay done: %1").arg(quoted(kept)));
    if (!handWork.isEmpty()) {
        why.append(StepRunnerText::tr("undoing failed, so some changes are still there"));
        error.action = StepRunnerText::tr("To finish by hand: %1").arg(handWork.join(QStringLiteral("; ")));
    }
    why.removeAll(QString());
    error.why = why.join(QStringLiteral("; "));
    m_finished(error);
}

} // namespace custos
