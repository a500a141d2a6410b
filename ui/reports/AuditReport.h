#pragma once

#include "core/common/Result.h"
#include "core/ledger/AuditFilter.h"
#include "core/ledger/AuditorTrustStore.h"
#include "core/ledger/VerificationReport.h"
#include "core/ledger/WitnessQuorum.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace custos {

struct AuditReportRequest
{
    QString ledgerPath; // a ledger database or an export file
    QString outputPath; // the PDF; replaced only once the whole report is written
    // The records to list, with the audit view's rules, so a report shows what the view shows. Verification
    // always covers the whole ledger: a filter narrows the table, never the checks.
    AuditFilter filter;
    QString trustedKey; // the verifier key the checkpoint must be signed with (a pinned key); empty: the ledger's
    QByteArray hmacKey; // also checks a database's record HMACs when given
    // Auditor mode: the checkpoint's cosignatures are listed and judged against these pinned witnesses and quorum;
    // nullopt: no witness section.
    std::optional<AuditorTrustStore::WitnessPolicy> witnessPolicy;
    // The watermark on every page (disclosure packs): who generated the report, for which environment, when.
    QString operatorName;  // required
    QString profileName;   // empty in auditor mode, which has no environment
    QDateTime generatedAt; // invalid: now
};

struct AuditReportSummary
{
    VerificationReport verification;
    std::optional<WitnessQuorum::Report> witnesses; // with a witness policy
    qint64 recordsListed = 0;
    int pageCount = 0;
};

// A PDF audit report of one ledger (A4 landscape): a title page with the verification summary (N/N valid, or
// the first failure with its kind and seq), the checkpoint's origin, size and root, the verifier key and its
// SHA-256 fingerprint, in auditor mode the witnesses' cosignatures (amber "not witnessed" without the quorum),
// and the filter; then the matching records (seq, time, actor, action, target, tenant,
// outcome) with the column headers repeated on every page. Every page carries the watermark.
//
// write() does all of it synchronously and takes seconds on a large ledger: the GUI runs it through
// AuditReportJob, on a worker thread.
class AuditReport
{
public:
    // A report is read by people: past this many records the filter should be narrower (and QTextDocument's
    // layout time and memory grow with every row).
    static constexpr qint64 maxRecords = 10000;

    // `total` 0: a step of unknown length.
    using Progress = std::function<void(const QString& step, qint64 done, qint64 total)>;

    // Fails with Error::Kind::Cancelled once `cancelled` is set (checked between steps, records and pages);
    // nothing is written then. A ledger that fails verification is not an error: the report shows the failure.
    [[nodiscard]] static Result<AuditReportSummary> write(const AuditReportRequest& request,
                                                          const std::atomic<bool>& cancelled, const Progress& progress);
};

} // namespace custos
