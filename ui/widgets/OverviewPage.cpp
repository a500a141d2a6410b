#include "ui/widgets/OverviewPage.h"

#include "core/auth/Session.h"
#include "core/keycloak/UsersApi.h"
#include "ui/widgets/Shortcuts.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {

OverviewPage::OverviewPage(Session* session, UsersApi* users, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_users(users)
    , m_identity(new QLabel(this))
    , m_roles(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_persistence(new QLabel(this))
    , m_userCount(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_roles->setObjectName(QStringLiteral("rolesLabel"));
    m_roles->setWordWrap(true);
    m_expiry->setObjectName(QStringLiteral("expiryLabel"));
    m_persistence->setObjectName(QStringLiteral("persistenceLabel"));
    m_persistence->setWordWrap(true);
    m_userCount->setObjectName(QStringLiteral("userCountLabel"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(Shortcuts::withShortcut(tr("Read your session and the realm again"), m_refresh->shortcut()));

    m_form = new QFormLayout;
    m_form->addRow(tr("Signed in as:"), m_identity);
    m_form->addRow(tr("Administration roles:"), m_roles);
    m_form->addRow(tr("Session:"), m_expiry);
    m_form->addRow(tr("Remembered:"), m_persistence);
    m_form->addRow(tr("Users in the realm:"), m_userCount);
    auto* column = new QVBoxLayout(this);
    column->addWidget(new QLabel(tr("<h2>Overview</h2>"), this));
    column->addLayout(m_form);
    column->addWidget(m_refresh, 0, Qt::AlignLeft);
    column->addStretch();

    connect(m_refresh, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_session, &Session::refreshed, this, &OverviewPage::showIdentity);
    connect(m_session, &Session::persistenceChanged, this, &OverviewPage::showIdentity);
}

void OverviewPage::showIdentity()
{
    const Identity& identity = m_session->identity();
    const QString who = identity.displayName.isEmpty()
                            ? identity.username
                            : QStringLiteral("%1 (%2)").arg(identity.displayName, identity.username);
    m_identity->setText(tr("%1 — realm %2").arg(who, m_session->profile().realm()));
    m_roles->setText(identity.roles.isEmpty() ? tr("none: you can sign in but not administer this realm")
                                              : identity.roles.join(QStringLiteral(", ")));
    const QDateTime ends = m_session->sessionExpiresAt();
    m_expiry->setText(
        ends.isValid()
            ? tr("renewed automatically until %1").arg(QLocale().toString(ends.toLocalTime(), QLocale::ShortFormat))
            : tr("renewed automatically"));
    m_persistence->setText(m_session->persistence() == Session::Persistence::Keychain
                               ? tr("yes, in the system keychain")
                               : tr("no — session only: the system keychain is unavailable, so you will sign in "
                                    "again after quitting. Nothing was written to disk."));
}

void OverviewPage::addRow(const QString& label, QWidget* widget)
{
    m_form->addRow(label, widget);
}

void OverviewPage::refresh()
{
    showIdentity();
    m_userCount->setText(tr("counting…"));
    m_users->count(UserQuery{}, this, [this](const Result<int>& count) {
        m_userCount->setText(count.ok() ? QLocale().toString(count.value()) : count.error().userMessage());
    });
}

} // namespace custos
