#pragma once

#include <QObject>
#include <QPointer>

namespace custos {

// A handle on a request in flight; cancel() makes it finish with Error::Kind::Cancelled.
// Holding it is optional: a call runs to completion whether or not anyone keeps the handle.
class PendingCall
{
public:
    PendingCall() = default;
    explicit PendingCall(QObject* operation)
        : m_operation(operation)
    {
    }

    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_operation.isNull(); }

private:
    QPointer<QObject> m_operation;
};

} // namespace custos
