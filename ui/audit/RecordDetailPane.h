#pragma once

#include "core/ledger/AuditEntry.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;

namespace custos {

class AuditLedger;

// Everything about one record an auditor may check by hand: its canonical JSON (pretty, and the exact bytes the
// hashes are computed over), its HMAC, its link in the hash chain, and its inclusion proof against the latest
// checkpoint. The proof is built on the ledger's worker thread; the rest is immediate.
class RecordDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit RecordDetailPane(QWidget* parent = nullptr);

    void setLedger(AuditLedger* ledger);
    // The ledger's HMAC key (databases): the stored HMAC is then checked, not only shown.
    void setHmacKey(const QByteArray& key);
    void showEntry(const std::optional<AuditEntry>& entry);

private:
    void showJustification(const AuditEntry& entry);
    void showHmac(const AuditEntry& entry);
    void showChainLink(const AuditEntry& entry);
    void requestProof(const AuditEntry& entry);
    void onProved(quint64 job, const QList<QByteArray>& hashes, const QString& error);

    QPointer<AuditLedger> m_ledger;
    QByteArray m_hmacKey;
    std::optional<AuditEntry> m_entry;
    quint64 m_proofJob = 0;
    qint64 m_treeSize = 0;
    QByteArray m_root;

    QPlainTextEdit* m_pretty;
    QPlainTextEdit* m_bytes;
    QLabel* m_justification;
    QLabel* m_problem;
    QLabel* m_hmac;
    QLabel* m_chain;
    QLabel* m_proofStatus;
    QPlainTextEdit* m_proof;
};

} // namespace custos
