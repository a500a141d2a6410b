#include "core/auth/ProfileStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace custos {
namespace {
const QString profilesKey = QStringLiteral("profiles");
const QString lastUsedKey = QStringLiteral("session/lastProfile");
} // namespace

ProfileStore::ProfileStore(const QString& settingsFile)
    : m_settingsFile(settingsFile)
{
}

std::unique_ptr<QSettings> ProfileStore::settings() const
{
    if (m_settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

QList<Profile> ProfileStore::profiles() const
{
    auto store = settings();
    QList<Profile> result;
    const int count = store->beginReadArray(profilesKey);
    for (int i = 0; i < count; ++i) {
        store->setArrayIndex(i);
        Profile profile;
        profile.name = store->value(QStringLiteral("name")).toString();
        profile.issuer = QUrl(store->value(QStringLiteral("issuer")).toString());
        profile.clientId = store->value(QStringLiteral("clientId")).toString();
        profile.platformUrl = QUrl(store->value(QStringLiteral("platformUrl")).toString());
        profile.caBundle = store->value(QStringLiteral("caBundle")).toString();
        profile.acrValues = store->value(QStringLiteral("acrValues")).toString();
        // The ticket policy, the caller attributes and the witnesses, kept as the profile file has them (one JSON
        // object); a broken entry is skipped below.
        const QJsonObject policies =
            QJsonDocument::fromJson(store->value(QStringLiteral("policies")).toString().toUtf8()).object();
        auto justification = JustificationPolicy::fromJson(policies);
        auto callerAttributes = CallerAttributes::fromJson(policies);
        auto witnesses = WitnessPolicy::fromJson(policies);
        if (!justification || !callerAttributes || !witnesses)
            continue;
        profile.justification = justification.value();
        profile.callerAttributes = callerAttributes.value();
        profile.witnesses = witnesses.value();
        // A hand-edited settings file may hold a broken entry: skip it rather than sign in to garbage.
        if (profile.validate().ok())
            result.append(profile);
    }
    store->endArray();
    return result;
}

std::optional<Profile> ProfileStore::find(const QString& name) const
{
    for (const Profile& profile : profiles()) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

Status ProfileStore::save(const Profile& profile)
{
    if (Status valid = profile.validate(); !valid.ok())
        return valid;
    QList<Profile> all = profiles();
    auto existing = std::find_if(all.begin(), all.end(), [&](const Profile& p) { return p.name == profile.name; });
    if (existing != all.end())
        *existing = profile;
    else
        all.append(profile);
    write(all);
    return success();
}

void ProfileStore::remove(const QString& name)
{
    QList<Profile> all = profiles();
    all.removeIf([&](const Profile& p) { return p.name == name; });
    write(all);
}

void ProfileStore::write(const QList<Profile>& profiles)
{
    auto store = settings();
    store->remove(profilesKey);
    store->beginWriteArray(profilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile& profile = profiles.at(i);
        store->setArrayIndex(i);
        store->setValue(QStringLiteral("name"), profile.name);
        store->setValue(QStringLiteral("issuer"), profile.issuer.toString());
        store->setValue(QStringLiteral("clientId"), profile.clientId);
        store->setValue(QStringLiteral("platformUrl"), profile.platformUrl.toString());
        store->setValue(QStringLiteral("caBundle"), profile.caBundle);
        store->setValue(QStringLiteral("acrValues"), profile.acrValues);
        QJsonObject policies;
        profile.justification.addTo(policies);
        profile.callerAttributes.addTo(policies);
        profile.witnesses.addTo(policies);
        store->setValue(QStringLiteral("policies"),
                        QString::fromUtf8(QJsonDocument(policies).toJson(QJsonDocument::Compact)));
    }
    store->endArray();
}

QString ProfileStore::lastUsed() const
{
    return settings()->value(lastUsedKey).toString();
}

void ProfileStore::setLastUsed(const QString& name)
{
    settings()->setValue(lastUsedKey, name);
}

QString ProfileStore::lastSubject(const QString& profileName) const
{
    return settings()
        ->value(QStringLiteral("session/subjects/") + QString::fromLatin1(profileName.toUtf8().toHex()))
        .toString();
}

void ProfileStore::setLastSubject(const QString& profileName, const QString& subject)
{
    auto store = settings();
    const QString key = QStringLiteral("session/subjects/") + QString::fromLatin1(profileName.toUtf8().toHex());
    if (subject.isEmpty())
        store->remove(key);
    else
        store->setValue(key, subject);
}

} // namespace custos
