#include "core/ledger/AuditorTrustStore.h"

#include "core/ledger/NoteVerifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace custos {
namespace {

const QString pinnedKeyName = QStringLiteral("pinnedKey");
const QString checkpointName = QStringLiteral("lastCheckpoint");
const QString witnessGroup = QStringLiteral("witnesses/keys");
const QString quorumName = QStringLiteral("witnesses/quorum");

struct AuditorTrustStoreText
{
    Q_DECLARE_TR_FUNCTIONS(custos::AuditorTrustStore)
};

// Origins and witness names contain '/', which QSettings reads as a group separator: each is stored under its
// base64url form.
QString encoded(const QString& name)
{
    return QString::fromLatin1(name.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString groupOf(const QString& origin)
{
    return QStringLiteral("auditor/") + encoded(origin);
}

Error witnessError(const QString& what, const QString& why, const QString& fix)
{
    return Error::invalid(what, why, fix);
}

} // namespace

AuditorTrustStore::AuditorTrustStore(const QString& settingsPath)
    : m_settings(std::make_unique<QSettings>(settingsPath.isEmpty() ? fileIn(defaultDirectory()) : settingsPath,
                                             QSettings::IniFormat))
{
    if (settingsPath.isEmpty())
        adoptApplicationSettings();
}

void AuditorTrustStore::adoptApplicationSettings()
{
    // Auditor mode kept its pins in the application's settings before the CLI shared them: carried over once, so
    // no pinned key or remembered checkpoint is lost; the old copy stays where it was.
    QSettings application;
    if (!m_settings->childGroups().isEmpty() || !application.childGroups().contains(QStringLiteral("auditor")))
        return;
    application.beginGroup(QStringLiteral("auditor"));
    const QStringList keys = application.allKeys();
    for (const QString& key : keys)
        m_settings->setValue(QStringLiteral("auditor/") + key, application.value(key));
    application.endGroup();
    m_settings->sync();
}

QString AuditorTrustStore::fileIn(const QString& directory)
{
    return QDir(directory).filePath(QStringLiteral("auditor-trust.ini"));
}

QString AuditorTrustStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/Custos");
}

QStringList AuditorTrustStore::pinnedOrigins() const
{
    QStringList origins;
    m_settings->beginGroup(QStringLiteral("auditor"));
    const QStringList groups = m_settings->childGroups();
    for (const QString& group : groups) {
        if (m_settings->value(group + u'/' + pinnedKeyName).toString().isEmpty())
            continue;
        origins.append(QString::fromUtf8(
            QByteArray::fromBase64(group.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    }
    m_settings->endGroup();
    return origins;
}

AuditorTrustStore::~AuditorTrustStore() = default;

AuditorTrustStore::Entry AuditorTrustStore::entry(const QString& origin) const
{
    const QString group = groupOf(origin);
    return Entry{m_settings->value(group + u'/' + pinnedKeyName).toString(),
                 m_settings->value(group + u'/' + checkpointName).toByteArray()};
}

Status AuditorTrustStore::pinKey(const QString& origin, const QString& verifierKey)
{
    auto key = NoteVerifier::parse(verifierKey);
    if (!key)
        return key.error();
    if (key->name() != origin)
        return Error::invalid(AuditorTrustStoreText::tr("Could not pin the key"),
                              AuditorTrustStoreText::tr("the key is named %1, not %2").arg(key->name(), origin));
    return write(origin, pinnedKeyName, key->toString());
}

Status AuditorTrustStore::rememberCheckpoint(const QString& origin, const QByteArray& note)
{
    return write(origin, checkpointName, note);
}

QList<WitnessKey> AuditorTrustStore::pinnedWitnesses() const
{
    QList<WitnessKey> keys;
    m_settings->beginGroup(witnessGroup);
    const QStringList names = m_settings->childKeys();
    for (const QString& name : names) {
        // A key edited into something unreadable is left out: it cannot count towards the quorum.
        if (auto key = WitnessKey::parse(m_settings->value(name).toString()))
            keys.append(key.value());
    }
    m_settings->endGroup();
    std::sort(keys.begin(), keys.end(), [](const WitnessKey& a, const WitnessKey& b) { return a.name() < b.name(); });
    return keys;
}

Status AuditorTrustStore::pinWitness(const QString& verifierKey)
{
    auto key = WitnessKey::parse(verifierKey);
    if (!key)
        return key.error();
    const QString what = AuditorTrustStoreText::tr("Could not pin the witness key");
    for (const WitnessKey& pinned : pinnedWitnesses()) {
        if (pinned.name() == key->name())
            return witnessError(
                what, AuditorTrustStoreText::tr("a key is already pinned for the witness %1").arg(key->name()),
                AuditorTrustStoreText::tr("Remove the witness first if its key really changed"));
        if (pinned.publicKey() == key->publicKey())
            return witnessError(
                what, AuditorTrustStoreText::tr("the same key is already pinned as the witness %1").arg(pinned.name()),
                AuditorTrustStoreText::tr("One witness counts once: keep one name for it"));
    }
    return save(witnessGroup + u'/' + encoded(key->name()), key->text());
}

Status AuditorTrustStore::unpinWitness(const QString& name)
{
    const qsizetype remaining = pinnedWitnesses().size() - 1;
    if (remaining < witnessQuorum())
        return witnessError(
            AuditorTrustStoreText::tr("Could not remove the witness %1").arg(name),
            AuditorTrustStoreText::tr("the quorum requires %n pinned witness(es)", nullptr, witnessQuorum()),
            AuditorTrustStoreText::tr("Lower the quorum first"));
    m_settings->remove(witnessGroup + u'/' + encoded(name));
    return flush();
}

int AuditorTrustStore::witnessQuorum() const
{
    return m_settings->value(quorumName, 0).toInt();
}

Status AuditorTrustStore::setWitnessQuorum(int quorum)
{
    const qsizetype pinned = pinnedWitnesses().size();
    if (quorum < 0 || quorum > pinned)
        return witnessError(
            AuditorTrustStoreText::tr("Could not set the witness quorum"),
            AuditorTrustStoreText::tr("%1 is not between 0 and the %2 witness(es) pinned").arg(quorum).arg(pinned),
            AuditorTrustStoreText::tr("Pin more witnesses first"));
    return save(quorumName, quorum);
}

Status AuditorTrustStore::write(const QString& origin, const QString& key, const QVariant& value)
{
    return save(groupOf(origin) + u'/' + key, value);
}

Status AuditorTrustStore::save(const QString& key, const QVariant& value)
{
    m_settings->setValue(key, value);
    return flush();
}

Status AuditorTrustStore::flush()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Error::io(
            AuditorTrustStoreText::tr("Could not save what this computer trusts"),
            AuditorTrustStoreText::tr("the settings file %1 could not be written").arg(m_settings->fileName()));
    return success();
}

} // namespace custos
