#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace custos {

// HMAC-SHA256 (RFC 2104 / RFC 4231) through OpenSSL.
class Hmac
{
public:
    [[nodiscard]] static QByteArray sha256(QByteArrayView key, QByteArrayView message);
    // Constant-time comparison, so a verifier does not leak how many bytes of a forged MAC were right.
    [[nodiscard]] static bool equal(QByteArrayView a, QByteArrayView b);
};

} // namespace custos
