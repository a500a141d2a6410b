#pragma once

#include "core/common/Result.h"

#include <QByteArray>

namespace custos {

// Proof Key for Code Exchange (RFC 7636), S256 only: `plain` would hand the verifier to anyone who sees the
// authorization request.
class Pkce
{
public:
    // A fresh verifier: 32 bytes from the system CSPRNG as 43 base64url characters.
    [[nodiscard]] static Pkce generate();
    // An existing verifier (43 to 128 characters of [A-Za-z0-9-._~]); used to replay known vectors.
    [[nodiscard]] static Result<Pkce> fromVerifier(const QByteArray& verifier);
    // base64url(SHA-256(verifier)) without padding.
    [[nodiscard]] static QByteArray challengeFor(const QByteArray& verifier);

    Pkce(const Pkce&) = default;
    Pkce& operator=(const Pkce&) = default;
    Pkce(Pkce&&) noexcept = default;
    Pkce& operator=(Pkce&&) noexcept = default;
    ~Pkce();

    // The secret half, sent only with the token request. Never log it.
    [[nodiscard]] QByteArray verifier() const { return m_verifier; }
    [[nodiscard]] QByteArray challenge() const { return m_challenge; }
    [[nodiscard]] static QByteArray method() { return QByteArrayLiteral("S256"); }

private:
    explicit Pkce(QByteArray verifier);

    QByteArray m_verifier;
    QByteArray m_challenge;
};

} // namespace custos
