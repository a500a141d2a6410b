// The witness protocol without a network: the add-checkpoint request body, what each answer means, cosignature/v1
// verification (against a cosignature made by a real omniwitness, and against our own signatures) and the quorum
// an auditor requires.
#include "core/crypto/Ed25519Key.h"
#include "core/crypto/Sha256.h"
#include "core/ledger/SignedNote.h"
#include "core/ledger/WitnessKey.h"
#include "core/ledger/WitnessProtocol.h"
#include "core/ledger/WitnessQuorum.h"
#include "tests/support/TestWitness.h"

#include <QTest>
#include <QtEndian>

using namespace custos;
using custos::test::TestWitness;

namespace {

using Kind = WitnessProtocol::Answer::Kind;

// Made by the devstack: custos-ledger init/append, then cosigned by two omniwitness instances
// (github.com/transparency-dev/witness, pinned in devstack/devstack) through `custos-ledger witness submit`.
const QByteArray realBody = "custos.test/rb1\n5\nfHkXLO4bCIat1aBHBxyvQEhMOAYoumCtQjQzhZCLpW8=\n";
const QByteArray realNote = realBody +
                            "\n\xe2\x80\x94 custos.test/rb1 "
                            "rI+IU9Ic4QclxlCXzGgegXTgeY+5IAIb27MUEWRX+wbbeuB0LEJruxyPTtRIsoOrJtItf+CnEp40xMteCYyjDdkl"
                            "cQI=\n"
                            "\xe2\x80\x94 custos.devstack/witness1 "
                            "YbUIwwAAAABrFWdxH0MQlkf+CXwZnYCVjf7e1ezU/+SziBZTiBjlBrvAsxEKA6uay0Mfc5bX0j4IaLGa0"
                            "mScN2DmrFhzRJCAPX3XCA==\n"
                            "\xe2\x80\x94 custos.devstack/witness2 "
                            "2WQzVgAAAABrFWdxw1cOC6IgUJK+FpSPNTqhLAQxhmZ9Y/4n8TwHC1XHE47VduD03ScStExsbc1EjK+"
                            "qpPFiDXAhFK2oKbQjyaIQCg==\n";
const QString realWitness1 =
    QStringLiteral("custos.devstack/witness1+61b508c3+BK00L0aHaz8tC5cF74VdVMNV4pe9IRic2AFh0BNHSKRY");
const QString realWitness2 =
    QStringLiteral("custos.devstack/witness2+d9643356+BMi0MrSLA+5x1P2k1wlOiSyvNYd/JlPOTmvzu5wboQcw");
constexpr quint64 realTime = 0x6b156771; // 2026-12-06T13:47:29Z

} // namespace

class TestWitnessProtocol : public QObject
{
    Q_OBJECT
private slots:
    void requestBodyFollowsTlogWitness()
    {
        const QByteArray note = "o\n3\nroot\n\n\xe2\x80\x94 o sig\n";
        QCOMPARE(WitnessProtocol::addCheckpointBody(0, {}, note), QByteArray("old 0\n\n") + note);
        const QByteArray a(32, 'a');
        const QByteArray b(32, 'b');
        QCOMPARE(WitnessProtocol::addCheckpointBody(2, {a, b}, note),
                 "old 2\n" + a.toBase64() + '\n' + b.toBase64() + "\n\n" + note);
    }

    void verifiesARealOmniwitnessCosignature()
    {
        auto note = SignedNote::parse(realNote);
        QVERIFY(note.ok());
        auto one = WitnessKey::parse(realWitness1);
        auto two = WitnessKey::parse(realWitness2);
        QVERIFY(one.ok());
        QVERIFY(two.ok());
        QCOMPARE(one->name(), QStringLiteral("custos.devstack/witness1"));
        QCOMPARE(one->cosignatureTime(note.value()), std::optional<quint64>(realTime));
        QVERIFY(two->cosignatureTime(note.value()).has_value());

        // One byte of the checkpoint changed: no cosignature holds.
        QByteArray changed = realNote;
        changed[realNote.indexOf('5')] = '6';
        auto forged = SignedNote::parse(changed);
        QVERIFY(forged.ok());
        QVERIFY(!one->cosignatureTime(forged.value()));
        QVERIFY(!two->cosignatureTime(forged.value()));
    }

    void rejectsKeysThatAreNotCosignatureKeys()
    {
        // The ledger's own Ed25519 note key (algorithm 0x01) is no witness key.
        QVERIFY(!WitnessKey::parse(
            QStringLiteral("custos.test/rb1+ac8f8853+Aau9ZIE3kzXVP1xaZRWkVNp4ny0G2alodrLmThDuAj+W")));
        QString wrongHash = realWitness1;
        wrongHash.replace(QStringLiteral("61b508c3"), QStringLiteral("61b508c4"));
        QVERIFY(!WitnessKey::parse(wrongHash));
        QVERIFY(!WitnessKey::parse(QStringLiteral("witness+61b508c3")));
        QVERIFY(!WitnessKey::parse(QStringLiteral("wit ness+61b508c3+BK00L0aHaz8tC5cF74VdVMNV4pe9IRic2AFh0BNHSKRY")));
        TestWitness generated{QStringLiteral("w")};
        for (int i = 0; i < 32; ++i) { // keys whose base64 holds '+' parse too
            generated.key = Ed25519Key::generate().value();
            QCOMPARE(WitnessKey::parse(generated.vkey())->text(), generated.vkey());
        }
    }

    void cosignedAnswer()
    {
        const TestWitness witness{QStringLiteral("example.org/w1")};
        const TestWitness other{QStringLiteral("example.org/w2")};
        const WitnessKey key = WitnessKey::parse(witness.vkey()).value();
        const QByteArray line = witness.line(realBody, 1234567);

        auto answer = WitnessProtocol::parseAnswer(200, line, key, realBody);
        QVERIFY(answer.ok());
        QCOMPARE(answer->kind, Kind::Cosigned);
        QCOMPARE(answer->line, line);
        QCOMPARE(answer->time, quint64(1234567));

        // A witness with several keys answers one line per key: the configured one is picked.
        answer = WitnessProtocol::parseAnswer(200, QByteArray(other.line(realBody, 5) + line), key, realBody);
        QVERIFY(answer.ok());
        QCOMPARE(answer->line, line);

        // No valid cosignature by the configured key: by another key, over another checkpoint, or garbage.
        QCOMPARE(WitnessProtocol::parseAnswer(200, other.line(realBody, 5), key, realBody).error().kind,
                 Error::Kind::Protocol);
        QVERIFY(!WitnessProtocol::parseAnswer(200, witness.line("o\n1\nx\n", 5), key, realBody));
        QVERIFY(!WitnessProtocol::parseAnswer(200, "", key, realBody));
        QVERIFY(!WitnessProtocol::parseAnswer(200, line.chopped(1), key, realBody));
        QVERIFY(!WitnessProtocol::parseAnswer(200, "ok\n", key, realBody));
        QByteArray flipped = line;
        flipped[flipped.size() - 5] = flipped[flipped.size() - 5] == 'A' ? 'B' : 'A';
        QVERIFY(!WitnessProtocol::parseAnswer(200, flipped, key, realBody));
    }

    void otherAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("size");
        QTest::newRow("409 size") << 409 << QByteArray("12\n") << true << int(Kind::Conflict) << qint64(12);
        QTest::newRow("409 no newline") << 409 << QByteArray("7") << true << int(Kind::Conflict) << qint64(7);
        QTest::newRow("409 zero") << 409 << QByteArray("0\n") << true << int(Kind::Conflict) << qint64(0);
        QTest::newRow("409 leading zero") << 409 << QByteArray("012\n") << false << 0 << qint64(-1);
        QTest::newRow("409 empty") << 409 << QByteArray() << false << 0 << qint64(-1);
        QTest::newRow("409 text") << 409 << QByteArray("twelve\n") << false << 0 << qint64(-1);
        QTest::newRow("409 negative") << 409 << QByteArray("-1\n") << false << 0 << qint64(-1);
        QTest::newRow("409 overflow") << 409 << QByteArray("99999999999999999999\n") << false << 0 << qint64(-1);
        QTest::newRow("404") << 404 << QByteArray("unknown log\n") << true << int(Kind::NotEnrolled) << qint64(-1);
        QTest::newRow("403") << 403 << QByteArray() << true << int(Kind::NotEnrolled) << qint64(-1);
        QTest::newRow("422") << 422 << QByteArray() << true << int(Kind::NotExtending) << qint64(-1);
        QTest::newRow("400") << 400 << QByteArray() << true << int(Kind::Rejected) << qint64(-1);
        QTest::newRow("503") << 503 << QByteArray() << true << int(Kind::Unavailable) << qint64(-1);
        QTest::newRow("302") << 302 << QByteArray() << false << 0 << qint64(-1);
    }

    void otherAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QFETCH(int, kind);
        QFETCH(qint64, size);
        auto answer = WitnessProtocol::parseAnswer(status, body, WitnessKey::parse(realWitness1).value(), realBody);
        QCOMPARE(answer.ok(), valid);
        if (!valid)
            return;
        QCOMPARE(int(answer->kind), kind);
        QCOMPARE(answer->witnessSize, size);
    }

    void quorumCountsEachPinnedKeyOnce()
    {
        const WitnessKey one = WitnessKey::parse(realWitness1).value();
        const WitnessKey two = WitnessKey::parse(realWitness2).value();
        const TestWitness absent{QStringLiteral("example.org/absent")};
        const WitnessKey three = WitnessKey::parse(absent.vkey()).value();

        auto report = WitnessQuorum::check(realNote, {one, two}, 2);
        QVERIFY(report.met());
        QCOMPARE(report.valid, 2);
        QCOMPARE(report.cosigners.size(), 2);
        QCOMPARE(report.cosigners.at(0).time, std::optional<quint64>(realTime));

        using Status = WitnessQuorum::Cosigner::Status;
        report = WitnessQuorum::check(realNote, {one, one, three}, 2);
        QVERIFY(!report.met());
        QCOMPARE(report.valid, 1);
        // witness2 is not pinned: listed after the pinned keys, not counted.
        QCOMPARE(report.cosigners.size(), 3);
        QCOMPARE(report.cosigners.at(1).status, Status::Missing);
        QVERIFY(!report.cosigners.at(1).time);
        QCOMPARE(report.cosigners.at(2).status, Status::NotPinned);
        QCOMPARE(report.cosigners.at(2).name, QStringLiteral("custos.devstack/witness2"));
        QCOMPARE(report.cosigners.at(2).keyHash, two.keyHash());
        QVERIFY(!report.cosigners.at(2).time);

        // One Ed25519 key pinned under two names counts once.
        TestWitness twin{QStringLiteral("example.org/twin")};
        TestWitness twinAlias{QStringLiteral("example.org/alias"), twin.key};
        const QByteArray body = "example.org/log\n1\nroot\n";
        const QByteArray twice = body + "\n" + twin.line(body, 5) + twinAlias.line(body, 5);
        report = WitnessQuorum::check(
            twice, {WitnessKey::parse(twin.vkey()).value(), WitnessKey::parse(twinAlias.vkey()).value()}, 2);
        QCOMPARE(report.valid, 1);
        QVERIFY(!report.met());

        // The ledger's own signature without the witnesses' lines proves nothing to them.
        const QByteArray ledgerOnly = realNote.left(realNote.indexOf("\xe2\x80\x94 custos.devstack/"));
        QCOMPARE(WitnessQuorum::check(ledgerOnly, {one, two}, 1).valid, 0);
        QCOMPARE(WitnessQuorum::check("not a note", {one}, 1).valid, 0);
    }

    // A cosignature whose bytes were changed is not counted, and says so: not "missing", "invalid".
    void changedCosignatureIsInvalid()
    {
        const WitnessKey one = WitnessKey::parse(realWitness1).value();
        QByteArray changed = realNote;
        const qsizetype at = changed.indexOf("YbUIwwAAAABrFWdx") + 20;
        changed[at] = changed[at] == 'A' ? 'B' : 'A';
        const auto report = WitnessQuorum::check(changed, {one}, 1);
        QCOMPARE(report.valid, 0);
        QCOMPARE(report.cosigners.at(0).status, WitnessQuorum::Cosigner::Status::Invalid);
        QVERIFY(report.toText().contains("INVALID cosignature"));
    }
};

QTEST_GUILESS_MAIN(TestWitnessProtocol)
#include "test_witness_protocol.moc"
