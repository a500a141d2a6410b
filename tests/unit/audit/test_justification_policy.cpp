#include "core/audit/JustificationPolicy.h"
#include "core/auth/Profile.h"

#include <QJsonObject>
#include <QTest>

using namespace custos;

class TestJustificationPolicy : public QObject
{
    Q_OBJECT
private slots:
    void checksReasonAndTicket_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<bool>("accepted");
        const QString pattern = QStringLiteral("^(INC|CHG)-[0-9]+$");
        QTest::newRow("no policy, reason long enough") << QString() << false << "Caller locked out"
                                                       << "" << true;
        QTest::newRow("reason of nine characters") << QString() << false << "too short"
                                                   << "" << false;
        QTest::newRow("reason of ten characters") << QString() << false << "ten chars!"
                                                  << "" << true;
        QTest::newRow("spaces do not count") << QString() << false << "   short    "
                                             << "" << false;
        QTest::newRow("required ticket missing") << pattern << true << "Caller locked out"
                                                 << "" << false;
        QTest::newRow("required ticket matches") << pattern << true << "Caller locked out"
                                                 << "INC-4711" << true;
        QTest::newRow("ticket trimmed") << pattern << true << "Caller locked out"
                                        << " CHG-12 " << true;
        QTest::newRow("ticket must match whole pattern") << "(INC|CHG)-[0-9]+" << true << "Caller locked out"
                                                         << "xINC-1y" << false;
        QTest::newRow("wrong prefix") << pattern << true << "Caller locked out"
                                      << "REQ-1" << false;
        QTest::newRow("optional ticket absent") << pattern << false << "Caller locked out"
                                                << "" << true;
        QTest::newRow("optional ticket still checked") << pattern << false << "Caller locked out"
                                                       << "INC-" << false;
        QTest::newRow("required, any format") << QString() << true << "Caller locked out"
                                              << "anything" << true;
    }
    void checksReasonAndTicket()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, required);
        QFETCH(QString, reason);
        QFETCH(QString, ticket);
        QFETCH(bool, accepted);
        const JustificationPolicy policy{pattern, required};
        const Status checked = policy.check(Justification{reason, ticket, {}});
        QCOMPARE(checked.ok(), accepted);
        if (!accepted)
            QCOMPARE(checked.error().kind, Error::Kind::Invalid);
    }

    void readsPolicyFromProfile()
    {
        const Result<JustificationPolicy> policy =
            JustificationPolicy::fromJson(QJsonObject{{QStringLiteral("ticketPattern"), QStringLiteral("^INC-[0-9]+$")},
                                                      {QStringLiteral("ticketRequired"), true}});
        QVERIFY(policy.ok());
        QCOMPARE(policy->ticketPattern, QStringLiteral("^INC-[0-9]+$"));
        QVERIFY(policy->ticketRequired);
        QJsonObject written;
        policy->addTo(written);
        QCOMPARE(written.value(QStringLiteral("ticketPattern")).toString(), policy->ticketPattern);
        QCOMPARE(written.value(QStringLiteral("ticketRequired")).toBool(), true);

        const Result<JustificationPolicy> none = JustificationPolicy::fromJson({});
        QVERIFY(none.ok());
        QVERIFY(none->ticketPattern.isEmpty());
        QVERIFY(!none->ticketRequired);
    }

    void refusesBrokenPolicy_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unbalanced") << QJsonObject{{QStringLiteral("ticketPattern"), QStringLiteral("^(INC-[0-9]+$")}}
                                    << "ticketPattern";
        QTest::newRow("dangling quantifier")
            << QJsonObject{{QStringLiteral("ticketPattern"), QStringLiteral("*INC")}} << "ticketPattern";
        QTest::newRow("pattern not a string") << QJsonObject{{QStringLiteral("ticketPattern"), 42}} << "ticketPattern";
        QTest::newRow("required not a bool")
            << QJsonObject{{QStringLiteral("ticketRequired"), QStringLiteral("yes")}} << "ticketRequired";
    }
    void refusesBrokenPolicy()
    {
        QFETCH(QJsonObject, object);
        QFETCH(QString, mentions);
        const Result<JustificationPolicy> policy = JustificationPolicy::fromJson(object);
        QVERIFY(!policy.ok());
        QCOMPARE(policy.error().kind, Error::Kind::Invalid);
        QVERIFY2(policy.error().why.contains(mentions), qPrintable(policy.error().why));
    }

    // Importing a profile whose pattern does not compile fails with the pattern's error, before anything is saved.
    void profileImportRefusesBrokenPattern()
    {
        QJsonObject object{{QStringLiteral("name"), QStringLiteral("Prod")},
                           {QStringLiteral("issuer"), QStringLiteral("https://sso.example.org/realms/acme")},
                           {QStringLiteral("clientId"), QStringLiteral("custos-console")}};
        QVERIFY(Profile::fromJson(object).ok());
        object.insert(QStringLiteral("ticketPattern"), QStringLiteral("^(INC|CHG-[0-9]+$"));
        const Result<Profile> refused = Profile::fromJson(object);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().why.contains(QStringLiteral("not a valid regular expression")));
        QVERIFY(refused.error().action.contains(QStringLiteral("ticketPattern")));

        object.insert(QStringLiteral("ticketPattern"), QStringLiteral("^(INC|CHG)-[0-9]+$"));
        object.insert(QStringLiteral("ticketRequired"), true);
        object.insert(QStringLiteral("callerVerification"),
                      QJsonObject{{QStringLiteral("phoneAttribute"), QStringLiteral("mobile")}});
        const Result<Profile> profile = Profile::fromJson(object);
        QVERIFY(profile.ok());
        QVERIFY(profile->justification.ticketRequired);
        QCOMPARE(profile->callerAttributes.phoneAttribute, QStringLiteral("mobile"));
        QCOMPARE(profile->callerAttributes.managerAttribute, QStringLiteral("manager"));
        // Round trip: an exported profile keeps its policy.
        const Result<Profile> again = Profile::fromJson(profile->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->justification.ticketPattern, profile->justification.ticketPattern);
        QCOMPARE(again->callerAttributes.phoneAttribute, QStringLiteral("mobile"));

        object.insert(QStringLiteral("callerVerification"), QStringLiteral("phone"));
        QVERIFY(!Profile::fromJson(object).ok());
    }
};

QTEST_GUILESS_MAIN(TestJustificationPolicy)
#include "test_justification_policy.moc"
