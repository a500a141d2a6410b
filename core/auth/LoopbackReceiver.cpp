#include "core/auth/LoopbackReceiver.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace custos {
namespace {

constexpr qsizetype maxRequestBytes = 16 * 1024;
constexpr int idleConnectionMs = 10000;
const char* bufferProperty = "custos.request";

// Comparison time independent of where the strings differ.
bool sameSecret(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= static_cast<unsigned char>(x[i] ^ y[i]);
    return diff == 0;
}

QByteArray page(const QString& title, const QString& message, bool success)
{
    const QString colour = success ? QStringLiteral("#1b7f3b") : QStringLiteral("#b3261e");
    return QStringLiteral("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Custos — %1</title>"
                          "<style>body{font-family:system-ui,sans-serif;margin:4em auto;max-width:36em;padding:0 1em}"
                          "h1{color:%3;font-size:1.4em}</style></head><body><h1>%1</h1><p>%2</p>"
                          "<p>You can close this tab and return to Custos.</p></body></html>")
        .arg(title.toHtmlEscaped(), message.toHtmlEscaped(), colour)
        .toUtf8();
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QString path, QString expectedState, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_expectedState(std::move(expectedState))
    , m_server(new QTcpServer(this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        qCInfo(lcAuth) << "no browser response on the loopback redirect before the deadline";
        cancel();
        emit timedOut();
    });
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(std::chrono::milliseconds timeout)
{
    // IPv4 loopback only: the redirect URI names 127.0.0.1, and no other interface may reach the listener.
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_errorString = m_server->errorString();
        return false;
    }
    m_port = m_server->serverPort();
    m_deadline.start(timeout);
    return true;
}

quint16 LoopbackReceiver::port() const
{
    return m_port;
}

QString LoopbackReceiver::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(m_path);
}

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Browsers open speculative connections that never send anything: do not keep them forever.
        QTimer::singleShot(idleConnectionMs, socket, [this, socket] {
            if (socket != m_held)
                socket->abort();
        });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(bufferProperty).toByteArray() + socket->readAll();
    if (socket == m_held)
        return; // the held request is complete; anything more is ignored
    if (buffer.size() > maxRequestBytes) {
        reply(socket, 431, "Request Header Fields Too Large", QStringLiteral("Request too large"),
              QStringLiteral("This is not a sign-in response."));
        return;
    }
    if (!buffer.contains("\r\n\r\n")) {
        socket->setProperty(bufferProperty, buffer);
        return;
    }
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        reply(socket, 405, "Method Not Allowed", QStringLiteral("Not a sign-in response"),
              QStringLiteral("Custos only accepts the browser's redirect here."));
        return;
    }
    const QUrl target = QUrl::fromEncoded(requestLine.at(1), QUrl::StrictMode);
    if (!target.isValid() || target.path() != m_path) {
        reply(socket, 404, "Not Found", QStringLiteral("Not found"), QStringLiteral("There is nothing here."));
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (m_done || state.isEmpty() || !sameSecret(state, m_expectedState)) {
        // Forged or stale: answered, and otherwise ignored.
        qCWarning(lcAuth) << "ignored a loopback request whose state does not match the pending sign-in";
        reply(socket, 400, "Bad Request", QStringLiteral("Unexpected response"),
              QStringLiteral("This response does not belong to the sign-in Custos is waiting for."));
        return;
    }
    m_done = true;
    m_deadline.stop();
    m_held = socket;
    m_server->close(); // single use: nothing else can connect now

    AuthorizationResponse response;
    response.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    response.error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    response.errorDescription = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    response.hasIss = query.hasQueryItem(QStringLiteral("iss"));
    response.iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    emit received(response);
}

void LoopbackReceiver::respond(bool success, const QString& title, const QString& message)
{
    if (m_held)
        reply(m_held, success ? 200 : 400, success ? "OK" : "Bad Request", title, message);
    m_held = nullptr;
    m_server->close();
}

void LoopbackReceiver::cancel()
{
    m_done = true;
    m_deadline.stop();
    m_server->close();
    if (m_held)
        m_held->abort();
    m_held = nullptr;
}

void LoopbackReceiver::reply(QTcpSocket* socket, int status, const QByteArray& reason, const QString& title,
                             const QString& message)
{
    const QByteArray body = page(title, message, status == 200);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/html; charset=utf-8"
                  "\r\nCache-Control: no-store"
                  "\r\nReferrer-Policy: no-referrer"
                  "\r\nContent-Security-Policy: default-src 'none'; style-src 'unsafe-inline'"
                  "\r\nConnection: close"
                  "\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // The socket outlives this receiver until the page is flushed: a receiver deleted right after respond()
    // would otherwise abort the connection and the browser would show an empty reply.
    disconnect(socket, nullptr, this, nullptr);
    socket->setParent(nullptr);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(idleConnectionMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost();
}

} // namespace custos
