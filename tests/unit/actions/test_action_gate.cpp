#include "core/actions/ActionGate.h"
#include "core/users/Operator.h"

#include <QTest>

using namespace custos;

// The gate with fake contexts, no server: every rule of the table, and the sentences that name what is missing.
class TestActionGate : public QObject
{
    Q_OBJECT
private:
    static QStringList helpdeskRoles() { return {"view-users", "query-users", "manage-users"}; }
    static QStringList fullUserRoles() { return helpdeskRoles() + QStringList{"query-clients", "view-realm"}; }

    static PlatformIdentity platform(const QStringList& permissions, const QString& tenantId = {},
                                     const QString& claim = {})
    {
        PlatformIdentity identity;
        identity.username = "someone";
        identity.permissions = permissions;
        identity.tenantId = tenantId;
        identity.tenantClaim = claim;
        return identity;
    }

    static ActionGate gateWith(const QStringList& roles, const QStringList& permissions = {})
    {
        ActionGate gate;
        gate.setRoles(roles);
        gate.setPlatformIdentity(platform(permissions));
        return gate;
    }

private slots:
    void theTableHasOneEntryPerActionInOrder()
    {
        const QList<ActionSpec>& table = actionTable();
        QStringList keys;
        for (qsizetype i = 0; i < table.size(); ++i) {
            QCOMPARE(qsizetype(table.at(i).id), i);
            QVERIFY2(!keys.contains(table.at(i).key), qPrintable(table.at(i).key));
            keys.append(table.at(i).key);
            // Reads never need the ledger; every change does (it is recorded there first).
            QCOMPARE(table.at(i).needsLedger, !table.at(i).key.endsWith(QLatin1String(".view")));
            QVERIFY(table.at(i).approval.isEmpty());
        }
        QCOMPARE(table.constLast().id, ActionId::LedgerErasePersonalData);
        for (UserAction action :
             {UserAction::Create, UserAction::ChangeAccess, UserAction::Offboard, UserAction::ResetMfa,
              UserAction::ResetPassword, UserAction::Unlock, UserAction::SendActionsEmail, UserAction::RevokeSession})
            QVERIFY(actionSpec(actionOf(action)).roles.constFirst().contains(QStringLiteral("manage-users")));
    }

    void aMissingRoleIsNamedWithTheRolesHeld()
    {
        const ActionGate auditor = gateWith({"view-users", "query-users"});
        QCOMPARE(auditor.whyNot(ActionId::UserUnlock, {1, {}}),
                 QStringLiteral("Needs the realm-management roles manage-users, query-clients; you have: view-users, "
                                "query-users"));
        QCOMPARE(ActionGate().whyNot(ActionId::UserCreate),
                 QStringLiteral("Needs the realm-management roles manage-users, view-realm; you have: no "
                                "realm-management roles"));
        QVERIFY(!auditor.allows(ActionId::UserCreate));
    }

    // What the guards read is part of what an action needs: the helpdesk's roles alone cannot succeed.
    void theGuardsReadRolesAreNeeded()
    {
        const ActionGate helpdesk = gateWith(helpdeskRoles());
        QCOMPARE(helpdesk.whyNot(ActionId::UserChangeAccess, {1, {}}),
                 QStringLiteral("Needs the realm-management roles query-clients, view-realm; you have: view-users, "
                                "query-users, manage-users"));
        QCOMPARE(helpdesk.whyNot(ActionId::UserCreate),
                 QStringLiteral("Needs the realm-management role view-realm; you have: view-users, query-users, "
                                "manage-users"));
        QVERIFY(helpdesk.whyNot(ActionId::UserResetPassword, {1, {}}).contains(QStringLiteral("role query-clients")));
        QVERIFY(helpdesk.whyNot(ActionId::UserResetMfa, {1, {}}).contains(QStringLiteral("role query-clients")));
        QVERIFY(helpdesk.whyNot(ActionId::UserOffboard, {1, {}}).contains(QStringLiteral("role query-clients")));
        QVERIFY(helpdesk.whyNot(ActionId::UserBulkCsv).contains(QStringLiteral("view-realm")));
        // Unlock, the required-actions e-mail and ending a session are guarded too.
        QVERIFY(helpdesk.whyNot(ActionId::UserUnlock, {1, {}}).contains(QStringLiteral("role query-clients")));
        QVERIFY(helpdesk.whyNot(ActionId::UserSendActionsEmail, {1, {}}).contains(QStringLiteral("query-clients")));
        QVERIFY(helpdesk.whyNot(ActionId::UserRevokeSession, {1, {}}).contains(QStringLiteral("query-clients")));

        const ActionGate full = gateWith(fullUserRoles());
        for (ActionId action : {ActionId::UserCreate, ActionId::UserBulkCsv})
            QVERIFY(full.allows(action));
        for (ActionId action :
             {ActionId::UserChangeAccess, ActionId::UserOffboard, ActionId::UserResetMfa, ActionId::UserResetPassword})
            QVERIFY2(full.allows(action, {1, {}}), qPrintable(actionSpec(action).key));
    }

    void aChoiceOfRolesIsMetByAnyOfThemAndNamedAsAChoice()
    {
        QVERIFY(gateWith({"manage-realm"}).allows(ActionId::OrganizationMemberAdd, {1, {}}));
        QVERIFY(gateWith({"manage-organizations"}).allows(ActionId::OrganizationMemberAdd, {1, {}}));
        QCOMPARE(gateWith({"view-users"}).whyNot(ActionId::OrganizationMemberAdd, {1, {}}),
                 QStringLiteral("Needs the realm-management role manage-realm or manage-organizations; you have: "
                                "view-users"));
    }

    void theSelectionComesLastAndCountsRight()
    {
        const ActionGate full = gateWith(fullUserRoles());
        QCOMPARE(full.whyNot(ActionId::UserResetPassword, {0, {}}), QStringLiteral("Select one user"));
        QCOMPARE(full.whyNot(ActionId::UserResetPassword, {2, {}}), QStringLiteral("Select one user"));
        QCOMPARE(full.whyNot(ActionId::UserOffboard, {0, {}}), QStringLiteral("Select one or more users"));
        QVERIFY(full.allows(ActionId::UserOffboard, {3, {}}));
        QVERIFY(full.allows(ActionId::UserCreate, {0, {}}));
        const ActionGate cpi =
            gateWith({}, {"tenants:write", "platform-certificates:write", "tenant-ca-certificates:write"});
        QCOMPARE(cpi.whyNot(ActionId::TenantSuspend), QStringLiteral("Select a tenant"));
        QCOMPARE(cpi.whyNot(ActionId::PlatformCertificateActivate), QStringLiteral("Select a certificate"));
        QCOMPARE(cpi.whyNot(ActionId::TenantCaActivate), QStringLiteral("Select a CA certificate"));
        QCOMPARE(gateWith({"manage-realm"}).whyNot(ActionId::OrganizationMemberRemove),
                 QStringLiteral("Select a member"));
        // A missing role is named before the selection.
        QVERIFY(gateWith({}).whyNot(ActionId::UserOffboard).contains(QStringLiteral("manage-users")));
    }

    void theLedgerBlocksChangesButNotReads()
    {
        ActionGate gate = gateWith(fullUserRoles(), {"tenants:read", "tenants:write"});
        gate.setLedgerBlocked(QStringLiteral("The audit ledger is not open: locked by another process."));
        QCOMPARE(gate.whyNot(ActionId::UserUnlock, {1, {}}),
                 QStringLiteral("The audit ledger is not open: locked by another process."));
        QCOMPARE(gate.whyNot(ActionId::TenantCreate),
                 QStringLiteral("The audit ledger is not open: locked by another process."));
        QVERIFY(gate.allows(ActionId::TenantsView));
        // The role is named before the ledger: getting the role is what the operator can act on.
        gate.setRoles({});
        QVERIFY(gate.whyNot(ActionId::UserUnlock, {1, {}}).contains(QStringLiteral("manage-users")));
    }

    // Who holds a role reads roles, composites and group members: the IAM operator's composite has what it needs;
    // the auditor's and the helpdesk's do not, and the gate names what is missing.
    void roleHoldersNeedTheRoleAndMemberReads()
    {
        QVERIFY(gateWith(fullUserRoles()).allows(ActionId::RoleHoldersView));
        QCOMPARE(
            gateWith({"view-users", "query-users", "query-groups", "view-events"}).whyNot(ActionId::RoleHoldersView),
            QStringLiteral("Needs the realm-management roles view-realm, query-clients; you have: view-users, "
                           "query-users, query-groups, view-events"));
        QCOMPARE(gateWith(helpdeskRoles() + QStringList{"query-clients"}).whyNot(ActionId::RoleHoldersView),
                 QStringLiteral("Needs the realm-management role view-realm; you have: view-users, query-users, "
                                "manage-users, query-clients"));
        QVERIFY(!gateWith({"view-realm", "query-clients"}).allows(ActionId::RoleHoldersView));
        QVERIFY(!actionSpec(ActionId::RoleHoldersView).needsLedger);
    }

    void aMissingScopeIsNamed()
    {
        const ActionGate viewer =
            gateWith({"view-users", "query-users"},
                     {"tenants:read", "platform-certificates:read", "tenant-ca-certificates:read", "audit:read"});
        QVERIFY(viewer.allows(ActionId::TenantsView));
        QVERIFY(viewer.allows(ActionId::PlatformCertificatesView));
        QVERIFY(viewer.allows(ActionId::TenantCaView));
        QCOMPARE(viewer.whyNot(ActionId::TenantCreate),
                 QStringLiteral("Needs the platform scope tenants:write; a platform administrator can grant it."));
        QVERIFY(
            viewer.whyNot(ActionId::PlatformCertificateStage).contains(QStringLiteral("platform-certificates:write")));
        QVERIFY(
            viewer.whyNot(ActionId::TenantCaStage, {1, "t1"}).contains(QStringLiteral("tenant-ca-certificates:write")));

        const ActionGate nobody = gateWith(helpdeskRoles(), {});
        QCOMPARE(nobody.missingAccess(ActionId::TenantsView),
                 QStringLiteral("Needs the platform scope tenants:read; a platform administrator can grant it."));
        QVERIFY(nobody.missingAccess(ActionId::PlatformCertificatesView).contains("platform-certificates:read"));
        QVERIFY(nobody.missingAccess(ActionId::RealmKeysView).contains("role view-realm"));
    }

    void anOwnScopeCoversOnlyTheOwnTenant()
    {
        ActionGate tina;
        tina.setPlatformIdentity(
            platform({"tenants:read:own", "tenant-ca-certificates:read:own", "tenant-ca-certificates:write:own"},
                     "t-acme", "acme"));
        QVERIFY(tina.allows(ActionId::TenantsView));
        QVERIFY(tina.allows(ActionId::TenantCaView));
        QVERIFY(tina.allows(ActionId::TenantCaStage, {1, "t-acme"}));
        QCOMPARE(tina.whyNot(ActionId::TenantCaStage, {1, "t-other"}),
                 QStringLiteral("Needs the platform scope tenant-ca-certificates:write: with "
                                "tenant-ca-certificates:write:own you manage only your own tenant (acme)."));
        QVERIFY(!tina.allows(ActionId::TenantCreate));
        QVERIFY(!tina.allows(ActionId::PlatformCertificatesView));
    }

    // Erasure deletes evidence: a realm admin's right, behind step-up; the operator and the auditor are refused.
    void erasureNeedsManageEventsAndManageUsersAndStepUp()
    {
        QCOMPARE(gateWith(helpdeskRoles()).whyNot(ActionId::LedgerErasePersonalData),
                 QStringLiteral("Needs the realm-management role manage-events; you have: view-users, query-users, "
                                "manage-users"));
        QVERIFY(gateWith({"view-users", "query-users", "query-groups", "view-events"})
                    .whyNot(ActionId::LedgerErasePersonalData)
                    .contains(QStringLiteral("manage-events, manage-users")));
        QVERIFY(gateWith({"manage-events", "manage-users"}).allows(ActionId::LedgerErasePersonalData));
        QVERIFY(actionSpec(ActionId::LedgerErasePersonalData).stepUp.required);
    }

    void unknownPlatformScopesAllowNothingThatNeedsOne()
    {
        ActionGate gate;
        gate.setRoles({"manage-realm", "view-realm"});
        QVERIFY(!gate.platformAnswered());
        QCOMPARE(gate.whyNot(ActionId::TenantsView), QStringLiteral("Your platform scopes are not known yet."));
        gate.setPlatformUnknown(QStringLiteral("The platform did not answer."));
        QVERIFY(gate.platformAnswered());
        QCOMPARE(gate.whyNot(ActionId::TenantCreate),
                 QStringLiteral("Your platform scopes could not be read: The platform did not answer."));
        // Keycloak's own actions do not wait for the platform.
        QVERIFY(gate.allows(ActionId::RealmKeysView));
        QVERIFY(gate.allows(ActionId::RealmKeyRotate));
        gate.setPlatformIdentity(platform({"tenants:read"}));
        QVERIFY(gate.allows(ActionId::TenantsView));
    }

    void stepUpPolicies()
    {
        const QDateTime now = QDateTime::fromString("2026-12-06T10:00:00Z", Qt::ISODate);
        const auto signedIn = [](const QDateTime& authTime, const QString& acr = {}, const QString& requiredAcr = {}) {
            Operator actor;
            actor.authTime = authTime;
            actor.acr = acr;
            actor.requiredAcr = requiredAcr;
            return actor;
        };
        const StepUpPolicy& mfa = actionSpec(ActionId::UserResetMfa).stepUp;
        QVERIFY(mfa.required);
        QCOMPARE(mfa.maxAgeSeconds, stepUpMaxAgeSeconds);
        QVERIFY(mfa.satisfiedBy(signedIn(now.addSecs(-(stepUpMaxAgeSeconds - 1))), now));
        QVERIFY(!mfa.satisfiedBy(signedIn(now.addSecs(-stepUpMaxAgeSeconds)), now));
        QVERIFY(!mfa.satisfiedBy(signedIn({}), now));
        QVERIFY(!mfa.satisfiedBy(signedIn(now.addSecs(60)), now)); // a clock that disagrees is not fresh
        for (ActionId id : {ActionId::PlatformCertificateActivate, ActionId::PlatformCertificateRestore,
                            ActionId::PlatformCertificateDiscard})
            QCOMPARE(actionSpec(id).stepUp.maxAgeSeconds, stepUpMaxAgeSeconds);
        QVERIFY(!actionSpec(ActionId::UserUnlock).stepUp.required);
        QVERIFY(actionSpec(ActionId::UserUnlock).stepUp.satisfiedBy(signedIn({}), now));
        const StepUpPolicy gold{true, 300, QStringLiteral("gold")};
        QVERIFY(gold.satisfiedBy(signedIn(now.addSecs(-10), QStringLiteral("gold")), now));
        QVERIFY(!gold.satisfiedBy(signedIn(now.addSecs(-10), QStringLiteral("silver")), now));
    }

    // The profile's acrValues is required on every run, however recent the sign-in: a password-only sign-in
    // (Keycloak's acr "1") a minute ago does not allow an MFA reset when the profile asks for "2".
    void stepUpNeedsTheProfilesAcrAsWellAsARecentSignIn()
    {
        const QDateTime now = QDateTime::fromString("2026-12-06T10:00:00Z", Qt::ISODate);
        const StepUpPolicy& mfa = actionSpec(ActionId::UserResetMfa).stepUp;
        Operator actor;
        actor.authTime = now.addSecs(-60);
        actor.requiredAcr = QStringLiteral("2");
        QCOMPARE(mfa.requiredAcr(actor), QStringLiteral("2"));
        actor.acr = QStringLiteral("1");
        QVERIFY(!mfa.satisfiedBy(actor, now));
        actor.acr.clear(); // no acr at all is never enough
        QVERIFY(!mfa.satisfiedBy(actor, now));
        actor.acr = QStringLiteral("2");
        QVERIFY(mfa.satisfiedBy(actor, now));
        actor.acr = QStringLiteral("3"); // a higher level of authentication satisfies a lower one
        QVERIFY(mfa.satisfiedBy(actor, now));
        actor.authTime = now.addSecs(-stepUpMaxAgeSeconds); // strong but too old
        QVERIFY(!mfa.satisfiedBy(actor, now));
        // An entry's own acr wins over the profile's.
        const StepUpPolicy gold{true, 300, QStringLiteral("gold")};
        QCOMPARE(gold.requiredAcr(actor), QStringLiteral("gold"));
    }

    void acrComparison_data()
    {
        QTest::addColumn<QString>("presented");
        QTest::addColumn<QString>("required");
        QTest::addColumn<bool>("enough");
        QTest::newRow("nothing required") << QString() << QString() << true;
        QTest::newRow("none presented") << QString() << "1" << false;
        QTest::newRow("same level") << "2"
                                    << "2" << true;
        QTest::newRow("lower level") << "1"
                                     << "2" << false;
        QTest::newRow("higher level") << "3"
                                      << "2" << true;
        QTest::newRow("one of the accepted names") << "gold"
                                                   << "silver gold" << true;
        QTest::newRow("a name is not ordered") << "platinum"
                                               << "gold" << false;
        QTest::newRow("a name never meets a level") << "gold"
                                                    << "2" << false;
        QTest::newRow("a level never meets a name") << "9"
                                                    << "gold" << false;
        QTest::newRow("lowest accepted level") << "2"
                                               << "3 2" << true;
    }

    void acrComparison()
    {
        QFETCH(QString, presented);
        QFETCH(QString, required);
        QFETCH(bool, enough);
        QCOMPARE(StepUpPolicy::acrAtLeast(presented, required), enough);
    }
};

QTEST_GUILESS_MAIN(TestActionGate)
#include "test_action_gate.moc"
