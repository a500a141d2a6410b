#include "ui/users/UsersPage.h"

#include "core/actions/ActionContext.h"
#include "core/keycloak/UserSecurityApi.h"
#include "core/keycloak/UsersApi.h"
#include "ui/users/AttributeNames.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersModel.h"
#include "ui/users/UsersProxyModel.h"
#include "ui/widgets/ActionBar.h"
#include "ui/widgets/HeaderStateKeeper.h"
#include "ui/widgets/Shortcuts.h"
#include "ui/widgets/StatusColours.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace custos {

namespace {

// The actions the toolbar and the context menu offer, in this order, with their object names (for tests and
// accessibility tools). What each needs is the gate's business.
struct Listed
{
    UserAction action;
    const char* objectName;
};
constexpr Listed listedActions[]{
    {UserAction::Create, "createUserAction"},
    {UserAction::ChangeAccess, "changeAccessAction"},
    {UserAction::Offboard, "offboardAction"},
    {UserAction::ResetMfa, "resetMfaAction"},
    {UserAction::ResetPassword, "resetPasswordAction"},
    {UserAction::Unlock, "unlockAction"},
    {UserAction::SendActionsEmail, "sendActionsEmailAction"},
};

} // namespace

UsersPage::UsersPage(UsersApi* users, UserAccessApi* access, UserSecurityApi* security, ActionContext* context,
                     QWidget* parent)
    : QWidget(parent)
    , m_users(users)
    , m_security(security)
    , m_model(new UsersModel(users, this))
    , m_proxy(new UsersProxyModel(this))
    , m_context(context)
    , m_modeBox(new QComboBox(this))
    , m_attributeBox(new QComboBox(this))
    , m_searchField(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("&Search"), this))
    , m_filterField(new QLineEdit(this))
    , m_toolBar(new ActionBar(tr("User actions"), this))
    , m_table(new QTableView(this))
    , m_errorBar(new QWidget(this))
    , m_errorLabel(new QLabel(m_errorBar))
    , m_status(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_contextMenu(new QMenu(this))
    , m_detail(new UserDetailPanel(users, access, security, this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_proxy->setSourceModel(m_model);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so 10,000 of them cost no more than a screenful.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true);
    // No column sorted at first: rows stay in the server's order until the operator sorts.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(UsersModel::UsernameColumn, 14 * em);
    m_table->setColumnWidth(UsersModel::NameColumn, 13 * em);
    m_table->setColumnWidth(UsersModel::EmailColumn, 19 * em);
    m_table->setColumnWidth(UsersModel::StatusColumn, 9 * em);
    HeaderStateKeeper::keep(m_table);

    m_filterField->setObjectName(QStringLiteral("quickFilterField"));
    m_filterField->setAccessibleName(tr("Filter the loaded users"));
    m_filterField->setPlaceholderText(tr("Filter the loaded rows"));
    m_filterField->setToolTip(tr("Narrows the users loaded so far, without asking the server. While a filter is "
                                 "set, scrolling loads no more pages."));
    m_filterField->setClearButtonEnabled(true);

    m_status->setObjectName(QStringLiteral("usersStatusLabel"));
    m_status->setToolTip(tr("Sorting and the filter apply to the loaded rows; scroll down to load more."));
    m_notice->setObjectName(QStringLiteral("usersNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_toolBar->setObjectName(QStringLiteral("usersToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();
    connect(m_context, &ActionContext::accessChanged, this, [this] {
        m_detail->setGate(m_context->gate());
        updateActions();
    });

    auto* listColumn = new QVBoxLayout;
    listColumn->setContentsMargins(0, 0, 0, 0);
    listColumn->addWidget(m_filterField);
    listColumn->addWidget(m_table, 1);
    listColumn->addWidget(createErrorBar());
    listColumn->addWidget(m_notice);
    listColumn->addWidget(m_status);
    auto* list = new QWidget(this);
    list->setLayout(listColumn);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("usersSplitter"));
    splitter->addWidget(list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 400});
    splitter->setChildrenCollapsible(false);

    auto* column = new QVBoxLayout(this);
    column->addWidget(createSearchBar());
    column->addWidget(m_toolBar);
    column->addWidget(splitter, 1);

    connect(m_filterField, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setQuickFilter(text);
        updateStatus();
    });
    connect(m_model, &UsersModel::stateChanged, this, &UsersPage::updateStatus);
    connect(m_model, &UsersModel::pageFailed, this, &UsersPage::showPageError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersPage::reselect);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_errorBar->hide();
        onSelectionChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPage::updateActions);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &UsersPage::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPage::onSelectionChanged);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        // popup(), not exec(): no nested event loop.
        m_contextMenu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_detail, &UserDetailPanel::revokeSessionRequested, this, &UsersPage::revokeSessionRequested);
    m_detail->setGate(m_context->gate());
    updateActions();
    updateStatus();
}

QWidget* UsersPage::createSearchBar()
{
    m_modeBox->setObjectName(QStringLiteral("searchModeBox"));
    m_modeBox->setAccessibleName(tr("Search mode"));
    const QList<std::pair<QString, QString>> modes{
        {tr("Starts with"), tr("Username, e-mail, first or last name starting with the text")},
        {tr("Contains"), tr("Username, e-mail, first or last name containing the text (*text*)")},
        {tr("Exactly"), tr("Username, e-mail, first or last name equal to the text (\"text\")")},
        {tr("Attribute"), tr("Users whose attribute has exactly this value (q=name:value)")},
    };
    for (const auto& [label, help] : modes) {
        m_modeBox->addItem(label);
        m_modeBox->setItemData(m_modeBox->count() - 1, help, Qt::ToolTipRole);
    }
    m_attributeBox->setObjectName(QStringLiteral("attributeBox"));
    m_attributeBox->setAccessibleName(tr("Attribute name"));
    m_attributeBox->setEditable(true);
    m_attributeBox->setInsertPolicy(QComboBox::NoInsert);
    m_attributeBox->setMinimumContentsLength(14);
    m_attributeBox->lineEdit()->setPlaceholderText(tr("attribute"));
    m_attributeBox->hide();
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setAccessibleName(tr("Search users"));
    m_searchField->setPlaceholderText(tr("Search users on the server (empty lists everyone)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    Shortcuts::addFind(this, m_searchField);

    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_modeBox);
    row->addWidget(m_attributeBox);
    row->addWidget(m_searchField, 1);
    row->addWidget(m_searchButton);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this, &UsersPage::onModeChanged);
    connect(m_searchField, &QLineEdit::returnPressed, this, &UsersPage::submitSearch);
    connect(m_attributeBox->lineEdit(), &QLineEdit::returnPressed, this, &UsersPage::submitSearch);
    connect(m_searchButton, &QPushButton::clicked, this, &UsersPage::submitSearch);
    // Down from the search field goes to the results, the first one selected: type, Enter, Down, and the user's
    // detail is shown without reaching for the mouse or tabbing through the toolbar.
    new QShortcut(
        QKeySequence(Qt::Key_Down), m_searchField, this,
        [this] {
            if (m_proxy->rowCount() == 0)
                return;
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->selectionModel()->hasSelection())
                m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                                     QItemSelectionModel::Rows);
        },
        Qt::WidgetShortcut);
    return bar;
}

QWidget* UsersPage::createErrorBar()
{
    m_errorBar->setObjectName(QStringLiteral("pageErrorBar"));
    m_errorLabel->setObjectName(QStringLiteral("pageErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBar->setStyleSheet(QStringLiteral("#pageErrorBar { background: palette(alternate-base); }"));
    StatusColours::colourText(m_errorLabel, StatusColours::Role::Danger);
    m_errorBar->setAttribute(Qt::WA_StyledBackground);
    auto* retry = new QPushButton(tr("&Retry"), m_errorBar);
    retry->setObjectName(QStringLiteral("pageRetryButton"));
    auto* row = new QHBoxLayout(m_errorBar);
    row->addWidget(m_errorLabel, 1);
    row->addWidget(retry);
    m_errorBar->hide();
    connect(retry, &QPushButton::clicked, this, [this] {
        m_errorBar->hide();
        m_model->retry();
    });
    return m_errorBar;
}

void UsersPage::createActions()
{
    for (const Listed& listed : listedActions) {
        const UserAction userAction = listed.action;
        auto* qaction = new QAction(displayName(userAction), this);
        qaction->setObjectName(QString::fromLatin1(listed.objectName));
        if (userAction == UserAction::Create)
            qaction->setShortcut(QKeySequence::New);
        m_actions.insert(userAction, qaction);
        m_toolBar->addAction(qaction);
        if (userAction != UserAction::Create)
            m_contextMenu->addAction(qaction);
        if (userAction == UserAction::Create || userAction == UserAction::Offboard)
            m_toolBar->addSeparator();
        connect(qaction, &QAction::triggered, this, [this, userAction] {
            emit actionRequested(userAction,
                                 userAction == UserAction::Create ? QList<KeycloakUser>{} : selectedUsers());
        });
    }
    // The shortcuts work wherever the focus is on this page, not only on the toolbar.
    addActions(m_toolBar->actions());
    m_contextMenu->addSeparator();
    QAction* refresh = m_contextMenu->addAction(tr("Read again from the server"), this, [this] {
        QStringList ids;
        for (const KeycloakUser& user : selectedUsers())
            ids.append(user.id);
        refreshUsers(ids);
    });
    refresh->setObjectName(QStringLiteral("refreshUsersAction"));
    // F5 runs the current search again, as the other pages' Refresh reads their lists again.
    auto* refreshList = new QAction(tr("Re&fresh the list"), this);
    refreshList->setObjectName(QStringLiteral("refreshListAction"));
    refreshList->setShortcut(QKeySequence::Refresh);
    connect(refreshList, &QAction::triggered, this, [this] {
        if (m_model->hasSearched())
            refreshSearch();
        else
            submitSearch();
    });
    addAction(refreshList);
}

void UsersPage::activate()
{
    loadAttributeSuggestions();
    if (!m_model->hasSearched())
        submitSearch();
}

void UsersPage::clear()
{
    m_model->clear();
    m_detail->clear();
    m_attributesLoaded = false;
    m_attributeBox->clear();
    m_reselectId.clear();
    m_notice->hide();
}

void UsersPage::loadAttributeSuggestions()
{
    if (m_attributesLoaded)
        return;
    m_attributesLoaded = true;
    m_users->profile(this, [this](const Result<QList<ProfileAttribute>>& attributes) {
        if (!attributes.ok()) {
            // Attribute search still works with a typed name; only the suggestions are missing.
            m_attributesLoaded = false;
            m_attributeBox->setToolTip(tr("No suggestions: %1").arg(attributes.error().userMessage()));
            return;
        }
        const QString typed = m_attributeBox->currentText();
        m_attributeBox->clear();
        // Each suggestion reads as its label ("First name") and searches by its name (firstName).
        for (const ProfileAttribute& attribute : attributes.value()) {
            m_attributeBox->addItem(attributeLabel(attribute), attribute.name);
            m_attributeBox->setItemData(m_attributeBox->count() - 1, attribute.name, Qt::ToolTipRole);
        }
        m_attributeBox->setEditText(typed);
        m_attributeBox->setToolTip(tr("An attribute of the realm's user profile, or any other attribute name"));
    });
}

void UsersPage::onModeChanged()
{
    const bool attribute = m_modeBox->currentIndex() == int(UserQuery::Mode::Attribute);
    m_attributeBox->setVisible(attribute);
    m_searchField->setPlaceholderText(attribute ? tr("Value of the attribute (exact)")
                                                : tr("Search users on the server (empty lists everyone)"));
    if (attribute)
        loadAttributeSuggestions();
}

void UsersPage::submitSearch()
{
    UserQuery query;
    query.mode = UserQuery::Mode(m_modeBox->currentIndex());
    query.text = m_searchField->text();
    // A suggestion chosen (or typed as it reads) searches by the attribute's name; anything else is a name typed.
    query.attribute = m_attributeBox->currentText().trimmed();
    if (const int suggested = m_attributeBox->findText(query.attribute); suggested >= 0)
        query.attribute = m_attributeBox->itemData(suggested).toString();
    if (query.mode == UserQuery::Mode::Attribute && !query.isEmpty() && query.attribute.isEmpty()) {
        showNotice(tr("Name the attribute to search in."));
        m_attributeBox->setFocus();
        return;
    }
    m_notice->hide();
    m_reselectId.clear();
    m_model->search(query);
}

void UsersPage::refreshSearch()
{
    if (!m_model->hasSearched())
        return;
    m_reselectId = m_detail->userId();
    m_model->search(m_model->query());
}

void UsersPage::refreshUsers(const QStringList& ids)
{
    // After a bulk run, reading hundreds of users one by one costs more than listing the search again.
    constexpr qsizetype oneByOneLimit = 25;
    if (ids.size() > oneByOneLimit) {
        refreshSearch();
        return;
    }
    // A user the list does not show yet (a joiner's new user) may belong in it: the search runs again, and the new
    // user is selected once listed.
    const auto unlisted =
        std::find_if(ids.cbegin(), ids.cend(), [this](const QString& id) { return m_model->rowOf(id) < 0; });
    if (unlisted != ids.cend() && m_model->hasSearched()) {
        refreshSearch();
        m_reselectId = *unlisted;
        return;
    }
    for (const QString& id : ids) {
        m_users->get(id, this, [this, id](const Result<KeycloakUser>& read) {
            if (!read.ok()) {
                if (read.error().kind != Error::Kind::NotFound) {
                    showNotice(read.error().userMessage());
                    return;
                }
                const int row = m_model->rowOf(id);
                const QString name = row >= 0 ? m_model->user(row).username : id;
                m_model->removeUser(id);
                if (m_detail->userId() == id)
                    m_detail->clear();
                showNotice(tr("The user “%1” vanished: Keycloak no longer has it, so it left the list.").arg(name));
                return;
            }
            // The listing carries the lockout; a single read does not, so it is asked for separately.
            KeycloakUser user = read.value();
            m_security->bruteForce(id, this, [this, user](const Result<BruteForceStatus>& status) mutable {
                if (status.ok())
                    user.bruteForce = status.value();
                m_model->updateUser(user);
                if (m_detail->userId() == user.id) {
                    const int row = m_model->rowOf(user.id);
                    m_detail->setUser(row >= 0 ? m_model->user(row) : user);
                }
            });
        });
    }
}

QList<KeycloakUser> UsersPage::selectedUsers() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QList<KeycloakUser> users;
    users.reserve(rows.size());
    for (int row : std::as_const(rows))
        users.append(m_model->user(row));
    return users;
}

void UsersPage::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    if (hasSelection && current.isValid()) {
        const KeycloakUser& user = m_model->user(m_proxy->mapToSource(current).row());
        if (user.id != m_detail->userId())
            m_detail->setUser(user);
    } else if (!hasSelection) {
        m_detail->clear();
    }
    updateActions();
}

void UsersPage::updateActions()
{
    const QList<KeycloakUser> selected = selectedUsers();
    const bool anyUnlockable = std::any_of(selected.begin(), selected.end(), [](const KeycloakUser& user) {
        return user.bruteForce.locked || !user.bruteForce.known;
    });
    const ActionGate gate = m_context->gate();
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        const UserAction userAction = it.key();
        QString why = gate.whyNot(actionOf(userAction), {selected.size(), {}});
        if (why.isEmpty() && userAction == UserAction::Unlock && !anyUnlockable)
            why = tr("None of the selected users is locked");
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why.isEmpty() ? Shortcuts::withShortcut(displayName(userAction), it.value()->shortcut())
                                             : why);
    }
}

void UsersPage::updateStatus()
{
    const QLocale locale;
    QStringList parts;
    if (!m_model->hasSearched()) {
        m_status->setText(tr("No search yet"));
        return;
    }
    if (m_model->total())
        parts.append(tr("%Ln user(s)", nullptr, *m_model->total()));
    else if (m_model->countError())
        parts.append(tr("total unknown (%1)").arg(m_model->countError()->why));
    parts.append(tr("%1 loaded").arg(locale.toString(m_model->rowCount())));
    if (m_model->isLoading())
        parts.append(tr("loading…"));
    if (m_proxy->isFiltering())
        parts.append(tr("%1 match the filter").arg(locale.toString(m_proxy->rowCount())));
    if (m_table->horizontalHeader()->sortIndicatorSection() >= 0 && !m_model->isComplete())
        parts.append(tr("sorted: loaded rows only"));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void UsersPage::showPageError(const Error& error)
{
    m_errorLabel->setText(
        tr("The list stopped at %1 users. %2").arg(QLocale().toString(m_model->rowCount()), error.userMessage()));
    m_errorBar->show();
}

void UsersPage::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->show();
}

void UsersPage::reselect()
{
    if (m_reselectId.isEmpty())
        return;
    const int row = m_model->rowOf(m_reselectId);
    if (row < 0)
        return;
    m_reselectId.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace custos
