// C2SP signed notes and tlog checkpoints, checked against golang.org/x/mod/sumdb/note's published example.
#include "core/crypto/Ed25519Key.h"
#include "core/ledger/Checkpoint.h"
#include "core/ledger/NoteVerifier.h"
#include "core/ledger/SignedNote.h"

#include <QTest>

using namespace custos;

namespace {

const QString peterKey = QStringLiteral("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
const QByteArray peterText = "If you think cryptography is the answer to your problem,\n"
                             "then you don't know what your problem is.\n";
const QByteArray peterNote = peterText +
                             "\n\xe2\x80\x94 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2"
                             "pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
// The seed from the example's "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALV..." (after the 0x01 algorithm byte).
const QByteArray peterSeedBase64 = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";

} // namespace

class TestSignedNote : public QObject
{
    Q_OBJECT
private slots:
    void verifiesTheGoExample()
    {
        auto verifier = NoteVerifier::parse(peterKey);
        QVERIFY(verifier.ok());
        // A key whose base64 holds '+' (the separator) still parses.
        for (int i = 0; i < 64; ++i) {
            const NoteVerifier generated(QStringLiteral("n"), Ed25519Key::generate()->publicKey());
            QCOMPARE(NoteVerifier::parse(generated.toString()).value(), generated);
        }
        QCOMPARE(verifier->name(), QStringLiteral("PeterNeumann"));
        QCOMPARE(verifier->keyHash(), 0xc74f20a3u);
        QCOMPARE(verifier->toString(), peterKey);
        auto note = SignedNote::parse(peterNote);
        QVERIFY(note.ok());
        QCOMPARE(note->text(), peterText);
        QCOMPARE(note->verify(verifier.value()), SignedNote::Verification::Valid);
    }

    void signsLikeTheGoExample()
    {
        // Ed25519 is deterministic, so the same seed must give the example's exact bytes.
        auto key = Ed25519Key::fromPrivateSeed(QByteArray::fromBase64(peterSeedBase64).mid(1));
        QVERIFY(key.ok());
        QCOMPARE(NoteVerifier(QStringLiteral("PeterNeumann"), key->publicKey()).toString(), peterKey);
        auto note = SignedNote::sign(peterText, QStringLiteral("PeterNeumann"), key.value());
        QVERIFY(note.ok());
        QCOMPARE(note.value(), peterNote);
    }

    void rejectsTampering()
    {
        const NoteVerifier verifier = NoteVerifier::parse(peterKey).value();
        QByteArray changed = peterNote;
        changed.replace("cryptography", "cryptographx");
        QCOMPARE(SignedNote::parse(changed)->verify(verifier), SignedNote::Verification::BadSignature);
        auto other = Ed25519Key::generate();
        QVERIFY(other.ok());
        const NoteVerifier otherKey(QStringLiteral("PeterNeumann"), other->publicKey());
        QCOMPARE(SignedNote::parse(peterNote)->verify(otherKey), SignedNote::Verification::NoSignatureByKey);
        const NoteVerifier otherName(QStringLiteral("Someone"), verifier.publicKey());
        QCOMPARE(SignedNote::parse(peterNote)->verify(otherName), SignedNote::Verification::NoSignatureByKey);
    }

    void refusesMalformedNotes_data()
    {
        QTest::addColumn<QByteArray>("note");
        const QByteArray line = "\xe2\x80\x94 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZ"
                                "SNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no blank line") << QByteArray(peterText + line);
        QTest::newRow("no final newline") << QByteArray(peterText + '\n' + line.chopped(1));
        QTest::newRow("no signatures") << QByteArray(peterText + '\n');
        QTest::newRow("hyphen not em dash") << QByteArray(peterText + "\n- PeterNeumann AAAAAAAA\n");
        QTest::newRow("no name") << QByteArray(peterText + "\n\xe2\x80\x94  x08go/ZJku\n");
        QTest::newRow("bad base64") << QByteArray(peterText + "\n\xe2\x80\x94 PeterNeumann ***\n");
        QTest::newRow("too short") << QByteArray(peterText + "\n\xe2\x80\x94 PeterNeumann AAAA\n");
        QTest::newRow("extra field") << QByteArray(peterText + '\n' + line.chopped(1) + " x\n");
        QTest::newRow("control char") << QByteArray("a\tb\n\n" + line);
        QTest::newRow("bad utf8") << QByteArray("a\xff\n\n" + line);
        QTest::newRow("huge") << QByteArray(QByteArray(70000, 'a') + "\n\n" + line);
        QByteArray many = peterText + '\n';
        for (int i = 0; i < 101; ++i)
            many += line;
        QTest::newRow("101 signatures") << many;
    }
    void refusesMalformedNotes()
    {
        QFETCH(QByteArray, note);
        QVERIFY(!SignedNote::parse(note).ok());
    }

    void refusesMalformedVerifierKeys()
    {
        const QString key = QStringLiteral("ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        QVERIFY(!NoteVerifier::parse(QStringLiteral("PeterNeumann+c74f20a4+") + key).ok());        // wrong hash
        QVERIFY(!NoteVerifier::parse(QStringLiteral("PeterNeumann+c74f20a3+") + key.mid(1)).ok()); // no 0x01
        QVERIFY(!NoteVerifier::parse(QStringLiteral("PeterNeumann+c74f20a3")).ok());
        QVERIFY(!NoteVerifier::parse(QStringLiteral("Peter Neumann+c74f20a3+") + key).ok());
        QVERIFY(!NoteVerifier::parse(QStringLiteral("PeterNeumann+C74F20A3+") + key).ok());
    }

    void checkpointRoundTrip()
    {
        const Checkpoint checkpoint(QStringLiteral("example.org/log"), 42, QByteArray(32, '\x07'));
        const QByteArray text = checkpoint.toText();
        QCOMPARE(text, QByteArray("example.org/log\n42\nBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=\n"));
        auto parsed = Checkpoint::parse(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->origin(), checkpoint.origin());
        QCOMPARE(parsed->size(), 42);
        QCOMPARE(parsed->rootHash(), checkpoint.rootHash());
        QVERIFY(Checkpoint::parse(QByteArray(text + "extension line\n")).ok());
    }

    void refusesMalformedCheckpoints_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray root = "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=";
        QTest::newRow("no newline") << QByteArray("o\n1\n" + root);
        QTest::newRow("two lines") << QByteArray("o\n1\n");
        QTest::newRow("leading zero") << QByteArray("o\n01\n" + root + '\n');
        QTest::newRow("negative") << QByteArray("o\n-1\n" + root + '\n');
        QTest::newRow("hex size") << QByteArray("o\n0x1\n" + root + '\n');
        QTest::newRow("huge size") << QByteArray("o\n99999999999999999999\n" + root + '\n');
        QTest::newRow("short root") << QByteArray("o\n1\nBwcH\n");
        QTest::newRow("unpadded root") << QByteArray("o\n1\n" + root.chopped(1) + '\n');
        QTest::newRow("space in origin") << QByteArray("o o\n1\n" + root + '\n');
        QTest::newRow("empty origin") << QByteArray("\n1\n" + root + '\n');
        QTest::newRow("empty extension") << QByteArray("o\n1\n" + root + "\n\n");
    }
    void refusesMalformedCheckpoints()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!Checkpoint::parse(text).ok());
    }
};

QTEST_GUILESS_MAIN(TestSignedNote)
#include "test_signed_note.moc"
