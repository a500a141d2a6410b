#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace custos {

// A compact JWS (header.payload.signature) split and decoded, NOT verified: nothing here may be trusted until
// IdTokenVerifier has checked the signature and the claims.
class Jwt
{
public:
    // Larger tokens are refused before any decoding; real ID tokens are a few KiB.
    static constexpr qsizetype maximumSize = 64 * 1024;

    // Refuses anything but exactly three base64url parts (no padding) whose first two are JSON objects.
    [[nodiscard]] static Result<Jwt> parse(const QByteArray& compact);

    [[nodiscard]] const QJsonObject& header() const { return m_header; }
    [[nodiscard]] const QJsonObject& claims() const { return m_claims; }
    // The bytes the signature covers: the first two encoded parts and the dot between them.
    [[nodiscard]] const QByteArray& signingInput() const { return m_signingInput; }
    [[nodiscard]] const QByteArray& signature() const { return m_signature; }
    // Header `alg` and `kid`; empty if absent or not strings.
    [[nodiscard]] QString algorithm() const;
    [[nodiscard]] QString keyId() const;
    // "kid …, alg …" shortened and without control characters: these come from whoever sent the token.
    [[nodiscard]] QString describeForLog() const;

private:
    Jwt() = default;

    QJsonObject m_header;
    QJsonObject m_claims;
    QByteArray m_signingInput;
    QByteArray m_signature;
};

} // namespace custos
