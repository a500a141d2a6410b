// libFuzzer target: the ledger's passphrase-protected key file (PEM blocks, PKCS#8 and its PBES2/scrypt
// parameters, the wrapped HMAC key) under a fixed passphrase. Nothing may crash, hang or read out of bounds; what
// is accepted holds a 32-byte HMAC key and an Ed25519 key that signs.
#include "core/ledger/LedgerKeyFile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto keys = custos::LedgerKeyFile::fromText(text, "fuzz passphrase 2026", QStringLiteral("fuzz.key"));
    if (!keys)
        return 0;
    if (keys->hmacKey().size() != custos::LedgerKeys::hmacKeySize || !keys->signingKey().sign("fuzz").ok())
        std::abort();
    return 0;
}
