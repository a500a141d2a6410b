#include "core/users/BulkRun.h"
#include "core/users/Operations.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace custos;

// The rules applied before anything reaches Keycloak: joiner input, mover plans, bulk CSV files, generated passwords.
class TestUserRules : public QObject
{
    Q_OBJECT
private:
    static JoinerRequest request(const QString& username, const QString& email, const QString& first = "Ada",
                                 const QString& last = "Lovelace")
    {
        JoinerRequest r;
        r.username = username;
        r.email = email;
        r.firstName = first;
        r.lastName = last;
        return r;
    }
    const QList<RoleRef> m_roles{RoleRef{"r1", "auditor", {}, false, {}}, RoleRef{"r2", "helpdesk", {}, false, {}},
                                 RoleRef{"r3", "viewer", {}, false, {}}};

private slots:
    void joinerInputIsNormalised()
    {
        const auto normalised =
            request("  Ada.Lovelace ", " Ada@Example.ORG ", "  Ada   Augusta ", "King-Noel").normalised();
        QVERIFY(normalised.ok());
        QCOMPARE(normalised->username, QStringLiteral("ada.lovelace"));
        QCOMPARE(normalised->email, QStringLiteral("ada@example.org"));
        QCOMPARE(normalised->firstName, QStringLiteral("Ada Augusta"));
        QVERIFY(request("jo", "x@y.io", "Zoë", "D'Arcy").normalised().ok());
    }

    void joinerInputIsValidated_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("field");
        QTest::newRow("one character") << "a"
                                       << "a@b.org"
                                       << "Ada"
                                       << "username";
        QTest::newRow("space inside") << "ada love"
                                      << "a@b.org"
                                      << "Ada"
                                      << "username";
        QTest::newRow("leading dot") << ".ada"
                                     << "a@b.org"
                                     << "Ada"
                                     << "username";
        QTest::newRow("slash") << "ada/../x"
                               << "a@b.org"
                               << "Ada"
                               << "username";
        QTest::newRow("no at") << "ada"
                               << "ada.example.org"
                               << "Ada"
                               << "e-mail";
        QTest::newRow("no domain dot") << "ada"
                                       << "ada@localhost"
                                       << "Ada"
                                       << "e-mail";
        QTest::newRow("two ats") << "ada"
                                 << "a@b@c.org"
                                 << "Ada"
                                 << "e-mail";
        QTest::newRow("empty first name") << "ada"
                                          << "a@b.org"
                                          << "  "
                                          << "first name";
        QTest::newRow("markup in name") << "ada"
                                        << "a@b.org"
                                        << "<b>Ada</b>"
                                        << "first name";
        QTest::newRow("digits in name") << "ada"
                                        << "a@b.org"
                                        << "Ada2"
                                        << "first name";
    }

    void joinerInputIsValidated()
    {
        QFETCH(QString, username);
        QFETCH(QString, email);
        QFETCH(QString, first);
        QFETCH(QString, field);
        const auto result = request(username, email, first).normalised();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QVERIFY2(result.error().what.contains(field), qPrintable(result.error().what));
    }

    void accessChangeIsTheDifference()
    {
        const GroupRef staff{"g1", "staff", "/staff", 0};
        const GroupRef sales{"g2", "sales", "/sales", 0};
        const AccessChange change =
            AccessChange::between({m_roles[0], m_roles[1]}, {m_roles[1], m_roles[2]}, {staff}, {sales});
        QCOMPARE(change.addRoles, QList<RoleRef>{m_roles[2]});
        QCOMPARE(change.removeRoles, QList<RoleRef>{m_roles[0]});
        QCOMPARE(change.joinGroups, QList<GroupRef>{sales});
        QCOMPARE(change.leaveGroups, QList<GroupRef>{staff});
        QCOMPARE(change.describe(),
                 (QStringList{"+ role viewer", "− role auditor", "+ group /sales", "− group /staff"}));
        QVERIFY(AccessChange::between({m_roles[0]}, {m_roles[0]}, {staff}, {staff}).isEmpty());
    }

    void bulkCsvIsRead()
    {
        const QByteArray csv = "\xEF\xBB\xBFusername,action,change\r\n"
                               "bob,leaver\r\n"
                               "\"carol, jr\",unlock\n"
                               "\n"
                               "dave,role-change,+viewer -auditor\n"
                               "erin,MFA-RESET\n";
        const auto items = parseBulkCsv(csv, m_roles);
        QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : items.error().why));
        QCOMPARE(items->size(), 4);
        QCOMPARE(items->at(0).user.username, QStringLiteral("bob"));
        QCOMPARE(items->at(0).action, UserAction::Offboard);
        QCOMPARE(items->at(1).user.username, QStringLiteral("carol, jr"));
        QCOMPARE(items->at(1).action, UserAction::Unlock);
        QCOMPARE(items->at(2).action, UserAction::ChangeAccess);
        QCOMPARE(items->at(2).change.addRoles, QList<RoleRef>{m_roles[2]});
        QCOMPARE(items->at(2).change.removeRoles, QList<RoleRef>{m_roles[0]});
        QCOMPARE(items->at(3).action, UserAction::ResetMfa);
    }

    // A fourth column is the line's own reason; it must say something (JustificationPolicy's minimum length).
    void bulkCsvCarriesAReasonPerLine()
    {
        const QByteArray csv = "username,action,change,reason\n"
                               "bob,leaver,,\"Contract ended, badge returned\"\n"
                               "dave,role-change,+viewer,Moves to the audit team\n"
                               "erin,unlock\n";
        const auto items = parseBulkCsv(csv, m_roles);
        QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : items.error().why));
        QCOMPARE(items->size(), 3);
        QCOMPARE(items->at(0).reason, QStringLiteral("Contract ended, badge returned"));
        QCOMPARE(items->at(1).reason, QStringLiteral("Moves to the audit team"));
        QCOMPARE(items->at(1).change.addRoles, QList<RoleRef>{m_roles[2]});
        QVERIFY(items->at(2).reason.isEmpty()); // the run's reason applies

        const auto tooShort = parseBulkCsv("bob,leaver,,left\nerin,unlock,,Forgot the password\n", m_roles);
        QVERIFY(!tooShort.ok());
        QVERIFY2(tooShort.error().why.contains(QLatin1String("line 1")), qPrintable(tooShort.error().why));
        QVERIFY(!tooShort.error().why.contains(QLatin1String("line 2")));
        QVERIFY(!parseBulkCsv("bob,leaver,,Contract ended today,extra\n", m_roles).ok());
    }

    void badBulkCsvLinesAreAllReported()
    {
        const QByteArray csv = "bob,leaver\n"
                               "carol,delete-everything\n"
                               "dave,role-change,+no-such-role\n"
                               ",unlock\n"
                               "erin,unlock,extra\n"
                               "frank\n";
        const auto items = parseBulkCsv(csv, m_roles);
        QVERIFY(!items.ok());
        const QString why = items.error().why;
        for (const char* expected : {"line 2", "line 3", "line 4", "line 5", "line 6"})
            QVERIFY2(why.contains(QLatin1String(expected)), qPrintable(why));
        QVERIFY(!why.contains("line 1"));
        QVERIFY(!parseBulkCsv("bob,\"leaver\n", m_roles).ok()); // unterminated quote
        QVERIFY(!parseBulkCsv("", m_roles).ok());
        QVERIFY(!parseBulkCsv(QByteArray("bob,leaver\n\xff\xfe", 13), m_roles).ok());
    }

    void bulkResultsCsvDefusesFormulas()
    {
        QList<BulkItem> items{BulkItem{UserRef{"1", "=cmd|calc"}, UserAction::Unlock, {}, {}}};
        OperationOutcome outcome;
        outcome.succeeded = true;
        outcome.summary = "done, \"quoted\"";
        outcome.correlationId = "c-1";
        const QByteArray csv = bulkResultsCsv(items, {outcome});
        QCOMPARE(csv, QByteArray("username,action,outcome,result,correlation_id\r\n"
                                 "\"'=cmd|calc\",\"unlock\",\"SUCCESS\",\"done, \"\"quoted\"\"\",\"c-1\"\r\n"));
    }

    void temporaryPasswordsAreStrongAndDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString password = generateTemporaryPassword();
            QCOMPARE(password.size(), 20);
            QVERIFY(std::any_of(password.begin(), password.end(), [](QChar c) { return c.isLower(); }));
            QVERIFY(std::any_of(password.begin(), password.end(), [](QChar c) { return c.isUpper(); }));
            QVERIFY(std::any_of(password.begin(), password.end(), [](QChar c) { return c.isDigit(); }));
            QVERIFY(std::any_of(password.begin(), password.end(), [](QChar c) { return !c.isLetterOrNumber(); }));
            QVERIFY(!password.contains(QRegularExpression("[0O1lI]")));
            seen.insert(password);
        }
        QCOMPARE(seen.size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestUserRules)
#include "test_user_rules.moc"
