#include "core/ledger/AuditorTrustStore.h"

#include "core/ledger/NoteVerifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace custos {
namespace {

const QString pinnedKeyName = QStringLiteral("pinnedKey");
const QString checkpointName = QStringLiteral("lastCheckpoint");

struct AuditorTrustStoreText { Q_DECLARE_TR_FUNCTIONS(custos::AuditorTrustStore) };

// Origins contain '/', which QSettings reads as a group separator: each origin gets one group named by its
// base64url form.
QString groupOf(const QString& origin)
{
    return QStringLiteral("auditor/") + QString::fromLatin1(origin.toUtf8().toBase64(
                                            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
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
        return Error{Error::Kind::Invalid, AuditorTrustStoreText::tr("Could not pin the key"),
                     AuditorTrustStoreText::tr("the key is named %1, not %2").arg(key->name(), origin), {}, 0};
    return write(origin, pinnedKeyName, key->toString());
}

Status AuditorTrustStore::rememberCheckpoint(const QString& origin, const QByteArray& note)
{
    return write(origin, checkpointName, note);
}

Status AuditorTrustStore::write(const QString& origin, const QString& key, const QVariant& value)
{
    m_settings->setValue(groupOf(origin) + u'/' + key, value);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Error{Error::Kind::Io,
                     AuditorTrustStoreText::tr("Could not save what this computer trusts"),
                     AuditorTrustStoreText::tr("the settings file %1 could not be written").arg(m_settings->fileName()),
                     {},
                     0};
    return success();
}

} // namespace custos
