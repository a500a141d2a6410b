#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <array>

struct evp_md_ctx_st;

namespace custos {

// SHA-256 (FIPS 180-4) through OpenSSL: one-shot or incremental.
class Sha256
{
public:
    static constexpr int size = 32;
    using Digest = std::array<unsigned char, size>;

    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    // Returns the digest and starts over, so one object can hash many messages.
    [[nodiscard]] QByteArray result();
    // The same without allocating: for loops that hash millions of ledger records.
    [[nodiscard]] Digest digest();

    // Uses a per-thread context: creating one per call costs more than hashing a ledger record.
    [[nodiscard]] static QByteArray hash(QByteArrayView data);

private:
    evp_md_ctx_st* m_ctx = nullptr;
};

} // namespace custos
