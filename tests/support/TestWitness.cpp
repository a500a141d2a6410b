#include "tests/support/TestWitness.h"

#include "core/crypto/Sha256.h"
#include "core/ledger/WitnessKey.h"

#include <QtEndian>

namespace custos::test {
namespace {

QByteArray keyHash(const QString& name, const Ed25519Key& key)
{
    return Sha256::hash(QByteArray(name.toUtf8() + '\n' + '\x04' + key.publicKey())).left(4);
}

} // namespace

QString TestWitness::vkey() const
{
    const QByteArray typed = QByteArray(1, '\x04') + key.publicKey();
    return name + u'+' + QString::fromLatin1(keyHash(name, key).toHex()) + u'+' + QString::fromLatin1(typed.toBase64());
}

QByteArray TestWitness::line(const QByteArray& checkpointBody, quint64 time) const
{
    QByteArray bytes = keyHash(name, key) + QByteArray(8, '\0');
    qToBigEndian<quint64>(time, bytes.data() + 4);
    bytes += key.sign(WitnessKey::signedMessage(time, checkpointBody)).value();
    return "\xe2\x80\x94 " + name.toUtf8() + ' ' + bytes.toBase64() + '\n';
}

} // namespace custos::test
