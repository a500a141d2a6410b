#include "core/ledger/LedgerKeys.h"

#include "core/common/Logging.h"
#include "core/keychain/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <unistd.h>

namespace custos {
namespace {

constexpr char hmacPemName[] = "CUSTOS LEDGER HMAC KEY";

struct LedgerKeysText
{
    Q_DECLARE_TR_FUNCTIONS(custos::LedgerKeys)
};

Error keyFileError(const QString& path, const QString& why)
{
    return Error::invalid(LedgerKeysText::tr("Could not read the ledger key file %1").arg(path), why,
                          LedgerKeysText::tr("Use the key file written by `custos-ledger init --key-file`"));
}

void wipe(QByteArray& secret)
{
    // Only a sole copy is wiped: writing to a shared one would detach it and wipe a fresh copy instead.
    if (!secret.isEmpty() && secret.isDetached())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

QByteArray hmacKeyFromPem(const QByteArray& text)
{
    BIO* bio = BIO_new_mem_buf(text.constData(), static_cast<int>(text.size()));
    QByteArray key;
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* data = nullptr;
    long length = 0;
    while (bio && PEM_read_bio(bio, &name, &header, &data, &length) == 1) {
        if (qstrcmp(name, hmacPemName) == 0 && key.isEmpty())
            key = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
        if (data)
            OPENSSL_cleanse(data, static_cast<size_t>(length));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
    }
    BIO_free(bio);
    return key;
}

} // namespace

LedgerKeys::LedgerKeys(Ed25519Key signingKey, QByteArray hmacKey)
    : m_signingKey(std::move(signingKey))
    , m_hmacKey(std::move(hmacKey))
{
}

LedgerKeys::~LedgerKeys()
{
    if (m_hmacKey.isDetached())
        wipe(m_hmacKey);
}

Result<LedgerKeys> LedgerKeys::generate()
{
    auto signingKey = Ed25519Key::generate();
    if (!signingKey)
        return signingKey.error();
    QByteArray hmacKey(hmacKeySize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(hmacKey.data()), hmacKeySize) != 1)
        return Error::invalid(LedgerKeysText::tr("Could not create the ledger's HMAC key"),
                              LedgerKeysText::tr("the system random generator failed"));
    return LedgerKeys(signingKey.value(), hmacKey);
}

Result<LedgerKeys> LedgerKeys::loadKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(LedgerKeysText::tr("Could not read the ledger key file %1").arg(path), file.errorString());
    QByteArray text = file.readAll();
    auto signingKey = Ed25519Key::fromPrivatePem(text);
    QByteArray hmacKey = hmacKeyFromPem(text);
    wipe(text);
    if (!signingKey)
        return keyFileError(path, signingKey.error().why);
    if (hmacKey.size() != hmacKeySize) {
        wipe(hmacKey);
        return keyFileError(
            path,
            LedgerKeysText::tr("it has no %1 block of %2 bytes").arg(QLatin1String(hmacPemName)).arg(hmacKeySize));
    }
    return LedgerKeys(signingKey.value(), hmacKey);
}

Status LedgerKeys::saveKeyFile(const QString& path) const
{
    QByteArray text = m_signingKey.privatePem();
    BIO* bio = BIO_new(BIO_s_secmem());
    if (bio && PEM_write_bio(bio, hmacPemName, "", reinterpret_cast<const unsigned char*>(m_hmacKey.constData()),
                             static_cast<long>(m_hmacKey.size())) > 0) {
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        text += QByteArray(data, static_cast<qsizetype>(length));
    }
    BIO_free(bio);
    // O_EXCL and mode 0600 at creation: the key is never readable by others, not even for a moment.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        wipe(text);
        return Error::io(LedgerKeysText::tr("Could not create the ledger key file %1").arg(path),
                         QString::fromLocal8Bit(strerror(errno)),
                         QFileInfo::exists(path) ? LedgerKeysText::tr("Choose a file that does not exist yet")
                                                 : QString());
    }
    qsizetype written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.constData() + written, static_cast<size_t>(text.size() - written));
        if (n <= 0)
            break;
        written += n;
    }
    const bool ok = written == text.size() && ::fsync(fd) == 0;
    ::close(fd);
    wipe(text);
    if (!ok)
        return Error::io(LedgerKeysText::tr("Could not write the ledger key file %1").arg(path),
                         LedgerKeysText::tr("the disk refused the write"));
    return success();
}

QString LedgerKeys::keychainEntry(const QString& origin, const QString& ledgerId, const QString& which)
{
    return QStringLiteral("ledger/%1/%2/%3").arg(origin, ledgerId, which);
}

void LedgerKeys::saveToSecretStore(SecretStore& store, const QString& origin, const QString& ledgerId, QObject* context,
                                   std::function<void(const Status&)> done) const
{
    QByteArray pem = m_signingKey.privatePem();
    const QString hmacEntry = keychainEntry(origin, ledgerId, QStringLiteral("hmac"));
    const QByteArray hmacKey = m_hmacKey;
    SecretStore* storePtr = &store;
    store.write(keychainEntry(origin, ledgerId, QStringLiteral("ed25519")), pem, context,
                [storePtr, hmacEntry, hmacKey, context, done](const Status& status) {
                    if (!status) {
                        done(status);
                        return;
                    }
                    storePtr->write(hmacEntry, hmacKey, context, done);
                });
    wipe(pem);
}

void LedgerKeys::loadFromSecretStore(SecretStore& store, const QString& origin, const QString& ledgerId,
                                     QObject* context, std::function<void(const Result<LedgerKeys>&)> done)
{
    const QString hmacEntry = keychainEntry(origin, ledgerId, QStringLiteral("hmac"));
    SecretStore* storePtr = &store;
    store.read(keychainEntry(origin, ledgerId, QStringLiteral("ed25519")), context,
               [storePtr, hmacEntry, context, done](const Result<QByteArray>& pem) {
                   if (!pem) {
                       done(pem.error());
                       return;
                   }
                   auto signingKey = Ed25519Key::fromPrivatePem(pem.value());
                   if (!signingKey) {
                       done(signingKey.error());
                       return;
                   }
                   const Ed25519Key key = signingKey.value();
                   storePtr->read(hmacEntry, context, [key, done](const Result<QByteArray>& hmacKey) {
                       if (!hmacKey) {
                           done(hmacKey.error());
                           return;
                       }
                       if (hmacKey->size() != hmacKeySize) {
                           done(Error::keychain(LedgerKeysText::tr("Could not read the ledger's HMAC key"),
                                                LedgerKeysText::tr("the keychain entry has the wrong size")));
                           return;
                       }
                       done(LedgerKeys(key, hmacKey.value()));
                   });
               });
}

} // namespace custos
