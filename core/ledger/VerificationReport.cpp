#include "core/ledger/VerificationReport.h"

namespace custos {

QString VerificationReport::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Modified: return QStringLiteral("modified");
    case Kind::Missing: return QStringLiteral("missing");
    case Kind::Inserted: return QStringLiteral("inserted");
    case Kind::Reordered: return QStringLiteral("reordered");
    case Kind::Truncated: return QStringLiteral("truncated");
    case Kind::BadCheckpointSignature: return QStringLiteral("bad-checkpoint-signature");
    case Kind::UntrustedKey: return QStringLiteral("untrusted-key");
    case Kind::InconsistentWithEarlierCheckpoint: return QStringLiteral("inconsistent-with-earlier-checkpoint");
    case Kind::BadHmac: return QStringLiteral("bad-hmac");
    case Kind::Malformed: return QStringLiteral("malformed");
    }
    return QStringLiteral("unknown");
}

QJsonObject VerificationReport::toJson() const
{
    QJsonObject json{
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("records_checked"), checked},
        {QStringLiteral("records_valid"), valid},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("first_bad_seq"), firstBadSeq >= 0 ? QJsonValue(firstBadSeq) : QJsonValue()},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("checkpoint_size"), checkpointSize},
        {QStringLiteral("verifier_key"), verifierKey},
        {QStringLiteral("hmac_checked"), hmacChecked},
        {QStringLiteral("uncheckpointed"), uncheckpointed},
    };
    return json;
}

QString VerificationReport::toText() const
{
    QString text = QStringLiteral("%1/%2 records valid\n").arg(valid).arg(checked);
    text += QStringLiteral("checkpoint: origin %1, size %2\n").arg(origin).arg(checkpointSize);
    text += QStringLiteral("key: %1\n").arg(verifierKey);
    text += hmacChecked ? QStringLiteral("hmac: checked\n") : QStringLiteral("hmac: not checked (no key given)\n");
    if (uncheckpointed > 0)
        text += QStringLiteral("%1 records after the latest checkpoint\n").arg(uncheckpointed);
    if (ok()) {
        text += QStringLiteral("OK\n");
    } else {
        text += QStringLiteral("FAILED: %1").arg(kindName(kind));
        text += firstBadSeq >= 0 ? QStringLiteral(" at seq %1").arg(firstBadSeq) : QString();
        text += detail.isEmpty() ? QString() : QStringLiteral(": ") + detail;
        text += u'\n';
    }
    return text;
}

} // namespace custos
