#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace custos {

// One record as the audit view reads it. The parsed object is for display only and is kept even when the bytes
// are not a valid canonical record, so a damaged record can still be looked at; `problem` says what is wrong.
struct AuditEntry
{
    qint64 position = -1; // the database's seq, or the record's index in the export
    QByteArray bytes;     // exactly as stored or exported
    QByteArray hmac;      // as stored (database only)
    QJsonObject object;
    QString problem; // empty: a valid canonical record

    [[nodiscard]] qint64 seq() const { return object.value(u"seq").toInteger(-1); }
    [[nodiscard]] QString text(QStringView field) const { return object.value(field).toString(); }
    [[nodiscard]] QString text(QStringView field, QStringView member) const
    {
        return object.value(field).toObject().value(member).toString();
    }

    [[nodiscard]] static AuditEntry decode(qint64 position, QByteArray bytes, QByteArray hmac = {});
};

} // namespace custos
