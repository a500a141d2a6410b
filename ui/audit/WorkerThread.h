#pragma once

#include <QObject>
#include <QThread>
#include <utility>

namespace custos {

// Runs one worker QObject on a thread of its own. Work is posted as functors, results come back as the worker's
// signals (queued to their receivers). Destruction quits and joins the thread, then the worker is deleted on it:
// owners first tell the worker to cancel (a flag it polls) so joining is quick. No nested event loop anywhere.
class WorkerThread
{
public:
    WorkerThread(QObject* worker, const QString& name);
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    template <typename Functor> void post(Functor&& functor)
    {
        QMetaObject::invokeMethod(m_worker, std::forward<Functor>(functor), Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    QObject* m_worker;
};

} // namespace custos
