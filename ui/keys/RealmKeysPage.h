#pragma once

#include "core/keycloak/RealmKeysApi.h"

#include <QWidget>

class QAction;
class QTableWidget;

namespace custos {

class AccessNotice;
class KeycloakAdmin;
class KeyRotationPanel;
class OutcomeBar;
class ActionContext;

// Keycloak's realm keys — active, passive, disabled; algorithm, kid, provider, priority, certificate validity — and
// the guided rotation panel.
class RealmKeysPage : public QWidget
{
    Q_OBJECT
public:
    // `admin` reads the realm's token lifetimes (view-realm), which the rotation's timing depends on. The page reads
    // the keys again whenever someone else signs in or their access to the keys changes.
    RealmKeysPage(ActionContext* actions, RealmKeysApi* keys, KeycloakAdmin* admin, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] KeyRotationPanel* rotationPanel() const { return m_rotation; }

private:
    void loadProviders(const RealmKeys& keys);
    void showKeys(const RealmKeys& keys, const QList<KeyProvider>& providers);
    void loadLifetimes();

    ActionContext* m_actions;
    RealmKeysApi* m_keys;
    KeycloakAdmin* m_admin;
    QString m_shownFor; // the operator whose keys are shown, empty when the keys are not readable
    QTableWidget* m_table;
    bool m_columnsSized = false; // sized to their contents once, or restored: the operator's widths stay
    KeyRotationPanel* m_rotation;
    OutcomeBar* m_outcome;
    AccessNotice* m_notice;
    quint64 m_generation = 0;
    QAction* m_refresh = nullptr;
};

} // namespace custos
