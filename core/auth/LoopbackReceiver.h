#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace custos {

// What the browser brought back to the redirect URI.
struct AuthorizationResponse
{
    QString code;
    QString error;            // OAuth error code, e.g. access_denied
    QString errorDescription; // the server's words, shown to the operator
    QString iss;              // RFC 9207; empty when the server sent none
    bool hasIss = false;
};

// The RFC 8252 loopback redirect listener: 127.0.0.1 only, an ephemeral port, one path, single use.
// A request whose `state` does not match is answered 400 and ignored — it neither completes nor aborts the
// sign-in — so another local process cannot inject a code or cancel the operator's login. The first request
// with the right `state` is held open until respond() so the browser page tells the final outcome.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    LoopbackReceiver(QString path, QString expectedState, QObject* parent = nullptr);
    ~LoopbackReceiver() override;

    // Listens on 127.0.0.1:0; false (with errorString()) if the socket could not be opened.
    [[nodiscard]] bool listen(std::chrono::milliseconds timeout);
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] quint16 port() const;
    // http://127.0.0.1:<port><path> — the literal address, never "localhost" (RFC 8252 §8.3).
    [[nodiscard]] QString redirectUri() const;

    // Answers the held browser request with a small page and closes everything.
    void respond(bool success, const QString& title, const QString& message);
    // Stops listening and drops any held request (the browser shows a closed connection).
    void cancel();

signals:
    void received(const custos::AuthorizationResponse& response);
    void timedOut();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void reply(QTcpSocket* socket, int status, const QByteArray& reason, const QString& title, const QString& message);

    QString m_path;
    QString m_expectedState;
    QTcpServer* m_server;
    QPointer<QTcpSocket> m_held;
    QTimer m_deadline;
    QString m_errorString;
    quint16 m_port = 0; // kept: the redirect URI must stay the same after the listener closes
    bool m_done = false;
};

} // namespace custos
