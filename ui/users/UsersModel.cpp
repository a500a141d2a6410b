#include "ui/users/UsersModel.h"

#include "core/keycloak/UsersApi.h"
#include "ui/users/StatusIcons.h"

#include <QLocale>

namespace custos {

UsersModel::UsersModel(UsersApi* users, QObject* parent)
    : QAbstractTableModel(parent)
    , m_users(users)
{
}

void UsersModel::search(const UserQuery& query)
{
    reset(query, true);
    m_exhausted = false;
    const quint64 generation = m_generation;
    m_countCall = m_users->count(m_query, this, [this, generation](const Result<int>& count) {
        if (generation != m_generation)
            return;
        if (count.ok())
            m_total = count.value();
        else
            m_countError = count.error();
        emit stateChanged();
    });
    requestPage();
}

void UsersModel::retry()
{
    if (!m_pageError || isLoading())
        return;
    m_pageError.reset();
    requestPage();
}

void UsersModel::clear()
{
    reset({}, false);
    emit stateChanged();
}

void UsersModel::reset(const UserQuery& query, bool searched)
{
    abandonCalls();
    beginResetModel();
    m_rows.clear();
    m_query = query;
    m_total.reset();
    m_countError.reset();
    m_pageError.reset();
    m_searched = searched;
    // Nothing to fetch until the caller asks for the first page: views call fetchMore() while the reset ends.
    m_exhausted = true;
    endResetModel();
}

void UsersModel::abandonCalls()
{
    // The generation goes first: cancel() may answer at once, and that answer must already be stale.
    ++m_generation;
    m_loading = false;
    m_pageCall.cancel();
    m_countCall.cancel();
    m_pageCall = {};
    m_countCall = {};
}

void UsersModel::requestPage()
{
    if (m_loading)
        return; // one page at a time: pages are appended in order
    const quint64 generation = m_generation;
    m_loading = true;
    m_pageCall =
        m_users->search(m_query, int(m_rows.size()), pageSize, this,
                        [this, generation](const Result<QList<KeycloakUser>>& page) { onPage(generation, page); });
    emit stateChanged();
}

void UsersModel::onPage(quint64 generation, const Result<QList<KeycloakUser>>& page)
{
    if (generation != m_generation)
        return;
    m_pageCall = {};
    if (!page.ok()) {
        m_loading = false;
        m_pageError = page.error();
        emit stateChanged();
        emit pageFailed(page.error());
        return;
    }
    const QList<KeycloakUser>& users = page.value();
    m_exhausted = users.size() < pageSize;
    if (!users.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + users.size() - 1));
        // No reserve() of the exact new size here: it would copy every row loaded so far on every page (on a
        // 100,000-user realm, stalls of a quarter of a second); append() grows the list geometrically.
        for (KeycloakUser user : users) {
            // The table shows none of these; the detail view reads the whole user again.
            user.raw = {};
            user.attributes = {};
            m_rows.append(std::move(user));
        }
        endInsertRows();
    }
    // Only now may the next page be asked for: a view calling fetchMore() while the rows are being inserted would
    // otherwise ask for this page's offset again.
    m_loading = false;
    emit stateChanged();
}

int UsersModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

void UsersModel::updateUser(const KeycloakUser& user)
{
    const int row = rowOf(user.id);
    if (row < 0)
        return;
    KeycloakUser slim = user;
    slim.raw = {};
    slim.attributes = {};
    if (!slim.bruteForce.known)
        slim.bruteForce = m_rows.at(row).bruteForce;
    m_rows[row] = std::move(slim);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UsersModel::removeUser(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (m_total && *m_total > 0)
        m_total = *m_total - 1;
    emit stateChanged();
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeycloakUser& user = m_rows.at(index.row());
    if (role == IdRole)
        return user.id;
    switch (index.column()) {
    case UsernameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return user.username;
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return QStringList{user.firstName, user.lastName}.join(u' ').trimmed();
        break;
    case EmailColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return user.email;
        if (role == Qt::ToolTipRole && !user.email.isEmpty())
            return user.emailVerified ? tr("%1 (verified)").arg(user.email) : tr("%1 (not verified)").arg(user.email);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(user);
        if (role == Qt::ToolTipRole)
            return statusToolTip(user);
        if (role == Qt::DecorationRole)
            return StatusIcons::forUser(user);
        if (role == SortRole)
            return StatusIcons::severity(user);
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return user.created.isValid() ? QLocale().toString(user.created.toLocalTime().date(), QLocale::ShortFormat)
                                          : QString();
        if (role == Qt::ToolTipRole && user.created.isValid())
            return QLocale().toString(user.created.toLocalTime(), QLocale::LongFormat);
        if (role == SortRole)
            return user.created;
        break;
    default:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return tr("Sorting orders the users loaded so far; scrolling down loads more from the server.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

bool UsersModel::canFetchMore(const QModelIndex& parent) const
{
    // After a failed page the view must not ask again by itself: the operator retries.
    return !parent.isValid() && m_searched && !m_exhausted && !m_pageError && !isLoading();
}

void UsersModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage();
}

QString UsersModel::statusText(const KeycloakUser& user)
{
    QStringList parts;
    parts.append(user.enabled ? tr("Active") : tr("Disabled"));
    if (user.bruteForce.locked)
        parts.append(tr("Locked"));
    if (user.totp)
        parts.append(tr("MFA"));
    if (!user.requiredActions.isEmpty())
        parts.append(tr("%n pending", nullptr, int(user.requiredActions.size())));
    return parts.join(QStringLiteral(" · "));
}

QString UsersModel::statusToolTip(const KeycloakUser& user)
{
    QStringList lines;
    lines.append(user.enabled ? tr("The account is enabled.")
                              : tr("The account is disabled: the user cannot sign in."));
    if (user.bruteForce.locked)
        lines.append(
            tr("Locked after %n failed sign-in(s) (brute-force protection).", nullptr, user.bruteForce.failures));
    else if (!user.bruteForce.known)
        lines.append(tr("Lockout status not reported by the server."));
    lines.append(user.totp ? tr("MFA: an OTP authenticator is configured.") : tr("MFA: no OTP authenticator."));
    if (!user.requiredActions.isEmpty())
        lines.append(tr("Pending required actions: %1").arg(user.requiredActions.join(QStringLiteral(", "))));
    return lines.join(u'\n');
}

} // namespace custos
