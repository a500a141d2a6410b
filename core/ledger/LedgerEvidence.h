#pragma once

#include "core/ledger/PersonalData.h"

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
    bool filtered = false;                     // selective export: records are a subset, each with a proof
    QList<std::pair<QString, QString>> filter; // export: the header's filter (FIELD, VALUE)
    QList<RecordOpening> openings;             // export: the openings it discloses, in (seq, path) order
    QList<QList<QByteArray>> inclusionProofs;  // filtered export only, one per record
    QByteArray latestNote;                     // the latest signed checkpoint note; empty if none
    QList<QByteArray> earlierNotes;            // older checkpoints the database keeps
    QString verifierKey;                       // name+hash+base64 from the meta table or the export trailer
};

} // namespace custos
