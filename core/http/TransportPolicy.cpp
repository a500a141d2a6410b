#include "core/http/TransportPolicy.h"

namespace custos {

bool TransportPolicy::allows(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QString host = url.host();
    const bool loopback =
        host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
    return url.scheme() == QLatin1String("http") && loopback;
}

} // namespace custos
