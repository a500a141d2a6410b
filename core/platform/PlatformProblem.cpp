#include "core/platform/PlatformProblem.h"

#include "core/http/HttpErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos {
namespace {

struct PlatformProblemText
{
    Q_DECLARE_TR_FUNCTIONS(custos::PlatformProblem)
};

constexpr QLatin1StringView typePrefix("urn:custos:platform:problem:");

// A server's text, shortened and stripped of control characters before it reaches a message box or the ledger.
QString clean(const QString& text)
{
    QString out = text;
    for (QChar& c : out)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    out = out.simplified();
    constexpr qsizetype maxLength = 300;
    return out.size() > maxLength ? out.left(maxLength) + QStringLiteral("…") : out;
}

// What a certificate-invalid reason means for the operator, and what they can do.
QPair<QString, QString> certificateReason(const QString& reason)
{
    if (reason == u"pem-invalid")
        return {PlatformProblemText::tr("the file holds no readable PEM certificate"),
                PlatformProblemText::tr("Export the certificate chain as PEM")};
    if (reason == u"key-invalid")
        return {PlatformProblemText::tr("no readable private key was found"),
                PlatformProblemText::tr("Select the private key that belongs to the certificate")};
    if (reason == u"key-password")
        return {PlatformProblemText::tr("the private key's password is missing or wrong"),
                PlatformProblemText::tr("Enter the key's password")};
    if (reason == u"pkcs12-invalid")
        return {PlatformProblemText::tr("the PKCS#12 file is damaged or the password is wrong"),
                PlatformProblemText::tr("Check the file and its password")};
    if (reason == u"key-mismatch")
        return {PlatformProblemText::tr("the private key does not belong to the certificate"),
                PlatformProblemText::tr("Select the key the certificate was issued for")};
    if (reason == u"leaf-is-ca")
        return {PlatformProblemText::tr("the server certificate is a CA certificate"),
                PlatformProblemText::tr("Select the server certificate, not its issuer")};
    if (reason == u"san-missing")
        return {PlatformProblemText::tr("the certificate has no subject alternative names"),
                PlatformProblemText::tr("Request a certificate that names the platform's hosts")};
    if (reason == u"expired")
        return {PlatformProblemText::tr("a certificate of the chain has expired"),
                PlatformProblemText::tr("Renew the certificate")};
    if (reason == u"not-yet-valid")
        return {PlatformProblemText::tr("the certificate is not valid yet"),
                PlatformProblemText::tr("Wait until its validity starts, then try again")};
    if (reason == u"key-too-weak")
        return {PlatformProblemText::tr("the key is too weak (RSA under 2048 bits)"),
                PlatformProblemText::tr("Request a certificate with a 2048-bit RSA or a P-256 key")};
    if (reason == u"key-unsupported")
        return {PlatformProblemText::tr("the key type is not supported"),
                PlatformProblemText::tr("Use an RSA or P-256/384/521 EC key")};
    if (reason == u"chain-broken")
        return {PlatformProblemText::tr("the chain does not link up (a certificate is not signed by the next one)"),
                PlatformProblemText::tr("Include the intermediate certificates in order")};
    if (reason == u"not-a-ca")
        return {
            PlatformProblemText::tr("the certificate is not a CA certificate (basicConstraints CA:TRUE is missing)"),
            PlatformProblemText::tr("Select the CA that issues the tenant's client certificates")};
    return {{}, {}};
}

} // namespace

std::optional<PlatformProblem> PlatformProblem::parse(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QString type = object.value(QLatin1String("type")).toString();
    if (!type.startsWith(typePrefix))
        return std::nullopt;
    PlatformProblem problem;
    problem.status = object.value(QLatin1String("status")).toInt();
    problem.code = clean(type.mid(typePrefix.size()));
    problem.title = clean(object.value(QLatin1String("title")).toString());
    problem.detail = clean(object.value(QLatin1String("detail")).toString());
    problem.reason = clean(object.value(QLatin1String("reason")).toString());
    problem.traceId = clean(object.value(QLatin1String("trace_id")).toString());
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    // At most a handful: a message box is not the place for a hundred validation errors.
    for (qsizetype i = 0; i < errors.size() && i < 5; ++i) {
        const QJsonObject item = errors.at(i).toObject();
        QString where = item.value(QLatin1String("pointer")).toString();
        if (where.startsWith(QLatin1String("#/")))
            where = where.mid(2);
        if (where.isEmpty())
            where = item.value(QLatin1String("parameter")).toString();
        if (where.isEmpty())
            where = PlatformProblemText::tr("header %1").arg(item.value(QLatin1String("header")).toString());
        problem.fieldErrors.append(
            clean(where + QStringLiteral(": ") + item.value(QLatin1String("detail")).toString()));
    }
    return problem;
}

Error platformError(const HttpRequest& request, const HttpResponse& response, const QString& requiredRole)
{
    const std::optional<PlatformProblem> problem = PlatformProblem::parse(response.body);
    if (!problem) {
        // Not the platform speaking (a proxy, a wrong URL): the generic explanation of the status.
        Error error = errorFromResponse(request, response);
        if (error.kind == Error::Kind::Forbidden && !requiredRole.isEmpty())
            error.action = PlatformProblemText::tr("Ask a platform administrator for the role %1").arg(requiredRole);
        return error;
    }
    Error error;
    error.what = request.what;
    error.httpStatus = response.status;
    QString why = problem->detail.isEmpty() ? problem->title : problem->detail;
    if (!problem->fieldErrors.isEmpty())
        why += QStringLiteral(" (") + problem->fieldErrors.join(QStringLiteral("; ")) + u')';

    switch (response.status) {
    case 401:
        error.kind = Error::Kind::Unauthorized;
        error.action = PlatformProblemText::tr("Sign in again");
        break;
    case 403:
        error.kind = Error::Kind::Forbidden;
        error.action = requiredRole.isEmpty()
                           ? PlatformProblemText::tr("Ask a platform administrator for the role this action needs")
                           : PlatformProblemText::tr("Ask a platform administrator for the role %1").arg(requiredRole);
        break;
    case 404:
        error.kind = Error::Kind::NotFound;
        error.action = PlatformProblemText::tr("Refresh the list; someone may have deleted it");
        break;
    case 409:
        error.kind = Error::Kind::Conflict;
        if (problem->code == u"invalid-state") {
            const auto [meaning, action] = certificateReason(problem->reason);
            if (!meaning.isEmpty())
                why = meaning + QStringLiteral(" — ") + why;
            error.action = action.isEmpty() ? PlatformProblemText::tr("Refresh to see its current state") : action;
        } else {
            error.action = PlatformProblemText::tr("Open the existing object, or choose another name");
        }
        break;
    case 412: {
        error.kind = Error::Kind::Conflict;
        const QByteArray current = response.header("ETag");
        why =
            PlatformProblemText::tr("someone changed it since you read it%1")
                .arg(
                    current.isEmpty()
                        ? QString()
                        : PlatformProblemText::tr(" (its version is now %1)").arg(clean(QString::fromLatin1(current))));
        error.action = PlatformProblemText::tr("Reload it, check what changed, and try again");
        break;
    }
    case 428:
        error.kind = Error::Kind::Conflict;
        why = PlatformProblemText::tr("the platform only accepts this change with the version you read (If-Match)");
        error.action = PlatformProblemText::tr("Reload it and try again");
        break;
    case 413:
        error.kind = Error::Kind::Invalid;
        error.action = PlatformProblemText::tr("Select a smaller file (the platform accepts up to 1 MiB)");
        break;
    case 400:
    case 415:
    case 422:
        error.kind = Error::Kind::Invalid;
        if (problem->code == u"certificate-invalid") {
            const auto [meaning, action] = certificateReason(problem->reason);
            if (!meaning.isEmpty())
                why = meaning + QStringLiteral(" — ") + why;
            error.action = action.isEmpty() ? PlatformProblemText::tr("Check the certificate and try again") : action;
        } else if (problem->code == u"idempotency-key-reused") {
            error.action = PlatformProblemText::tr("Start the action again");
        } else {
            error.action = PlatformProblemText::tr("Check the values you entered");
        }
        break;
    default:
        if (response.status >= 500) {
            error.kind = Error::Kind::Server;
            error.action =
                response.status == 503
                    ? PlatformProblemText::tr("The platform cannot reach the identity provider; try again in a moment")
                    : PlatformProblemText::tr(
                          "Try again in a moment; if it persists, give the trace id to the platform team");
        } else {
            error.kind = Error::Kind::Http;
        }
        break;
    }
    if (!problem->traceId.isEmpty())
        why += PlatformProblemText::tr(" [trace id %1]").arg(problem->traceId);
    error.why = why;
    return error;
}

} // namespace custos
