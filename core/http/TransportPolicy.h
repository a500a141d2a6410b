#pragma once

#include <QUrl>

namespace custos {

// Where Custos may send a request that carries a token: https to any host, plain http only to this computer's
// loopback (a devstack), where nothing crosses the network. One rule for the issuer, the endpoints it advertises
// and the platform API.
class TransportPolicy
{
public:
    [[nodiscard]] static bool allows(const QUrl& url);
};

} // namespace custos
