#include "core/ledger/WitnessKey.h"

#include "core/crypto/Ed25519Key.h"
#include "core/crypto/Sha256.h"
#include "core/ledger/NoteVerifier.h"
#include "core/ledger/SignedNote.h"

#include <QCoreApplication>
#include <QtEndian>

namespace custos {
namespace {

constexpr char algCosignatureV1 = 0x04;
constexpr qsizetype timestampSize = 8;
constexpr qsizetype signatureSize = 64;

struct WitnessKeyText
{
    Q_DECLARE_TR_FUNCTIONS(custos::WitnessKey)
};

Error keyError(const QString& why)
{
    return Error::invalid(WitnessKeyText::tr("Could not read the witness key"), why,
                          WitnessKeyText::tr("Give the witness's verifier key as name+hash+key (a cosignature/v1 key, "
                                             "as the witness's operator publishes it)"));
}

} // namespace

Result<WitnessKey> WitnessKey::parse(const QString& text)
{
    // As NoteVerifier: the base64 key may hold '+', so only the first two separate fields.
    const QString trimmed = text.trimmed();
    const qsizetype first = trimmed.indexOf(u'+');
    const qsizetype second = first < 0 ? -1 : trimmed.indexOf(u'+', first + 1);
    if (second < 0)
        return keyError(WitnessKeyText::tr("it does not have three parts separated by '+'"));
    const QString name = trimmed.left(first);
    const QString hash = trimmed.mid(first + 1, second - first - 1);
    if (!NoteVerifier::isValidName(name))
        return keyError(WitnessKeyText::tr("its name is empty or holds spaces"));
    bool hexOk = hash.size() == 8;
    for (const QChar c : hash)
        hexOk = hexOk && ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'));
    if (!hexOk)
        return keyError(WitnessKeyText::tr("its key hash is not 8 lowercase hex digits"));
    const auto key =
        QByteArray::fromBase64Encoding(trimmed.mid(second + 1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != 1 + Ed25519Key::publicKeySize || key.decoded.at(0) != algCosignatureV1)
        return keyError(WitnessKeyText::tr("its key is not a cosignature/v1 Ed25519 key"));
    WitnessKey result;
    result.m_name = name;
    result.m_publicKey = key.decoded.mid(1);
    const QByteArray digest = Sha256::hash(QByteArray(name.toUtf8() + '\n' + key.decoded));
    result.m_keyHash = qFromBigEndian<quint32>(digest.constData());
    if (result.m_keyHash != hash.toUInt(nullptr, 16))
        return keyError(WitnessKeyText::tr("its key hash does not match its name and key"));
    result.m_text = trimmed;
    return result;
}

QByteArray WitnessKey::signedMessage(quint64 time, const QByteArray& checkpointBody)
{
    return QByteArrayLiteral("cosignature/v1\ntime ") + QByteArray::number(time) + '\n' + checkpointBody;
}

std::optional<quint64> WitnessKey::cosignatureTime(const SignedNote& note) const
{
    for (const SignedNote::Signature& signature : note.signatures()) {
        if (signature.name != m_name || signature.keyHash != m_keyHash ||
            signature.signature.size() != timestampSize + signatureSize)
            continue;
        const quint64 time = qFromBigEndian<quint64>(signature.signature.constData());
        if (Ed25519Key::verify(m_publicKey, signedMessage(time, note.text()), signature.signature.mid(timestampSize)))
            return time;
    }
    return std::nullopt;
}

} // namespace custos
