#pragma once

#include "core/keycloak/RealmKeysApi.h"

#include <QWidget>

class QAction;
class QTableWidget;

namespace custos {

class KeycloakAdmin;
class AccessNotice;
class KeyRotationPanel;
class OutcomeBar;
class PlatformContext;

// Keycloak's realm keys — active, passive, disabled; algorithm, kid, provider, priority, certificate validity — and
// the guided rotation panel.
class RealmKeysPage : public QWidget
{
    Q_OBJECT
public:
    // `admin` reads the realm's token lifetimes (view-realm), which the rotation's timing depends on.
    RealmKeysPage(PlatformContext* context, KeycloakAdmin* admin, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] KeyRotationPanel* rotationPanel() const { return m_rotation; }

private:
    void loadProviders(const RealmKeys& keys);
    void showKeys(const RealmKeys& keys, const QList<KeyProvider>& providers);
    void loadLifetimes();

    PlatformContext* m_context;
    KeycloakAdmin* m_admin;
    QTableWidget* m_table;
    bool m_columnsSized = false; // sized to their contents once, or restored: the operator's widths stay
    KeyRotationPanel* m_rotation;
    OutcomeBar* m_outcome;
    AccessNotice* m_notice;
    quint64 m_generation = 0;
    QAction* m_refresh = nullptr;
};

} // namespace custos
