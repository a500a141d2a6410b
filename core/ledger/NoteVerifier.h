#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace custos {

// An Ed25519 verifier key in the C2SP signed-note text form, "<name>+<hex key hash>+<base64(0x01 ‖ key)>",
// the form golang.org/x/mod/sumdb/note's NewVerifier reads.
class NoteVerifier
{
public:
    NoteVerifier() = default;
    NoteVerifier(QString name, QByteArray publicKey);

    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] const QByteArray& publicKey() const { return m_publicKey; }
    [[nodiscard]] quint32 keyHash() const { return m_keyHash; }
    [[nodiscard]] QString toString() const;

    [[nodiscard]] static Result<NoteVerifier> parse(const QString& text);
    // First four bytes, big-endian, of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key).
    [[nodiscard]] static quint32 computeKeyHash(const QString& name, const QByteArray& publicKey);
    [[nodiscard]] static bool isValidName(const QString& name);

    friend bool operator==(const NoteVerifier& a, const NoteVerifier& b)
    {
        return a.m_name == b.m_name && a.m_publicKey == b.m_publicKey;
    }

private:
    QString m_name;
    QByteArray m_publicKey;
    quint32 m_keyHash = 0;
};

} // namespace custos
