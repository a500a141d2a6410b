#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace custos {

// Tells whether a name only looks like another: an export's origin claiming to be "custos.loca1/ledger" or
// "сustos.local/ledger" (a Cyrillic с) next to the pinned "custos.local/ledger". Two checks: the names' skeletons
// (compatibility-normalised, case-folded, common confusable letters mapped to the Latin ones they imitate) are
// equal, or the names are within two edits of each other.
class LookAlike
{
public:
    static constexpr int maxEdits = 2;

    // The name as a reader sees it: NFKC, lower case, confusables replaced ("rn" reads as "m", "1" as "l").
    [[nodiscard]] static QString skeleton(QStringView name);
    // Levenshtein distance, counted in UTF-16 code units; stops counting past `limit` (returns limit + 1).
    [[nodiscard]] static int editDistance(QStringView a, QStringView b, int limit = maxEdits);
    // `a` and `b` differ but a reader could take one for the other.
    [[nodiscard]] static bool resembles(QStringView a, QStringView b);
    // The first of `known` that `name` resembles; empty when none does (or `name` is one of them).
    [[nodiscard]] static QString resembledIn(QStringView name, const QStringList& known);
};

} // namespace custos
