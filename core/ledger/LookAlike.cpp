#include "core/ledger/LookAlike.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace custos {
namespace {

// A small map of the confusables most used in look-alike domains (after Unicode's confusables.txt): digits and
// capitals read as lower-case letters, and the Cyrillic and Greek letters drawn like Latin ones.
const QHash<char16_t, char16_t>& confusables()
{
    static const QHash<char16_t, char16_t> map{
        {u'0', u'o'},      {u'1', u'l'},      {u'|', u'l'},      {u'i', u'l'},      {u'5', u's'},
        {u'\u0430', u'a'}, {u'\u0435', u'e'}, {u'\u043e', u'o'}, {u'\u0440', u'p'}, {u'\u0441', u'c'},
        {u'\u0445', u'x'}, {u'\u0443', u'y'}, {u'\u0456', u'l'}, {u'\u0455', u's'}, {u'\u0501', u'd'},
        {u'\u0458', u'j'}, {u'\u04bb', u'h'}, {u'\u043a', u'k'}, {u'\u043c', u'm'}, {u'\u0442', u't'},
        {u'\u03bf', u'o'}, {u'\u03b1', u'a'}, {u'\u03bd', u'v'}, {u'\u03b9', u'l'}, {u'\u03ba', u'k'},
        {u'\u03c1', u'p'}, {u'\u0131', u'l'}, {u'\u2010', u'-'}, {u'\u2011', u'-'}, {u'\u2212', u'-'},
    };
    return map;
}

} // namespace

QString LookAlike::skeleton(QStringView name)
{
    // NFKC folds full-width letters and ligatures; lower-casing folds "I" into "i", which the map reads as "l".
    const QString folded = name.toString().normalized(QString::NormalizationForm_KC).toLower();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.category() == QChar::Other_Format) // zero-width joiners and the like are invisible
            continue;
        out += QChar(confusables().value(c.unicode(), c.unicode()));
    }
    out.replace(QStringLiteral("rn"), QStringLiteral("m"));
    out.replace(QStringLiteral("vv"), QStringLiteral("w"));
    return out;
}

int LookAlike::editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> previous(static_cast<size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
            rowMinimum = std::min(rowMinimum, current[size_t(j)]);
        }
        if (rowMinimum > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return std::min(previous.back(), limit + 1);
}

bool LookAlike::resembles(QStringView a, QStringView b)
{
    if (a == b)
        return false;
    return skeleton(a) == skeleton(b) || editDistance(a, b) <= maxEdits;
}

QString LookAlike::resembledIn(QStringView name, const QStringList& known)
{
    if (known.contains(name))
        return {};
    for (const QString& candidate : known)
        if (resembles(name, candidate))
            return candidate;
    return {};
}

} // namespace custos
