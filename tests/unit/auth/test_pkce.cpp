#include "core/auth/Pkce.h"
#include "core/crypto/Random.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace custos;

namespace {
const QRegularExpression base64UrlUnpadded(QStringLiteral("^[A-Za-z0-9_-]+$"));
} // namespace

class TestPkce : public QObject
{
    Q_OBJECT
private slots:
    void rfc7636AppendixB()
    {
        const auto pkce = Pkce::fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QVERIFY(pkce.ok());
        QCOMPARE(pkce->challenge(), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(Pkce::method(), QByteArray("S256"));
    }

    void generatedVerifierHasTheRightShape()
    {
        const Pkce pkce = Pkce::generate();
        QCOMPARE(pkce.verifier().size(), 43); // 32 bytes, base64url, no padding
        QVERIFY(base64UrlUnpadded.match(QString::fromLatin1(pkce.verifier())).hasMatch());
        QCOMPARE(pkce.challenge(), Pkce::challengeFor(pkce.verifier()));
        QCOMPARE(pkce.challenge().size(), 43);
        QVERIFY(Pkce::fromVerifier(pkce.verifier()).ok());
    }

    void verifiersDiffer()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 100; ++i)
            seen.insert(Pkce::generate().verifier());
        QCOMPARE(seen.size(), 100);
    }

    void badVerifiersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("verifier");
        QTest::newRow("too short") << QByteArray(42, 'a');
        QTest::newRow("too long") << QByteArray(129, 'a');
        QTest::newRow("space") << QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjX ");
        QTest::newRow("plus") << QByteArray("dBjftJeZ4CVP+mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    }
    void badVerifiersAreRefused()
    {
        QFETCH(QByteArray, verifier);
        const auto pkce = Pkce::fromVerifier(verifier);
        QVERIFY(!pkce.ok());
        QCOMPARE(pkce.error().kind, Error::Kind::Invalid);
    }

    void stateAndNonceTokens_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("length");
        QTest::newRow("16 bytes") << 16 << 22;
        QTest::newRow("32 bytes") << 32 << 43;
        QTest::newRow("33 bytes") << 33 << 44;
    }
    void stateAndNonceTokens()
    {
        QFETCH(int, bytes);
        const QByteArray state = randomToken(bytes);
        const QByteArray nonce = randomToken(bytes);
        QTEST(int(state.size()), "length");
        QVERIFY(base64UrlUnpadded.match(QString::fromLatin1(state)).hasMatch());
        QVERIFY(base64UrlUnpadded.match(QString::fromLatin1(nonce)).hasMatch());
        QVERIFY(state != nonce);
        QCOMPARE(randomBytes(bytes).size(), bytes);
    }

    void cleanseLeavesSharedCopiesIntact()
    {
        // Qt shares buffers between copies; wiping through one copy must not corrupt another.
        QByteArray secret("correct horse battery staple");
        QByteArray shared = secret;
        cleanse(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(shared, QByteArray("correct horse battery staple"));
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "test_pkce.moc"
