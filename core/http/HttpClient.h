#pragma once

#include "core/common/Result.h"
#include "core/http/HttpRequest.h"
#include "core/http/PendingCall.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <functional>

class QNetworkAccessManager;

namespace custos {

// Asynchronous HTTP on the caller's event loop. Every request has a deadline and a size cap; TLS errors are
// reported (host + certificate fingerprint), never ignored. HTTP error statuses are answers, not Errors: the
// caller (usually ApiClient) decides what a 404 means.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<HttpResponse>&)>;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    // Certificates trusted in addition to the system store (a profile's CA bundle).
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);

    // `done` runs once on `context`'s thread, unless `context` is destroyed first.
    PendingCall send(const HttpRequest& request, QObject* context, Callback done);

private:
    QNetworkAccessManager* m_network;
    QSslConfiguration m_tls;
};

} // namespace custos
