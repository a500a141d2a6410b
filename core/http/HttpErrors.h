#pragma once

#include "core/common/Error.h"
#include "core/http/HttpRequest.h"

namespace custos {

// The Error for a completed exchange with a non-2xx status, with the server's own explanation when its body
// carries one (OAuth `error_description`, Keycloak `errorMessage`, RFC 9457 `detail`).
[[nodiscard]] Error errorFromResponse(const HttpRequest& request, const HttpResponse& response);

// The server's explanation from an error body, shortened and stripped of control characters; empty if none.
[[nodiscard]] QString serverExplanation(const QByteArray& body);

} // namespace custos
