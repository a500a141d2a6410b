#include "core/ledger/WitnessQuorum.h"

#include "core/ledger/SignedNote.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace custos {
namespace {

// A cosignature/v1 signature: 8 bytes of timestamp, then the 64-byte Ed25519 signature. The ledger's own note
// signature (64 bytes) is no cosignature and is not listed.
constexpr qsizetype cosignatureSize = 8 + 64;

QString statusName(WitnessQuorum::Cosigner::Status status)
{
    using Status = WitnessQuorum::Cosigner::Status;
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::Invalid:
        return QStringLiteral("invalid");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::NotPinned:
        return QStringLiteral("not-pinned");
    }
    return QStringLiteral("unknown");
}

} // namespace

WitnessQuorum::Report WitnessQuorum::check(const QByteArray& note, const QList<WitnessKey>& keys, int quorum)
{
    Report report;
    report.quorum = quorum;
    const auto parsed = SignedNote::parse(note);
    const QList<SignedNote::Signature> signatures = parsed ? parsed->signatures() : QList<SignedNote::Signature>();
    auto byKey = [](const SignedNote::Signature& signature, const QString& name, quint32 keyHash) {
        return signature.name == name && signature.keyHash == keyHash;
    };
    QSet<QByteArray> seen;
    for (const WitnessKey& key : keys) {
        if (seen.contains(key.publicKey()))
            continue;
        seen.insert(key.publicKey());
        Cosigner cosigner{key.name(), key.text(), key.keyHash(), Cosigner::Status::Missing, std::nullopt};
        if (parsed)
            cosigner.time = key.cosignatureTime(parsed.value());
        if (cosigner.time) {
            cosigner.status = Cosigner::Status::Valid;
            ++report.valid;
        } else if (std::any_of(signatures.cbegin(), signatures.cend(), [&](const SignedNote::Signature& signature) {
                       return byKey(signature, key.name(), key.keyHash());
                   })) {
            cosigner.status = Cosigner::Status::Invalid;
        }
        report.cosigners.append(cosigner);
    }
    for (const SignedNote::Signature& signature : signatures) {
        if (signature.signature.size() != cosignatureSize)
            continue;
        const bool pinned = std::any_of(keys.cbegin(), keys.cend(), [&](const WitnessKey& key) {
            return byKey(signature, key.name(), key.keyHash());
        });
        const bool listed = std::any_of(report.cosigners.cbegin(), report.cosigners.cend(), [&](const Cosigner& c) {
            return c.status == Cosigner::Status::NotPinned && c.name == signature.name &&
                   c.keyHash == signature.keyHash;
        });
        if (!pinned && !listed)
            report.cosigners.append(
                Cosigner{signature.name, {}, signature.keyHash, Cosigner::Status::NotPinned, std::nullopt});
    }
    return report;
}

QString WitnessQuorum::timeText(quint64 time)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(time), Qt::UTC).toString(Qt::ISODate);
}

QString WitnessQuorum::Report::toText() const
{
    QString text;
    for (const Cosigner& cosigner : cosigners) {
        switch (cosigner.status) {
        case Cosigner::Status::Valid:
            text += QStringLiteral("witness %1: cosigned at %2\n").arg(cosigner.name, timeText(*cosigner.time));
            break;
        case Cosigner::Status::Invalid:
            text +=
                QStringLiteral("witness %1: INVALID cosignature (changed or forged), not counted\n").arg(cosigner.name);
            break;
        case Cosigner::Status::Missing:
            text += QStringLiteral("witness %1: no valid cosignature\n").arg(cosigner.name);
            break;
        case Cosigner::Status::NotPinned:
            text += QStringLiteral("witness %1 (key hash %2): not pinned, not checked, not counted\n")
                        .arg(cosigner.name)
                        .arg(cosigner.keyHash, 8, 16, QChar(u'0'));
            break;
        }
    }
    return text + QStringLiteral("witnesses: %1 of %2 required cosignatures valid: %3\n")
                      .arg(valid)
                      .arg(quorum)
                      .arg(met() ? QStringLiteral("OK") : QStringLiteral("FAILED, not witnessed"));
}

QJsonObject WitnessQuorum::Report::toJson() const
{
    QJsonArray list;
    for (const Cosigner& cosigner : cosigners)
        list.append(QJsonObject{
            {QStringLiteral("name"), cosigner.name},
            {QStringLiteral("key"), cosigner.key},
            {QStringLiteral("key_hash"), QStringLiteral("%1").arg(cosigner.keyHash, 8, 16, QChar(u'0'))},
            {QStringLiteral("status"), statusName(cosigner.status)},
            {QStringLiteral("cosigned_at"), cosigner.time ? QJsonValue(timeText(*cosigner.time)) : QJsonValue()},
        });
    return QJsonObject{{QStringLiteral("cosigners"), list},
                       {QStringLiteral("valid"), valid},
                       {QStringLiteral("quorum"), quorum},
                       {QStringLiteral("ok"), met()}};
}

} // namespace custos
