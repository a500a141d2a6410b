#pragma once

#include <QObject>
#include <QSettings>

class QAbstractItemView;
class QHeaderView;

namespace custos {

// Remembers a table's or tree's column layout (order, widths, hidden columns, sorted column) across runs: restores
// it from the settings when made, saves it whenever the operator changes it. The settings key is the view's
// objectName (or a name given), so every kept view needs a unique one.
class HeaderStateKeeper : public QObject
{
    Q_OBJECT
public:
    // Keeps the layout of `view`'s column header (a QTableView's horizontal one, a QTreeView's header); call it
    // once the view has its model and its default widths. True when a saved layout was restored: a view that sizes
    // its columns to their contents should then leave the operator's widths alone.
    static bool keep(QAbstractItemView* view);
    static bool keep(QAbstractItemView* view, const QString& name);

    [[nodiscard]] static QString settingsKey(const QString& viewName);

private:
    HeaderStateKeeper(QHeaderView* header, const QString& key, bool* restored);
    void save();

    QHeaderView* m_header;
    QString m_key;
    // Held open: QSettings writes what changed from the event loop, so a column dragged wide is not written to
    // disk at every step.
    QSettings m_settings;
};

} // namespace custos
