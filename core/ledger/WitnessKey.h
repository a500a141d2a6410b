#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace custos {

class SignedNote;

// A witness's verifier key (C2SP tlog-cosignature, type cosignature/v1): "<name>+<hex key hash>+<base64(0x04 ‖
// Ed25519 key)>", as cmd/generate_keys of transparency-dev/witness prints it. It checks the witness's cosignature
// line on a checkpoint note: 8 bytes of big-endian timestamp, then Ed25519 over "cosignature/v1\ntime <t>\n" and
// the checkpoint body.
class WitnessKey
{
public:
    WitnessKey() = default;

    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] quint32 keyHash() const { return m_keyHash; }
    [[nodiscard]] const QByteArray& publicKey() const { return m_publicKey; }
    [[nodiscard]] const QString& text() const { return m_text; }

    // The time (seconds since the epoch) of this witness's valid cosignature on `note`; nullopt when the note
    // carries none by this key or only an invalid one.
    [[nodiscard]] std::optional<quint64> cosignatureTime(const SignedNote& note) const;

    [[nodiscard]] static Result<WitnessKey> parse(const QString& text);
    // The message a cosignature/v1 signs: "cosignature/v1\ntime <t>\n" followed by the checkpoint body.
    [[nodiscard]] static QByteArray signedMessage(quint64 time, const QByteArray& checkpointBody);

    friend bool operator==(const WitnessKey& a, const WitnessKey& b) { return a.m_text == b.m_text; }

private:
    QString m_name;
    QByteArray m_publicKey;
    quint32 m_keyHash = 0;
    QString m_text;
};

} // namespace custos
