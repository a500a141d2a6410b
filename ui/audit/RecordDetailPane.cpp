#include "ui/audit/RecordDetailPane.h"

#include "core/crypto/Hmac.h"
#include "core/crypto/Sha256.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/MerkleTree.h"
#include "ui/audit/AuditLedger.h"
#include "ui/widgets/StatusColours.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>

namespace custos {
namespace {

QPlainTextEdit* codeView(const QString& name, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QLabel* wrappedLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    // The record's fields (prev, hashes, problems naming its fields) come from the file: never markup.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

RecordDetailPane::RecordDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_pretty(codeView(QStringLiteral("prettyJson"), this))
    , m_bytes(codeView(QStringLiteral("exactBytes"), this))
    , m_justification(wrappedLabel(QStringLiteral("justificationDetail"), this))
    , m_problem(wrappedLabel(QStringLiteral("recordProblem"), this))
    , m_hmac(wrappedLabel(QStringLiteral("hmacDetail"), this))
    , m_chain(wrappedLabel(QStringLiteral("chainDetail"), this))
    , m_proofStatus(wrappedLabel(QStringLiteral("proofStatus"), this))
    , m_proof(codeView(QStringLiteral("proofHashes"), this))
{
    setObjectName(QStringLiteral("recordDetail"));
    m_proof->setAccessibleName(tr("Inclusion proof hashes"));
    m_bytes->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_bytes->setMaximumHeight(110);
    m_proof->setMaximumHeight(110);
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Why:"), m_justification);
    form->addRow(tr("Record:"), m_pretty);
    form->addRow(tr("Exact bytes:"), m_bytes);
    form->addRow(m_problem);
    form->addRow(tr("HMAC:"), m_hmac);
    form->addRow(tr("Chain link:"), m_chain);
    form->addRow(tr("Inclusion proof:"), m_proofStatus);
    form->addRow(m_proof);
    showEntry(std::nullopt);
}

void RecordDetailPane::setLedger(AuditLedger* ledger)
{
    if (m_ledger)
        disconnect(m_ledger, nullptr, this, nullptr);
    m_ledger = ledger;
    if (m_ledger)
        connect(m_ledger, &AuditLedger::proved, this, &RecordDetailPane::onProved);
    showEntry(std::nullopt);
}

void RecordDetailPane::setHmacKey(const QByteArray& key)
{
    m_hmacKey = key;
}

void RecordDetailPane::showEntry(const std::optional<AuditEntry>& entry)
{
    m_entry = entry;
    m_proofJob = 0;
    m_proof->clear();
    if (!entry) {
        m_pretty->setPlainText(tr("Select a record to see it in full."));
        for (QPlainTextEdit* view : {m_bytes, m_proof})
            view->clear();
        for (QLabel* label : {m_justification, m_problem, m_hmac, m_chain, m_proofStatus})
            label->clear();
        m_problem->hide();
        return;
    }
    showJustification(*entry);
    m_pretty->setPlainText(QString::fromUtf8(QJsonDocument(entry->object).toJson(QJsonDocument::Indented)));
    m_bytes->setPlainText(tr("%1\n\n%2 bytes, SHA-256 %3")
                              .arg(QString::fromUtf8(entry->bytes))
                              .arg(entry->bytes.size())
                              .arg(hex(Sha256::hash(entry->bytes))));
    m_problem->setVisible(!entry->problem.isEmpty());
    StatusColours::colourText(m_problem, StatusColours::Role::Danger);
    m_problem->setText(tr("Not a valid ledger record: %1").arg(entry->problem));
    showHmac(*entry);
    showChainLink(*entry);
    requestProof(*entry);
}

void RecordDetailPane::showJustification(const AuditEntry& entry)
{
    // What the operator said, as the intent record keeps it (Justification): one line each, plain text.
    const QJsonObject details = entry.object.value(u"details").toObject();
    QStringList lines;
    if (const QString reason = details.value(u"reason").toString(); !reason.isEmpty())
        lines.append(tr("Reason: %1").arg(reason));
    if (const QString ticket = details.value(u"ticket").toString(); !ticket.isEmpty())
        lines.append(tr("Ticket: %1").arg(ticket));
    const QJsonObject verification = details.value(u"verification").toObject();
    if (const QString method = verification.value(u"method").toString(); !method.isEmpty())
        lines.append(verification.value(u"agent_confirmed").toBool()
                         ? tr("Caller verified by: %1 (confirmed by the agent)").arg(method)
                         : tr("Caller verified by: %1 (not confirmed)").arg(method));
    m_justification->setText(lines.isEmpty() ? tr("no reason recorded") : lines.join(u'\n'));
}

void RecordDetailPane::showHmac(const AuditEntry& entry)
{
    if (!m_ledger || !m_ledger->isDatabase()) {
        m_hmac->setText(tr("none: exports carry no HMAC; their records are covered by the signed checkpoint"));
        return;
    }
    if (m_hmacKey.isEmpty()) {
        m_hmac->setText(
            tr("%1 (stored; not checked: the ledger's HMAC key is not available here)").arg(hex(entry.hmac)));
        return;
    }
    const bool valid = Hmac::equal(entry.hmac, Hmac::sha256(m_hmacKey, entry.bytes));
    m_hmac->setText(valid ? tr("%1 — matches the record").arg(hex(entry.hmac))
                          : tr("%1 — does NOT match the record").arg(hex(entry.hmac)));
}

void RecordDetailPane::showChainLink(const AuditEntry& entry)
{
    const QString prev = entry.text(u"prev");
    const qint64 seq = entry.seq();
    QString expected;
    if (seq == 0) {
        expected = LedgerRecord::genesisPrev();
    } else if (m_ledger && m_ledger->isOpen() && entry.position > 0) {
        auto previous = m_ledger->reader()->read({entry.position - 1});
        if (previous && !previous->isEmpty() && previous->first().seq() == seq - 1)
            expected = hex(Sha256::hash(previous->first().bytes));
    }
    if (expected.isEmpty())
        m_chain->setText(tr("prev %1 (record %2 is not here to compare)").arg(prev).arg(seq - 1));
    else if (prev == expected && seq == 0)
        m_chain->setText(tr("prev %1 — the genesis value: the first record follows no other").arg(prev));
    else if (prev == expected)
        m_chain->setText(tr("prev %1 — matches the hash of record %2").arg(prev).arg(seq - 1));
    else
        m_chain->setText(
            seq == 0 ? tr("prev %1 — does NOT match the genesis value %2").arg(prev, expected)
                     : tr("prev %1 — does NOT match the hash of record %2, %3").arg(prev).arg(seq - 1).arg(expected));
}

void RecordDetailPane::requestProof(const AuditEntry& entry)
{
    const auto checkpoint = m_ledger && m_ledger->isOpen()
                                ? LedgerReader::checkpointIn(m_ledger->reader()->checkpointNote())
                                : std::nullopt;
    if (!checkpoint) {
        m_proofStatus->setText(tr("no signed checkpoint to prove against"));
        return;
    }
    m_treeSize = checkpoint->size();
    m_root = checkpoint->rootHash();
    if (entry.seq() < 0 || entry.seq() >= m_treeSize) {
        m_proofStatus->setText(tr("not covered by the latest checkpoint (%1 records)").arg(m_treeSize));
        return;
    }
    m_proofStatus->setText(tr("computing…"));
    m_proofJob = m_ledger->prove(entry.position, entry.seq(), m_treeSize);
}

void RecordDetailPane::onProved(quint64 job, const QList<QByteArray>& hashes, const QString& error)
{
    if (job != m_proofJob || !m_entry)
        return;
    if (!error.isEmpty()) {
        m_proofStatus->setText(error);
        return;
    }
    QStringList lines;
    for (const QByteArray& hash : hashes)
        lines.append(hex(hash));
    m_proof->setPlainText(lines.join(u'\n'));
    const bool valid =
        MerkleTree::verifyInclusion(m_entry->seq(), m_treeSize, MerkleTree::leafHashOf(m_entry->bytes), hashes, m_root);
    m_proofStatus->setText(valid ? tr("%n hash(es); verifies against the root of the checkpoint of %1 records, %2",
                                      nullptr, static_cast<int>(hashes.size()))
                                       .arg(m_treeSize)
                                       .arg(QString::fromLatin1(m_root.toBase64()))
                                 : tr("%n hash(es); does NOT verify against the root of the checkpoint of %1 records",
                                      nullptr, static_cast<int>(hashes.size()))
                                       .arg(m_treeSize));
}

} // namespace custos
