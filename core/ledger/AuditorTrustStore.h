#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace custos {

// What an auditor's machine remembers about each ledger origin it has seen: the verifier key the auditor pinned
// (after comparing its fingerprint with the one the organisation publishes) and the last signed checkpoint that
// verified. A later export must be signed by the pinned key and extend that checkpoint, or it rewrote history.
// Kept in QSettings, one group per origin; nothing secret is stored.
class AuditorTrustStore
{
public:
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

    // The store's file in `directory`.
    [[nodiscard]] static QString fileIn(const QString& directory);
    // This account's Custos configuration folder (~/.config/Custos on Linux), for the window and the CLI alike.
    [[nodiscard]] static QString defaultDirectory();

private:
    void adoptApplicationSettings();
    [[nodiscard]] Status write(const QString& origin, const QString& key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace custos
