#pragma once

#include "core/common/Result.h"
#include "core/crypto/Ed25519Key.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

namespace custos {

class SecretStore;

// The ledger's two secrets: the Ed25519 key that signs checkpoints and the HMAC key of the records.
// They live in the OS keychain (entries named after the origin and ledger id) or, with --key-file, in one
// 0600 file of two PEM blocks: "PRIVATE KEY" (PKCS#8 Ed25519) and "CUSTOS LEDGER HMAC KEY" (32 raw bytes); the
// passphrase-protected key file (the window's, and `init --passphrase`) is LedgerKeyFile's.
// Neither ever goes into the ledger database.
class LedgerKeys
{
public:
    static constexpr int hmacKeySize = 32;

    LedgerKeys() = default;
    LedgerKeys(Ed25519Key signingKey, QByteArray hmacKey);
    ~LedgerKeys();
    LedgerKeys(const LedgerKeys&) = default;
    LedgerKeys& operator=(const LedgerKeys&) = default;

    [[nodiscard]] const Ed25519Key& signingKey() const { return m_signingKey; }
    [[nodiscard]] const QByteArray& hmacKey() const { return m_hmacKey; }

    [[nodiscard]] static Result<LedgerKeys> generate();

    [[nodiscard]] static Result<LedgerKeys> loadKeyFile(const QString& path);
    // Creates the file with mode 0600; refuses to overwrite one.
    [[nodiscard]] Status saveKeyFile(const QString& path) const;

    [[nodiscard]] static QString keychainEntry(const QString& origin, const QString& ledgerId, const QString& which);
    void saveToSecretStore(SecretStore& store, const QString& origin, const QString& ledgerId, QObject* context,
                           std::function<void(const Status&)> done) const;
    static void loadFromSecretStore(SecretStore& store, const QString& origin, const QString& ledgerId,
                                    QObject* context, std::function<void(const Result<LedgerKeys>&)> done);

private:
    Ed25519Key m_signingKey;
    QByteArray m_hmacKey;
};

} // namespace custos
