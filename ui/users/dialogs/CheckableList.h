#pragma once

#include "core/keycloak/Representations.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace custos {

// A list of checkable entries (realm roles, groups) with a filter above it: the pickers of the joiner, mover and
// bulk dialogs. Entries are identified by id; what is checked survives filtering and reloading.
class CheckableList : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString id;
        QString text;
        QString toolTip;
    };

    explicit CheckableList(const QString& objectName, QWidget* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    void setCheckedIds(const QStringList& ids);
    [[nodiscard]] QStringList checkedIds() const;
    // Replaces the list with a line of text while loading or after an error.
    void showMessage(const QString& text);

    [[nodiscard]] static QList<Entry> entries(const QList<RoleRef>& roles);
    [[nodiscard]] static QList<Entry> entries(const QList<GroupRef>& groups);
    // Two lists side by side, each in a titled box: roles and groups, or roles to add and to remove.
    [[nodiscard]] static QHBoxLayout* sideBySide(const QString& leftTitle, CheckableList* left,
                                                 const QString& rightTitle, CheckableList* right);
    // The elements of `all` whose id is in `ids`, in the order of `all`.
    template <typename T> [[nodiscard]] static QList<T> pick(const QList<T>& all, const QStringList& ids)
    {
        QList<T> picked;
        for (const T& item : all)
            if (ids.contains(item.id))
                picked.append(item);
        return picked;
    }

signals:
    void checkedChanged();

private:
    QLineEdit* m_filter;
    QListView* m_view;
    QLabel* m_message;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace custos
