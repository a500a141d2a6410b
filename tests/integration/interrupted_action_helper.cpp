// A console process that runs one real action as alice against the devstack, with a real ledger opened from its
// key file.
// - joiner, leaver: it is killed (SIGKILL) right after the action's intent is durable, before the action's first
//   call to Keycloak: what a crash, an OOM kill or a power cut between intent and outcome leaves behind. The seam is
//   the AuditTrail the operation is given, which the console injects like every other service.
// - reset: a password reset, run to its end; prints "outcome <refused 0|1> <what> — <why>", or "ledger refused
//   <why>" when the ledger cannot even be opened (the window then refuses every action), and exits 0. The test
//   runs it with the ledger's directory mounted read-only.
//
//   interrupted_action_helper <ledger> <key file> joiner|leaver|reset <username>
//   CUSTOS_DEVSTACK_DIR (the devstack) and CUSTOS_TEST_LEDGER_PASSPHRASE (the key file's) in the environment.

#include "core/audit/ActionRecord.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/UserAccessApi.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/users/Operations.h"
#include "tests/support/DevStack.h"
#include "tests/support/ServiceAccount.h"
#include "tests/support/UserToken.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace custos;

namespace {

// Passes every record to the ledger; once an intent is durable, the process dies on the spot.
class DieAfterIntent : public AuditTrail
{
public:
    explicit DieAfterIntent(AuditTrail* ledger)
        : AuditTrail(ledger)
        , m_ledger(ledger)
    {
    }

    void recordWithSeq(const QJsonObject& entry, QObject* context,
                       std::function<void(const Result<qint64>&)> done) override
    {
        const bool intent = ActionRecord::isIntent(entry);
        m_ledger->recordWithSeq(entry, context, [intent, done = std::move(done)](const Result<qint64>& seq) {
            if (intent && seq.ok())
                ::kill(::getpid(), SIGKILL);
            done(seq);
        });
    }

private:
    AuditTrail* m_ledger;
};

[[noreturn]] void quit(const char* why)
{
    std::fprintf(stderr, "interrupted_action_helper: %s\n", why);
    std::exit(2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5 || !QStringList{"joiner", "leaver", "reset"}.contains(args.at(3)))
        quit("usage: interrupted_action_helper <ledger> <key file> joiner|leaver|reset <username>");
    const QString ledger = args.at(1);
    const QString keyFile = args.at(2);
    const QString mode = args.at(3);
    const QString username = args.at(4);

    const test::DevStack stack = test::DevStack::fromEnvironment();
    if (!stack.isUp())
        quit("the devstack is not up");
    auto* http = new HttpClient(&app);
    auto* account = new test::ServiceAccount(http, stack, &app);
    auto* alice = new test::UserToken(account, "alice", stack.value("CUSTOS_DEMO_ALICE_PASSWORD"), &app);
    auto* admin = new KeycloakAdmin(new ApiClient(http, alice, &app), stack.keycloakUrl(), stack.realm(), &app);
    auto* users = new UsersApi(admin, &app);
    auto* access = new UserAccessApi(admin, &app);
    auto* security = new UserSecurityApi(admin, &app);

    alice->refreshAccessToken(&app, [&](const Status& signedIn) {
        if (!signedIn.ok())
            quit("alice cannot sign in");
        LedgerAuditTrail::openWithKeyFile(
            ledger, "custos.test/interrupted", keyFile, qgetenv("CUSTOS_TEST_LEDGER_PASSPHRASE"), &app,
            [&](const Result<LedgerAuditTrail*>& trail) {
                if (!trail.ok() && mode == u"reset") {
                    std::printf("ledger refused %s\n", qPrintable(trail.error().why));
                    std::exit(0);
                }
                if (!trail.ok())
                    quit("the ledger cannot be opened");
                if (mode == u"reset") {
                    const UserServices services{users, access, security, trail.value(), {}};
                    auto* reset =
                        new PasswordResetOperation(services, alice->asOperator(), UserRef{{}, username}, &app);
                    QObject::connect(reset, &AuditedOperation::finished, &app, [](const OperationOutcome& outcome) {
                        std::printf("outcome %d %s — %s\n", outcome.refused ? 1 : 0, qPrintable(outcome.error.what),
                                    qPrintable(outcome.error.why));
                        std::exit(0);
                    });
                    return reset->start();
                }
                const UserServices services{users, access, security, new DieAfterIntent(trail.value()), {}};
                UserOperation* operation = nullptr;
                if (mode == u"joiner") {
                    JoinerRequest request;
                    request.username = username;
                    request.email = username + "@example.org";
                    request.firstName = "Interrupted";
                    request.lastName = "Joiner";
                    operation = new JoinerOperation(services, alice->asOperator(), request, &app);
                } else {
                    operation = new LeaverOperation(services, alice->asOperator(), UserRef{{}, username}, false, &app);
                }
                QObject::connect(operation, &AuditedOperation::finished, &app,
                                 [] { quit("the operation finished: the process was not killed after its intent"); });
                operation->start();
            });
    });
    return app.exec();
}
