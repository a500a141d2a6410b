#include "ui/users/dialogs/CheckableList.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace custos {

namespace {
constexpr int idRole = Qt::UserRole + 1;
} // namespace

CheckableList::CheckableList(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_message(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(objectName);
    m_filter->setObjectName(objectName + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_filter);
    column->addWidget(m_view);
    column->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QStandardItemModel::itemChanged, this, &CheckableList::checkedChanged);
}

void CheckableList::setEntries(const QList<Entry>& entries)
{
    const QStringList checked = checkedIds();
    m_model->clear();
    for (const Entry& entry : entries) {
        auto* item = new QStandardItem(entry.text);
        item->setData(entry.id, idRole);
        item->setToolTip(entry.toolTip);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(entry.id) ? Qt::Checked : Qt::Unchecked);
        m_model->appendRow(item);
    }
    m_message->hide();
    m_view->show();
    m_filter->setEnabled(true);
}

void CheckableList::setCheckedIds(const QStringList& ids)
{
    // One checkedChanged() for the whole change, not one per row.
    const QSignalBlocker blocker(m_model);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem* item = m_model->item(row);
        item->setCheckState(ids.contains(item->data(idRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_view->viewport()->update();
    emit checkedChanged();
}

QStringList CheckableList::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->checkState() == Qt::Checked)
            ids.append(m_model->item(row)->data(idRole).toString());
    return ids;
}

void CheckableList::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
    m_view->setVisible(m_model->rowCount() > 0);
    m_filter->setEnabled(m_model->rowCount() > 0);
}

QList<CheckableList::Entry> CheckableList::entries(const QList<RoleRef>& roles)
{
    QList<Entry> result;
    result.reserve(roles.size());
    for (const RoleRef& role : roles)
        result.append({role.id, role.name, role.description});
    return result;
}

QList<CheckableList::Entry> CheckableList::entries(const QList<GroupRef>& groups)
{
    QList<Entry> result;
    result.reserve(groups.size());
    for (const GroupRef& group : groups)
        result.append({group.id, group.path.isEmpty() ? group.name : group.path, {}});
    return result;
}

QHBoxLayout* CheckableList::sideBySide(const QString& leftTitle, CheckableList* left, const QString& rightTitle,
                                       CheckableList* right)
{
    auto* row = new QHBoxLayout;
    for (const auto& [title, list] : {std::pair(leftTitle, left), std::pair(rightTitle, right)}) {
        auto* box = new QGroupBox(title);
        (new QVBoxLayout(box))->addWidget(list);
        // The box's title is the list's only label: screen readers get it too.
        list->m_view->setAccessibleName(title);
        list->m_filter->setAccessibleName(tr("Filter: %1").arg(title));
        row->addWidget(box);
    }
    return row;
}

} // namespace custos
