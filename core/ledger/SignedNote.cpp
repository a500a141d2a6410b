#include "core/ledger/SignedNote.h"

#include "core/crypto/Ed25519Key.h"
#include "core/ledger/NoteVerifier.h"

#include <QCoreApplication>
#include <QtEndian>

namespace custos {
namespace {

constexpr qsizetype maxNoteSize = 1 << 16;
constexpr qsizetype maxSignatures = 100;
const QByteArray signaturePrefix = QByteArrayLiteral("\xe2\x80\x94 "); // U+2014 EM DASH and a space

struct SignedNoteText
{
    Q_DECLARE_TR_FUNCTIONS(custos::SignedNote)
};

Error noteError(const QString& why)
{
    return Error::integrity(SignedNoteText::tr("Could not read the signed checkpoint"), why);
}

bool isValidText(QByteArrayView text)
{
    if (text.isEmpty() || !text.endsWith('\n') || QString::fromUtf8(text).toUtf8() != text)
        return false;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f)
            return false;
    return true;
}

} // namespace

Result<QByteArray> SignedNote::sign(const QByteArray& text, const QString& keyName, const Ed25519Key& key)
{
    if (!isValidText(text) || !NoteVerifier::isValidName(keyName))
        return noteError(SignedNoteText::tr("the text or key name cannot be signed as a note"));
    auto signature = key.sign(text);
    if (!signature)
        return signature.error();
    QByteArray hashAndSignature(4, Qt::Uninitialized);
    qToBigEndian(NoteVerifier::computeKeyHash(keyName, key.publicKey()), hashAndSignature.data());
    hashAndSignature += signature.value();
    return QByteArray(text + '\n' + signaturePrefix + keyName.toUtf8() + ' ' + hashAndSignature.toBase64() + '\n');
}

Result<SignedNote> SignedNote::parse(QByteArrayView note)
{
    if (note.size() > maxNoteSize)
        return noteError(SignedNoteText::tr("it is too long"));
    const qsizetype split = note.lastIndexOf(QByteArrayView("\n\n"));
    if (split < 0)
        return noteError(SignedNoteText::tr("it has no signature block"));
    SignedNote result;
    result.m_text = note.first(split + 1).toByteArray();
    if (!isValidText(result.m_text))
        return noteError(SignedNoteText::tr("its text is not newline-terminated UTF-8 without control characters"));
    QByteArrayView block = note.sliced(split + 2);
    if (block.isEmpty() || !block.endsWith('\n'))
        return noteError(SignedNoteText::tr("its signature block does not end with a newline"));
    block.chop(1);
    for (const QByteArray& lineBytes : block.toByteArray().split('\n')) {
        const QByteArrayView line(lineBytes);
        if (result.m_signatures.size() >= maxSignatures)
            return noteError(SignedNoteText::tr("it has too many signatures"));
        if (!line.startsWith(signaturePrefix))
            return noteError(SignedNoteText::tr("a signature line does not start with an em dash"));
        const QByteArrayView rest = line.sliced(signaturePrefix.size());
        const qsizetype space = rest.indexOf(' ');
        if (space <= 0 || rest.indexOf(' ', space + 1) >= 0)
            return noteError(SignedNoteText::tr("a signature line is not \"name signature\""));
        Signature signature;
        signature.name = QString::fromUtf8(rest.first(space));
        if (!NoteVerifier::isValidName(signature.name) || signature.name.toUtf8() != rest.first(space))
            return noteError(SignedNoteText::tr("a signature line has an invalid key name"));
        const auto decoded = QByteArray::fromBase64Encoding(rest.sliced(space + 1).toByteArray(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() < 5)
            return noteError(SignedNoteText::tr("a signature is not base64 of a key hash and signature"));
        signature.keyHash = qFromBigEndian<quint32>(decoded.decoded.constData());
        signature.signature = decoded.decoded.mid(4);
        result.m_signatures.append(signature);
    }
    return result;
}

SignedNote::Verification SignedNote::verify(const NoteVerifier& verifier) const
{
    bool seen = false;
    for (const Signature& signature : m_signatures) {
        if (signature.name != verifier.name() || signature.keyHash != verifier.keyHash())
            continue;
        seen = true;
        if (Ed25519Key::verify(verifier.publicKey(), m_text, signature.signature))
            return Verification::Valid;
    }
    return seen ? Verification::BadSignature : Verification::NoSignatureByKey;
}

} // namespace custos
