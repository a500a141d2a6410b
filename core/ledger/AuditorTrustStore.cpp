#include "core/ledger/AuditorTrustStore.h"

#include "core/ledger/NoteVerifier.h"

#include <QCoreApplication>
#include <QSettings>

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
    : m_settings(settingsPath.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
{
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
