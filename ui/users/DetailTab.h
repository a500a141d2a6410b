#pragma once

#include "core/common/Result.h"
#include "core/keycloak/Representations.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace custos {

// What a detail tab shows: rows of cells, grouped under section titles (a section without a title is not grouped).
struct DetailRow
{
    QStringList cells;
    QString toolTip;
    QString key; // identifies the row for actions on it (a session id)
};

struct DetailSection
{
    QString title;
    QList<DetailRow> rows;
    QString emptyText; // shown as the only row when `rows` is empty
};

using DetailContent = QList<DetailSection>;

// One tab of the user detail. It loads only once it is shown for a user (most operators look at one or two tabs),
// shows its own progress and its own error with a Retry button, and renders what it loaded as a read-only tree.
class DetailTab : public QWidget
{
    Q_OBJECT
public:
    using Deliver = std::function<void(const Result<DetailContent>&)>;
    // Starts the calls for `user`, bound to `context`, and ends with one call to `deliver`. The context is deleted
    // when the tab moves to another user, so answers about the previous one are never delivered.
    using Loader = std::function<void(const KeycloakUser& user, QObject* context, Deliver deliver)>;

    DetailTab(const QString& objectName, const QStringList& headers, Loader loader, QWidget* parent = nullptr);

    // Forgets what was shown; loads at once when visible, otherwise the next time the tab is shown.
    void setUser(const KeycloakUser& user);
    void clear();
    void reload();

    // The key of the selected row, empty when none is selected.
    [[nodiscard]] QString selectedKey() const;
    // A button above the rows for an action on the selected row.
    void addActionButton(QAction* action);
    // The tab's title names its rows for screen readers.
    void setTitle(const QString& title);

signals:
    void loaded();
    void selectionChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class State { Empty, Stale, Loading, Loaded, Failed };

    void load();
    void showContent(const Result<DetailContent>& content);
    void showMessage(const QString& text, bool retry);

    Loader m_loader;
    KeycloakUser m_user;
    State m_state = State::Empty;
    QPointer<QObject> m_context;
    QStackedWidget* m_stack;
    QWidget* m_messagePage;
    QLabel* m_message;
    QPushButton* m_retry;
    QWidget* m_contentPage;
    QWidget* m_buttons;
    QTreeWidget* m_tree;
};

} // namespace custos
