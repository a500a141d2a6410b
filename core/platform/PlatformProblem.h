#pragma once

#include "core/common/Error.h"
#include "core/http/HttpRequest.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace custos {

// An RFC 9457 problem details answer of the Platform Admin API (`application/problem+json`).
struct PlatformProblem
{
    int status = 0;
    QString code; // the suffix of type urn:custos:platform:problem:<code>: forbidden, invalid-state…
    QString title;
    QString detail;
    QString reason; // machine-readable sub-reason: key-mismatch, not-yet-valid…
    QString traceId;
    QStringList fieldErrors; // "certificate_pem: duplicate certificate", "header If-Match: …"

    // The problem in `body`, or nothing when the body is not a problem object (a proxy's HTML page).
    [[nodiscard]] static std::optional<PlatformProblem> parse(const QByteArray& body);
};

// The Error for a non-2xx answer of the platform, in plain words: what failed (`request.what`), why (the
// server's detail, with the trace id support needs), and what to do. A 403 names `requiredRole` (the
// platform role the call needs); 409, 412 and 428 say what changed or what is missing.
[[nodiscard]] Error platformError(const HttpRequest& request, const HttpResponse& response,
                                  const QString& requiredRole);

} // namespace custos
