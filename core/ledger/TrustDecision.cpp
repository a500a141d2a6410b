#include "core/ledger/TrustDecision.h"

#include "core/ledger/AuditorTrustStore.h"
#include "core/ledger/Checkpoint.h"
#include "core/ledger/LedgerReader.h"
#include "core/ledger/LookAlike.h"
#include "core/ledger/NoteVerifier.h"
#include "core/ledger/SignedNote.h"

namespace custos {

TrustDecision TrustDecision::prepare(const AuditorTrustStore& store, const LedgerEvidence& claims,
                                     const NoteVerifier& key, LedgerVerifier::Options& options)
{
    TrustDecision decision;
    // Checked on the checkpoint the records are verified against; a report that fails makes it moot.
    const AuditorTrustStore::WitnessPolicy witnessPolicy = store.witnessPolicy();
    decision.witnesses = WitnessQuorum::check(claims.latestNote, witnessPolicy.keys, witnessPolicy.quorum);
    const AuditorTrustStore::Entry entry = store.entry(key.name());
    const QStringList origins = store.pinnedOrigins();
    if (!entry.pinnedKey.isEmpty()) {
        options.trustedKey = entry.pinnedKey;
        auto pinned = NoteVerifier::parse(entry.pinnedKey);
        decision.keyTrust = pinned && pinned.value() == key ? KeyTrust::Pinned : KeyTrust::Untrusted;
    } else {
        // Pinned by key: the same key pinned under another origin name signs for whatever name it chose.
        for (const QString& origin : origins) {
            auto pinned = NoteVerifier::parse(store.entry(origin).pinnedKey);
            if (pinned && pinned->publicKey() == key.publicKey()) {
                options.trustedKey = key.toString();
                decision.keyTrust = KeyTrust::Pinned;
                break;
            }
        }
        if (decision.keyTrust == KeyTrust::NotPinned)
            decision.lookAlikeOf = LookAlike::resembledIn(key.name(), origins);
    }

    if (entry.lastCheckpoint.isEmpty())
        return decision;
    const auto remembered = LedgerReader::checkpointIn(entry.lastCheckpoint);
    auto note = SignedNote::parse(entry.lastCheckpoint);
    if (!remembered || !note || note->verify(key) != SignedNote::Verification::Valid) {
        decision.history = History::KeyChanged;
        return decision;
    }
    decision.rememberedSize = remembered->size();
    const auto latest = LedgerReader::checkpointIn(claims.latestNote);
    if (!latest) {
        decision.history = History::NotProvable; // the verifier reports the damaged checkpoint itself
    } else if (remembered->size() > latest->size()) {
        decision.history = History::Older;
    } else if (claims.filtered) {
        // Without the other records only a checkpoint of the same size can be compared: by its root.
        if (remembered->size() == latest->size())
            decision.history = remembered->rootHash() == latest->rootHash() ? History::Consistent : History::Rewritten;
        else
            decision.history = History::NotProvable;
    } else {
        // The verifier rebuilds the tree from the ledger's records and checks the consistency proof.
        options.sinceNote = entry.lastCheckpoint;
        decision.history = History::Consistent;
    }
    return decision;
}

void TrustDecision::judge(const LedgerVerifier::Options& options, const VerificationReport& report)
{
    if (report.kind == VerificationReport::Kind::UntrustedKey)
        keyTrust = KeyTrust::Untrusted;
    if (!options.sinceNote.isEmpty() && !report.ok())
        history = report.kind == VerificationReport::Kind::InconsistentWithEarlierCheckpoint ? History::Rewritten
                                                                                             : History::NotProvable;
}

bool TrustDecision::alarming() const
{
    return keyTrust == KeyTrust::Untrusted || history == History::Rewritten || history == History::KeyChanged ||
           !lookAlikeOf.isEmpty();
}

QString TrustDecision::keyTrustName(KeyTrust trust)
{
    switch (trust) {
    case KeyTrust::NotPinned:
        return QStringLiteral("not-pinned");
    case KeyTrust::Pinned:
        return QStringLiteral("pinned");
    case KeyTrust::Untrusted:
        return QStringLiteral("untrusted");
    }
    return QStringLiteral("unknown");
}

QString TrustDecision::historyName(History history)
{
    switch (history) {
    case History::FirstSeen:
        return QStringLiteral("first-seen");
    case History::Consistent:
        return QStringLiteral("consistent");
    case History::Rewritten:
        return QStringLiteral("rewritten");
    case History::KeyChanged:
        return QStringLiteral("key-changed");
    case History::Older:
        return QStringLiteral("older");
    case History::NotProvable:
        return QStringLiteral("not-provable");
    }
    return QStringLiteral("unknown");
}

QString TrustDecision::toText(const QString& origin) const
{
    QString text;
    switch (keyTrust) {
    case KeyTrust::Pinned:
        text += QStringLiteral("trust: signed with a key you pinned\n");
        break;
    case KeyTrust::Untrusted:
        text += QStringLiteral("trust: UNTRUSTED KEY: signed with another key than the one pinned for %1; do not "
                               "rely on it\n")
                    .arg(origin);
        break;
    case KeyTrust::NotPinned:
        text += QStringLiteral("trust: the key is not pinned (compare its fingerprint with the one the organisation "
                               "publishes, then pin it in auditor mode)\n");
        break;
    }
    if (!lookAlikeOf.isEmpty())
        text += QStringLiteral("origin: LOOK-ALIKE: %1 resembles the pinned origin %2 but is not it, and its key is "
                               "not pinned\n")
                    .arg(origin, lookAlikeOf);
    switch (history) {
    case History::FirstSeen:
        text += QStringLiteral("history: no checkpoint remembered for %1\n").arg(origin);
        break;
    case History::Consistent:
        text += QStringLiteral("history: extends the checkpoint of %1 records remembered\n").arg(rememberedSize);
        break;
    case History::Rewritten:
        text += QStringLiteral("history: REWRITTEN: does not extend the checkpoint of %1 records remembered for %2; "
                               "records were changed, removed or replaced since\n")
                    .arg(rememberedSize)
                    .arg(origin);
        break;
    case History::KeyChanged:
        text += QStringLiteral("history: KEY CHANGED: the checkpoint remembered for %1 was signed by another key; "
                               "this ledger's history cannot be linked to it\n")
                    .arg(origin);
        break;
    case History::Older:
        text += QStringLiteral("history: older than the checkpoint of %1 records remembered; it cannot show it is "
                               "part of it\n")
                    .arg(rememberedSize);
        break;
    case History::NotProvable:
        text += QStringLiteral("history: cannot be shown to extend the checkpoint of %1 records remembered\n")
                    .arg(rememberedSize);
        break;
    }
    if (!witnesses.cosigners.isEmpty() || witnesses.quorum > 0)
        text += witnesses.toText();
    if (!witnessed())
        text += QStringLiteral("NOT WITNESSED: valid cosignatures from pinned witnesses: %1 found, %2 required\n")
                    .arg(witnesses.valid)
                    .arg(witnesses.quorum);
    return text;
}

} // namespace custos
