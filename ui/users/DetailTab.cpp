#include "ui/users/DetailTab.h"

#include "ui/widgets/HeaderStateKeeper.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace custos {

DetailTab::DetailTab(const QString& objectName, const QStringList& headers, Loader loader, QWidget* parent)
    : QWidget(parent)
    , m_loader(std::move(loader))
    , m_stack(new QStackedWidget(this))
    , m_messagePage(new QWidget(m_stack))
    , m_message(new QLabel(m_messagePage))
    , m_retry(new QPushButton(tr("&Retry"), m_messagePage))
    , m_contentPage(new QWidget(m_stack))
    , m_buttons(new QWidget(m_contentPage))
    , m_tree(new QTreeWidget(m_contentPage))
{
    setObjectName(objectName);
    m_message->setObjectName(QStringLiteral("tabMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto* messageColumn = new QVBoxLayout(m_messagePage);
    messageColumn->addWidget(m_message);
    messageColumn->addWidget(m_retry, 0, Qt::AlignLeft);
    messageColumn->addStretch();

    m_tree->setObjectName(QStringLiteral("tabTree"));
    m_tree->setHeaderLabels(headers);
    m_tree->setColumnCount(int(headers.size()));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    // Each tab has its own columns; the widths still follow each user's contents, the order and sort are kept.
    HeaderStateKeeper::keep(m_tree, objectName + QStringLiteral("Tree"));
    auto* buttonRow = new QHBoxLayout(m_buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addStretch();
    m_buttons->hide();
    auto* contentColumn = new QVBoxLayout(m_contentPage);
    contentColumn->setContentsMargins(0, 0, 0, 0);
    contentColumn->addWidget(m_buttons);
    contentColumn->addWidget(m_tree);

    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_contentPage);
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_stack);

    connect(m_retry, &QPushButton::clicked, this, &DetailTab::reload);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DetailTab::selectionChanged);
    clear();
}

void DetailTab::setTitle(const QString& title)
{
    m_tree->setAccessibleName(title);
}

void DetailTab::setUser(const KeycloakUser& user)
{
    delete m_context; // drops any answer about the previous user
    m_user = user;
    m_state = State::Stale;
    m_tree->clear();
    showMessage(tr("Loading…"), false);
    if (isVisible())
        load();
}

void DetailTab::clear()
{
    delete m_context;
    m_user = {};
    m_state = State::Empty;
    m_tree->clear();
    showMessage(tr("Select a user to see the details."), false);
}

void DetailTab::reload()
{
    if (m_state == State::Empty)
        return;
    setUser(m_user);
}

void DetailTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_state == State::Stale)
        load();
}

void DetailTab::load()
{
    m_state = State::Loading;
    m_context = new QObject(this);
    showMessage(tr("Loading…"), false);
    QObject* context = m_context;
    m_loader(m_user, context, [this, context](const Result<DetailContent>& content) {
        if (m_context && m_context == context)
            showContent(content);
    });
}

void DetailTab::showContent(const Result<DetailContent>& content)
{
    // Called from an answer bound to the context: it may not be deleted under its own callback.
    m_context->deleteLater();
    m_context = nullptr;
    if (!content.ok()) {
        m_state = State::Failed;
        showMessage(content.error().userMessage(), true);
        return;
    }
    m_state = State::Loaded;
    m_tree->clear();
    const int columns = m_tree->columnCount();
    for (const DetailSection& section : content.value()) {
        QTreeWidgetItem* parent = nullptr;
        if (!section.title.isEmpty()) {
            parent = new QTreeWidgetItem(m_tree, {section.title});
            parent->setFirstColumnSpanned(true);
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setFlags(Qt::ItemIsEnabled);
        }
        auto add = [&](const QStringList& cells) {
            return parent ? new QTreeWidgetItem(parent, cells) : new QTreeWidgetItem(m_tree, cells);
        };
        if (section.rows.isEmpty() && !section.emptyText.isEmpty()) {
            QTreeWidgetItem* item = add({section.emptyText});
            item->setFirstColumnSpanned(true);
            item->setFlags(Qt::ItemIsEnabled);
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        for (const DetailRow& row : section.rows) {
            QTreeWidgetItem* item = add(row.cells);
            item->setData(0, Qt::UserRole, row.key);
            if (!row.toolTip.isEmpty())
                for (int column = 0; column < columns; ++column)
                    item->setToolTip(column, row.toolTip);
        }
    }
    m_tree->setRootIsDecorated(false);
    m_tree->expandAll();
    for (int column = 0; column + 1 < columns; ++column)
        m_tree->resizeColumnToContents(column);
    m_stack->setCurrentWidget(m_contentPage);
    emit loaded();
}

void DetailTab::showMessage(const QString& text, bool retry)
{
    m_message->setText(text);
    m_retry->setVisible(retry);
    m_stack->setCurrentWidget(m_messagePage);
}

QString DetailTab::selectedKey() const
{
    const QList<QTreeWidgetItem*> selected = m_tree->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, Qt::UserRole).toString();
}

void DetailTab::addActionButton(QAction* action)
{
    auto* button = new QToolButton(m_buttons);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    static_cast<QHBoxLayout*>(m_buttons->layout())->addWidget(button);
    m_buttons->show();
}

} // namespace custos
