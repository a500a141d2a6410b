#include "core/ledger/WitnessQuorum.h"

#include "core/ledger/SignedNote.h"

#include <QSet>

namespace custos {

WitnessQuorum::Report WitnessQuorum::check(const QByteArray& note, const QList<WitnessKey>& keys, int quorum)
{
    Report report;
    report.quorum = quorum;
    const auto parsed = SignedNote::parse(note);
    QSet<QString> seen;
    for (const WitnessKey& key : keys) {
        if (seen.contains(key.text()))
            continue;
        seen.insert(key.text());
        Cosigner cosigner{key.name(), key.text(), std::nullopt};
        if (parsed)
            cosigner.time = key.cosignatureTime(parsed.value());
        if (cosigner.time)
            ++report.valid;
        report.cosigners.append(cosigner);
    }
    return report;
}

} // namespace custos
