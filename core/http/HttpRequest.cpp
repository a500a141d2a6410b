#include "core/http/HttpRequest.h"

#include <QUrlQuery>

namespace custos {

HttpRequest HttpRequest::get(const QUrl& url, const QString& what)
{
    HttpRequest request;
    request.url = url;
    request.what = what;
    request.setHeader("Accept", "application/json");
    return request;
}

HttpRequest HttpRequest::postForm(const QUrl& url, const QList<QPair<QString, QString>>& fields, const QString& what)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.what = what;
    QUrlQuery form;
    for (const auto& [name, value] : fields)
        form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                          QString::fromLatin1(QUrl::toPercentEncoding(value)));
    request.body = form.query(QUrl::FullyEncoded).toLatin1();
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    return request;
}

HttpRequest HttpRequest::sendJson(const QByteArray& method, const QUrl& url, const QJsonDocument& body,
                                  const QString& what)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.what = what;
    request.body = body.toJson(QJsonDocument::Compact);
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    return request;
}

HttpRequest HttpRequest::withoutBody(const QByteArray& method, const QUrl& url, const QString& what)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.what = what;
    request.setHeader("Accept", "application/json");
    return request;
}

void HttpRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::isIdempotent() const
{
    if (method == "POST")
        return !header("Idempotency-Key").isEmpty();
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace custos
