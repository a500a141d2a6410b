#pragma once

#include <QByteArray>

namespace custos {

// Bytes from the operating system's CSPRNG (QRandomGenerator::system()), for secrets the user never types.
[[nodiscard]] QByteArray randomBytes(qsizetype count);

// `bytes` random bytes as base64url without padding: OAuth `state`, OIDC `nonce`, PKCE verifiers.
[[nodiscard]] QByteArray randomToken(qsizetype bytes);

// Overwrites a buffer that held a secret, when this is the only copy (a shared copy would be detached, not wiped).
void cleanse(QByteArray& secret);

} // namespace custos
