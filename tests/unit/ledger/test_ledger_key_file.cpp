#include "core/ledger/LedgerKeyFile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/stat.h>

using namespace custos;

// The passphrase-protected key file of the ledger: what it keeps, what it refuses, what it never shows.
class TestLedgerKeyFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QByteArray m_passphrase = "correct horse battery staple";
    const QByteArray m_seed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QByteArray m_hmacKey =
        QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    int m_files = 0;

    LedgerKeys knownKeys() const { return LedgerKeys(Ed25519Key::fromPrivateSeed(m_seed).value(), m_hmacKey); }

    QString written()
    {
        const QString path = m_dir.filePath(QStringLiteral("ledger-%1.key").arg(++m_files));
        const Status status = LedgerKeyFile::write(path, knownKeys(), m_passphrase);
        if (!status)
            qFatal("%s", qPrintable(status.error().userMessage()));
        return path;
    }

    QByteArray contents(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    QString withContents(const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("changed-%1.key").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The base64 body of the named PEM block, as it stands in the file.
    static std::pair<qsizetype, qsizetype> blockBody(const QByteArray& text, const QByteArray& name)
    {
        const QByteArray begin = QByteArray("-----BEGIN " + name + "-----\n");
        const qsizetype start = text.indexOf(begin) + begin.size();
        return {start, text.indexOf(QByteArray("-----END " + name), start)};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const QString path = written();
        QVERIFY(LedgerKeyFile::isProtected(path));
        const auto keys = LedgerKeyFile::read(path, m_passphrase);
        QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().userMessage()));
        QCOMPARE(keys->hmacKey(), m_hmacKey);
        QCOMPARE(keys->signingKey().publicKey(), knownKeys().signingKey().publicKey());
        const auto signature = keys->signingKey().sign("checkpoint");
        QVERIFY(signature.ok());
        QVERIFY(Ed25519Key::verify(knownKeys().signingKey().publicKey(), "checkpoint", signature.value()));
    }

    void theSigningKeyIsStandardEncryptedPkcs8()
    {
        // Any OpenSSL reads the signing key with the passphrase: nothing proprietary guards it.
        const QByteArray text = contents(written());
        BIO* bio = BIO_new_mem_buf(text.constData(), static_cast<int>(text.size()));
        EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, const_cast<char*>(m_passphrase.constData()));
        BIO_free(bio);
        QVERIFY(key);
        QCOMPARE(EVP_PKEY_get_id(key), EVP_PKEY_ED25519);
        EVP_PKEY_free(key);
    }

    void aWrongPassphraseIsSaidPlainly()
    {
        const auto keys = LedgerKeyFile::read(written(), "correct horse battery stapler");
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().kind, Error::Kind::Invalid);
        QVERIFY(keys.error().why.contains(QStringLiteral("passphrase")));
        QVERIFY(!keys.error().action.isEmpty());
        QVERIFY(!keys.error().userMessage().contains(QString::fromUtf8(m_passphrase)));
        QVERIFY(!LedgerKeyFile::read(written(), {}).ok());
    }

    void theFileIsOwnerOnly()
    {
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(written()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
    }

    void noKeyByteIsInTheClear()
    {
        const QByteArray text = contents(written());
        for (const QByteArray& secret : {m_seed, m_hmacKey, m_passphrase}) {
            for (const QByteArray& form : {secret, secret.toHex(), secret.toBase64()}) {
                QVERIFY(!text.contains(form));
                QVERIFY(!QByteArray::fromBase64(text).contains(form.left(16)));
            }
        }
        // Nor in the bytes under either block's base64.
        for (const QByteArray& name :
             {QByteArray("ENCRYPTED PRIVATE KEY"), QByteArray("CUSTOS LEDGER ENCRYPTED HMAC KEY")}) {
            const auto [start, end] = blockBody(text, name);
            QVERIFY(start > 0 && end > start);
            const QByteArray der = QByteArray::fromBase64(text.mid(start, end - start));
            QVERIFY(!der.contains(m_seed.left(8)));
            QVERIFY(!der.contains(m_hmacKey.left(8)));
        }
    }

    void anExistingFileIsNeverReplaced()
    {
        const QString path = written();
        const QByteArray before = contents(path);
        const Status again = LedgerKeyFile::write(path, LedgerKeys::generate().value(), m_passphrase);
        QVERIFY(!again.ok());
        QCOMPARE(contents(path), before);
    }

    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("maybeWrongPassphrase"); // a changed ciphertext reads like a wrong passphrase
        const QByteArray text = contents(written());
        QTest::newRow("truncated") << text.left(text.size() / 2) << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("oversized") << text + QByteArray(LedgerKeyFile::maxFileSize, '\n') << false;
        QTest::newRow("no hmac block") << text.left(text.indexOf("-----BEGIN CUSTOS")) << false;
        QTest::newRow("hmac block twice") << text + text.mid(text.indexOf("-----BEGIN CUSTOS")) << false;
        QTest::newRow("another block") << text + "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
                                       << false;

        auto [start, end] = blockBody(text, "CUSTOS LEDGER ENCRYPTED HMAC KEY");
        QByteArray wrap = QByteArray::fromBase64(text.mid(start, end - start));
        wrap[40] = static_cast<char>(wrap.at(40) ^ 0x01);
        QByteArray changedHmac = text;
        changedHmac.replace(start, end - start, QByteArray(wrap.toBase64() + '\n'));
        QTest::newRow("hmac key changed") << changedHmac << false;

        // Another file's HMAC key with the same passphrase: the wrap belongs to its own signing key.
        const QString otherPath = m_dir.filePath(QStringLiteral("other.key"));
        QVERIFY(LedgerKeyFile::write(otherPath, LedgerKeys::generate().value(), m_passphrase).ok());
        const QByteArray other = contents(otherPath);
        const auto [otherStart, otherEnd] = blockBody(other, "CUSTOS LEDGER ENCRYPTED HMAC KEY");
        QByteArray swapped = text;
        swapped.replace(start, end - start, other.mid(otherStart, otherEnd - otherStart));
        QTest::newRow("hmac block of another file") << swapped << false;

        auto [keyStart, keyEnd] = blockBody(text, "ENCRYPTED PRIVATE KEY");
        QByteArray der = QByteArray::fromBase64(text.mid(keyStart, keyEnd - keyStart));
        der[der.size() - 5] = static_cast<char>(der.at(der.size() - 5) ^ 0x40);
        QByteArray changedKey = text;
        changedKey.replace(keyStart, keyEnd - keyStart, QByteArray(der.toBase64() + '\n'));
        QTest::newRow("signing key changed") << changedKey << true;
    }

    void damagedFilesAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, maybeWrongPassphrase);
        const auto keys = LedgerKeyFile::read(withContents(text), m_passphrase);
        QVERIFY(!keys.ok());
        if (maybeWrongPassphrase)
            QVERIFY(keys.error().kind == Error::Kind::Invalid || keys.error().kind == Error::Kind::Integrity);
        else
            QCOMPARE(keys.error().kind, Error::Kind::Integrity);
    }

    void otherKeyFilesAreNotTakenForOne()
    {
        // The plain key file of `custos-ledger init --key-file`.
        const QString plain = m_dir.filePath(QStringLiteral("plain.key"));
        QVERIFY(knownKeys().saveKeyFile(plain).ok());
        QVERIFY(!LedgerKeyFile::isProtected(plain));
        QCOMPARE(LedgerKeyFile::read(plain, m_passphrase).error().kind, Error::Kind::Integrity);

        // PKCS#8 under PBKDF2 (OpenSSL's default): its work factor is not ours to trust, so it is not tried.
        EVP_PKEY* key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                                     reinterpret_cast<const unsigned char*>(m_seed.constData()), 32);
        BIO* bio = BIO_new(BIO_s_mem());
        QVERIFY(PEM_write_bio_PKCS8PrivateKey(bio, key, EVP_aes_256_cbc(), nullptr, 0, nullptr,
                                              const_cast<char*>(m_passphrase.constData())) == 1);
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        QByteArray text(data, length);
        BIO_free(bio);
        EVP_PKEY_free(key);
        const QByteArray hmacBlock = contents(written());
        text += hmacBlock.mid(hmacBlock.indexOf("-----BEGIN CUSTOS"));
        // Were it tried, a wrong passphrase would read as one (Invalid); it is refused before that.
        QCOMPARE(LedgerKeyFile::read(withContents(text), "not the passphrase at all").error().kind,
                 Error::Kind::Integrity);
    }

    void weakPassphrasesAreNamed()
    {
        QVERIFY(!LedgerKeyFile::passphraseProblem(QStringLiteral("short")).isEmpty());
        QVERIFY(!LedgerKeyFile::passphraseProblem(QStringLiteral("abababababababab")).isEmpty());
        QVERIFY(LedgerKeyFile::passphraseProblem(QStringLiteral("correct horse battery")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLedgerKeyFile)
#include "test_ledger_key_file.moc"
