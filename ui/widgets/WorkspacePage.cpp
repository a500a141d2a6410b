#include "ui/widgets/WorkspacePage.h"

#include "core/auth/Session.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/OverviewPage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>

namespace custos {

namespace {
const QString sectionSetting = QStringLiteral("workspace/section");
const QString overviewKey = QStringLiteral("overview");
const QString usersKey = QStringLiteral("users");
} // namespace

WorkspacePage::WorkspacePage(Session* session, const UserServices& services, ActionContext* actions, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new OverviewPage(session, services.users, this))
    , m_users(new UsersPage(services.users, services.access, services.security, actions, this))
    , m_remembered(QSettings().value(sectionSetting, overviewKey).toString())
{
    setObjectName(QStringLiteral("workspacePage"));
    m_navigation->setObjectName(QStringLiteral("workspaceNavigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFixedWidth(m_navigation->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_navigation->setSpacing(2);
    m_stack->setObjectName(QStringLiteral("workspaceStack"));

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_navigation);
    row->addWidget(m_stack, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &WorkspacePage::onSectionChanged);

    addSection(overviewKey, tr("Overview"), m_overview);
    addSection(usersKey, tr("Users"), m_users);
}

void WorkspacePage::addSection(const QString& key, const QString& title, QWidget* page)
{
    const int index = m_stack->addWidget(page);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2));
    if (index < 9) {
        auto* open = new QAction(this);
        open->setObjectName(key + QStringLiteral("SectionAction"));
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        open->setShortcutContext(Qt::WindowShortcut);
        item->setToolTip(tr("%1 (%2)").arg(title, open->shortcut().toString(QKeySequence::NativeText)));
        connect(open, &QAction::triggered, this, [this, index] { m_navigation->setCurrentRow(index); });
        addAction(open);
    }
    if (m_navigation->currentRow() < 0 || key == m_remembered)
        m_navigation->setCurrentRow(index);
}

void WorkspacePage::showSection(const QString& key)
{
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == key)
            m_navigation->setCurrentRow(row);
}

QString WorkspacePage::currentSection() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void WorkspacePage::onSectionChanged(int row)
{
    if (row < 0)
        return;
    m_stack->setCurrentIndex(row);
    const QString key = currentSection();
    QSettings().setValue(sectionSetting, key);
    // The users are listed when the operator first goes there, not at sign-in.
    if (m_stack->currentWidget() == m_users && m_session->isSignedIn())
        m_users->activate();
}

void WorkspacePage::refresh()
{
    m_overview->refresh();
    if (m_stack->currentWidget() == m_users)
        m_users->activate();
}

void WorkspacePage::clear()
{
    m_users->clear();
}

} // namespace custos
