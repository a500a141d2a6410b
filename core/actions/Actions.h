#pragma once

#include "core/common/Result.h"
#include "core/users/UserAction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QObject;

namespace custos {

struct Operator;

// Every action of the console that a page enables or disables, and every page read that may be refused. The
// table in Actions.cpp says once what each one needs; ActionGate answers from it.
enum class ActionId {
    // Users (Keycloak)
    UserCreate,
    UserChangeAccess,
    UserOffboard,
    UserResetMfa,
    UserResetPassword,
    UserUnlock,
    UserSendActionsEmail,
    UserRevokeSession,
    UserBulkCsv, // the File menu's bulk run from a CSV file
    // What a user's detail shows: Keycloak filters what a token may not read instead of refusing it.
    UserRealmRolesView,
    UserAdminRolesView,
    UserEventsView,
    // Who holds a role: directly, through groups (and parent groups) and through composite roles.
    RoleHoldersView,
    // Tenants (the platform) and their Keycloak organizations
    TenantsView,
    TenantCreate,
    TenantSuspend,
    TenantReactivate,
    TenantDelete,
    OrganizationMemberAdd,
    OrganizationMemberRemove,
    // Certificates (the platform)
    PlatformCertificatesView,
    PlatformCertificateStage,
    PlatformCertificateActivate,
    PlatformCertificateRestore,
    PlatformCertificateDiscard,
    TenantCaView,
    TenantCaStage,
    TenantCaActivate,
    TenantCaDelete,
    // Realm keys (Keycloak)
    RealmKeysView,
    RealmKeyRotate,
    // The local audit ledger
    LedgerErasePersonalData,
};

// What must be selected for an action to apply. ActionGate::Selection::count is the number of such objects.
enum class SelectionNeed { None, OneUser, SomeUsers, Tenant, Certificate, TenantCaCertificate, Member };

// How recently and how strongly the operator must have authenticated (a step-up in the browser renews both). Not
// required: no step-up. A max age of 0: a fresh authentication every time. An empty acr: whatever the operator's
// profile asks of a step-up (Operator::requiredAcr).
struct StepUpPolicy
{
    Q_DECLARE_TR_FUNCTIONS(custos::StepUpPolicy)

public:
    bool required = false;
    int maxAgeSeconds = 0;
    QString acr;

    // The acr an authentication must reach for `actor`: this entry's, else their profile's; empty when none is.
    [[nodiscard]] QString requiredAcr(const Operator& actor) const;
    // True when the operator's last authentication is both recent enough at `now` and strong enough: checked on
    // every run, whether or not a step-up just happened.
    [[nodiscard]] bool satisfiedBy(const Operator& actor, const QDateTime& now) const;
    // Why `actor` does not satisfy the policy at `now` for `actionName` (too weak, or too long ago), in plain words.
    [[nodiscard]] Error unmet(const Operator& actor, const QDateTime& now, const QString& actionName) const;
    [[nodiscard]] bool isRecent(const QDateTime& authTime, const QDateTime& now) const;
    // Whether `presented` is at least `required` (acr_values: one or more accepted values). A numeric acr is a
    // Keycloak level of authentication (acr.loa.map): a higher level satisfies a lower one. Fails closed: no acr
    // presented never satisfies one required.
    [[nodiscard]] static bool acrAtLeast(const QString& presented, const QString& required);
};

// A fresh authentication in the browser before an action behind step-up; `done` runs once with the outcome, on
// `context`. The window's SignInController provides it; every page and controller takes this one.
using StepUp = std::function<void(const QString& reason, QObject* context, std::function<void(const Status&)> done)>;

// What an operation asks when it needs a step-up: `done` runs once, on `context`, with the operator as they are now
// authenticated (authTime, acr), or with why they did not. ActionContext makes one from the window's StepUp.
using OperationStepUp =
    std::function<void(const QString& reason, QObject* context, std::function<void(const Result<Operator>&)> done)>;

// The one step-up window of the console: an action behind step-up runs without asking again when the operator
// authenticated this recently.
inline constexpr int stepUpMaxAgeSeconds = 300;

// Who must agree before the action runs. Empty for now: a later issue fills it (four-eyes, ticket, reason).
struct ApprovalPolicy
{
    [[nodiscard]] bool isEmpty() const { return true; }
};

// One row of the table. Each inner list of `roles` and `scopes` is a choice (any one of its names will do); all
// the lists are needed. A scope ending in ":own" counts only for the operator's own tenant.
struct ActionSpec
{
    ActionId id;
    QString key;               // stable name, for tests and logs: "user.change-access"
    QList<QStringList> roles;  // realm-management roles (effective, from the access token)
    QList<QStringList> scopes; // platform permissions (GET /me)
    SelectionNeed selection = SelectionNeed::None;
    StepUpPolicy stepUp;
    bool needsLedger = false; // every change is recorded in the audit ledger first
    ApprovalPolicy approval;
};

// The whole table, in ActionId order.
[[nodiscard]] const QList<ActionSpec>& actionTable();
[[nodiscard]] const ActionSpec& actionSpec(ActionId id);
// The gate's entry for a user action of the users page and the bulk dialog.
[[nodiscard]] ActionId actionOf(UserAction action);

} // namespace custos
