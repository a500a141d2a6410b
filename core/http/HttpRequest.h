#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <chrono>

namespace custos {

struct HttpRequest
{
    using Header = QPair<QByteArray, QByteArray>;

    QByteArray method = "GET";
    QUrl url;
    QList<Header> headers;
    QByteArray body;
    // The whole exchange must finish within this deadline; every request has one.
    std::chrono::milliseconds timeout{15000};
    // Replies larger than this are refused: a peer is never trusted to be reasonable.
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    // Plain words for error messages: "Could not read the user count".
    QString what;
    // The caller reads non-2xx answers itself (RFC 9457 problem details with a reason, an ETag on 412), so
    // ApiClient hands them back as responses instead of turning them into Errors. 401 handling is unchanged.
    bool callerReadsErrors = false;

    static HttpRequest get(const QUrl& url, const QString& what);
    static HttpRequest postForm(const QUrl& url, const QList<QPair<QString, QString>>& fields, const QString& what);
    static HttpRequest sendJson(const QByteArray& method, const QUrl& url, const QJsonDocument& body,
                                const QString& what);

    // DELETE, or a POST/PUT that carries nothing (Keycloak's logout, group membership).
    static HttpRequest withoutBody(const QByteArray& method, const QUrl& url, const QString& what);

    void setHeader(const QByteArray& name, const QByteArray& value);
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    // GET, HEAD, PUT and DELETE may be repeated after a timeout or a 5xx; a POST only when it carries an
    // Idempotency-Key (the server then answers a repeat with the first answer instead of acting twice).
    [[nodiscard]] bool isIdempotent() const;
};

struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace custos
