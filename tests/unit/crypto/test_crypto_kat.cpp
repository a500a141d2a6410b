// Known-answer tests: FIPS 180-4 / NIST examples for SHA-256, RFC 4231 for HMAC-SHA256, RFC 8032 for Ed25519.
#include "core/crypto/Ed25519Key.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/Sha256.h"

#include <QTest>

using namespace custos;

class TestCryptoKat : public QObject
{
    Q_OBJECT
private slots:
    void sha256_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a") << QByteArray(1000000, 'a')
                                   << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
    void sha256()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sha256::hash(message).toHex(), digest);
        // Incremental, in uneven pieces, and reusable after result().
        Sha256 hash;
        hash.addData("junk");
        static_cast<void>(hash.result());
        for (qsizetype i = 0; i < message.size(); i += 7777)
            hash.addData(QByteArrayView(message).sliced(i, qMin<qsizetype>(7777, message.size() - i)));
        QCOMPARE(hash.result().toHex(), digest);
        hash.addData(message);
        const Sha256::Digest raw = hash.digest();
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(raw.data()), Sha256::size).toHex(), digest);
    }

    void hmacRfc4231_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("mac");
        QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("case 3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                                << QByteArray("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
        QTest::newRow("case 6") << QByteArray(131, '\xaa')
                                << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                                << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }
    void hmacRfc4231()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, mac);
        QCOMPARE(Hmac::sha256(key, data).toHex(), mac);
        QVERIFY(Hmac::equal(Hmac::sha256(key, data), QByteArray::fromHex(mac)));
        QByteArray wrong = QByteArray::fromHex(mac);
        wrong[31] = static_cast<char>(wrong[31] ^ 1);
        QVERIFY(!Hmac::equal(Hmac::sha256(key, data), wrong));
        QVERIFY(!Hmac::equal(Hmac::sha256(key, data), QByteArray::fromHex(mac).left(31)));
        // The reusable context gives the same MAC, again after another message.
        HmacSha256 reusable(key);
        const Sha256::Digest first = reusable.mac(data);
        static_cast<void>(reusable.mac("something else"));
        const Sha256::Digest second = reusable.mac(data);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(first.data()), 32).toHex(), mac);
        QVERIFY(first == second);
    }

    void ed25519Rfc8032_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("test 1") << QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                                << QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
                                << QByteArray()
                                << QByteArray(
                                       "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a"
                                       "33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("test 2") << QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
                                << QByteArray("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
                                << QByteArray("72")
                                << QByteArray(
                                       "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e"
                                       "15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("test 3") << QByteArray("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
                                << QByteArray("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
                                << QByteArray("af82")
                                << QByteArray(
                                       "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d"
                                       "16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    }
    void ed25519Rfc8032()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        auto key = Ed25519Key::fromPrivateSeed(QByteArray::fromHex(secret));
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey().toHex(), publicKey);
        const QByteArray msg = QByteArray::fromHex(message);
        auto signed_ = key->sign(msg);
        QVERIFY(signed_.ok());
        QCOMPARE(signed_->toHex(), signature);
        QVERIFY(Ed25519Key::verify(QByteArray::fromHex(publicKey), msg, QByteArray::fromHex(signature)));
        QVERIFY(
            !Ed25519Key::verify(QByteArray::fromHex(publicKey), QByteArray(msg + 'x'), QByteArray::fromHex(signature)));
        QByteArray bad = QByteArray::fromHex(signature);
        bad[10] = static_cast<char>(bad[10] ^ 0x40);
        QVERIFY(!Ed25519Key::verify(QByteArray::fromHex(publicKey), msg, bad));
        QVERIFY(!Ed25519Key::verify(QByteArray::fromHex(publicKey).left(31), msg, QByteArray::fromHex(signature)));
    }

    void ed25519PemRoundTrip()
    {
        auto key = Ed25519Key::generate();
        QVERIFY(key.ok());
        const QByteArray pem = key->privatePem();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        // Other PEM blocks in the same text are skipped.
        auto loaded =
            Ed25519Key::fromPrivatePem(QByteArray("-----BEGIN OTHER-----\nAAAA\n-----END OTHER-----\n" + pem));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->publicKey(), key->publicKey());
        auto signature = loaded->sign("message");
        QVERIFY(signature.ok());
        QVERIFY(Ed25519Key::verify(key->publicKey(), "message", signature.value()));
        QVERIFY(!Ed25519Key::fromPrivatePem("not a key").ok());
        QVERIFY(!Ed25519Key::fromPrivateSeed(QByteArray(31, 'x')).ok());
        QVERIFY(Ed25519Key().isNull());
        QVERIFY(!Ed25519Key().sign("x").ok());
    }
};

QTEST_GUILESS_MAIN(TestCryptoKat)
#include "test_crypto_kat.moc"
