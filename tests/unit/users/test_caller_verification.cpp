// The rules of the helpdesk's caller verification, on facts made up for each case: which credential counts as the
// last change, when a reset needs a second operator, what the intent record keeps, and the phone and manager read
// from the attributes the profile names.
#include "core/users/CallerVerification.h"

#include <QJsonArray>
#include <QTest>

using namespace custos;

namespace {

const QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);

Credential credential(const QString& type, const QDateTime& created)
{
    Credential made;
    made.type = type;
    made.created = created;
    return made;
}

} // namespace

class TestCallerVerification : public QObject
{
    Q_OBJECT
private slots:
    void setUpCredentialsAreNoChange()
    {
        const QDateTime created = now.addDays(-30);
        // The password the account was created with (a joiner, a realm import) is its set-up.
        QVERIFY(!CallerVerification::lastChange({credential("password", created.addSecs(2))}, created));
        const auto changed = CallerVerification::lastChange({credential("password", created.addSecs(2)),
                                                             credential("otp", now.addDays(-3)),
                                                             credential("password", now.addDays(-10))},
                                                            created);
        QVERIFY(changed);
        QCOMPARE(changed->type, QStringLiteral("otp"));
        QCOMPARE(changed->created, now.addDays(-3));
    }

    void resetWithin24HoursOfAChangeNeedsASecondOperator_data()
    {
        QTest::addColumn<QDateTime>("lastChange");
        QTest::addColumn<bool>("refused");
        QTest::newRow("no change since set-up") << QDateTime() << false;
        QTest::newRow("an hour ago") << now.addSecs(-3600) << true;
        QTest::newRow("23h59m ago") << now.addSecs(-(24 * 3600 - 60)) << true;
        QTest::newRow("exactly 24h ago") << now.addSecs(-24 * 3600) << false;
        QTest::newRow("three days ago") << now.addDays(-3) << false;
    }
    void resetWithin24HoursOfAChangeNeedsASecondOperator()
    {
        QFETCH(QDateTime, lastChange);
        QFETCH(bool, refused);
        CallerFacts facts;
        facts.username = QStringLiteral("otto");
        facts.lastCredentialChange = lastChange;
        facts.lastCredentialType = QStringLiteral("password");
        const std::optional<Error> refusal = CallerVerification::needsSecondOperator(facts, now);
        QCOMPARE(refusal.has_value(), refused);
        if (refusal) {
            QCOMPARE(refusal->kind, Error::Kind::Forbidden);
            QVERIFY(refusal->what.contains(QStringLiteral("second operator")));
            QVERIFY2(refusal->why.contains(QStringLiteral("24 hours")), qPrintable(refusal->why));
            QVERIFY(!refusal->action.isEmpty());
        }
    }

    void privilegedTargetNeedsASecondOperator()
    {
        CallerFacts facts;
        facts.username = QStringLiteral("priya");
        facts.privilegedRoles = {QStringLiteral("manage-users"), QStringLiteral("realm-admin")};
        const std::optional<Error> refusal = CallerVerification::needsSecondOperator(facts, now);
        QVERIFY(refusal);
        QVERIFY2(refusal->why.contains(QStringLiteral("privileged")), qPrintable(refusal->why));
        QVERIFY(refusal->why.contains(QStringLiteral("realm-admin")));
    }

    void factsComeFromTheProfilesAttributes()
    {
        KeycloakUser user;
        user.username = QStringLiteral("bob");
        user.email = QStringLiteral("bob@example.org");
        user.emailVerified = true;
        user.attributes = QJsonObject{{QStringLiteral("phone"), QJsonArray{QStringLiteral("+44 20 7946 0105")}},
                                      {QStringLiteral("mobile"), QJsonArray{QStringLiteral("+44 7700 900105")}},
                                      {QStringLiteral("manager"), QJsonArray{QStringLiteral("alice")}}};
        const CallerFacts defaults = CallerVerification::factsOf(user, CallerAttributes{});
        QCOMPARE(defaults.phone, QStringLiteral("+44 20 7946 0105"));
        QCOMPARE(defaults.manager, QStringLiteral("alice"));
        QVERIFY(defaults.emailVerified);
        CallerAttributes mobile;
        mobile.phoneAttribute = QStringLiteral("mobile");
        mobile.managerAttribute = QStringLiteral("supervisor");
        const CallerFacts configured = CallerVerification::factsOf(user, mobile);
        QCOMPARE(configured.phone, QStringLiteral("+44 7700 900105"));
        QVERIFY(configured.manager.isEmpty());
        user.emailVerified = false;
        QVERIFY(!CallerVerification::factsOf(user, mobile).emailVerified);
    }

    void recordKeepsMethodFactsAndConfirmation()
    {
        CallerFacts facts;
        facts.phone = QStringLiteral("+44 20 7946 0106");
        facts.manager = QStringLiteral("joe");
        facts.recentFailedLogins = {now.addSecs(-60), now.addSecs(-120)};
        const QJsonObject record = CallerVerification::record(VerificationMethod::ManagerConfirmation, facts, true);
        QCOMPARE(record.value(u"method").toString(), QStringLiteral("manager-confirmation"));
        QCOMPARE(record.value(u"agent_confirmed").toBool(), true);
        const QJsonObject shown = record.value(u"facts_shown").toObject();
        QCOMPARE(shown.value(u"phone_on_record").toString(), facts.phone);
        QCOMPARE(shown.value(u"manager_on_record").toString(), facts.manager);
        QCOMPARE(shown.value(u"failed_logins_7d").toArray().size(), 2);
        QCOMPARE(shown.value(u"privileged_roles").toArray().size(), 0);
        // Every method has its own key and words.
        QSet<QString> keys;
        for (const VerificationMethod method : CallerVerification::methods()) {
            keys.insert(CallerVerification::methodKey(method));
            QVERIFY(!CallerVerification::methodName(method).isEmpty());
        }
        QCOMPARE(keys.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCallerVerification)
#include "test_caller_verification.moc"
