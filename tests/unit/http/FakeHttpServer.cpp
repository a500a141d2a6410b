#include "FakeHttpServer.h"

#include <QTcpSocket>
#include <QUrl>

FakeHttpServer::FakeHttpServer()
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl FakeHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}

void FakeHttpServer::serve(QTcpSocket* socket)
{
    // Requests in these tests are small: headers plus an optional short body arrive in one read.
    m_requests.append(socket->readAll());
    const QList<QByteArray> requestLine = m_requests.constLast().left(m_requests.constLast().indexOf('\r')).split(' ');
    const Behaviour behaviour =
        m_router             ? m_router(requestLine.size() > 1 ? QUrl(QString::fromLatin1(requestLine.at(1))) : QUrl())
        : m_script.isEmpty() ? respond(500, "unscripted")
                             : m_script.takeFirst();
    switch (behaviour.kind) {
    case Behaviour::Hang:
        return;
    case Behaviour::Reset:
        socket->abort();
        return;
    case Behaviour::Flood: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 33554432\r\n\r\n");
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 32; ++i)
            socket->write(chunk);
        return;
    }
    case Behaviour::Respond:
        socket->write("HTTP/1.1 " + QByteArray::number(behaviour.status) +
                      " X\r\nContent-Type: application/json\r\n"
                      "Content-Length: " +
                      QByteArray::number(behaviour.body.size()) + "\r\nConnection: close\r\n\r\n" + behaviour.body);
        socket->disconnectFromHost();
        return;
    }
}
