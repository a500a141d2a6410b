#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringView>

class QJsonObject;

namespace custos {

// What the audit view shows: every criterion that is set must hold. Text criteria are case-insensitive
// substrings (an auditor types "ali" and finds alice); outcome and source are exact. Reason and ticket are in the
// intent records' details, where Justification puts them. A ledger database applies
// the same rules in SQL (DatabaseReader registers contains() as an SQL function), an export in C++ (matches()).
struct AuditFilter
{
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to;   // exclusive; invalid: no upper bound
    QString actor;  // actor id or username
    QString action;
    QString target; // target type, id or name
    QString outcome;
    QString source;
    QString tenant;
    QString text;                       // anywhere in the record's bytes
    QString reason;                     // the operator's reason (intent records)
    QString ticket;                     // the ticket an action belongs to (intent records)
    bool helpdeskVerifications = false; // only intents of helpdesk resets that record a caller verification

    [[nodiscard]] bool isEmpty() const;
    // `record` is the parsed record, `bytes` its exact bytes (for the free text).
    [[nodiscard]] bool matches(const QJsonObject& record, QByteArrayView bytes) const;
    // False when the record's bytes cannot match: a text criterion is not in them at all. Much cheaper than
    // parsing, so a scan parses only the records that may match.
    [[nodiscard]] bool mayMatch(QStringView bytes) const;
    // The bounds as record time strings, which sort like the times they denote (RFC 3339 UTC, fixed width).
    [[nodiscard]] QString fromText() const;
    [[nodiscard]] QString toText() const;

    [[nodiscard]] static bool contains(QStringView haystack, QStringView needle);

    friend bool operator==(const AuditFilter&, const AuditFilter&) = default;
};

} // namespace custos
