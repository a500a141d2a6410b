#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace custos {

class Ed25519Key;
class NoteVerifier;

// A C2SP signed note: the text, a blank line, then lines "— <name> <base64(key hash ‖ signature)>".
class SignedNote
{
public:
    struct Signature
    {
        QString name;
        quint32 keyHash = 0;
        QByteArray signature;
    };
    enum class Verification { Valid, NoSignatureByKey, BadSignature };

    [[nodiscard]] const QByteArray& text() const { return m_text; }
    [[nodiscard]] const QList<Signature>& signatures() const { return m_signatures; }

    // Verifies the signature line made with `verifier`'s key; lines by other keys are ignored, as the spec says.
    [[nodiscard]] Verification verify(const NoteVerifier& verifier) const;

    // The text must be UTF-8, end in a newline and hold no other control characters.
    [[nodiscard]] static Result<QByteArray> sign(const QByteArray& text, const QString& keyName, const Ed25519Key& key);
    // Defensive: size-capped, strict line format, at most 100 signatures.
    [[nodiscard]] static Result<SignedNote> parse(QByteArrayView note);

private:
    QByteArray m_text;
    QList<Signature> m_signatures;
};

} // namespace custos
