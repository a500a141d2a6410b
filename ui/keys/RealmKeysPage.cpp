#include "ui/keys/RealmKeysPage.h"

#include "core/actions/ActionContext.h"
#include "core/keycloak/KeycloakAdmin.h"
#include "core/x509/CertificateBundle.h"
#include "ui/keys/KeyRotationPanel.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/widgets/AccessNotice.h"
#include "ui/widgets/ActionBar.h"
#include "ui/widgets/HeaderStateKeeper.h"
#include "ui/widgets/Shortcuts.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonObject>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace custos {
namespace {

enum Column {
    StatusColumn,
    AlgorithmColumn,
    TypeColumn,
    UseColumn,
    KidColumn,
    ProviderColumn,
    PriorityColumn,
    ValidColumn,
    ColumnCount
};

int statusOrder(const QString& status)
{
    if (status == u"ACTIVE")
        return 0;
    if (status == u"PASSIVE")
        return 1;
    return 2;
}

// "until 2036-01-02" from the key's certificate, or Keycloak's validTo, or nothing for a symmetric key.
QString validity(const RealmKey& key)
{
    const QLocale locale;
    if (!key.certificateDer.isEmpty()) {
        if (const auto bundle = CertificateBundle::fromDer(key.certificateDer); bundle.ok())
            return QObject::tr("%1 – %2").arg(
                locale.toString(bundle->leaf().notBefore.toLocalTime().date(), QLocale::ShortFormat),
                locale.toString(bundle->leaf().notAfter.toLocalTime().date(), QLocale::ShortFormat));
        return QObject::tr("certificate unreadable");
    }
    if (key.validTo.isValid())
        return QObject::tr("until %1").arg(locale.toString(key.validTo.toLocalTime().date(), QLocale::ShortFormat));
    return QObject::tr("no certificate");
}

} // namespace

RealmKeysPage::RealmKeysPage(ActionContext* actions, RealmKeysApi* keys, KeycloakAdmin* admin, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_keys(keys)
    , m_admin(admin)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_rotation(new KeyRotationPanel(actions, keys, this))
    , m_outcome(new OutcomeBar(this))
    , m_notice(new AccessNotice(ActionId::RealmKeysView, tr("Your account cannot see the realm's keys."), this))
{
    setObjectName(QStringLiteral("realmKeysPage"));
    m_table->setObjectName(QStringLiteral("realmKeyTable"));
    m_table->setAccessibleName(tr("Realm keys"));
    m_table->setHorizontalHeaderLabels({tr("Status"), tr("Algorithm"), tr("Type"), tr("Use"), tr("Kid"), tr("Provider"),
                                        tr("Priority"), tr("Certificate validity")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_columnsSized = HeaderStateKeeper::keep(m_table);
    auto* toolBar = new ActionBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* refresh = toolBar->addAction(tr("Re&fresh"));
    refresh->setObjectName(QStringLiteral("refreshKeysAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(Shortcuts::withShortcut(tr("Read the realm's keys again"), refresh->shortcut()));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_outcome);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_rotation);
    connect(refresh, &QAction::triggered, this, &RealmKeysPage::reload);
    connect(m_rotation, &KeyRotationPanel::keysChanged, this, &RealmKeysPage::reload);
    connect(m_actions, &ActionContext::accessChanged, this, [this] {
        const bool readable = m_actions->gate().allows(ActionId::RealmKeysView);
        if (m_shownFor != (readable ? m_actions->currentOperator().id : QString()))
            reload();
    });
    m_refresh = refresh;
}

void RealmKeysPage::reload()
{
    const quint64 generation = ++m_generation;
    // Asked only when it can be answered: otherwise one line says why, instead of a refusal per request.
    const bool readable = m_notice->update(m_actions->gate());
    m_shownFor = readable ? m_actions->currentOperator().id : QString();
    m_refresh->setEnabled(readable);
    m_table->setVisible(readable);
    m_rotation->setVisible(readable);
    if (!readable)
        return;
    m_keys->keys(this, [this, generation](const Result<RealmKeys>& keys) {
        if (generation != m_generation)
            return;
        if (!keys.ok())
            return m_outcome->showError(keys.error());
        loadProviders(keys.value());
    });
    loadLifetimes();
}

void RealmKeysPage::loadProviders(const RealmKeys& keys)
{
    const quint64 generation = m_generation;
    m_keys->providers(this, [this, generation, keys](const Result<QList<KeyProvider>>& providers) {
        if (generation != m_generation)
            return;
        // The keys are worth showing without the providers' names (reading components needs view-realm).
        if (!providers.ok())
            m_outcome->showError(providers.error());
        showKeys(keys, providers.ok() ? providers.value() : QList<KeyProvider>{});
    });
}

void RealmKeysPage::showKeys(const RealmKeys& keys, const QList<KeyProvider>& providers)
{
    QList<RealmKey> sorted = keys.keys;
    std::stable_sort(sorted.begin(), sorted.end(), [](const RealmKey& a, const RealmKey& b) {
        if (statusOrder(a.status) != statusOrder(b.status))
            return statusOrder(a.status) < statusOrder(b.status);
        if (a.algorithm != b.algorithm)
            return a.algorithm < b.algorithm;
        return a.providerPriority > b.providerPriority;
    });
    m_table->setRowCount(int(sorted.size()));
    for (int row = 0; row < sorted.size(); ++row) {
        const RealmKey& key = sorted.at(row);
        QString provider = key.providerId;
        for (const KeyProvider& candidate : providers)
            if (candidate.id == key.providerId)
                provider = tr("%1 (%2)").arg(candidate.name, candidate.providerId);
        const QStringList cells{
            key.status,   key.algorithm, key.type, key.use, key.kid, provider, QString::number(key.providerPriority),
            validity(key)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (key.status != u"ACTIVE")
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    if (!m_columnsSized && m_table->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }
    m_rotation->setKeys(keys, providers);
}

void RealmKeysPage::loadLifetimes()
{
    if (!m_admin)
        return m_rotation->setLifetimes({}, tr("The realm's token lifetimes are not available here."));
    m_admin->getJson(m_admin->adminUrl({}), tr("Could not read the realm's token lifetimes"),
                     QStringLiteral("view-realm"), this, [this](const Result<QJsonValue>& realm) {
                         if (!realm.ok())
                             return m_rotation->setLifetimes({}, realm.error().userMessage());
                         const QJsonObject object = realm->toObject();
                         KeyRotationPanel::Lifetimes lifetimes;
                         lifetimes.accessToken = object.value(QStringLiteral("accessTokenLifespan")).toInteger();
                         lifetimes.ssoIdle = object.value(QStringLiteral("ssoSessionIdleTimeout")).toInteger();
                         lifetimes.ssoMax = object.value(QStringLiteral("ssoSessionMaxLifespan")).toInteger();
                         lifetimes.known = lifetimes.accessToken > 0;
                         m_rotation->setLifetimes(
                             lifetimes,
                             lifetimes.known ? QString() : tr("The realm does not report its token lifetimes."));
                     });
}

} // namespace custos
