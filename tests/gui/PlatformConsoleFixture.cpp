#include "tests/gui/PlatformConsoleFixture.h"

#include "core/actions/ActionContext.h"
#include "core/audit/LedgerAuditTrail.h"
#include "core/auth/Identity.h"
#include "core/http/ApiClient.h"
#include "core/http/HttpClient.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/keycloak/OrganizationsApi.h"
#include "core/keycloak/RealmKeysApi.h"
#include "core/keycloak/UsersApi.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/platform/PlatformApi.h"
#include "tests/support/LedgerRecords.h"
#include "tests/support/ServiceAccount.h"
#include "tests/support/UserToken.h"
#include "ui/tenants/PlatformContext.h"
#include "ui/widgets/ConfirmationDialog.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QUuid>
#include <QWidget>

namespace custos {

PlatformConsoleFixture::PlatformConsoleFixture(QObject* parent)
    : QObject(parent)
{
}

PlatformConsoleFixture::~PlatformConsoleFixture() = default;

QString PlatformConsoleFixture::setUp()
{
    qRegisterMetaType<OperationOutcome>();
    m_stack = test::DevStack::fromEnvironment();
    if (!m_stack.isUp())
        return QStringLiteral("the devstack is not up (CUSTOS_DEVSTACK_DIR/env missing)");
    if (m_stack.value(QStringLiteral("CUSTOS_PLATFORM_URL")).isEmpty())
        return QStringLiteral("the devstack runs no platform service");
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory");
    m_http = new HttpClient(this);
    m_account = new test::ServiceAccount(m_http, m_stack, this);
    m_ledgerPath = m_dir.filePath(QStringLiteral("audit.ledger"));
    auto keys = LedgerKeys::generate();
    if (!keys)
        return keys.error().userMessage();
    LedgerStore::Meta meta;
    meta.origin = QStringLiteral("custos.test/platform-gui");
    meta.publicKey = keys->signingKey().publicKey();
    meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    meta.keyStorage = QStringLiteral("key-file");
    auto store = LedgerStore::create(m_ledgerPath, meta);
    if (!store)
        return store.error().userMessage();
    m_audit = new LedgerAuditTrail(std::move(store).value(), keys.value(), m_ledgerPath, this);
    return {};
}

std::unique_ptr<TestConsole> PlatformConsoleFixture::console(const QString& username)
{
    auto console = std::make_unique<TestConsole>();
    TestConsole* c = console.get();
    c->token = new test::UserToken(
        m_account, username,
        m_stack.value(QStringLiteral("CUSTOS_DEMO_") + username.toUpper() + QStringLiteral("_PASSWORD")), this);
    const auto granted = await<Done>(
        [&](auto done) { c->token->refreshAccessToken(this, [done](const Status& status) { done(status); }); });
    if (!granted.ok())
        qFatal("no token for %s: %s", qPrintable(username), qPrintable(granted.error().userMessage()));
    auto* api = new ApiClient(m_http, c->token, this);
    c->admin = new KeycloakAdmin(api, m_stack.keycloakUrl(), m_stack.realm(), this);
    c->platform = new PlatformApi(api, QUrl(m_stack.value(QStringLiteral("CUSTOS_PLATFORM_URL"))), this);
    c->organizations = new OrganizationsApi(c->admin, this);
    c->keys = new RealmKeysApi(c->admin, this);
    c->users = new UsersApi(c->admin, this);
    const auto me = await<PlatformIdentity>([&](auto done) { c->platform->me(this, done); });
    if (!me.ok())
        qFatal("me: %s", qPrintable(me.error().userMessage()));
    c->actor = Operator{me->sub, me->username, Identity::realmManagementRoles(c->token->accessToken()),
                        QDateTime::currentDateTimeUtc()};
    c->actions = new ActionContext(
        [c] { return c->actor; },
        // The browser step-up, as SignInController does it: the operator authenticates again, authTime is now.
        [c](const QString&, QObject*, std::function<void(const Status&)> done) {
            ++c->stepUps;
            c->actor.authTime = QDateTime::currentDateTimeUtc();
            done(success());
        },
        this);
    c->actions->setAuditTrail(m_audit);
    c->context =
        new PlatformContext(PlatformServices{c->platform, c->organizations, c->users, nullptr}, c->actions, this);
    QSignalSpy known(c->context, &PlatformContext::identityChanged);
    c->context->refreshIdentity();
    if (!known.wait(serverWait) || !c->actions->hasPlatformIdentity())
        qFatal("no platform identity for %s", qPrintable(username));
    return console;
}

QList<LedgerRecord> PlatformConsoleFixture::ledgerRecords() const
{
    return test::ledgerRecords(m_ledgerPath);
}

QStringList PlatformConsoleFixture::ledgerActions() const
{
    QStringList actions;
    for (const LedgerRecord& record : test::ledgerRecords(m_ledgerPath))
        actions.append(record.action);
    return actions;
}

VersionedTenant PlatformConsoleFixture::tenantBySlug(const TestConsole& console, const QString& slug)
{
    const auto found =
        await<std::optional<Tenant>>([&](auto done) { console.platform->tenantBySlug(slug, this, done); });
    if (!found.ok() || !found->has_value())
        return {};
    const auto versioned =
        await<VersionedTenant>([&](auto done) { console.platform->tenant(found->value().id, this, done); });
    return versioned.ok() ? versioned.value() : VersionedTenant{};
}

QString confirmWithReason(QWidget* parent, const QString& name, const QString& reason, const QString& ticket)
{
    auto* dialog = parent->findChild<ConfirmationDialog*>(name);
    if (!dialog || !dialog->isVisible())
        return QStringLiteral("no confirmation %1 is shown").arg(name);
    auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    auto* reasonEdit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
    auto* ticketEdit = dialog->findChild<QLineEdit*>(QStringLiteral("ticketEdit"));
    if (!confirm || !reasonEdit || !ticketEdit)
        return QStringLiteral("%1 asks for no reason").arg(name);
    if (confirm->isEnabled())
        return QStringLiteral("%1 can be confirmed without a reason").arg(name);
    reasonEdit->setPlainText(reason);
    ticketEdit->setText(ticket);
    if (!confirm->isEnabled())
        return QStringLiteral("%1 cannot be confirmed with the reason “%2” and the ticket “%3”")
            .arg(name, reason, ticket);
    confirm->click();
    return {};
}

} // namespace custos
