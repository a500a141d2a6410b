#pragma once

// What the tenants and certificates GUI tests share: the devstack, a real ledger on a temporary file, and one
// signed-in console per demo user (a real password-grant session against Keycloak and the platform), each with
// the ActionContext and PlatformContext the pages are built on.
#include "core/common/Result.h"
#include "core/ledger/LedgerRecord.h"
#include "core/platform/PlatformTypes.h"
#include "core/users/Operator.h"
#include "tests/support/Await.h"
#include "tests/support/DevStack.h"

#include <QDateTime>
#include <QObject>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class QWidget;

namespace custos {

class ActionContext;
class ApiClient;
class HttpClient;
class KeycloakAdmin;
class LedgerAuditTrail;
class OrganizationsApi;
class PlatformApi;
class PlatformContext;
class RealmKeysApi;
class UsersApi;

namespace test {
class ServiceAccount;
class UserToken;
} // namespace test

struct TestConsole
{
    test::UserToken* token = nullptr;
    KeycloakAdmin* admin = nullptr;
    PlatformApi* platform = nullptr;
    OrganizationsApi* organizations = nullptr;
    RealmKeysApi* keys = nullptr;
    UsersApi* users = nullptr;
    ActionContext* actions = nullptr; // who acts and what they may do, as the window has it
    PlatformContext* context = nullptr;
    Operator actor;  // what the context hands to operations; tests age authTime to force a step-up
    int stepUps = 0; // how often the context asked for a step-up
};

class PlatformConsoleFixture : public QObject
{
    Q_OBJECT
public:
    static constexpr int serverWait = 60000;

    explicit PlatformConsoleFixture(QObject* parent = nullptr);
    ~PlatformConsoleFixture() override;

    // Empty when everything is ready, otherwise why not.
    [[nodiscard]] QString setUp();
    // A console for `username` whose context knows its platform roles and records to the ledger.
    [[nodiscard]] std::unique_ptr<TestConsole> console(const QString& username);
    [[nodiscard]] const test::DevStack& stack() const { return m_stack; }
    [[nodiscard]] QString ledgerPath() const { return m_ledgerPath; }
    // The actions recorded in the ledger so far, oldest first.
    [[nodiscard]] QStringList ledgerActions() const;
    // The records themselves, oldest first.
    [[nodiscard]] QList<LedgerRecord> ledgerRecords() const;

    template <typename T, typename Call> static Result<T> await(Call call);

    [[nodiscard]] VersionedTenant tenantBySlug(const TestConsole& console, const QString& slug);

private:
    test::DevStack m_stack;
    QTemporaryDir m_dir;
    QString m_ledgerPath;
    HttpClient* m_http = nullptr;
    test::ServiceAccount* m_account = nullptr;
    LedgerAuditTrail* m_audit = nullptr;
};

// Answers the confirmation `name` that `parent` opened (window-modal, so no nested loop runs) as an operator does:
// its confirm button must be disabled until `reason` (and `ticket`, when given) are typed, then it is clicked.
// Empty when done, otherwise what went wrong.
[[nodiscard]] QString confirmWithReason(QWidget* parent, const QString& name, const QString& reason,
                                        const QString& ticket = {});

} // namespace custos

template <typename T, typename Call> custos::Result<T> custos::PlatformConsoleFixture::await(Call call)
{
    return test::await<T>(std::move(call), serverWait);
}
