#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace custos {

// SHA-256 (FIPS 180-4) through OpenSSL: one-shot or incremental.
class Sha256
{
public:
    static constexpr int size = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    // Returns the digest and starts over, so one object can hash many messages.
    [[nodiscard]] QByteArray result();

    [[nodiscard]] static QByteArray hash(QByteArrayView data);

private:
    evp_md_ctx_st* m_ctx = nullptr;
};

} // namespace custos
