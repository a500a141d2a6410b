#include "core/ledger/LedgerKeyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <cstring>
#include <memory>
#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <optional>

namespace custos {
namespace {

struct LedgerKeyFileText
{
    Q_DECLARE_TR_FUNCTIONS(custos::LedgerKeyFile)
};

constexpr char signingKeyPemName[] = "ENCRYPTED PRIVATE KEY";
constexpr char hmacKeyPemName[] = "CUSTOS LEDGER ENCRYPTED HMAC KEY";
constexpr char hmacKeyLabel[] = "custos ledger key file: hmac key";

// scrypt with N = 2^14 and r = 8 (16 MiB) is as much memory as OpenSSL's PKCS#8 decoder allows; p = 4 makes each
// guess four times as costly. A file asking for more work than four times this is refused unread.
constexpr uint64_t scryptN = 1 << 14;
constexpr uint64_t scryptR = 8;
constexpr uint64_t scryptP = 4;
constexpr uint64_t maxScryptWork = scryptN * scryptR * scryptP * 4;
constexpr int maxPassphraseBytes = 1024;

// The wrapped HMAC key: version, HKDF salt, GCM nonce, ciphertext, tag.
constexpr unsigned char wrapVersion = 1;
constexpr int wrapSaltSize = 16;
constexpr int wrapNonceSize = 12;
constexpr int wrapTagSize = 16;
constexpr int wrapSize = 1 + wrapSaltSize + wrapNonceSize + LedgerKeys::hmacKeySize + wrapTagSize;
constexpr int seedSize = 32;

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)> using Owned = std::unique_ptr<T, Deleter<T, Free>>;
using Bio = Owned<BIO, BIO_free_all>;
using Pkey = Owned<EVP_PKEY, EVP_PKEY_free>;
using PkeyCtx = Owned<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using CipherCtx = Owned<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>;
using Sig = Owned<X509_SIG, X509_SIG_free>;
using P8Info = Owned<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>;
using Pbe2 = Owned<PBE2PARAM, PBE2PARAM_free>;
using ScryptParams = Owned<SCRYPT_PARAMS, SCRYPT_PARAMS_free>;

// Holds secret bytes and cleanses them when it goes.
class Secret
{
public:
    explicit Secret(qsizetype size)
        : m_bytes(size, '\0')
    {
    }
    ~Secret() { OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    unsigned char* data() { return reinterpret_cast<unsigned char*>(m_bytes.data()); }
    [[nodiscard]] QByteArray copy() const { return QByteArray(m_bytes.constData(), m_bytes.size()); }
    [[nodiscard]] qsizetype size() const { return m_bytes.size(); }

private:
    QByteArray m_bytes;
};

Error damaged(const QString& path, const QString& why)
{
    return Error::integrity(
        LedgerKeyFileText::tr("Could not read the ledger key file %1").arg(QFileInfo(path).fileName()), why,
        LedgerKeyFileText::tr("Restore the key file from your backup"));
}

Error wrongPassphrase(const QString& path)
{
    return Error::invalid(
        LedgerKeyFileText::tr("Could not unlock the ledger key file %1").arg(QFileInfo(path).fileName()),
        LedgerKeyFileText::tr("the passphrase is not the one it was created with"),
        LedgerKeyFileText::tr("Type the passphrase again; it is case-sensitive"));
}

Error writeError(const QString& path, const QString& why)
{
    return Error::io(LedgerKeyFileText::tr("Could not write the ledger key file %1").arg(path), why);
}

Error passphraseTooLong()
{
    return Error::invalid(LedgerKeyFileText::tr("Could not use this passphrase"),
                          LedgerKeyFileText::tr("it is longer than %n bytes", nullptr, maxPassphraseBytes),
                          LedgerKeyFileText::tr("Choose a shorter one"));
}

// The key that wraps the HMAC key: HKDF-SHA256 of the Ed25519 seed with the file's own salt.
bool wrappingKey(const unsigned char* seed, const unsigned char* salt, unsigned char* key)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    size_t length = 32;
    return ctx && EVP_PKEY_derive_init(ctx.get()) == 1 && EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) == 1 &&
           EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), salt, wrapSaltSize) == 1 &&
           EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), seed, seedSize) == 1 &&
           EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), reinterpret_cast<const unsigned char*>(hmacKeyLabel),
                                       sizeof hmacKeyLabel - 1) == 1 &&
           EVP_PKEY_derive(ctx.get(), key, &length) == 1 && length == 32;
}

// AES-256-GCM over the HMAC key; `in` and `out` are hmacKeySize bytes. Decrypting checks `tag`.
bool gcm(bool encrypt, const unsigned char* key, const unsigned char* header, const unsigned char* nonce,
         const unsigned char* in, unsigned char* out, unsigned char* tag)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    int final = 0;
    if (!ctx || EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, wrapNonceSize, nullptr) != 1 ||
        EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, key, nonce, encrypt ? 1 : 0) != 1
        // The version byte is authenticated with the key, so a file cannot be passed off as another version.
        || EVP_CipherUpdate(ctx.get(), nullptr, &length, header, 1) != 1 ||
        EVP_CipherUpdate(ctx.get(), out, &length, in, LedgerKeys::hmacKeySize) != 1)
        return false;
    if (!encrypt && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, wrapTagSize, tag) != 1)
        return false;
    if (EVP_CipherFinal_ex(ctx.get(), out + length, &final) != 1)
        return false;
    return !encrypt || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, wrapTagSize, tag) == 1;
}

QByteArray pemBlock(const char* name, const QByteArray& data)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio(bio.get(), name, "", reinterpret_cast<const unsigned char*>(data.constData()),
                              static_cast<long>(data.size())) <= 0)
        return {};
    char* text = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &text);
    return QByteArray(text, static_cast<qsizetype>(length));
}

// The scrypt parameters the file asks for stay within what we write, give or take: a hostile file must not make
// the reader spend minutes or gigabytes before the passphrase is even checked.
bool acceptableScrypt(const X509_SIG* sig)
{
    const X509_ALGOR* algorithm = nullptr;
    X509_SIG_get0(sig, &algorithm, nullptr);
    const ASN1_OBJECT* oid = nullptr;
    int type = 0;
    const void* value = nullptr;
    X509_ALGOR_get0(&oid, &type, &value, algorithm);
    if (OBJ_obj2nid(oid) != NID_pbes2 || type != V_ASN1_SEQUENCE)
        return false;
    Pbe2 pbe2(static_cast<PBE2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter)));
    if (!pbe2 || !pbe2->keyfunc || OBJ_obj2nid(pbe2->keyfunc->algorithm) != NID_id_scrypt ||
        !pbe2->keyfunc->parameter || pbe2->keyfunc->parameter->type != V_ASN1_SEQUENCE)
        return false;
    ScryptParams params(static_cast<SCRYPT_PARAMS*>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(SCRYPT_PARAMS), pbe2->keyfunc->parameter)));
    uint64_t n = 0;
    uint64_t r = 0;
    uint64_t p = 0;
    if (!params || ASN1_INTEGER_get_uint64(&n, params->costParameter) != 1 ||
        ASN1_INTEGER_get_uint64(&r, params->blockSize) != 1 ||
        ASN1_INTEGER_get_uint64(&p, params->parallelizationParameter) != 1)
        return false;
    if (n == 0 || r == 0 || p == 0 || n > scryptN || r > scryptR * 2 || p > scryptP * 4)
        return false;
    return n * r * p <= maxScryptWork;
}

struct Blocks
{
    QByteArray signingKey; // DER of the X509_SIG
    QByteArray hmacKey;    // the wrap
};

// Exactly the two blocks, once each, and nothing else.
std::optional<Blocks> readBlocks(const QByteArray& text)
{
    Bio bio(BIO_new_mem_buf(text.constData(), static_cast<int>(text.size())));
    if (!bio)
        return std::nullopt;
    Blocks blocks;
    int count = 0;
    bool ok = true;
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* data = nullptr;
    long length = 0;
    while (PEM_read_bio(bio.get(), &name, &header, &data, &length) == 1) {
        const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
        QByteArray* slot = qstrcmp(name, signingKeyPemName) == 0 ? &blocks.signingKey
                           : qstrcmp(name, hmacKeyPemName) == 0  ? &blocks.hmacKey
                                                                 : nullptr;
        if (!slot || !slot->isEmpty() || qstrlen(header) != 0 || ++count > 2)
            ok = false;
        else
            *slot = bytes;
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
    }
    ERR_clear_error(); // the loop ends on "no start line"
    if (!ok || blocks.signingKey.isEmpty() || blocks.hmacKey.isEmpty())
        return std::nullopt;
    return blocks;
}

} // namespace

QString LedgerKeyFile::passphraseProblem(const QString& passphrase)
{
    if (passphrase.size() < minPassphraseLength)
        return LedgerKeyFileText::tr("A passphrase needs at least %n characters.", nullptr, minPassphraseLength);
    if (QSet<QChar>(passphrase.begin(), passphrase.end()).size() < 5)
        return LedgerKeyFileText::tr("A passphrase of so few different characters is easy to guess.");
    if (passphrase.toUtf8().size() > maxPassphraseBytes)
        return LedgerKeyFileText::tr("A passphrase may have at most %n bytes.", nullptr, maxPassphraseBytes);
    return {};
}

Status LedgerKeyFile::write(const QString& path, const LedgerKeys& keys, const QByteArray& passphrase)
{
    if (passphrase.size() > maxPassphraseBytes)
        return passphraseTooLong();
    if (QFileInfo::exists(path))
        return Error::io(LedgerKeyFileText::tr("Could not create the ledger key file %1").arg(path),
                         LedgerKeyFileText::tr("a file of that name exists"),
                         LedgerKeyFileText::tr("Choose a file that does not exist yet; never replace a key file that a "
                                               "ledger still needs"));
    const Error failed = writeError(path, LedgerKeyFileText::tr("OpenSSL could not encrypt the keys"));
    // The signing key's seed, through a private copy of the key (Ed25519Key shows only its PEM).
    QByteArray pem = keys.signingKey().privatePem();
    Bio pemBio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    Pkey key(pemBio ? PEM_read_bio_PrivateKey(pemBio.get(), nullptr, nullptr, nullptr) : nullptr);
    OPENSSL_cleanse(pem.data(), static_cast<size_t>(pem.size()));
    Secret seed(seedSize);
    size_t seedLength = seedSize;
    if (!key || keys.hmacKey().size() != LedgerKeys::hmacKeySize ||
        EVP_PKEY_get_raw_private_key(key.get(), seed.data(), &seedLength) != 1 || seedLength != seedSize)
        return failed;

    P8Info info(EVP_PKEY2PKCS8(key.get()));
    X509_ALGOR* pbe = PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 16, nullptr, scryptN, scryptR, scryptP);
    Sig sig(info && pbe ? PKCS8_set0_pbe(passphrase.constData(), static_cast<int>(passphrase.size()), info.get(), pbe)
                        : nullptr);
    if (!sig) {
        X509_ALGOR_free(pbe);
        return failed;
    }
    unsigned char* der = nullptr;
    const int derLength = i2d_X509_SIG(sig.get(), &der);
    if (derLength <= 0)
        return failed;
    const QByteArray signingBlock = pemBlock(signingKeyPemName, QByteArray(reinterpret_cast<char*>(der), derLength));
    OPENSSL_free(der);

    QByteArray wrap(wrapSize, '\0');
    auto* bytes = reinterpret_cast<unsigned char*>(wrap.data());
    bytes[0] = wrapVersion;
    unsigned char* salt = bytes + 1;
    unsigned char* nonce = salt + wrapSaltSize;
    unsigned char* ciphertext = nonce + wrapNonceSize;
    unsigned char* tag = ciphertext + LedgerKeys::hmacKeySize;
    Secret wrapping(32);
    if (RAND_bytes(salt, wrapSaltSize + wrapNonceSize) != 1 || !wrappingKey(seed.data(), salt, wrapping.data()) ||
        !gcm(true, wrapping.data(), bytes, nonce, reinterpret_cast<const unsigned char*>(keys.hmacKey().constData()),
             ciphertext, tag))
        return failed;
    const QByteArray text = signingBlock + pemBlock(hmacKeyPemName, wrap);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    // Owner-only before a byte is written; the content is encrypted in any case.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return writeError(path, LedgerKeyFileText::tr("its permissions could not be limited to you"));
    }
    if (file.write(text) != text.size() || !file.commit())
        return writeError(path, file.errorString());
    return success();
}

Result<LedgerKeys> LedgerKeyFile::read(const QString& path, const QByteArray& passphrase)
{
    if (passphrase.size() > maxPassphraseBytes)
        return wrongPassphrase(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(LedgerKeyFileText::tr("Could not read the ledger key file %1").arg(QFileInfo(path).fileName()),
                         file.errorString());
    return fromText(file.read(maxFileSize + 1), passphrase, path);
}

Result<LedgerKeys> LedgerKeyFile::fromText(const QByteArray& text, const QByteArray& passphrase, const QString& path)
{
    if (passphrase.size() > maxPassphraseBytes)
        return wrongPassphrase(path);
    if (text.size() > maxFileSize)
        return damaged(path, LedgerKeyFileText::tr("it is larger than a key file can be"));
    const auto blocks = readBlocks(text);
    const QString foreign = LedgerKeyFileText::tr("it is not a passphrase-protected Custos ledger key file");
    if (!blocks || blocks->hmacKey.size() != wrapSize ||
        static_cast<unsigned char>(blocks->hmacKey.at(0)) != wrapVersion)
        return damaged(path, foreign);
    const auto* derStart = reinterpret_cast<const unsigned char*>(blocks->signingKey.constData());
    const unsigned char* der = derStart;
    Sig sig(d2i_X509_SIG(nullptr, &der, static_cast<long>(blocks->signingKey.size())));
    if (!sig || der != derStart + blocks->signingKey.size() || !acceptableScrypt(sig.get()))
        return damaged(path, foreign);

    // Decryption fails alike for a wrong passphrase and for changed ciphertext; the first is the likely one.
    P8Info info(PKCS8_decrypt(sig.get(), passphrase.constData(), static_cast<int>(passphrase.size())));
    Pkey key(info ? EVP_PKCS82PKEY(info.get()) : nullptr);
    ERR_clear_error();
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return wrongPassphrase(path);
    Secret seed(seedSize);
    size_t seedLength = seedSize;
    if (EVP_PKEY_get_raw_private_key(key.get(), seed.data(), &seedLength) != 1 || seedLength != seedSize)
        return wrongPassphrase(path);

    const auto* wrap = reinterpret_cast<const unsigned char*>(blocks->hmacKey.constData());
    const unsigned char* salt = wrap + 1;
    const unsigned char* nonce = salt + wrapSaltSize;
    const unsigned char* ciphertext = nonce + wrapNonceSize;
    unsigned char tag[wrapTagSize];
    memcpy(tag, ciphertext + LedgerKeys::hmacKeySize, wrapTagSize);
    Secret wrapping(32);
    Secret hmacKey(LedgerKeys::hmacKeySize);
    if (!wrappingKey(seed.data(), salt, wrapping.data()) ||
        !gcm(false, wrapping.data(), wrap, nonce, ciphertext, hmacKey.data(), tag))
        return damaged(path, LedgerKeyFileText::tr("its HMAC key does not match its signing key: the file was "
                                                   "changed or damaged"));
    auto signingKey = Ed25519Key::fromPrivateSeed(QByteArrayView(reinterpret_cast<const char*>(seed.data()), seedSize));
    if (!signingKey)
        return wrongPassphrase(path);
    return LedgerKeys(signingKey.value(), hmacKey.copy());
}

bool LedgerKeyFile::isProtected(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.read(64).startsWith(QByteArray(QByteArray("-----BEGIN ") + signingKeyPemName + "-----"));
}

} // namespace custos
