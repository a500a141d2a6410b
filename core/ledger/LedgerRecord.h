#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace custos {

// One audit event as the ledger stores it. Its RFC 8785 canonical JSON is the record's bytes: what the chain,
// the HMAC and the Merkle tree are computed over.
struct LedgerRecord
{
    qint64 seq = 0;
    QString time; // RFC 3339 UTC with milliseconds: 2026-11-24T10:00:00.123Z
    QString source = QStringLiteral("local");
    QString sourceId;
    QString actorId;
    QString actorUsername;
    QString action;
    QString targetType;
    QString targetId;
    QString targetName;
    QString tenant;
    QString outcome = QStringLiteral("SUCCESS");
    QString error;
    QJsonObject details;
    QString prev; // lowercase hex SHA-256 of the previous record's bytes

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] Result<QByteArray> canonicalBytes() const;
    // Whether this record passes an export filter: FIELD is action, actor (id or username), outcome, source,
    // tenant or target (type, id or name).
    [[nodiscard]] bool matches(const QString& field, const QString& value) const;
    // Whether it passes a whole filter: for each field named, one of its values matches.
    [[nodiscard]] bool passes(const QList<std::pair<QString, QString>>& filter) const;

    // Every field present with its type and allowed values, nothing else.
    [[nodiscard]] static Result<LedgerRecord> fromJson(const QJsonObject& object);
    // Stored or exported bytes: must parse, pass fromJson and already be in canonical form.
    [[nodiscard]] static Result<LedgerRecord> fromBytes(QByteArrayView bytes);
    // An event handed to `append`: `action` is required, other fields default; `seq` and `prev` are the ledger's.
    [[nodiscard]] static Result<LedgerRecord> fromEntry(const QJsonObject& entry);

    [[nodiscard]] static QString formatTime(const QDateTime& time);
    [[nodiscard]] static bool isValidTime(const QString& time);
    // The same check on the ASCII bytes of a stored record.
    [[nodiscard]] static bool isValidTimeText(QByteArrayView time);
    [[nodiscard]] static QString genesisPrev();
    [[nodiscard]] static bool isFilterField(const QString& field);
};

} // namespace custos
