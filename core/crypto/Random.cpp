#include "core/crypto/Random.h"

#include <QList>
#include <QRandomGenerator>
#include <cstring>
#include <openssl/crypto.h>

namespace custos {

QByteArray randomBytes(qsizetype count)
{
    if (count <= 0)
        return {};
    QList<quint32> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(count, Qt::Uninitialized);
    std::memcpy(bytes.data(), words.constData(), static_cast<size_t>(count));
    OPENSSL_cleanse(words.data(), static_cast<size_t>(words.size()) * sizeof(quint32));
    return bytes;
}

QByteArray randomToken(qsizetype bytes)
{
    QByteArray raw = randomBytes(bytes);
    QByteArray token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    cleanse(raw);
    return token;
}

void cleanse(QByteArray& secret)
{
    if (!secret.isEmpty() && secret.isDetached())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

} // namespace custos
