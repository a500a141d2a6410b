#include "core/actions/ActionContext.h"
#include "core/audit/Justification.h"
#include "tests/support/MemoryTrail.h"

#include <QSignalSpy>
#include <QTest>

using namespace custos;

// The window's one ActionContext with a fake step-up and no server: what the gate says as the ledger, the roles and
// the platform's answer change; the last check before an action starts; one browser round for every operation that
// asks while a step-up runs; and a step-up's answer checked like any sign-in.
class TestActionContext : public QObject
{
    Q_OBJECT
private:
    Operator m_operator;
    // The step-ups asked of the browser, answered by the test.
    QList<std::function<void(const Status&)>> m_browserRounds;

    std::unique_ptr<ActionContext> context()
    {
        return std::make_unique<ActionContext>(
            [this] { return m_operator; },
            [this](const QString&, QObject*, std::function<void(const Status&)> done) {
                m_browserRounds.append(std::move(done));
            });
    }

    static Justification justified() { return Justification{QStringLiteral("left the company"), {}, {}}; }

private slots:
    void init()
    {
        m_operator = Operator{QStringLiteral("u-1"),
                              QStringLiteral("alice"),
                              {QStringLiteral("manage-users"), QStringLiteral("query-clients")},
                              QDateTime::currentDateTimeUtc().addSecs(-3600)};
        m_browserRounds.clear();
    }

    void theGateFollowsTheLedgerAndTheOperator()
    {
        auto actions = context();
        QSignalSpy changed(actions.get(), &ActionContext::accessChanged);
        QVERIFY2(actions->gate().whyNot(ActionId::UserUnlock, {1, {}}).contains(QStringLiteral("audit ledger")),
                 qPrintable(actions->gate().whyNot(ActionId::UserUnlock, {1, {}})));
        test::MemoryTrail trail;
        actions->setAuditTrail(&trail);
        QCOMPARE(changed.size(), 1);
        QVERIFY(actions->writeBlockedReason().isEmpty());
        QCOMPARE(actions->gate().whyNot(ActionId::UserUnlock, {1, {}}), QString());
        // The roles are read afresh: a role taken away shows at the next question.
        m_operator.roles.clear();
        actions->operatorChanged();
        QCOMPARE(changed.size(), 2);
        QVERIFY(actions->gate().whyNot(ActionId::UserUnlock, {1, {}}).contains(QStringLiteral("manage-users")));
        actions->setAuditUnavailable(QStringLiteral("it is locked by another process"));
        QVERIFY(actions->writeBlockedReason().contains(QStringLiteral("it is locked by another process")));
    }

    void thePlatformsAnswerGatesItsPages()
    {
        auto actions = context();
        QVERIFY(!actions->gate().platformAnswered());
        actions->setPlatformUnknown(QStringLiteral("the platform did not answer"));
        QVERIFY(actions->gate().platformAnswered());
        QVERIFY(actions->gate().whyNot(ActionId::TenantsView).contains(QStringLiteral("the platform did not answer")));
        PlatformIdentity tenantAdmin;
        tenantAdmin.tenantId = QStringLiteral("t-1");
        tenantAdmin.permissions = {QStringLiteral("tenants:read:own")};
        actions->setPlatformIdentity(tenantAdmin);
        QVERIFY(actions->hasPlatformIdentity());
        QVERIFY(actions->ownTenantOnly());
        QCOMPARE(actions->gate().whyNot(ActionId::TenantsView), QString());
    }

    void nothingStartsWithoutTheLedgerOrAJustificationThatMeetsThePolicy()
    {
        auto actions = context();
        int ran = 0;
        QString why;
        const auto run = [&](const Justification& justification) {
            why.clear();
            actions->whenAllowed(
                ActionId::UserOffboard, justification, [&ran] { ++ran; },
                [&why](const Error& error) { why = error.userMessage(); });
        };
        run(justified());
        QCOMPARE(ran, 0);
        QVERIFY2(why.contains(QStringLiteral("audit ledger")), qPrintable(why));
        test::MemoryTrail trail;
        actions->setAuditTrail(&trail);
        actions->setJustificationPolicy(JustificationPolicy{QStringLiteral("^INC-[0-9]+$"), true});
        run(justified());
        QCOMPARE(ran, 0);
        QVERIFY2(why.contains(QStringLiteral("ticket")), qPrintable(why));
        run(Justification{QStringLiteral("left the company"), QStringLiteral("INC-42"), {}});
        QCOMPARE(ran, 1);
        QVERIFY(why.isEmpty());
    }

    void everyOperationWaitingOnAStepUpSharesOneBrowserRound()
    {
        auto actions = context();
        const OperationStepUp stepUp = actions->operationStepUp();
        QList<Result<Operator>> answers;
        QObject first;
        QObject second;
        stepUp(QStringLiteral("reset otto's MFA"), &first,
               [&answers](const Result<Operator>& answer) { answers.append(answer); });
        stepUp(QStringLiteral("reset bob's MFA"), &second,
               [&answers](const Result<Operator>& answer) { answers.append(answer); });
        QCOMPARE(m_browserRounds.size(), 1);
        m_operator.authTime = QDateTime::currentDateTimeUtc();
        m_browserRounds.takeFirst()(success());
        QCOMPARE(answers.size(), 2);
        QVERIFY(answers.at(0).ok() && answers.at(1).ok());
        QCOMPARE(answers.at(0)->authTime, m_operator.authTime);
        // Authenticated moments ago: the next one asks nobody.
        stepUp(QStringLiteral("reset eve's MFA"), &first,
               [&answers](const Result<Operator>& answer) { answers.append(answer); });
        QCOMPARE(m_browserRounds.size(), 0);
        QCOMPARE(answers.size(), 3);
    }

    void anAbandonedStepUpAnswersEveryWaiterStillThere()
    {
        auto actions = context();
        const OperationStepUp stepUp = actions->operationStepUp();
        QList<Result<Operator>> answers;
        QObject kept;
        auto* gone = new QObject;
        stepUp({}, &kept, [&answers](const Result<Operator>& answer) { answers.append(answer); });
        stepUp({}, gone, [&answers](const Result<Operator>& answer) { answers.append(answer); });
        delete gone; // its dialog was closed meanwhile
        m_browserRounds.takeFirst()(
            Error::cancelled(QStringLiteral("Step-up cancelled"), QStringLiteral("the browser window was closed")));
        QCOMPARE(answers.size(), 1);
        QVERIFY(!answers.first().ok());
        QCOMPARE(answers.first().error().kind, Error::Kind::Cancelled);
    }

    void aStepUpIsCheckedLikeAnySignIn()
    {
        // The profile asks for a second factor; the browser came back with a password-only sign-in.
        m_operator.requiredAcr = QStringLiteral("2");
        m_operator.acr = QStringLiteral("1");
        auto actions = context();
        std::optional<Result<Operator>> answer;
        QObject dialog;
        actions->confirmIdentity(ActionId::LedgerErasePersonalData, QStringLiteral("Erasing personal data"), {},
                                 &dialog, [&answer](const Result<Operator>& a) { answer = a; });
        QCOMPARE(m_browserRounds.size(), 1);
        m_operator.authTime = QDateTime::currentDateTimeUtc();
        m_browserRounds.takeFirst()(success());
        QVERIFY(answer.has_value() && !answer->ok());
        QVERIFY2(answer->error().what.contains(QStringLiteral("stronger sign-in")), qPrintable(answer->error().what));
        // With the second factor it passes, and without another browser round.
        m_operator.acr = QStringLiteral("2");
        answer.reset();
        actions->confirmIdentity(ActionId::LedgerErasePersonalData, QStringLiteral("Erasing personal data"), {},
                                 &dialog, [&answer](const Result<Operator>& a) { answer = a; });
        QCOMPARE(m_browserRounds.size(), 0);
        QVERIFY(answer.has_value() && answer->ok());
    }
};

QTEST_GUILESS_MAIN(TestActionContext)
#include "test_action_context.moc"
