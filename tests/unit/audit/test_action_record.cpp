#include "core/audit/ActionRecord.h"

#include <QJsonArray>
#include <QTest>

using namespace custos;

// The shape of an action's two records: the intent before the first change, the outcome after.
class TestActionRecord : public QObject
{
    Q_OBJECT

private:
    static ActionRecord mfaReset()
    {
        ActionRecord record;
        record.action = QStringLiteral("USER_MFA_RESET");
        record.correlationId = QStringLiteral("c-1");
        record.actorId = QStringLiteral("harry-id");
        record.actorUsername = QStringLiteral("harry");
        record.targetType = QStringLiteral("user");
        record.targetId = QStringLiteral("otto-id");
        record.targetName = QStringLiteral("otto");
        return record;
    }

private slots:
    void intentKeepsTheJustification()
    {
        ActionRecord record = mfaReset();
        record.justification.reason = QStringLiteral("Lost phone, called from the number on record");
        record.justification.ticket = QStringLiteral("INC-1234");
        record.justification.verification = QJsonObject{{QStringLiteral("method"), QStringLiteral("callback")}};

        const QJsonObject intent = record.intentEntry({QStringLiteral("Remove the OTP credential")});
        QCOMPARE(intent.value(u"action").toString(), QStringLiteral("USER_MFA_RESET_INTENT"));
        QCOMPARE(intent.value(u"source_id").toString(), QStringLiteral("c-1:intent"));
        QVERIFY(ActionRecord::isIntent(intent));
        const QJsonObject details = intent.value(u"details").toObject();
        QCOMPARE(details.value(u"reason").toString(), record.justification.reason);
        QCOMPARE(details.value(u"ticket").toString(), QStringLiteral("INC-1234"));
        QCOMPARE(details.value(u"verification").toObject().value(u"method").toString(), QStringLiteral("callback"));
        QCOMPARE(details.value(u"planned_steps").toArray().size(), 1);
    }

    void emptyJustificationLeavesNoKeys()
    {
        const QJsonObject details = mfaReset().intentEntry({}).value(u"details").toObject();
        QVERIFY(!details.contains(u"reason"));
        QVERIFY(!details.contains(u"ticket"));
        QVERIFY(!details.contains(u"verification"));
    }

    void outcomeLinksItsIntentAndCarriesTheHttpStatus()
    {
        ActionRecord record = mfaReset();
        record.intentSeq = 41;
        Error error;
        error.kind = Error::Kind::Conflict;
        error.what = QStringLiteral("Keycloak refused");
        error.httpStatus = 409;
        record.error = error;
        const QJsonObject entry = record.toEntry();
        QVERIFY(!ActionRecord::isIntent(entry));
        QCOMPARE(entry.value(u"outcome").toString(), QStringLiteral("FAILURE"));
        QCOMPARE(entry.value(u"details").toObject().value(u"intent_seq").toInteger(), 41);
        QCOMPARE(entry.value(u"details").toObject().value(u"http_status").toInt(), 409);
    }
};

QTEST_GUILESS_MAIN(TestActionRecord)
#include "test_action_record.moc"
