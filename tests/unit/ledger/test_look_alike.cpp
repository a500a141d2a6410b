// Origins that only look like a pinned one are told apart from it (LookAlike), and the auditor's trust policy
// (TrustDecision) trusts a ledger by the key that signs it, not by the origin it claims.
#include "core/ledger/AuditorTrustStore.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LookAlike.h"
#include "core/ledger/NoteVerifier.h"
#include "core/ledger/TrustDecision.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

class TestLookAlike : public QObject
{
    Q_OBJECT
private:
    static NoteVerifier keyOf(const QString& origin, const LedgerKeys& keys)
    {
        return NoteVerifier(origin, keys.signingKey().publicKey());
    }

private slots:
    void resembles_data()
    {
        QTest::addColumn<QString>("claimed");
        QTest::addColumn<bool>("flagged");
        const QString pinned = QStringLiteral("custos.local/ledger");
        QTest::newRow("same") << pinned << false;
        QTest::newRow("digit one for l") << QStringLiteral("custos.loca1/ledger") << true;
        QTest::newRow("Cyrillic es") << QStringLiteral("\u0441ustos.local/ledger") << true;
        QTest::newRow("Cyrillic o and a") << QStringLiteral("cust\u043es.l\u043ec\u0430l/ledger") << true;
        QTest::newRow("capital I for l") << QStringLiteral("custos.IocaI/ledger") << true;
        QTest::newRow("longer name") << QStringLiteral("custos.local/ledger-main") << false;
        QTest::newRow("full-width") << QStringLiteral("\uff43ustos.local/ledger") << true;
        QTest::newRow("two edits") << QStringLiteral("custos.locl/ledgr") << true;
        QTest::newRow("three edits") << QStringLiteral("custos.lcl/ledgr") << false;
        QTest::newRow("another origin") << QStringLiteral("audit.example.org/trail") << false;
    }

    void resembles()
    {
        QFETCH(QString, claimed);
        QFETCH(bool, flagged);
        const QString pinned = QStringLiteral("custos.local/ledger");
        QCOMPARE(LookAlike::resembles(claimed, pinned), flagged);
        QCOMPARE(LookAlike::resembledIn(claimed, {QStringLiteral("audit.example.org/x"), pinned}),
                 flagged ? pinned : QString());
    }

    void skeletonAndDistance()
    {
        QCOMPARE(LookAlike::skeleton(u"corn.example"), QStringLiteral("com.example"));
        QVERIFY(LookAlike::resembles(u"corn.example/ledger", u"com.example/ledger"));
        QCOMPARE(LookAlike::editDistance(u"kitten", u"sitting", 5), 3);
        QCOMPARE(LookAlike::editDistance(u"kitten", u"sitting", 2), 3); // past the limit: limit + 1
        QCOMPARE(LookAlike::editDistance(u"", u"ab", 2), 2);
    }

    // Pinned by key: the key pinned for one origin signs for whatever name it chooses; another key under a pinned
    // origin is untrusted; an unpinned look-alike origin is flagged, an unrelated one only "not pinned".
    void trustFollowsTheKey()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pinnedOrigin = QStringLiteral("custos.local/ledger");
        const LedgerKeys ours = LedgerKeys::generate().value();
        const LedgerKeys theirs = LedgerKeys::generate().value();
        AuditorTrustStore store(AuditorTrustStore::fileIn(dir.path()));
        QVERIFY(store.pinKey(pinnedOrigin, keyOf(pinnedOrigin, ours).toString()).ok());
        QCOMPARE(store.pinnedOrigins(), QStringList{pinnedOrigin});

        const auto decide = [&](const QString& origin, const LedgerKeys& keys, QString* trustedKey = nullptr) {
            LedgerVerifier::Options options;
            const TrustDecision decision =
                TrustDecision::prepare(store, LedgerEvidence{}, keyOf(origin, keys), options);
            if (trustedKey)
                *trustedKey = options.trustedKey;
            return decision;
        };
        QString trustedKey;
        TrustDecision decision = decide(pinnedOrigin, ours, &trustedKey);
        QCOMPARE(decision.keyTrust, TrustDecision::KeyTrust::Pinned);
        QVERIFY(!decision.alarming());
        QCOMPARE(trustedKey, keyOf(pinnedOrigin, ours).toString());

        decision = decide(QStringLiteral("renamed.example/ledger"), ours, &trustedKey);
        QCOMPARE(decision.keyTrust, TrustDecision::KeyTrust::Pinned);
        QCOMPARE(trustedKey, keyOf(QStringLiteral("renamed.example/ledger"), ours).toString());

        decision = decide(pinnedOrigin, theirs, &trustedKey);
        QCOMPARE(decision.keyTrust, TrustDecision::KeyTrust::Untrusted);
        QVERIFY(decision.alarming());
        QCOMPARE(trustedKey, keyOf(pinnedOrigin, ours).toString());

        decision = decide(QStringLiteral("custos.loca1/ledger"), theirs);
        QCOMPARE(decision.keyTrust, TrustDecision::KeyTrust::NotPinned);
        QCOMPARE(decision.lookAlikeOf, pinnedOrigin);
        QVERIFY(decision.alarming());
        QVERIFY(decision.toText(QStringLiteral("custos.loca1/ledger")).contains("LOOK-ALIKE"));

        decision = decide(QStringLiteral("audit.example.org/trail"), theirs);
        QCOMPARE(decision.keyTrust, TrustDecision::KeyTrust::NotPinned);
        QVERIFY(decision.lookAlikeOf.isEmpty());
        QVERIFY(!decision.alarming());
    }

    // Pins auditor mode kept in the application's settings before the store had a file of its own are carried
    // over to it once, so the CLI's --trust-store and the window see them.
    void pinsInTheApplicationSettingsAreCarriedOver()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CustosTest"));
        QCoreApplication::setApplicationName(QStringLiteral("custos-trust-migration"));
        QFile::remove(AuditorTrustStore::fileIn(AuditorTrustStore::defaultDirectory()));
        const QString origin = QStringLiteral("custos.local/ledger");
        const QString key = NoteVerifier(origin, LedgerKeys::generate()->signingKey().publicKey()).toString();
        {
            QSettings application;
            application.clear();
            application.setValue(QStringLiteral("auditor/") +
                                     QString::fromLatin1(origin.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                                                  QByteArray::OmitTrailingEquals)) +
                                     QStringLiteral("/pinnedKey"),
                                 key);
        }
        QCOMPARE(AuditorTrustStore().entry(origin).pinnedKey, key);
        QCOMPARE(
            AuditorTrustStore(AuditorTrustStore::fileIn(AuditorTrustStore::defaultDirectory())).entry(origin).pinnedKey,
            key);
        QSettings().clear();
        QFile::remove(AuditorTrustStore::fileIn(AuditorTrustStore::defaultDirectory()));
    }
};

QTEST_GUILESS_MAIN(TestLookAlike)
#include "test_look_alike.moc"
