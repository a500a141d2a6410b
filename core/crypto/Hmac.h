#pragma once

#include "core/crypto/Sha256.h"

#include <QByteArray>
#include <QByteArrayView>

struct evp_mac_ctx_st;

namespace custos {

// HMAC-SHA256 (RFC 2104 / RFC 4231) through OpenSSL.
class Hmac
{
public:
    [[nodiscard]] static QByteArray sha256(QByteArrayView key, QByteArrayView message);
    // Constant-time comparison, so a verifier does not leak how many bytes of a forged MAC were right.
    [[nodiscard]] static bool equal(QByteArrayView a, QByteArrayView b);
};

// HMAC-SHA256 under one key for many messages: the key schedule is computed once, which halves the cost of
// a MAC over a ledger record compared with Hmac::sha256.
class HmacSha256
{
public:
    explicit HmacSha256(QByteArrayView key);
    ~HmacSha256();
    HmacSha256(const HmacSha256&) = delete;
    HmacSha256& operator=(const HmacSha256&) = delete;

    [[nodiscard]] Sha256::Digest mac(QByteArrayView message);

private:
    evp_mac_ctx_st* m_ctx = nullptr;
};

} // namespace custos
