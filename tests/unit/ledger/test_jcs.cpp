// RFC 8785 examples: §3.2.2 (serialisation), §3.2.3 (property sorting) and Appendix B (numbers).
#include "core/ledger/Jcs.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/RecordScan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <bit>
#include <cmath>
#include <limits>

using namespace custos;

class TestJcs : public QObject
{
    Q_OBJECT
private slots:
    void rfcMainExample()
    {
        const QByteArray input = R"({
            "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
            "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
            "literals": [null, true, false]
        })";
        const QByteArray expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,"
                                    "1e-27],\"string\":\"\xe2\x82\xac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        auto canonical = Jcs::canonicalize(QByteArrayView(input));
        QVERIFY2(canonical.ok(), qPrintable(canonical.ok() ? QString() : canonical.error().userMessage()));
        QCOMPARE(canonical.value(), expected);
    }

    void rfcSortingExample()
    {
        const QByteArray input = R"({
            "\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh",
            "1": "One", "\ud83d\ude00": "Emoji: Grinning Face", "\u0080": "Control",
            "\u00f6": "Latin Small Letter O With Diaeresis"
        })";
        const QByteArray expected =
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xc2\x80\":\"Control\","
            "\"\xc3\xb6\":\"Latin Small Letter O With Diaeresis\",\"\xe2\x82\xac\":\"Euro Sign\","
            "\"\xf0\x9f\x98\x80\":\"Emoji: Grinning Face\","
            "\"\xef\xac\xb3\":\"Hebrew Letter Dalet With Dagesh\"}";
        auto canonical = Jcs::canonicalize(QByteArrayView(input));
        QVERIFY(canonical.ok());
        QCOMPARE(canonical.value(), expected);
    }

    void numbers_data()
    {
        QTest::addColumn<quint64>("bits");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << Q_UINT64_C(0x0000000000000000) << QByteArray("0");
        QTest::newRow("minus zero") << Q_UINT64_C(0x8000000000000000) << QByteArray("0");
        QTest::newRow("min pos") << Q_UINT64_C(0x0000000000000001) << QByteArray("5e-324");
        QTest::newRow("min neg") << Q_UINT64_C(0x8000000000000001) << QByteArray("-5e-324");
        QTest::newRow("max pos") << Q_UINT64_C(0x7fefffffffffffff) << QByteArray("1.7976931348623157e+308");
        QTest::newRow("max neg") << Q_UINT64_C(0xffefffffffffffff) << QByteArray("-1.7976931348623157e+308");
        QTest::newRow("2^53") << Q_UINT64_C(0x4340000000000000) << QByteArray("9007199254740992");
        QTest::newRow("-2^53") << Q_UINT64_C(0xc340000000000000) << QByteArray("-9007199254740992");
        QTest::newRow("2^68") << Q_UINT64_C(0x4430000000000000) << QByteArray("295147905179352830000");
        QTest::newRow("1e23 below") << Q_UINT64_C(0x44b52d02c7e14af5) << QByteArray("9.999999999999997e+22");
        QTest::newRow("1e23") << Q_UINT64_C(0x44b52d02c7e14af6) << QByteArray("1e+23");
        QTest::newRow("1e23 above") << Q_UINT64_C(0x44b52d02c7e14af7) << QByteArray("1.0000000000000001e+23");
        QTest::newRow("1e21 below 2") << Q_UINT64_C(0x444b1ae4d6e2ef4e) << QByteArray("999999999999999700000");
        QTest::newRow("1e21 below") << Q_UINT64_C(0x444b1ae4d6e2ef4f) << QByteArray("999999999999999900000");
        QTest::newRow("1e21") << Q_UINT64_C(0x444b1ae4d6e2ef50) << QByteArray("1e+21");
        QTest::newRow("1e-6 below") << Q_UINT64_C(0x3eb0c6f7a0b5ed8c) << QByteArray("9.999999999999997e-7");
        QTest::newRow("1e-6") << Q_UINT64_C(0x3eb0c6f7a0b5ed8d) << QByteArray("0.000001");
        QTest::newRow("third 3") << Q_UINT64_C(0x41b3de4355555553) << QByteArray("333333333.3333332");
        QTest::newRow("third 4") << Q_UINT64_C(0x41b3de4355555554) << QByteArray("333333333.33333325");
        QTest::newRow("third 5") << Q_UINT64_C(0x41b3de4355555555) << QByteArray("333333333.3333333");
        QTest::newRow("third 6") << Q_UINT64_C(0x41b3de4355555556) << QByteArray("333333333.3333334");
        QTest::newRow("third 7") << Q_UINT64_C(0x41b3de4355555557) << QByteArray("333333333.33333343");
        QTest::newRow("small neg") << Q_UINT64_C(0xbecbf647612f3696) << QByteArray("-0.0000033333333333333333");
        QTest::newRow("fraction") << Q_UINT64_C(0x43143ff3c1cb0959) << QByteArray("1424953923781206.2");
    }
    void numbers()
    {
        QFETCH(quint64, bits);
        QFETCH(QByteArray, expected);
        auto text = Jcs::serializeNumber(std::bit_cast<double>(bits));
        QVERIFY(text.ok());
        QCOMPARE(text.value(), expected);
    }

    void refusesWhatJsonCannotHold()
    {
        QVERIFY(!Jcs::serializeNumber(std::numeric_limits<double>::quiet_NaN()).ok());
        QVERIFY(!Jcs::serializeNumber(std::numeric_limits<double>::infinity()).ok());
        QVERIFY(!Jcs::canonicalize(QByteArrayView(R"({"a":"\ud800"})")).ok());
        QVERIFY(!Jcs::canonicalize(QByteArrayView(R"({"\udc00":1})")).ok());
        QVERIFY(!Jcs::canonicalize(QByteArrayView("{\"a\":")).ok());
        QVERIFY(!Jcs::canonicalize(QByteArrayView("1 2")).ok());
    }

    void scalarsAndNesting()
    {
        QCOMPARE(Jcs::canonicalize(QByteArrayView("\"x\"")).value(), QByteArray("\"x\""));
        QCOMPARE(Jcs::canonicalize(QByteArrayView(" 12.50 ")).value(), QByteArray("12.5"));
        QCOMPARE(Jcs::canonicalize(QByteArrayView("[ ]")).value(), QByteArray("[]"));
        QCOMPARE(Jcs::canonicalize(QByteArrayView("{\"b\":{\"d\":1,\"c\":[{\"f\":1,\"e\":2}]},\"a\":\"\\u001f\\t\"}"))
                     .value(),
                 QByteArray("{\"a\":\"\\u001f\\t\",\"b\":{\"c\":[{\"e\":2,\"f\":1}],\"d\":1}}"));
        // Canonical form is a fixed point.
        const QByteArray once = Jcs::canonicalize(QByteArrayView("{\"z\":1e3,\"y\":-0.0,\"x\":\"\\u00e9\"}")).value();
        QCOMPARE(Jcs::canonicalize(QByteArrayView(once)).value(), once);
    }

    void membersAreNotLookedUpByName()
    {
        // Found by fuzz_jcs: QJsonObject::value() misses a member named U+FB33 U+0000 next to an emoji name.
        const QByteArray input = "{\"\\ufb33\\u0000\":\"\",\"\\ud83d\\ude00\":\"\"}";
        auto canonical = Jcs::canonicalize(QByteArrayView(input));
        QVERIFY(canonical.ok());
        QCOMPARE(canonical.value(), QByteArray("{\"\xf0\x9f\x98\x80\":\"\",\"\xef\xac\xb3\\u0000\":\"\"}"));
        QCOMPARE(Jcs::canonicalize(QByteArrayView(canonical.value())).value(), canonical.value());
    }

    void recordBytesAreTheCanonicalFormOfItsJson()
    {
        // LedgerRecord writes its canonical bytes directly; they must be what JCS makes of toJson().
        LedgerRecord record;
        record.seq = 9007199254740991;
        record.time = QStringLiteral("2024-02-29T23:59:59.999Z");
        record.source = QStringLiteral("keycloak-user");
        record.sourceId = QStringLiteral("ev\u00e9nement-1");
        record.actorId = QStringLiteral("a\"b\\c");
        record.actorUsername = QStringLiteral("\u00c5sa \U0001f600");
        record.action = QStringLiteral("LOGIN\n");
        record.targetType = QStringLiteral("user");
        record.targetId = QStringLiteral("\x01\x1f");
        record.targetName = QStringLiteral("\u20ac");
        record.tenant = QStringLiteral("t");
        record.outcome = QStringLiteral("FAILURE");
        record.error = QStringLiteral("e");
        record.details = QJsonObject{{"z", 1.5}, {"a", QJsonArray{1, "x", QJsonValue()}}, {"\u00e9", true}};
        record.prev = LedgerRecord::genesisPrev();
        const QByteArray bytes = record.canonicalBytes().value();
        QCOMPARE(bytes, Jcs::canonicalize(QJsonValue(record.toJson())).value());
        QVERIFY(LedgerRecord::fromBytes(bytes).ok());
        // The verifier's fast reader leaves the fraction to the full reader; without it, it reads the record.
        QVERIFY(!RecordScan::scan(bytes));
        record.details.remove(QStringLiteral("z"));
        record.seq = 12;
        const QByteArray plain = record.canonicalBytes().value();
        const auto fields = RecordScan::scan(plain);
        QVERIFY(fields);
        QCOMPARE(fields->seq, 12);
        QCOMPARE(fields->prev, QByteArrayView(LedgerRecord::genesisPrev().toLatin1()));
        QVERIFY(!RecordScan::scan(QByteArray(plain).replace("\"seq\":12", "\"seq\":012")));
        QVERIFY(!RecordScan::scan(QByteArray(plain).replace("2024-02-29", "2023-02-29")));
        QVERIFY(!RecordScan::scan(QByteArray(plain + ' ')));
    }
};

QTEST_GUILESS_MAIN(TestJcs)
#include "test_jcs.moc"
