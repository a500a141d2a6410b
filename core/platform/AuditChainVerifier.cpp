#include "core/platform/AuditChainVerifier.h"

#include "core/crypto/Sha256.h"
#include "core/ledger/Jcs.h"

#include <QCoreApplication>

namespace custos {
namespace {

struct AuditChainVerifierText
{
    Q_DECLARE_TR_FUNCTIONS(custos::AuditChainVerifier)
};

ChainBreak broken(const QString& chain, qint64 eventId, const QString& why)
{
    return ChainBreak{
        chain, eventId,
        Error::integrity(AuditChainVerifierText::tr("The platform's audit chain of %1 is broken at event %2")
                             .arg(AuditChainVerifier::chainName(chain))
                             .arg(eventId),
                         why,
                         AuditChainVerifierText::tr(
                             "Do not trust this chain's events from here on; keep the ledger as evidence and tell the "
                             "platform's operators"))};
}

} // namespace

QString AuditChainVerifier::genesisHash()
{
    return QString(64, u'0');
}

QString AuditChainVerifier::chainName(const QString& chain)
{
    return chain.isEmpty() ? AuditChainVerifierText::tr("the platform chain")
                           : AuditChainVerifierText::tr("tenant %1").arg(chain);
}

Result<QString> AuditChainVerifier::computeHash(const QString& prevHash, const QJsonObject& event)
{
    QJsonObject hashed = event;
    hashed.remove(QStringLiteral("prev_hash"));
    hashed.remove(QStringLiteral("integrity_hash"));
    auto canonical = Jcs::canonicalize(QJsonValue(hashed));
    if (!canonical)
        return canonical.error();
    const QByteArray input = prevHash.toLatin1() + canonical.value();
    return QString::fromLatin1(Sha256::hash(input).toHex());
}

void AuditChainVerifier::resume(const QHash<QString, QString>& heads, qint64 lastEventId)
{
    m_heads = heads;
    m_lastEventId = lastEventId;
}

std::optional<ChainBreak> AuditChainVerifier::verify(const PlatformAuditEvent& event)
{
    const QString& chain = event.tenantId;
    if (event.id <= m_lastEventId)
        return broken(
            chain, event.id,
            AuditChainVerifierText::tr("event ids must grow, but this one follows event %1").arg(m_lastEventId));
    const QString expectedPrev = m_heads.value(chain, genesisHash());
    if (event.prevHash != expectedPrev)
        return broken(chain, event.id,
                      AuditChainVerifierText::tr(
                          "its prev_hash %1 is not the hash of the chain's previous event (%2): an event was "
                          "removed, inserted or rewritten before it")
                          .arg(event.prevHash, expectedPrev));
    auto computed = computeHash(event.prevHash, event.raw);
    if (!computed)
        return broken(chain, event.id,
                      AuditChainVerifierText::tr("the event cannot be canonicalised (%1)").arg(computed.error().why));
    if (computed.value() != event.integrityHash)
        return broken(chain, event.id,
                      AuditChainVerifierText::tr(
                          "its content does not match its integrity_hash (computed %1, recorded %2): the event "
                          "was modified after it was written")
                          .arg(computed.value(), event.integrityHash));
    m_heads.insert(chain, event.integrityHash);
    m_lastEventId = event.id;
    return std::nullopt;
}

std::optional<ChainBreak> AuditChainVerifier::verifyHeads(const QList<PlatformAuditHead>& serverHeads) const
{
    for (const PlatformAuditHead& head : serverHeads) {
        // Events newer than the last one verified arrived after the feed was read: the next run checks them.
        if (head.lastEventId > m_lastEventId)
            continue;
        const QString ours = m_heads.value(head.tenantId);
        if (ours.isEmpty())
            return broken(head.tenantId, head.lastEventId,
                          AuditChainVerifierText::tr(
                              "the platform reports this chain up to event %1, but the feed never showed it")
                              .arg(head.lastEventId));
        if (ours != head.headHash)
            return broken(head.tenantId, head.lastEventId,
                          AuditChainVerifierText::tr(
                              "the platform's newest hash of this chain is %1, but the verified chain ends with %2: "
                              "events were removed or rewritten after they were read")
                              .arg(head.headHash, ours));
    }
    return std::nullopt;
}

} // namespace custos
