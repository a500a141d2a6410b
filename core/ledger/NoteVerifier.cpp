#include "core/ledger/NoteVerifier.h"

#include "core/crypto/Ed25519Key.h"
#include "core/crypto/Sha256.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtEndian>

namespace custos {
namespace {

constexpr char algEd25519 = 0x01;

struct NoteVerifierText
{
    Q_DECLARE_TR_FUNCTIONS(custos::NoteVerifier)
};

Error verifierError(const QString& why)
{
    return Error::invalid(NoteVerifierText::tr("Could not read the verifier key"), why,
                          NoteVerifierText::tr("Give it as name+hash+key, as printed by `custos-ledger pubkey`"));
}

} // namespace

NoteVerifier::NoteVerifier(QString name, QByteArray publicKey)
    : m_name(std::move(name))
    , m_publicKey(std::move(publicKey))
    , m_keyHash(computeKeyHash(m_name, m_publicKey))
{
}

bool NoteVerifier::isValidName(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name)
        if (c.isSpace() || c == u'+' || c.isSurrogate())
            return false;
    return true;
}

quint32 NoteVerifier::computeKeyHash(const QString& name, const QByteArray& publicKey)
{
    const QByteArray digest = Sha256::hash(QByteArray(name.toUtf8() + '\n' + algEd25519 + publicKey));
    return qFromBigEndian<quint32>(digest.constData());
}

QString NoteVerifier::toString() const
{
    return m_name + u'+' + QStringLiteral("%1").arg(m_keyHash, 8, 16, QChar(u'0')) + u'+' +
           QString::fromLatin1(QByteArray(QByteArray(1, algEd25519) + m_publicKey).toBase64());
}

Result<NoteVerifier> NoteVerifier::parse(const QString& text)
{
    // The base64 key may itself hold '+': only the first two separate fields, as in Go's note.NewVerifier.
    const QString trimmed = text.trimmed();
    const qsizetype first = trimmed.indexOf(u'+');
    const qsizetype second = first < 0 ? -1 : trimmed.indexOf(u'+', first + 1);
    const QStringList parts{trimmed.left(first), trimmed.mid(first + 1, second - first - 1), trimmed.mid(second + 1)};
    if (second < 0)
        return verifierError(NoteVerifierText::tr("it does not have three parts separated by '+'"));
    if (!isValidName(parts.at(0)))
        return verifierError(NoteVerifierText::tr("its name is empty or holds spaces"));
    bool hexOk = parts.at(1).size() == 8;
    for (const QChar c : parts.at(1))
        hexOk = hexOk && ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'));
    if (!hexOk)
        return verifierError(NoteVerifierText::tr("its key hash is not 8 lowercase hex digits"));
    const auto key = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != 1 + Ed25519Key::publicKeySize || key.decoded.at(0) != algEd25519)
        return verifierError(NoteVerifierText::tr("its key is not an Ed25519 public key"));
    NoteVerifier verifier(parts.at(0), key.decoded.mid(1));
    if (verifier.m_keyHash != parts.at(1).toUInt(nullptr, 16))
        return verifierError(NoteVerifierText::tr("its key hash does not match its name and key"));
    return verifier;
}

} // namespace custos
