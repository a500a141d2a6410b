#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>
#include <functional>

// Produces what a real server cannot be made to do on demand: hang, reset, send too much, fail on cue.
// Each accepted request consumes the next scripted behaviour.
class FakeHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Behaviour
    {
        enum Kind { Respond, Hang, Reset, Flood } kind = Respond;
        int status = 200;
        QByteArray body;
    };

    FakeHttpServer();
    void script(QList<Behaviour> behaviours) { m_script = std::move(behaviours); }
    // Answers each request by its target (path and query) instead of the script: a fake API with many resources.
    void route(std::function<Behaviour(const QUrl& target)> router) { m_router = std::move(router); }
    [[nodiscard]] QUrl url(const QString& path) const;
    [[nodiscard]] QList<QByteArray> requests() const { return m_requests; }

    static Behaviour respond(int status, QByteArray body = {}) { return {Behaviour::Respond, status, std::move(body)}; }
    static Behaviour hang() { return {Behaviour::Hang, 0, {}}; }
    static Behaviour reset() { return {Behaviour::Reset, 0, {}}; }
    static Behaviour flood() { return {Behaviour::Flood, 200, {}}; }

private:
    void serve(QTcpSocket* socket);

    QList<Behaviour> m_script;
    std::function<Behaviour(const QUrl& target)> m_router;
    QList<QByteArray> m_requests;
};
