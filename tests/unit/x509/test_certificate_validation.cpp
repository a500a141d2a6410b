#include "core/x509/CertificateBundle.h"
#include "core/x509/CertificateValidator.h"
#include "tests/unit/x509/TestCertificates.h"

#include <QRandomGenerator>
#include <QTest>

using namespace custos;
using namespace custos::test;

// Every check of CertificateValidator with certificates made for the purpose: one failure each, named precisely.
class TestCertificateValidation : public QObject
{
    Q_OBJECT
private:
    Key m_caKey = Key::ec("P-256");
    Cert m_ca = makeCa("Test Root CA", m_caKey);
    Key m_leafKey = Key::ec("P-256");

    ValidationPolicy policy(const QStringList& hosts = {QStringLiteral("leaf.example.org")}) const
    {
        ValidationPolicy p;
        p.hostNames = hosts;
        p.trustedCaPem = m_ca.pem();
        p.trustSystemStore = false;
        return p;
    }

    CertificateBundle bundle(const Cert& leaf, const QByteArray& keyPem, const QByteArray& extraChain = {})
    {
        auto parsed = CertificateBundle::fromPem(QByteArray(leaf.pem() + extraChain), keyPem);
        if (!parsed)
            qFatal("bundle: %s", qPrintable(parsed.error().userMessage()));
        return parsed.value();
    }

    static QString firstProblem(const CertificateValidator& validator, const CertificateBundle& b)
    {
        const Status status = validator.validate(b);
        return status.ok() ? QString() : status.error().why;
    }

private slots:
    void aGoodChainPassesAndIsDescribed()
    {
        CertSpec spec;
        spec.sans = {QStringLiteral("DNS:leaf.example.org"), QStringLiteral("IP:127.0.0.1")};
        const Cert leaf = makeCert(spec, m_leafKey, &m_ca);
        const CertificateBundle b = bundle(leaf, m_leafKey.pem(), m_ca.pem());
        QCOMPARE(firstProblem(CertificateValidator(policy({"leaf.example.org", "127.0.0.1"})), b), QString());
        QCOMPARE(b.chain().size(), 2);
        QCOMPARE(b.leaf().subject, QStringLiteral("CN=leaf.example.org"));
        QCOMPARE(b.leaf().issuer, QStringLiteral("CN=Test Root CA"));
        QCOMPARE(b.leaf().sans, QStringList({"DNS:leaf.example.org", "IP:127.0.0.1"}));
        QCOMPARE(b.leaf().keyType, QStringLiteral("EC"));
        QCOMPARE(b.leaf().keyBits, 256);
        QCOMPARE(b.leaf().keyCurve, QStringLiteral("prime256v1"));
        QCOMPARE(b.leaf().fingerprintSha256.size(), 64);
        QVERIFY(!b.leaf().isCa);
        QVERIFY(b.chain().at(1).isCa);
        QVERIFY(b.leaf().notAfter > QDateTime::currentDateTimeUtc().addDays(89));
    }

    void theChainIsReorderedLeafFirst()
    {
        const Cert leaf = makeCert(CertSpec{}, m_leafKey, &m_ca);
        auto b = CertificateBundle::fromPem(QByteArray(m_ca.pem() + leaf.pem()), m_leafKey.pem());
        QVERIFY(b.ok());
        QCOMPARE(b->leaf().subject, QStringLiteral("CN=leaf.example.org"));
    }

    void anExpiredCertificateIsNamedWithItsDate()
    {
        CertSpec spec;
        spec.notBeforeDays = -30;
        spec.notAfterDays = -2;
        const Cert leaf = makeCert(spec, m_leafKey, &m_ca);
        const QString why = firstProblem(CertificateValidator(policy()), bundle(leaf, m_leafKey.pem()));
        QVERIFY2(why.contains("expired on " + QDateTime::currentDateTimeUtc().addDays(-2).toString("yyyy-MM-dd")),
                 qPrintable(why));
    }

    void aNotYetValidCertificateIsNamedWithItsDate()
    {
        CertSpec spec;
        spec.notBeforeDays = 3;
        spec.notAfterDays = 90;
        const Cert leaf = makeCert(spec, m_leafKey, &m_ca);
        const QString why = firstProblem(CertificateValidator(policy()), bundle(leaf, m_leafKey.pem()));
        QVERIFY2(
            why.contains("is not valid before " + QDateTime::currentDateTimeUtc().addDays(3).toString("yyyy-MM-dd")),
            qPrintable(why));
    }

    void aKeyOfAnotherCertificateIsAMismatch()
    {
        const Cert leaf = makeCert(CertSpec{}, m_leafKey, &m_ca);
        const QString why = firstProblem(CertificateValidator(policy()), bundle(leaf, Key::ec("P-256").pem()));
        QVERIFY2(why.contains("private key does not belong"), qPrintable(why));
    }

    void aMissingKeyIsNamed()
    {
        const Cert leaf = makeCert(CertSpec{}, m_leafKey, &m_ca);
        const QString why = firstProblem(CertificateValidator(policy()), bundle(leaf, {}));
        QVERIFY2(why.contains("no private key"), qPrintable(why));
    }

    void aSelfSignedCertificateIsNotTrusted()
    {
        const Cert leaf = makeCert(CertSpec{}, m_leafKey);
        const QString why = firstProblem(CertificateValidator(policy()), bundle(leaf, m_leafKey.pem()));
        QVERIFY2(why.contains("self-signed"), qPrintable(why));
    }

    void aCertificateWithoutSansIsRefused()
    {
        CertSpec spec;
        spec.sans.clear();
        const Cert leaf = makeCert(spec, m_leafKey, &m_ca);
        const QString why = firstProblem(CertificateValidator(policy()), bundle(leaf, m_leafKey.pem()));
        QVERIFY2(why.contains("no subject alternative names"), qPrintable(why));
    }

    void wildcardsCoverExactlyOneLabel()
    {
        CertSpec spec;
        spec.sans = {QStringLiteral("DNS:*.example.org")};
        const Cert leaf = makeCert(spec, m_leafKey, &m_ca);
        const CertificateBundle b = bundle(leaf, m_leafKey.pem());
        QCOMPARE(firstProblem(CertificateValidator(policy({"a.example.org", "B.Example.org"})), b), QString());
        for (const QString host : {"a.b.example.org", "example.org", "a.example.com"}) {
            const QString why = firstProblem(CertificateValidator(policy({host})), b);
            QVERIFY2(why.contains("does not cover " + host), qPrintable(host + ": " + why));
        }
    }

    void partialWildcardsDoNotMatch()
    {
        CertSpec spec;
        spec.sans = {QStringLiteral("DNS:w*.example.org")};
        const Cert leaf = makeCert(spec, m_leafKey, &m_ca);
        const QString why =
            firstProblem(CertificateValidator(policy({"www.example.org"})), bundle(leaf, m_leafKey.pem()));
        QVERIFY2(why.contains("does not cover www.example.org"), qPrintable(why));
    }

    void rsa1024IsTooWeak()
    {
        const Key weak = Key::rsa(1024);
        const Cert leaf = makeCert(CertSpec{}, weak, &m_ca);
        const QString why = firstProblem(CertificateValidator(policy()), bundle(leaf, weak.pem()));
        QVERIFY2(why.contains("1024-bit RSA key; at least 2048"), qPrintable(why));
    }

    void aSmallCurveIsTooWeak()
    {
        const Key small = Key::ec("secp224r1");
        const Cert leaf = makeCert(CertSpec{}, small, &m_ca);
        const QString why = firstProblem(CertificateValidator(policy()), bundle(leaf, small.pem()));
        QVERIFY2(why.contains("224-bit elliptic-curve key"), qPrintable(why));
    }

    void aLeafThatIsACaIsRefused()
    {
        CertSpec spec;
        spec.ca = true;
        const Cert leaf = makeCert(spec, m_leafKey, &m_ca);
        const QString why = firstProblem(CertificateValidator(policy()), bundle(leaf, m_leafKey.pem()));
        QVERIFY2(why.contains("is a CA certificate"), qPrintable(why));
    }

    void aBrokenChainIsNamed()
    {
        // An intermediate the trusted root did not sign: the chain ends in an untrusted issuer.
        const Key otherRootKey = Key::ec("P-256");
        const Cert otherRoot = makeCa("Other Root", otherRootKey);
        CertSpec intermediateSpec;
        intermediateSpec.commonName = "Intermediate";
        intermediateSpec.ca = true;
        intermediateSpec.sans.clear();
        const Key intermediateKey = Key::ec("P-256");
        const Cert intermediate = makeCert(intermediateSpec, intermediateKey, &otherRoot);
        const Cert leaf = makeCert(CertSpec{}, m_leafKey, &intermediate);
        const QString why =
            firstProblem(CertificateValidator(policy()), bundle(leaf, m_leafKey.pem(), intermediate.pem()));
        QVERIFY2(why.contains("does not lead to a trusted root"), qPrintable(why));

        // A certificate whose issuer has the trusted root's name but another key: the signature does not verify.
        const Cert impostor = makeCa("Test Root CA", Key::ec("P-256"));
        const Cert forged = makeCert(CertSpec{}, m_leafKey, &impostor);
        const QString forgedWhy = firstProblem(CertificateValidator(policy()), bundle(forged, m_leafKey.pem()));
        QVERIFY2(forgedWhy.contains("signature") || forgedWhy.contains("does not lead to a trusted root"),
                 qPrintable(forgedWhy));
    }

    void everyFailureIsListed()
    {
        CertSpec spec;
        spec.notBeforeDays = -30;
        spec.notAfterDays = -1;
        spec.sans.clear();
        const Key weak = Key::rsa(1024);
        const Cert leaf = makeCert(spec, weak);
        const QList<Error> problems = CertificateValidator(policy()).problems(bundle(leaf, m_leafKey.pem()));
        QCOMPARE(problems.size(), 5); // mismatch, expired, weak, no SAN, self-signed
        for (const Error& problem : problems)
            QCOMPARE(problem.kind, Error::Kind::Invalid);
    }

    void garbageIsAnErrorNotACrash()
    {
        QVERIFY(!CertificateBundle::fromPem("").ok());
        QVERIFY(!CertificateBundle::fromPem("not a certificate at all").ok());
        QByteArray truncated = m_ca.pem();
        truncated.chop(60);
        const auto damaged = CertificateBundle::fromPem(truncated);
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().why.contains("no PEM certificate") || damaged.error().why.contains("damaged"),
                 qPrintable(damaged.error().why));
        QByteArray corrupt = m_ca.pem();
        corrupt[corrupt.size() / 2] = '!';
        QVERIFY(!CertificateBundle::fromPem(corrupt).ok());
        QVERIFY(!CertificateBundle::fromPem(QByteArray(CertificateBundle::maxPemBytes + 1, 'A')).ok());
        auto* random = QRandomGenerator::global();
        for (int i = 0; i < 200; ++i) {
            QByteArray bytes(int(random->bounded(1, 4096)), Qt::Uninitialized);
            for (char& c : bytes)
                c = char(random->bounded(256));
            QVERIFY(!CertificateBundle::fromPem(bytes).ok());
            QVERIFY(!CertificateBundle::fromPkcs12(bytes, "x").ok());
            QVERIFY(!CertificateBundle::fromDer(bytes).ok());
        }
        const auto noKey =
            CertificateBundle::fromPem(m_ca.pem(), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        QVERIFY(!noKey.ok());
    }

    void tooManyCertificatesAreRefused()
    {
        QByteArray many;
        for (int i = 0; i <= CertificateBundle::maxCertificates; ++i)
            many += m_ca.pem();
        const auto parsed = CertificateBundle::fromPem(many);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().why.contains("more than"));
    }

    void encryptedKeysNeedTheirPassword()
    {
        const Cert leaf = makeCert(CertSpec{}, m_leafKey, &m_ca);
        const QByteArray encrypted = m_leafKey.pem("s3cret-pass");
        QVERIFY(CertificateBundle::fromPem(leaf.pem(), encrypted, "s3cret-pass").ok());
        const auto missing = CertificateBundle::fromPem(leaf.pem(), encrypted);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().why.contains("no password"));
        const auto wrong = CertificateBundle::fromPem(leaf.pem(), encrypted, "wrong");
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().why.contains("does not decrypt"));
        QVERIFY(!wrong.error().userMessage().contains("s3cret-pass"));
    }

    void pkcs12WithTheRightPasswordValidates()
    {
        const Cert leaf = makeCert(CertSpec{}, m_leafKey, &m_ca);
        const QByteArray p12 = leaf.pkcs12("p12-pass", {m_ca});
        auto b = CertificateBundle::fromPkcs12(p12, "p12-pass");
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().userMessage()));
        QVERIFY(b->hasPrivateKey());
        QCOMPARE(b->chain().size(), 2);
        QCOMPARE(b->leaf().subject, QStringLiteral("CN=leaf.example.org"));
        QCOMPARE(CertificateValidator(policy()).validate(b.value()).ok(), true);
    }

    void pkcs12WithAWrongPasswordIsNamed()
    {
        const Cert leaf = makeCert(CertSpec{}, m_leafKey, &m_ca);
        const auto b = CertificateBundle::fromPkcs12(leaf.pkcs12("p12-pass"), "nope");
        QVERIFY(!b.ok());
        QVERIFY2(b.error().why.contains("password is wrong"), qPrintable(b.error().why));
    }

    void tenantCaChecks()
    {
        ValidationPolicy p;
        p.requirePrivateKey = false;
        const CertificateValidator validator(p);
        QVERIFY(validator.validateCa(CertificateBundle::fromPem(m_ca.pem()).value()).ok());
        const Cert leaf = makeCert(CertSpec{}, m_leafKey, &m_ca);
        const Status notCa = validator.validateCa(CertificateBundle::fromPem(leaf.pem()).value());
        QVERIFY(!notCa.ok());
        QVERIFY(notCa.error().why.contains("not a CA certificate"));
        const Status two =
            validator.validateCa(CertificateBundle::fromPem(QByteArray(m_ca.pem() + leaf.pem())).value());
        QVERIFY(!two.ok());
        const Cert expired = makeCa("Old CA", Key::ec("P-256"), -1);
        QVERIFY(
            validator.validateCa(CertificateBundle::fromPem(expired.pem()).value()).error().why.contains("expired"));
    }

    void aDerCertificateIsDescribed()
    {
        unsigned char* der = nullptr;
        const int length = i2d_X509(m_ca.cert.get(), &der);
        const QByteArray bytes(reinterpret_cast<const char*>(der), length);
        OPENSSL_free(der);
        auto b = CertificateBundle::fromDer(bytes);
        QVERIFY(b.ok());
        QCOMPARE(b->leaf().subject, QStringLiteral("CN=Test Root CA"));
        QVERIFY(b->leaf().selfSigned);
    }
};

QTEST_GUILESS_MAIN(TestCertificateValidation)
#include "test_certificate_validation.moc"
