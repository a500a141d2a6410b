#pragma once

#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerKeys.h"
#include "tests/support/TestWitness.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Ledgers for the audit view tests, made with the core API (the same calls custos-ledger makes), so a test can
// reuse one signing key across two ledgers to forge a rewritten history.
namespace AuditLedgerFixture {

inline const QString origin = QStringLiteral("example.org/audit");

// Record i: 216 s after record i - 1 from 2026-11-23T08:00Z (1,200 records span four calendar days), four
// actions in turn (every fourth, i % 4 == 2, a failed Keycloak sign-in), actors alice/bob/ada in turn, tenants
// acme (even i) and globex (odd i).
QList<QJsonObject> events(int from, int to);
// The expected matches of the tests' filters, derived from the rule above rather than from the code under test.
int countLoginErrors(int n);

custos::LedgerKeys newKeys();
// A new ledger at `path` with records [0, count), signed by `keys`.
bool create(const QString& path, const custos::LedgerKeys& keys, int count, const QString& origin = origin);
bool append(const QString& path, const custos::LedgerKeys& keys, int from, int to);
bool exportTo(const QString& database, const QString& out, const custos::LedgerExport::Filter& filter = {});
// Adds `witness`'s cosignature, made at `time`, to the latest checkpoint of the ledger at `database`, as
// WitnessSubmission stores a witness's answer: exports made afterwards carry it.
bool cosign(const QString& database, const custos::test::TestWitness& witness, quint64 time);
// One page's text (1-based) of a PDF, read back with poppler's pdftotext, in the order it was drawn.
QString pdfPageText(const QString& pdf, int page);
QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& bytes);

} // namespace AuditLedgerFixture
