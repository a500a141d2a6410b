#include "core/ledger/VerificationReport.h"

namespace custos {

QString VerificationReport::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Modified:
        return QStringLiteral("modified");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Inserted:
        return QStringLiteral("inserted");
    case Kind::Reordered:
        return QStringLiteral("reordered");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::BadCheckpointSignature:
        return QStringLiteral("bad-checkpoint-signature");
    case Kind::UntrustedKey:
        return QStringLiteral("untrusted-key");
    case Kind::InconsistentWithEarlierCheckpoint:
        return QStringLiteral("inconsistent-with-earlier-checkpoint");
    case Kind::BadHmac:
        return QStringLiteral("bad-hmac");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    }
    return QStringLiteral("unknown");
}

QString VerificationReport::completenessName(Completeness completeness)
{
    switch (completeness) {
    case Completeness::Unknown:
        return QStringLiteral("unknown");
    case Completeness::Complete:
        return QStringLiteral("yes");
    case Completeness::Selective:
        return QStringLiteral("not-proven");
    }
    return QStringLiteral("unknown");
}

QString VerificationReport::completenessText() const
{
    switch (completeness) {
    case Completeness::Unknown:
        return QStringLiteral("unknown");
    case Completeness::Complete:
        return QStringLiteral("yes (%1 records; %2 disclosed)").arg(checked).arg(disclosed);
    case Completeness::Selective:
        return QStringLiteral("not proven (selective export: %1 records of a log of %2)")
            .arg(disclosed)
            .arg(checkpointSize);
    }
    return {};
}

QJsonObject VerificationReport::toJson() const
{
    QJsonObject json{
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("records_checked"), checked},
        {QStringLiteral("records_valid"), verified()},
        {QStringLiteral("records_passing_own_checks"), valid},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("first_bad_seq"), firstBadSeq >= 0 ? QJsonValue(firstBadSeq) : QJsonValue()},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("checkpoint_size"), checkpointSize},
        {QStringLiteral("verifier_key"), verifierKey},
        {QStringLiteral("origin_authenticated"), keyTrusted},
        {QStringLiteral("hmac_checked"), hmacChecked},
        {QStringLiteral("uncheckpointed"), uncheckpointed},
        {QStringLiteral("complete"), completenessName(completeness)},
        {QStringLiteral("disclosed"), disclosed >= 0 ? QJsonValue(disclosed) : QJsonValue()},
        {QStringLiteral("log_size"), checkpointSize},
    };
    return json;
}

QString VerificationReport::toText() const
{
    QString text = QStringLiteral("%1/%2 records valid").arg(verified()).arg(checked);
    if (!ok() && valid > 0)
        text += QStringLiteral(" (%1 pass their own checks, but the ledger as a whole does not verify)").arg(valid);
    text += u'\n';
    if (checkpointSize >= 0)
        text += QStringLiteral("checkpoint: origin %1, size %2\n").arg(origin).arg(checkpointSize);
    else if (origin.isEmpty())
        text += QStringLiteral("checkpoint: not read\n");
    else if (kind == Kind::UntrustedKey || kind == Kind::BadCheckpointSignature)
        text += QStringLiteral("checkpoint: origin %1, signature not verified\n").arg(origin);
    else
        text += QStringLiteral("checkpoint: origin %1, none yet\n").arg(origin);
    text += verifierKey.isEmpty() ? QStringLiteral("key: not read\n") : QStringLiteral("key: %1\n").arg(verifierKey);
    if (keyTrusted)
        text += QStringLiteral("origin: authenticated (signed with the trusted key)\n");
    else if (kind == Kind::UntrustedKey)
        text += QStringLiteral("origin: NOT authenticated (signed with another key than the trusted one)\n");
    else if (!verifierKey.isEmpty())
        text += QStringLiteral("origin: NOT authenticated (no trusted key given: this only shows that the file "
                               "agrees with the key written inside it; pass --trusted-key VKEY)\n");
    text += hmacChecked ? QStringLiteral("hmac: checked\n") : QStringLiteral("hmac: not checked (no key given)\n");
    if (uncheckpointed > 0)
        text += QStringLiteral("%1 records after the latest checkpoint\n").arg(uncheckpointed);
    // A selective export says so even when a record in it fails: what it leaves out was never checked.
    if ((ok() && completeness != Completeness::Unknown) || completeness == Completeness::Selective)
        text += QStringLiteral("complete: %1\n").arg(completenessText());
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
