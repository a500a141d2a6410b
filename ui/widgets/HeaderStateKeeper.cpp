#include "ui/widgets/HeaderStateKeeper.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace custos {

bool HeaderStateKeeper::keep(QAbstractItemView* view)
{
    return keep(view, view->objectName());
}

bool HeaderStateKeeper::keep(QAbstractItemView* view, const QString& name)
{
    Q_ASSERT_X(!name.isEmpty(), "HeaderStateKeeper::keep", "the view needs a name");
    QHeaderView* header = nullptr;
    if (auto* table = qobject_cast<QTableView*>(view))
        header = table->horizontalHeader();
    else if (auto* tree = qobject_cast<QTreeView*>(view))
        header = tree->header();
    bool restored = false;
    if (header)
        new HeaderStateKeeper(header, settingsKey(name), &restored);
    return restored;
}

QString HeaderStateKeeper::settingsKey(const QString& viewName)
{
    return QStringLiteral("views/%1/header").arg(viewName);
}

HeaderStateKeeper::HeaderStateKeeper(QHeaderView* header, const QString& key, bool* restored)
    : QObject(header)
    , m_header(header)
    , m_key(key)
{
    // A missing or unreadable layout leaves the defaults.
    *restored = header->restoreState(m_settings.value(m_key).toByteArray());
    connect(header, &QHeaderView::sectionResized, this, &HeaderStateKeeper::save);
    connect(header, &QHeaderView::sectionMoved, this, &HeaderStateKeeper::save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &HeaderStateKeeper::save);
}

void HeaderStateKeeper::save()
{
    m_settings.setValue(m_key, m_header->saveState());
}

} // namespace custos
