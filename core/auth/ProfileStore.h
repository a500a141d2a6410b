#pragma once

#include "core/auth/Profile.h"

#include <QList>
#include <QSettings>

namespace custos {

// The operator's profiles, kept in QSettings. Holds no secret: tokens live in the keychain or in memory.
class ProfileStore
{
public:
    ProfileStore() = default;
    explicit ProfileStore(const QString& settingsFile);

    [[nodiscard]] QList<Profile> profiles() const;
    [[nodiscard]] std::optional<Profile> find(const QString& name) const;
    // Adds the profile, or replaces the one with the same name.
    [[nodiscard]] Status save(const Profile& profile);
    void remove(const QString& name);

    [[nodiscard]] QString lastUsed() const;
    void setLastUsed(const QString& name);

    // The subject (user id) last signed in with a profile, to find its refresh token in the keychain.
    // An id, not a secret: the token itself never leaves the keychain.
    [[nodiscard]] QString lastSubject(const QString& profileName) const;
    void setLastSubject(const QString& profileName, const QString& subject);

private:
    void write(const QList<Profile>& profiles);
    std::unique_ptr<QSettings> settings() const;

    QString m_settingsFile;
};

} // namespace custos
