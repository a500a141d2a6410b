#pragma once

#include "core/ledger/LedgerEvidence.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/VerificationReport.h"
#include "core/ledger/WitnessQuorum.h"

#include <QString>

namespace custos {

class AuditorTrustStore;
class NoteVerifier;

// The auditor's trust policy, one for auditor mode and `custos-ledger verify --trust-store`: a ledger is trusted
// by the key that signs it, never by the origin name it claims. The key pinned for its origin, or the same key
// pinned under another name, makes it Pinned; another key under a pinned origin is Untrusted; an unpinned origin
// that looks like a pinned one (LookAlike) is flagged. Its history must extend the checkpoint remembered for the
// origin. Its checkpoint must carry valid cosignatures by as many pinned witnesses as the quorum requires, or it
// is "not witnessed": not alarming (nothing shows it was tampered with), but never to be shown as verified.
struct TrustDecision
{
    enum class KeyTrust { NotPinned, Pinned, Untrusted };
    enum class History {
        FirstSeen,   // no checkpoint remembered for this origin
        Consistent,  // extends (or equals) the remembered checkpoint
        Rewritten,   // does not extend it: records were changed, dropped or replaced
        KeyChanged,  // the remembered checkpoint is not signed by this ledger's key
        Older,       // smaller than the remembered checkpoint: the ledger cannot prove it is a prefix
        NotProvable, // a filtered export of another size carries no consistency proof
    };

    KeyTrust keyTrust = KeyTrust::NotPinned;
    History history = History::FirstSeen;
    qint64 rememberedSize = -1;
    QString lookAlikeOf;             // a pinned origin the ledger's origin resembles without being it; empty: none
    WitnessQuorum::Report witnesses; // the cosignatures on the ledger's latest checkpoint, against the pinned ones

    // Before verifying: what `store` remembers decides the key and the earlier checkpoint `options` check against.
    [[nodiscard]] static TrustDecision prepare(const AuditorTrustStore& store, const LedgerEvidence& claims,
                                               const NoteVerifier& key, LedgerVerifier::Options& options);
    // After verifying: the report shows whether the pinned key signed and the history extends.
    void judge(const LedgerVerifier::Options& options, const VerificationReport& report);
    // The ledger must not be relied on: another key than the pinned one, a changed key, rewritten history, or an
    // origin posing as a pinned one.
    [[nodiscard]] bool alarming() const;
    // The quorum of pinned witnesses cosigned the checkpoint (always, when none is required).
    [[nodiscard]] bool witnessed() const { return witnesses.met(); }
    // What was decided, one fact a line, in plain words (the CLI prints it under the report).
    [[nodiscard]] QString toText(const QString& origin) const;
    [[nodiscard]] static QString keyTrustName(KeyTrust trust);
    [[nodiscard]] static QString historyName(History history);
};

} // namespace custos
