#pragma once

#include "core/common/Result.h"
#include "core/platform/PlatformTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace custos {

// Where a chain is broken and why (Error::Kind::Integrity, naming the chain and the event).
struct ChainBreak
{
    QString chain; // the tenant id; empty for the platform chain
    qint64 eventId = 0;
    Error error;
};

// Re-verifies the platform's per-tenant audit hash chains (openapi.yaml, seed 004), event by event in feed order:
//     integrity_hash = lowercase hex SHA-256( ASCII(prev_hash) || JCS(event without prev_hash, integrity_hash) )
//     prev_hash      = the previous integrity_hash of the same chain, or 64 zeros for the first event.
// One chain per tenant id; the events with tenant null form the platform chain (key: empty string).
class AuditChainVerifier
{
public:
    [[nodiscard]] static QString genesisHash();
    // The hash the event should carry after `prevHash`; an Error when the event cannot be canonicalised.
    [[nodiscard]] static Result<QString> computeHash(const QString& prevHash, const QJsonObject& event);

    // Heads known from an earlier run (chain → newest verified integrity_hash), and the newest event id.
    void resume(const QHash<QString, QString>& heads, qint64 lastEventId);
    [[nodiscard]] const QHash<QString, QString>& heads() const { return m_heads; }
    [[nodiscard]] qint64 lastEventId() const { return m_lastEventId; }

    // Checks that `event` continues its chain and that its hash is right; advances the chain on success.
    // On failure nothing changes.
    [[nodiscard]] std::optional<ChainBreak> verify(const PlatformAuditEvent& event);
    // After the whole feed: the server's heads of the chains whose newest event this verifier has seen must
    // equal its own. A difference means events were removed or rewritten after they were verified.
    [[nodiscard]] std::optional<ChainBreak> verifyHeads(const QList<PlatformAuditHead>& serverHeads) const;

    // "tenant 3f2c…" or "the platform chain", for messages.
    [[nodiscard]] static QString chainName(const QString& chain);

private:
    QHash<QString, QString> m_heads;
    qint64 m_lastEventId = 0;
};

} // namespace custos
