#include "core/http/HttpErrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos {
namespace {

struct HttpErrorsText
{
    Q_DECLARE_TR_FUNCTIONS(custos::HttpErrors)
};

QString sanitized(QString text)
{
    constexpr qsizetype maxLength = 300;
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    text = text.simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength) + QStringLiteral("…");
    return text;
}

} // namespace

QString serverExplanation(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    for (const char* key : {"error_description", "errorMessage", "detail", "title", "error"}) {
        const QString text = object.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return sanitized(text);
    }
    return {};
}

Error errorFromResponse(const HttpRequest& request, const HttpResponse& response)
{
    Error error;
    error.what = request.what;
    error.httpStatus = response.status;
    const QString host = request.url.host();
    const QString explanation = serverExplanation(response.body);
    const QString said =
        explanation.isEmpty() ? QString() : HttpErrorsText::tr(" (the server said: %1)").arg(explanation);

    switch (response.status) {
    case 400:
        error.kind = Error::Kind::Invalid;
        error.why = HttpErrorsText::tr("%1 rejected the request as invalid%2").arg(host, said);
        error.action = HttpErrorsText::tr("Check the values you entered");
        break;
    case 401:
        error.kind = Error::Kind::Unauthorized;
        error.why = HttpErrorsText::tr("%1 no longer accepts your session%2").arg(host, said);
        error.action = HttpErrorsText::tr("Sign in again");
        break;
    case 403:
        error.kind = Error::Kind::Forbidden;
        error.why = HttpErrorsText::tr("your account is not allowed to do this on %1%2").arg(host, said);
        error.action = HttpErrorsText::tr("Ask a realm administrator for the role this action needs");
        break;
    case 404:
        error.kind = Error::Kind::NotFound;
        error.why = HttpErrorsText::tr("%1 does not know this object any more%2").arg(host, said);
        error.action = HttpErrorsText::tr("Refresh the list; someone may have deleted it");
        break;
    case 409:
        error.kind = Error::Kind::Conflict;
        error.why = HttpErrorsText::tr("it conflicts with something that already exists%1").arg(said);
        error.action = HttpErrorsText::tr("Open the existing object or choose another name");
        break;
    default:
        if (response.status >= 500) {
            error.kind = Error::Kind::Server;
            error.why =
                HttpErrorsText::tr("%1 had an internal error (HTTP %2)%3").arg(host).arg(response.status).arg(said);
            error.action = HttpErrorsText::tr("Try again in a moment; if it persists, check the server's log");
        } else {
            error.kind = Error::Kind::Http;
            error.why = HttpErrorsText::tr("%1 answered HTTP %2%3").arg(host).arg(response.status).arg(said);
        }
        break;
    }
    return error;
}

} // namespace custos
