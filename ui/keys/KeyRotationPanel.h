#pragma once

#include "core/audit/Justification.h"
#include "core/keycloak/RealmKeysApi.h"

#include <QDateTime>
#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;

namespace custos {

class OutcomeBar;
class ActionContext;

// The guided rotation of one algorithm's signing key, one audited operation per step, each step enabled only once
// the one before it is done:
//   1. add a new generated provider with a higher priority (it signs from then on; the old key still verifies);
//   2. after the tokens signed by the old key have expired, make the old provider passive;
//   3. delete the old provider.
// The rotation's progress lives in this panel; the keys table next to it shows what Keycloak reports.
class KeyRotationPanel : public QGroupBox
{
    Q_OBJECT
public:
    // How long tokens live in the realm (seconds; 0 when unknown).
    struct Lifetimes
    {
        qint64 accessToken = 0;
        qint64 ssoIdle = 0;
        qint64 ssoMax = 0;
        bool known = false;
    };
    enum class Step { AddKey, Passivate, Delete, Done };

    KeyRotationPanel(ActionContext* actions, RealmKeysApi* keys, QWidget* parent = nullptr);

    // The realm's keys as just read: the algorithms on offer and the key the rotation would replace.
    void setKeys(const RealmKeys& keys, const QList<KeyProvider>& providers);
    void setLifetimes(const Lifetimes& lifetimes, const QString& unavailableReason);
    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] QPushButton* stepButton(Step step) const;

signals:
    // A step finished (either way): the keys table reads the keys again.
    void keysChanged();

private:
    void runStep(Step step, const Justification& justification);
    void confirmStep(Step step);
    void updateState();
    [[nodiscard]] QDateTime earliest(Step step) const;

    ActionContext* m_actions;
    RealmKeysApi* m_keysApi;
    RealmKeys m_keys;
    QList<KeyProvider> m_providers;
    Lifetimes m_lifetimes;
    QString m_lifetimesUnavailable;
    Step m_step = Step::AddKey;
    bool m_running = false;
    QString m_algorithm;
    QString m_oldProvider;
    QString m_oldKid;
    QString m_newProvider;
    QDateTime m_addedAt;
    QDateTime m_passivatedAt;
    QComboBox* m_algorithmBox;
    QLabel* m_lifetimesLabel;
    QPushButton* m_add;
    QPushButton* m_passivate;
    QPushButton* m_delete;
    QLabel* m_addState;
    QLabel* m_passivateState;
    QLabel* m_deleteState;
    OutcomeBar* m_outcome;
};

} // namespace custos
