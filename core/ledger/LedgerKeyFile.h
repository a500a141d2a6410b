#pragma once

#include "core/common/Result.h"
#include "core/ledger/LedgerKeys.h"

#include <QByteArray>
#include <QString>

namespace custos {

// The ledger's keys in a passphrase-protected file, for machines without an OS keychain. Two PEM blocks:
// "ENCRYPTED PRIVATE KEY", the Ed25519 key as PKCS#8 under PBES2 (scrypt, AES-256-CBC), which `openssl pkey`
// reads too; and "CUSTOS LEDGER ENCRYPTED HMAC KEY", the HMAC key under AES-256-GCM with a key derived (HKDF)
// from the Ed25519 key.
//
// Why the HMAC key is wrapped by the signing key rather than derived from it or given its own scrypt run: it stays
// an independent random key, so a key pair kept elsewhere (the keychain, a plain key file) can move into this file
// unchanged; the passphrase's scrypt runs once per unlock; and GCM's tag checks the HMAC key and the decrypted
// signing key together, so a damaged file is refused rather than producing wrong records.
//
// Both calls are slow on purpose (scrypt, about a quarter of a second): run them off the UI thread.
class LedgerKeyFile
{
public:
    // Far above a real key file (about 600 bytes): anything larger is refused before it is parsed.
    static constexpr qint64 maxFileSize = 8 * 1024;
    static constexpr int minPassphraseLength = 12;

    // Why this passphrase is too weak, in plain words; empty when it is acceptable.
    [[nodiscard]] static QString passphraseProblem(const QString& passphrase);

    // Writes `keys` to a new file at `path` (mode 0600, QSaveFile); refuses to replace an existing file.
    [[nodiscard]] static Status write(const QString& path, const LedgerKeys& keys, const QByteArray& passphrase);
    // A wrong passphrase is Error::Kind::Invalid; a damaged or foreign file Error::Kind::Integrity.
    [[nodiscard]] static Result<LedgerKeys> read(const QString& path, const QByteArray& passphrase);
    // The same from the file's bytes; `path` names it in messages.
    [[nodiscard]] static Result<LedgerKeys> fromText(const QByteArray& text, const QByteArray& passphrase,
                                                     const QString& path);
    // Whether `path` looks like a passphrase-protected key file (as opposed to the plain one of
    // `custos-ledger init --key-file`); it is not checked further.
    [[nodiscard]] static bool isProtected(const QString& path);
};

} // namespace custos
