#pragma once

#include <QSortFilterProxyModel>

namespace custos {

// Sorting and a quick text filter over the users loaded so far (never a server query). While a filter is typed, the
// proxy stops asking the source for more pages: a filter matching few rows would otherwise make the view fetch
// every page of the search just to fill the screen.
class UsersProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UsersProxyModel(QObject* parent = nullptr);

    void setQuickFilter(const QString& text);
    [[nodiscard]] bool isFiltering() const { return !m_filter.isEmpty(); }

    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_filter;
};

} // namespace custos
