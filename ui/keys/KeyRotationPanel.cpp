#include "ui/keys/KeyRotationPanel.h"

#include "core/actions/ActionContext.h"
#include "core/common/Clock.h"
#include "core/keys/RealmKeyOperations.h"
#include "ui/tenants/OutcomeBar.h"
#include "ui/widgets/ConfirmationDialog.h"
#include "ui/widgets/Gating.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos {
namespace {

QString duration(qint64 seconds)
{
    if (seconds % 3600 == 0 && seconds >= 3600)
        return QObject::tr("%n hour(s)", nullptr, int(seconds / 3600));
    if (seconds % 60 == 0 && seconds >= 60)
        return QObject::tr("%n minute(s)", nullptr, int(seconds / 60));
    return QObject::tr("%n second(s)", nullptr, int(seconds));
}

QString at(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

KeyRotationPanel::KeyRotationPanel(ActionContext* actions, RealmKeysApi* keys, QWidget* parent)
    : QGroupBox(tr("Guided key rotation"), parent)
    , m_actions(actions)
    , m_keysApi(keys)
    , m_algorithmBox(new QComboBox(this))
    , m_lifetimesLabel(new QLabel(this))
    , m_add(new QPushButton(tr("1. &Add a new key"), this))
    , m_passivate(new QPushButton(tr("2. Make the old key &passive"), this))
    , m_delete(new QPushButton(tr("3. &Delete the old key"), this))
    , m_addState(new QLabel(this))
    , m_passivateState(new QLabel(this))
    , m_deleteState(new QLabel(this))
    , m_outcome(new OutcomeBar(this))
{
    setObjectName(QStringLiteral("keyRotationPanel"));
    m_algorithmBox->setObjectName(QStringLiteral("rotationAlgorithm"));
    m_algorithmBox->setAccessibleName(tr("Algorithm to rotate"));
    m_lifetimesLabel->setObjectName(QStringLiteral("tokenLifetimes"));
    m_lifetimesLabel->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("rotationAddButton"));
    m_passivate->setObjectName(QStringLiteral("rotationPassivateButton"));
    m_delete->setObjectName(QStringLiteral("rotationDeleteButton"));
    for (QLabel* state : {m_addState, m_passivateState, m_deleteState}) {
        state->setWordWrap(true);
        state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_addState->setObjectName(QStringLiteral("rotationAddState"));
    m_passivateState->setObjectName(QStringLiteral("rotationPassivateState"));
    m_deleteState->setObjectName(QStringLiteral("rotationDeleteState"));

    auto* grid = new QGridLayout;
    auto* algorithmLabel = new QLabel(tr("Algorithm:"), this);
    algorithmLabel->setBuddy(m_algorithmBox); // ties the label to the box for screen readers
    grid->addWidget(algorithmLabel, 0, 0);
    grid->addWidget(m_algorithmBox, 0, 1);
    grid->addWidget(m_add, 1, 0);
    grid->addWidget(m_addState, 1, 1);
    grid->addWidget(m_passivate, 2, 0);
    grid->addWidget(m_passivateState, 2, 1);
    grid->addWidget(m_delete, 3, 0);
    grid->addWidget(m_deleteState, 3, 1);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lifetimesLabel);
    layout->addLayout(grid);
    layout->addWidget(m_outcome);

    connect(m_add, &QPushButton::clicked, this, [this] { confirmStep(Step::AddKey); });
    connect(m_passivate, &QPushButton::clicked, this, [this] { confirmStep(Step::Passivate); });
    connect(m_delete, &QPushButton::clicked, this, [this] { confirmStep(Step::Delete); });
    connect(m_algorithmBox, &QComboBox::currentIndexChanged, this, &KeyRotationPanel::updateState);
    connect(m_actions, &ActionContext::accessChanged, this, &KeyRotationPanel::updateState);
    setLifetimes({}, tr("The realm's token lifetimes have not been read yet."));
}

QPushButton* KeyRotationPanel::stepButton(Step step) const
{
    switch (step) {
    case Step::AddKey:
        return m_add;
    case Step::Passivate:
        return m_passivate;
    case Step::Delete:
        return m_delete;
    case Step::Done:
        break;
    }
    return nullptr;
}

void KeyRotationPanel::setKeys(const RealmKeys& keys, const QList<KeyProvider>& providers)
{
    m_keys = keys;
    m_providers = providers;
    // Once a rotation has begun its algorithm is fixed; before, the choice follows what signs in the realm.
    const QString current = m_algorithm.isEmpty() ? m_algorithmBox->currentText() : m_algorithm;
    const QSignalBlocker blocker(m_algorithmBox);
    m_algorithmBox->clear();
    QStringList algorithms = keys.activeKids.keys();
    algorithms.sort();
    m_algorithmBox->addItems(algorithms);
    const int keep = m_algorithmBox->findText(current.isEmpty() ? QStringLiteral("RS256") : current);
    m_algorithmBox->setCurrentIndex(std::max(keep, 0));
    updateState();
}

void KeyRotationPanel::setLifetimes(const Lifetimes& lifetimes, const QString& unavailableReason)
{
    m_lifetimes = lifetimes;
    m_lifetimesUnavailable = unavailableReason;
    if (lifetimes.known)
        m_lifetimesLabel->setText(
            tr("In this realm access tokens (and ID tokens) live %1; SSO sessions end after %2 idle and %3 at most. "
               "Tokens signed by the old key are accepted until they expire, so make it passive no earlier than %1 "
               "after step 1, and delete it once no session that could hold such a token remains.")
                .arg(duration(lifetimes.accessToken), duration(lifetimes.ssoIdle), duration(lifetimes.ssoMax)));
    else
        m_lifetimesLabel->setText(
            tr("%1 Wait at least as long as the realm's access-token lifetime (Keycloak's default is 5 minutes) after "
               "step 1 before making the old key passive, and until no session could still hold a token it signed "
               "before deleting it.")
                .arg(unavailableReason));
    updateState();
}

QDateTime KeyRotationPanel::earliest(Step step) const
{
    if (!m_lifetimes.known || !m_addedAt.isValid())
        return {};
    if (step == Step::Passivate)
        return m_addedAt.addSecs(m_lifetimes.accessToken);
    if (step == Step::Delete)
        return m_addedAt.addSecs(std::max(m_lifetimes.accessToken, m_lifetimes.ssoIdle));
    return {};
}

void KeyRotationPanel::updateState()
{
    if (m_algorithm.isEmpty()) {
        // Not started: the key the rotation would replace is the one that signs now.
        const QString algorithm = m_algorithmBox->currentText();
        m_oldKid = m_keys.activeKids.value(algorithm);
        m_oldProvider.clear();
        for (const RealmKey& key : std::as_const(m_keys.keys))
            if (key.kid == m_oldKid)
                m_oldProvider = key.providerId;
    }
    QString oldName = m_oldProvider;
    for (const KeyProvider& provider : std::as_const(m_providers))
        if (provider.id == m_oldProvider)
            oldName = tr("%1 (priority %2)").arg(provider.name).arg(provider.priority());

    const QString denied = m_actions->gate().whyNot(ActionId::RealmKeyRotate);
    auto gate = [&](QPushButton* button, bool ready, const QString& tip) {
        Gating::apply(button, denied, tip, ready && !m_running);
    };
    gate(m_add, m_step == Step::AddKey && !m_oldProvider.isEmpty(),
         tr("Add a generated key provider with a higher priority than %1").arg(oldName));
    gate(m_passivate, m_step == Step::Passivate, tr("Step 1 must be done first"));
    gate(m_delete, m_step == Step::Delete, tr("Step 2 must be done first"));
    m_algorithmBox->setEnabled(m_algorithm.isEmpty() && !m_running);

    switch (m_step) {
    case Step::AddKey:
        m_addState->setText(m_oldProvider.isEmpty() ? tr("No active key of this algorithm to replace.")
                                                    : tr("To do: the key %1 of %2 signs now.").arg(m_oldKid, oldName));
        m_passivateState->setText(tr("Waiting for step 1."));
        m_deleteState->setText(tr("Waiting for step 2."));
        break;
    case Step::Passivate: {
        const QDateTime notBefore = earliest(Step::Passivate);
        m_addState->setText(tr("Done %1: the new provider %2 signs; the old key %3 still verifies.")
                                .arg(at(m_addedAt), m_newProvider, m_oldKid));
        m_passivateState->setText(notBefore.isValid() ? tr("Ready; recommended from %1.").arg(at(notBefore))
                                                      : tr("Ready once the old key's tokens have expired."));
        m_deleteState->setText(tr("Waiting for step 2."));
        break;
    }
    case Step::Delete: {
        const QDateTime notBefore = earliest(Step::Delete);
        m_passivateState->setText(
            tr("Done %1: the old key %2 is passive (verifies, no longer signs).").arg(at(m_passivatedAt), m_oldKid));
        m_deleteState->setText(notBefore.isValid() ? tr("Ready; recommended from %1.").arg(at(notBefore))
                                                   : tr("Ready once no session holds a token it signed."));
        break;
    }
    case Step::Done:
        m_deleteState->setText(tr("Done: the old provider %1 is deleted. The rotation is complete.").arg(oldName));
        break;
    }
}

void KeyRotationPanel::confirmStep(Step step)
{
    QString question;
    switch (step) {
    case Step::AddKey:
        question = tr("Add a new %1 key with a higher priority? It signs every new token from then on.")
                       .arg(m_algorithmBox->currentText());
        break;
    case Step::Passivate:
        question = tr("Make the old key %1 passive? Tokens it signed are still verified.").arg(m_oldKid);
        break;
    case Step::Delete:
        question = tr("Delete the old key provider? Tokens signed by %1 can no longer be verified.").arg(m_oldKid);
        break;
    case Step::Done:
        return;
    }
    const QDateTime notBefore = earliest(step);
    if (notBefore.isValid() && Clock::now() < notBefore)
        question += QStringLiteral("\n\n") + tr("It is earlier than recommended (%1): tokens the old key signed may "
                                                "still be in use.")
                                                 .arg(at(notBefore));
    auto* ask = new ConfirmationDialog(QStringLiteral("rotationConfirmBox"), tr("Key rotation"), question,
                                       tr("&Continue"), m_actions->justificationPolicy(), this);
    connect(ask, &ConfirmationDialog::confirmed, this,
            [this, step](const Justification& justification) { runStep(step, justification); });
    ask->open();
}

void KeyRotationPanel::runStep(Step step, const Justification& justification)
{
    m_running = true;
    updateState();
    m_actions->whenAllowed(
        ActionId::RealmKeyRotate, justification,
        [this, step, justification] {
            AuditTrail* audit = m_actions->auditTrail();
            const Operator actor = m_actions->currentOperator();
            RealmKeyOperation* operation = nullptr;
            RealmKeyAddition* addition = nullptr;
            // Owned by the context: leaving the page never abandons a step in flight.
            if (step == Step::AddKey) {
                m_algorithm = m_algorithmBox->currentText();
                addition = new RealmKeyAddition(m_keysApi, audit, actor, m_algorithm, m_actions);
                operation = addition;
            } else if (step == Step::Passivate) {
                operation = new RealmKeyPassivation(m_keysApi, audit, actor, m_oldProvider, m_actions);
            } else {
                operation = new RealmKeyDeletion(m_keysApi, audit, actor, m_oldProvider, m_actions);
            }
            operation->setJustification(justification);
            m_outcome->track(operation);
            connect(operation, &AuditedOperation::finished, this,
                    [this, step, addition](const OperationOutcome& outcome) {
                        m_running = false;
                        if (outcome.succeeded) {
                            if (step == Step::AddKey) {
                                m_newProvider = addition->providerId();
                                m_addedAt = Clock::now();
                                m_step = Step::Passivate;
                            } else if (step == Step::Passivate) {
                                m_passivatedAt = Clock::now();
                                m_step = Step::Delete;
                            } else {
                                m_step = Step::Done;
                            }
                        } else if (step == Step::AddKey) {
                            m_algorithm.clear(); // nothing started: the algorithm may be chosen again
                        }
                        updateState();
                        emit keysChanged();
                    });
            operation->start();
        },
        [this](const Error& error) {
            m_running = false;
            updateState();
            m_outcome->showError(error);
        });
}

} // namespace custos
