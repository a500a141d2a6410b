#include "core/http/HttpClient.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>

namespace custos {
namespace {

struct HttpClientText
{
    Q_DECLARE_TR_FUNCTIONS(custos::HttpClient)
};

QString fingerprintOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

// One request in flight: owns the reply, the deadline and the callback. Deletes itself when finished.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(const HttpRequest& request, QNetworkReply* reply, QObject* context, HttpClient::Callback done)
        : m_request(request)
        , m_reply(reply)
        , m_context(context)
        , m_done(std::move(done))
    {
        m_reply->setParent(this);
        connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
        connect(m_reply, &QNetworkReply::sslErrors, this, &HttpExchange::onSslErrors);
        connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpExchange::onProgress);
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(Error::Kind::Timeout); });
        m_deadline.start(m_request.timeout);
        // The caller going away cancels the request: nobody is left to hear the answer.
        connect(m_context, &QObject::destroyed, this, [this] {
            m_done = nullptr;
            abortWith(Error::Kind::Cancelled);
        });
    }

    Q_INVOKABLE void cancel() { abortWith(Error::Kind::Cancelled); }

private:
    void abortWith(Error::Kind kind)
    {
        if (m_abortReason)
            return;
        m_abortReason = kind;
        m_reply->abort(); // emits finished() synchronously
    }

    void onSslErrors(const QList<QSslError>& errors)
    {
        // Never ignored. Remember the first for the message; the handshake then fails on its own.
        if (!errors.isEmpty() && !m_sslError)
            m_sslError = errors.first();
    }

    void onProgress(qint64 received, qint64 /*total*/)
    {
        if (received > m_request.maxResponseBytes)
            abortWith(Error::Kind::Protocol);
    }

    void onFinished()
    {
        m_deadline.stop();
        Result<HttpResponse> result = outcome();
        if (!result.ok())
            qCInfo(lcHttp).noquote() << m_request.method << redactedUrl()
                                     << "failed:" << Error::kindName(result.error().kind) << result.error().why;
        else
            qCDebug(lcHttp).noquote() << m_request.method << redactedUrl() << "->" << result->status;
        if (m_done && m_context)
            m_done(result);
        m_done = nullptr;
        deleteLater();
    }

    // Query strings may carry codes or tokens: logs get the path only.
    QString redactedUrl() const { return m_request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo); }

    Result<HttpResponse> outcome()
    {
        const QString host = m_request.url.host();
        Error error;
        error.what = m_request.what;
        if (m_abortReason == Error::Kind::Timeout) {
            error.kind = Error::Kind::Timeout;
            error.why = HttpClientText::tr("%1 did not answer within %2 seconds")
                            .arg(host)
                            .arg(std::chrono::duration<double>(m_request.timeout).count());
            error.action = HttpClientText::tr("Check that the server is running and reachable, then try again");
            return error;
        }
        if (m_abortReason == Error::Kind::Cancelled) {
            error.kind = Error::Kind::Cancelled;
            error.why = HttpClientText::tr("the request was cancelled");
            return error;
        }
        if (m_abortReason == Error::Kind::Protocol) {
            error.kind = Error::Kind::Protocol;
            error.why = HttpClientText::tr("%1 sent more than %2 MiB")
                            .arg(host)
                            .arg(m_request.maxResponseBytes / (1024 * 1024));
            return error;
        }
        if (m_sslError) {
            const QSslCertificate certificate = m_sslError->certificate();
            error.kind = Error::Kind::Tls;
            error.why =
                certificate.isNull()
                    ? HttpClientText::tr("the TLS connection to %1 failed (%2)").arg(host, m_sslError->errorString())
                    : HttpClientText::tr(
                          "the certificate presented by %1 is not trusted (%2); its SHA-256 fingerprint is %3")
                          .arg(host, m_sslError->errorString(), fingerprintOf(certificate));
            error.action =
                HttpClientText::tr("If you trust this server, add the certificate of the authority that issued it to "
                                   "the profile's CA bundle");
            return error;
        }
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            switch (m_reply->error()) {
            case QNetworkReply::ConnectionRefusedError:
                error.kind = Error::Kind::Network;
                error.why = HttpClientText::tr("%1 refused the connection").arg(host);
                error.action =
                    HttpClientText::tr("Check that the server is running and the address in the profile is right");
                break;
            case QNetworkReply::HostNotFoundError:
                error.kind = Error::Kind::Network;
                error.why = HttpClientText::tr("the host name %1 could not be resolved").arg(host);
                error.action = HttpClientText::tr("Check the address in the profile and your network connection");
                break;
            case QNetworkReply::SslHandshakeFailedError:
                error.kind = Error::Kind::Tls;
                error.why =
                    HttpClientText::tr("the TLS handshake with %1 failed (%2)").arg(host, m_reply->errorString());
                break;
            default:
                error.kind = Error::Kind::Network;
                error.why = HttpClientText::tr("the connection to %1 failed (%2)").arg(host, m_reply->errorString());
                error.action = HttpClientText::tr("Check your network connection and try again");
                break;
            }
            return error;
        }
        HttpResponse response;
        response.status = status.toInt();
        response.headers = m_reply->rawHeaderPairs();
        response.body = m_reply->readAll();
        return response;
    }

    HttpRequest m_request;
    QNetworkReply* m_reply;
    QPointer<QObject> m_context;
    HttpClient::Callback m_done;
    QTimer m_deadline;
    std::optional<Error::Kind> m_abortReason;
    std::optional<QSslError> m_sslError;
};

} // namespace

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    // Qt re-sends headers and body on a redirect: never let them carry a token or a code to another origin.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient() = default;

void HttpClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    if (!certificates.isEmpty())
        m_tls.addCaCertificates(certificates);
}

PendingCall HttpClient::send(const HttpRequest& request, QObject* context, Callback done)
{
    Q_ASSERT(context);
    QNetworkRequest networkRequest(request.url);
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (request.url.scheme() == QLatin1String("https"))
        networkRequest.setSslConfiguration(m_tls);
    // Credentials are sent explicitly by the caller, never from a cookie jar or an auth cache.
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply* reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    auto* exchange = new HttpExchange(request, reply, context, std::move(done));
    exchange->setParent(this);
    return PendingCall(exchange);
}

} // namespace custos

#include "HttpClient.moc"
