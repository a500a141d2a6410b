#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>

namespace custos {

// RFC 8785 JSON Canonicalization Scheme: the one byte form of a JSON value that ledger hashes and signatures
// are computed over, so that any JCS implementation can recompute them.
class Jcs
{
public:
    [[nodiscard]] static Result<QByteArray> canonicalize(const QJsonValue& value);
    // Parses any JSON text (not only objects and arrays) and canonicalises it.
    [[nodiscard]] static Result<QByteArray> canonicalize(QByteArrayView json);
    // Append the canonical form to `out`, for writers that build a known document piece by piece.
    [[nodiscard]] static Status appendCanonical(QByteArray& out, const QJsonValue& value);
    [[nodiscard]] static Status appendCanonicalString(QByteArray& out, const QString& text);
    // ECMAScript Number.prototype.toString, as RFC 8785 §3.2.2.3 requires; NaN and infinities are refused.
    [[nodiscard]] static Result<QByteArray> serializeNumber(double number);
    // Parses JSON text (any value) with Qt's parser.
    [[nodiscard]] static Result<QJsonValue> parse(QByteArrayView json);
};

} // namespace custos
