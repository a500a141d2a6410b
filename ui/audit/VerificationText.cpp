#include "ui/audit/VerificationText.h"

#include "core/crypto/Sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace custos::VerificationText {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("custos::VerificationText", text);
}

} // namespace

QString kindLabel(VerificationReport::Kind kind)
{
    using Kind = VerificationReport::Kind;
    switch (kind) {
    case Kind::None:
        return tr("valid");
    case Kind::Modified:
        return tr("modified");
    case Kind::Missing:
        return tr("missing record");
    case Kind::Inserted:
        return tr("inserted record");
    case Kind::Reordered:
        return tr("reordered");
    case Kind::Truncated:
        return tr("truncated");
    case Kind::BadCheckpointSignature:
        return tr("bad checkpoint signature");
    case Kind::UntrustedKey:
        return tr("untrusted key");
    case Kind::InconsistentWithEarlierCheckpoint:
        return tr("inconsistent with an earlier checkpoint");
    case Kind::BadHmac:
        return tr("bad HMAC");
    case Kind::Malformed:
        return tr("malformed");
    }
    return VerificationReport::kindName(kind);
}

QString counts(const VerificationReport& report)
{
    const QString counted = QCoreApplication::translate("custos::VerificationText", "%1/%2 records valid")
                                .arg(report.verified())
                                .arg(report.checked);
    if (report.ok() || report.valid == 0)
        return counted;
    return QCoreApplication::translate("custos::VerificationText",
                                       "%1 (%2 pass their own checks, but the ledger as a whole does not verify)")
        .arg(counted)
        .arg(report.valid);
}

QString fingerprint(const QByteArray& publicKey)
{
    const QString hex = QString::fromLatin1(Sha256::hash(publicKey).toHex().toUpper());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(u' ');
}

QString notWitnessed(const WitnessQuorum::Report& report)
{
    return QCoreApplication::translate("custos::VerificationText",
                                       "not witnessed: valid cosignatures from pinned witnesses: %1 found, %2 required")
        .arg(report.valid)
        .arg(report.quorum);
}

QString witnessCount(const WitnessQuorum::Report& report)
{
    if (report.quorum == 0)
        return QCoreApplication::translate(
                   "custos::VerificationText",
                   "No witness quorum is required; valid cosignatures from pinned witnesses: %1")
            .arg(report.valid);
    return QCoreApplication::translate("custos::VerificationText",
                                       "%1 of %2 required cosignatures from pinned witnesses are valid")
        .arg(report.valid)
        .arg(report.quorum);
}

QString cosignatureStatus(const WitnessQuorum::Cosigner& cosigner)
{
    using CosignerStatus = WitnessQuorum::Cosigner::Status;
    switch (cosigner.status) {
    case CosignerStatus::Valid:
        return tr("pinned, valid: counted");
    case CosignerStatus::Invalid:
        return tr("pinned, INVALID (changed or forged): not counted");
    case CosignerStatus::Missing:
        return tr("pinned, no cosignature on this checkpoint");
    case CosignerStatus::NotPinned:
        return tr("not pinned: cannot be checked, not counted");
    }
    return {};
}

QString keyHash(quint32 hash)
{
    return QStringLiteral("%1").arg(hash, 8, 16, QChar(u'0'));
}

QString utcTime(quint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(secondsSinceEpoch), QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QString localTime(quint64 secondsSinceEpoch)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(secondsSinceEpoch)).toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + local.timeZoneAbbreviation();
}

} // namespace custos::VerificationText
