#pragma once

#include "core/common/Result.h"
#include "core/ledger/WitnessKey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace custos {

// What an auditor's machine remembers about each ledger origin it has seen: the verifier key the auditor pinned
// (after comparing its fingerprint with the one the organisation publishes) and the last signed checkpoint that
// verified. A later export must be signed by the pinned key and extend that checkpoint, or it rewrote history.
// Beside them, the witnesses the auditor pinned (one cosignature/v1 key per witness name) and how many of them
// must have cosigned an export's checkpoint: one quorum for every origin, so that an origin seen for the first
// time is held to it too. Kept in QSettings, one group per origin; nothing secret is stored.
class AuditorTrustStore
{
public:
    // The witnesses an export's checkpoint is judged by: the pinned keys and how many must have cosigned.
    struct WitnessPolicy
    {
        QList<WitnessKey> keys;
        int quorum = 0;
    };
    struct Entry
    {
        QString pinnedKey;         // name+hash+base64; empty: not pinned
        QByteArray lastCheckpoint; // signed checkpoint note; empty: none seen
    };

    // `settingsPath`: an INI file; empty: fileIn(defaultDirectory()), which auditor mode and `custos-ledger verify
    // --trust-store` share.
    explicit AuditorTrustStore(const QString& settingsPath = {});
    ~AuditorTrustStore();
    AuditorTrustStore(const AuditorTrustStore&) = delete;
    AuditorTrustStore& operator=(const AuditorTrustStore&) = delete;

    [[nodiscard]] Entry entry(const QString& origin) const;
    // The origins a key is pinned for.
    [[nodiscard]] QStringList pinnedOrigins() const;
    // The key must be a valid verifier key named after `origin`.
    [[nodiscard]] Status pinKey(const QString& origin, const QString& verifierKey);
    [[nodiscard]] Status rememberCheckpoint(const QString& origin, const QByteArray& note);

    // The pinned witness keys, by name.
    [[nodiscard]] QList<WitnessKey> pinnedWitnesses() const;
    // Refuses a name already pinned (remove it first: a witness's key is not replaced in passing) and a key
    // already pinned under another name (it would count twice).
    [[nodiscard]] Status pinWitness(const QString& verifierKey);
    // Refuses to leave fewer pinned witnesses than the quorum requires: lower the quorum first.
    [[nodiscard]] Status unpinWitness(const QString& name);
    [[nodiscard]] WitnessPolicy witnessPolicy() const { return {pinnedWitnesses(), witnessQuorum()}; }
    // How many pinned witnesses must have cosigned; 0: none required.
    [[nodiscard]] int witnessQuorum() const;
    // From 0 to the number of pinned witnesses.
    [[nodiscard]] Status setWitnessQuorum(int quorum);

    // The store's file in `directory`.
    [[nodiscard]] static QString fileIn(const QString& directory);
    // This account's Custos configuration folder (~/.config/Custos on Linux), for the window and the CLI alike.
    [[nodiscard]] static QString defaultDirectory();

private:
    void adoptApplicationSettings();
    [[nodiscard]] Status write(const QString& origin, const QString& key, const QVariant& value);
    [[nodiscard]] Status save(const QString& key, const QVariant& value);
    [[nodiscard]] Status flush();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace custos
