#include "core/ledger/RecordScan.h"

#include "core/ledger/LedgerRecord.h"

#include <algorithm>
#include <string_view>

namespace custos {
namespace {

constexpr int maxDepth = 32;         // deeper "details" go to the full parser
constexpr int maxIntegerDigits = 15; // below 2^53: the double a parser makes is exact and prints back the same

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
bool isLowerHex(unsigned char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f');
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView bytes)
        : m_p(reinterpret_cast<const unsigned char*>(bytes.data()))
        , m_end(m_p + bytes.size())
    {
    }

    [[nodiscard]] bool atEnd() const { return m_p == m_end; }

    bool literal(std::string_view text)
    {
        if (static_cast<size_t>(m_end - m_p) < text.size() || !std::equal(text.begin(), text.end(), m_p))
            return false;
        m_p += text.size();
        return true;
    }

    // A string exactly as RFC 8785 writes it: raw UTF-8 (valid, no noncharacters), and only the escapes JCS
    // emits. `content` receives the bytes between the quotes, `escaped` whether any escape occurs.
    bool string(QByteArrayView* content = nullptr, bool* escaped = nullptr)
    {
        if (m_p == m_end || *m_p != '"')
            return false;
        const unsigned char* start = ++m_p;
        bool anyEscape = false;
        while (m_p != m_end) {
            const unsigned char c = *m_p;
            if (c == '"') {
                if (content)
                    *content = QByteArrayView(reinterpret_cast<const char*>(start), m_p - start);
                if (escaped)
                    *escaped = anyEscape;
                ++m_p;
                return true;
            }
            if (c == '\\') {
                anyEscape = true;
                if (!escape())
                    return false;
            } else if (c < 0x20) {
                return false;
            } else if (c < 0x80) {
                ++m_p;
            } else if (!utf8()) {
                return false;
            }
        }
        return false;
    }

    // A canonical non-negative integer below 10^15.
    std::optional<qint64> naturalNumber()
    {
        const unsigned char* start = m_p;
        if (!integerDigits())
            return std::nullopt;
        qint64 value = 0;
        for (const unsigned char* d = start; d != m_p; ++d)
            value = value * 10 + (*d - '0');
        return value;
    }

    bool object(int depth)
    {
        if (depth > maxDepth || !literal("{"))
            return false;
        if (literal("}"))
            return true;
        QByteArrayView previous;
        for (bool first = true;; first = false) {
            QByteArrayView key;
            bool escaped = false;
            if (!string(&key, &escaped) || escaped || !plainKey(key))
                return false;
            // RFC 8785 orders names by UTF-16 code units; for names without escapes and without characters from
            // U+E000 up (see plainKey) that is their UTF-8 byte order. Equal names are duplicates: not canonical.
            if (!first && !std::lexicographical_compare(
                              previous.begin(), previous.end(), key.begin(), key.end(), [](char a, char b) {
                                  return static_cast<unsigned char>(a) < static_cast<unsigned char>(b);
                              }))
                return false;
            previous = key;
            if (!literal(":") || !value(depth + 1))
                return false;
            if (literal("}"))
                return true;
            if (!literal(","))
                return false;
        }
    }

private:
    const unsigned char* m_p;
    const unsigned char* m_end;

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"':
            return string();
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        case '-':
            ++m_p;
            return m_p != m_end && *m_p != '0' && integerDigits(); // "-0" is not canonical
        default:
            return integerDigits();
        }
    }

    bool array(int depth)
    {
        if (depth > maxDepth || !literal("["))
            return false;
        if (literal("]"))
            return true;
        while (true) {
            if (!value(depth + 1))
                return false;
            if (literal("]"))
                return true;
            if (!literal(","))
                return false;
        }
    }

    // "0" or [1-9][0-9]*, at most maxIntegerDigits, and not followed by a fraction or an exponent.
    bool integerDigits()
    {
        const unsigned char* start = m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p - start > maxIntegerDigits)
            return false;
        return m_p == m_end || (*m_p != '.' && *m_p != 'e' && *m_p != 'E' && !isDigit(*m_p));
    }

    // The escapes RFC 8785 writes: the two-character forms, and \u00xx (lowercase) for other control characters.
    bool escape()
    {
        if (m_end - m_p < 2)
            return false;
        switch (m_p[1]) {
        case '"':
        case '\\':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            m_p += 2;
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        if (m_end - m_p < 6 || m_p[2] != '0' || m_p[3] != '0' || !isLowerHex(m_p[4]) || !isLowerHex(m_p[5]) ||
            m_p[4] > '1')
            return false;
        const int code = (m_p[4] - '0') * 16 + (isDigit(m_p[5]) ? m_p[5] - '0' : m_p[5] - 'a' + 10);
        if (code == '\b' || code == '\f' || code == '\n' || code == '\r' || code == '\t')
            return false; // these have a two-character form
        m_p += 6;
        return true;
    }

    // One well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF) that is not
    // a noncharacter.
    bool utf8()
    {
        const unsigned char lead = *m_p;
        int length = 0;
        char32_t code = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            code = lead & 0x1f;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            code = lead & 0x0f;
            low = lead == 0xe0 ? 0xa0 : 0x80;
            high = lead == 0xed ? 0x9f : 0xbf;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            code = lead & 0x07;
            low = lead == 0xf0 ? 0x90 : 0x80;
            high = lead == 0xf4 ? 0x8f : 0xbf;
        } else {
            return false;
        }
        if (m_end - m_p < length || m_p[1] < low || m_p[1] > high)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((m_p[i] & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (m_p[i] & 0x3f);
        }
        if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) == 0xfffe)
            return false;
        m_p += length;
        return true;
    }

    // Member names the fast path can order by their bytes: nothing from U+E000 up (lead bytes 0xee and above),
    // where UTF-16 order and code point order part.
    static bool plainKey(QByteArrayView key)
    {
        return std::none_of(key.begin(), key.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xee; });
    }
};

bool oneOf(QByteArrayView value, std::initializer_list<std::string_view> allowed)
{
    return std::any_of(allowed.begin(), allowed.end(), [value](std::string_view candidate) {
        return value == QByteArrayView(candidate.data(), static_cast<qsizetype>(candidate.size()));
    });
}

} // namespace

std::optional<RecordScan::Fields> RecordScan::scan(QByteArrayView bytes)
{
    // A strict record has exactly these members (LedgerRecord::fromJson), so its canonical form is this fixed
    // sequence with the values in between.
    Scanner in(bytes);
    Fields fields;
    QByteArrayView action;
    QByteArrayView outcome;
    QByteArrayView source;
    QByteArrayView time;
    const bool ok = in.literal("{\"action\":") && in.string(&action) && !action.isEmpty() &&
                    in.literal(",\"actor\":{\"id\":") && in.string() && in.literal(",\"username\":") && in.string() &&
                    in.literal("},\"details\":") && in.object(1) && in.literal(",\"error\":") && in.string() &&
                    in.literal(",\"outcome\":") && in.string(&outcome) && oneOf(outcome, {"SUCCESS", "FAILURE"}) &&
                    in.literal(",\"prev\":") && in.string(&fields.prev) && fields.prev.size() == 64 &&
                    std::all_of(fields.prev.begin(), fields.prev.end(),
                                [](char c) { return isLowerHex(static_cast<unsigned char>(c)); }) &&
                    in.literal(",\"seq\":");
    if (!ok)
        return std::nullopt;
    const std::optional<qint64> seq = in.naturalNumber();
    if (!seq)
        return std::nullopt;
    fields.seq = *seq;
    if (in.literal(",\"source\":") && in.string(&source) &&
        oneOf(source, {"local", "keycloak-admin", "keycloak-user", "platform"}) && in.literal(",\"source_id\":") &&
        in.string() && in.literal(",\"target\":{\"id\":") && in.string() && in.literal(",\"name\":") && in.string() &&
        in.literal(",\"type\":") && in.string() && in.literal("},\"tenant\":") && in.string() &&
        in.literal(",\"time\":") && in.string(&time) && LedgerRecord::isValidTimeText(time) && in.literal("}") &&
        in.atEnd())
        return fields;
    return std::nullopt;
}

} // namespace custos
