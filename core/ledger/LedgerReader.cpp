#include "core/ledger/LedgerReader.h"

#include "core/ledger/SignedNote.h"

namespace custos {

LedgerReader::~LedgerReader() = default;

std::optional<Checkpoint> LedgerReader::checkpointIn(const QByteArray& note)
{
    auto parsed = SignedNote::parse(note);
    if (!parsed)
        return std::nullopt;
    auto checkpoint = Checkpoint::parse(parsed->text());
    return checkpoint ? std::optional<Checkpoint>(checkpoint.value()) : std::nullopt;
}

} // namespace custos
