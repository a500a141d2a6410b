#include "core/ledger/Jcs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace custos {
namespace {

struct JcsText
{
    Q_DECLARE_TR_FUNCTIONS(custos::Jcs)
};

Error jcsError(const QString& why)
{
    return Error::invalid(JcsText::tr("Could not put JSON into canonical form"), why);
}

// RFC 8785 §3.2.3: property names sort by their UTF-16 code units, not by code points or locale.
bool utf16Less(const QString& a, const QString& b)
{
    return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
}

bool appendString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char16_t* units = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype size = text.size();
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out += QStringView(units + runStart, end - runStart).toUtf8();
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = units[i];
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= size || !QChar::isLowSurrogate(units[i + 1]))
                return false;
            ++i;
            continue;
        }
        if (QChar::isLowSurrogate(c))
            return false;
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        runStart = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        }
    }
    flush(size);
    out += '"';
    return true;
}

Status appendValue(QByteArray& out, const QJsonValue& value, int depth)
{
    if (depth > 200)
        return jcsError(JcsText::tr("it is nested too deeply"));
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return success();
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return success();
    case QJsonValue::Double: {
        auto number = Jcs::serializeNumber(value.toDouble());
        if (!number)
            return number.error();
        out += number.value();
        return success();
    }
    case QJsonValue::String:
        if (!appendString(out, value.toString()))
            return jcsError(JcsText::tr("a string holds an unpaired surrogate"));
        return success();
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            if (auto status = appendValue(out, array.at(i), depth + 1); !status)
                return status;
        }
        out += ']';
        return success();
    }
    case QJsonValue::Object: {
        // Members are taken by iteration, never looked up by name: QJsonObject's lookup can miss a member whose
        // name mixes control and non-Latin-1 characters (found by fuzz_jcs).
        const QJsonObject object = value.toObject();
        QList<std::pair<QString, QJsonValue>> members;
        members.reserve(object.size());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            members.append({it.key(), it.value()});
        std::sort(members.begin(), members.end(),
                  [](const auto& a, const auto& b) { return utf16Less(a.first, b.first); });
        out += '{';
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i > 0) {
                if (members.at(i - 1).first == members.at(i).first)
                    return jcsError(JcsText::tr("a property name occurs twice"));
                out += ',';
            }
            if (!appendString(out, members.at(i).first))
                return jcsError(JcsText::tr("a property name holds an unpaired surrogate"));
            out += ':';
            if (auto status = appendValue(out, members.at(i).second, depth + 1); !status)
                return status;
        }
        out += '}';
        return success();
    }
    case QJsonValue::Undefined:
        break;
    }
    return jcsError(JcsText::tr("it holds an undefined value"));
}

} // namespace

Result<QByteArray> Jcs::serializeNumber(double number)
{
    if (!std::isfinite(number))
        return jcsError(JcsText::tr("NaN and infinity have no JSON form"));
    if (number == 0)
        return QByteArray("0"); // also -0
    QByteArray out;
    if (number < 0) {
        out += '-';
        number = -number;
    }
    // Shortest round-trip digits (what ECMAScript requires), in scientific form: d[.ddd]e±x.
    char buffer[64];
    const auto converted = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::scientific);
    const std::string_view text(buffer, static_cast<size_t>(converted.ptr - buffer));
    const size_t ePos = text.find('e');
    std::string digits;
    for (char c : text.substr(0, ePos))
        if (c != '.')
            digits += c;
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    const int exponent = std::stoi(std::string(text.substr(ePos + 1)));
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1; // the decimal point sits after n digits
    if (k <= n && n <= 21) {
        out += QByteArray::fromStdString(digits);
        out += QByteArray(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += QByteArray::fromStdString(digits.substr(0, static_cast<size_t>(n)));
        out += '.';
        out += QByteArray::fromStdString(digits.substr(static_cast<size_t>(n)));
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out += QByteArray(-n, '0');
        out += QByteArray::fromStdString(digits);
    } else {
        out += digits[0];
        if (k > 1) {
            out += '.';
            out += QByteArray::fromStdString(digits.substr(1));
        }
        out += 'e';
        out += n - 1 < 0 ? '-' : '+';
        out += QByteArray::number(std::abs(n - 1));
    }
    return out;
}

Result<QByteArray> Jcs::canonicalize(const QJsonValue& value)
{
    QByteArray out;
    if (auto status = appendValue(out, value, 0); !status)
        return status.error();
    return out;
}

Status Jcs::appendCanonical(QByteArray& out, const QJsonValue& value)
{
    return appendValue(out, value, 0);
}

Status Jcs::appendCanonicalString(QByteArray& out, const QString& text)
{
    if (!appendString(out, text))
        return jcsError(JcsText::tr("a string holds an unpaired surrogate"));
    return success();
}

Result<QJsonValue> Jcs::parse(QByteArrayView json)
{
    // Qt's document parser only takes objects and arrays at the top, so wrap the text in an array.
    QByteArray wrapped;
    wrapped.reserve(json.size() + 2);
    wrapped += '[';
    wrapped += json;
    wrapped += ']';
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return Error::invalid(JcsText::tr("Could not read JSON"), error.error != QJsonParseError::NoError
                                                                      ? error.errorString()
                                                                      : JcsText::tr("it is not one JSON value"));
    return document.array().at(0);
}

Result<QByteArray> Jcs::canonicalize(QByteArrayView json)
{
    auto value = parse(json);
    if (!value)
        return value.error();
    return canonicalize(value.value());
}

} // namespace custos
