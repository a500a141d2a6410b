#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace custos {

// What a verifier is given, from a ledger database or an export file. Nothing in it is trusted.
struct LedgerEvidence
{
    enum class Origin { Database, Export };

    Origin origin = Origin::Database;
    QList<QByteArray> records;                 // record bytes in stored order
    QList<qint64> storedSeqs;                  // the database's seq column (database only)
    QList<QByteArray> storedLeafHashes;        // database only
    QList<QByteArray> hmacs;                   // database only
    bool filtered = false;                     // export with a filter: records are a subset, each with a proof
    QList<std::pair<QString, QString>> filter; // the filter its header names (FIELD, VALUE); export only
    QList<QList<QByteArray>> inclusionProofs;  // filtered export only, one per record
    QByteArray latestNote;                     // the latest signed checkpoint note; empty if none
    QList<QByteArray> earlierNotes;            // older checkpoints the database keeps
    QString verifierKey;                       // name+hash+base64 from the meta table or the export trailer
};

} // namespace custos
