#pragma once

#include "core/common/Result.h"
#include "core/http/PendingCall.h"
#include "core/keycloak/Representations.h"
#include "core/keycloak/UserQuery.h"

#include <QAbstractTableModel>
#include <optional>

namespace custos {

class UsersApi;

// The users matching one server-side search, loaded a page at a time as the view scrolls (canFetchMore/fetchMore),
// with the search's total from users/count. One page request is in flight at a time; an answer that belongs to an
// earlier search is discarded, so a slow page never mixes into the results of the search that replaced it.
// Rows are the listed users without their raw representation and attributes, so 10,000 of them stay small.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UsernameColumn, NameColumn, EmailColumn, StatusColumn, CreatedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // what the proxy sorts by: text folded for comparison, dates as dates
        IdRole,
    };

    static constexpr int pageSize = 100;

    explicit UsersModel(UsersApi* users, QObject* parent = nullptr);

    // Starts `query` from its first page: the rows of the previous search go, its calls in flight are abandoned.
    void search(const UserQuery& query);
    // Asks again for the page that failed.
    void retry();
    // Forgets every row and the query (after sign-out or a change of realm).
    void clear();

    [[nodiscard]] const UserQuery& query() const { return m_query; }
    [[nodiscard]] bool hasSearched() const { return m_searched; }
    // users/count for the current query, once it has answered.
    [[nodiscard]] std::optional<int> total() const { return m_total; }
    [[nodiscard]] std::optional<Error> countError() const { return m_countError; }
    [[nodiscard]] std::optional<Error> pageError() const { return m_pageError; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isComplete() const { return m_exhausted; }

    [[nodiscard]] const KeycloakUser& user(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOf(const QString& id) const;
    // Replaces the row of `user.id` (after an action changed it), keeping the listing's lockout when `user` has none.
    void updateUser(const KeycloakUser& user);
    // Drops the row of a user that no longer exists on the server.
    void removeUser(const QString& id);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The status column's short text ("Disabled · Locked · MFA"), tooltip and icon, also used by the detail panel.
    [[nodiscard]] static QString statusText(const KeycloakUser& user);
    [[nodiscard]] static QString statusToolTip(const KeycloakUser& user);

signals:
    // The total, the number loaded, loading or an error changed: the status line reads them again.
    void stateChanged();
    // A page failed; the rows already loaded stay. retry() asks again.
    void pageFailed(const custos::Error& error);

private:
    // Drops every row and call; `searched`: `query` is about to be listed (see search()).
    void reset(const UserQuery& query, bool searched);
    void requestPage();
    void onPage(quint64 generation, const Result<QList<KeycloakUser>>& page);
    void abandonCalls();

    UsersApi* m_users;
    UserQuery m_query;
    QList<KeycloakUser> m_rows;
    std::optional<int> m_total;
    std::optional<Error> m_countError;
    std::optional<Error> m_pageError;
    PendingCall m_pageCall;
    PendingCall m_countCall;
    // Bumped by every search and clear: answers carrying an older value are stale.
    quint64 m_generation = 0;
    bool m_searched = false;
    // A page is in flight. Not m_pageCall.isRunning(): the API may retry under another call than the one it returned.
    bool m_loading = false;
    bool m_exhausted = true;
};

} // namespace custos
