#include "ui/reports/AuditReport.h"

#include "core/common/Clock.h"
#include "core/ledger/LedgerFile.h"
#include "core/ledger/LedgerReader.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerSnapshot.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/NoteVerifier.h"
#include "ui/audit/VerificationText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QtMath>
#include <cmath>
#include <optional>

namespace custos {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well; a helper taking the text as a variable hides it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::AuditReport)
};

constexpr qint64 progressEvery = 2000;
// Coordinates of the PDF, in dots per inch: text and lines stay vectors whatever the number.
constexpr int resolution = 300;
constexpr qreal footerHeightMm = 8;
const QMarginsF pageMarginsMm(15, 12, 15, 10);

const QString validColour = QStringLiteral("#1b7f3b");
const QString failedColour = QStringLiteral("#b3261e");
const QString cautionColour = QStringLiteral("#a64b00"); // StatusColours Warning, light theme
const QString failedRowColour = QStringLiteral("#fde2e1");
const QString headerRowColour = QStringLiteral("#e8ecf2");

// Without ligatures ("fi" as one glyph), so that searching and copying the PDF's text finds every word as typed.
// Scripts that need shaping are still shaped.
QFont textFont(QFont font, qreal pointSize)
{
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

Error cancelledError()
{
    return Error::cancelled(Text::tr("The report was cancelled"), {});
}

struct Row
{
    qint64 seq = -1; // -1: unknown (an unreadable record of an export)
    bool readable = true;
    QString time;
    QString actor;
    QString action;
    QString target;
    QString tenant;
    QString outcome;
};

Row rowOf(const LedgerRecord& record)
{
    Row row;
    row.seq = record.seq;
    row.time = record.time;
    row.actor = record.actorUsername.isEmpty() ? record.actorId : record.actorUsername;
    row.action = record.action;
    const QString target = record.targetName.isEmpty() ? record.targetId : record.targetName;
    row.target = record.targetType.isEmpty() ? target : record.targetType + QStringLiteral(": ") + target;
    row.tenant = record.tenant;
    row.outcome = record.outcome;
    return row;
}

// Streamed: only the rows listed are kept, so the ledger's size does not matter, only the filter's.
Result<QList<Row>> selectRows(const QString& ledgerPath, qint64 total, const AuditFilter& filter,
                              const std::atomic<bool>& cancelled, const AuditReport::Progress& progress)
{
    QList<Row> rows;
    std::optional<Error> failure;
    qint64 i = 0;
    const Status scanned = LedgerFile::forEachRecord(ledgerPath, [&](qint64 storedSeq, QByteArrayView bytes) {
        if (i++ % progressEvery == 0) {
            if (cancelled) {
                failure = cancelledError();
                return false;
            }
            progress(Text::tr("Selecting records…"), i - 1, total);
        }
        auto record = LedgerRecord::fromBytes(bytes);
        if (record) {
            if (!filter.matches(record->toJson(), bytes))
                return true;
            rows.append(rowOf(record.value()));
        } else {
            // A damaged record matches no filter, yet must not vanish from an audit report: listed, flagged.
            Row row;
            row.seq = storedSeq;
            row.readable = false;
            row.action = Text::tr("unreadable record: %1").arg(record.error().why);
            rows.append(row);
        }
        if (rows.size() > AuditReport::maxRecords) {
            failure = Error::invalid(Text::tr("Too many records for one report"),
                                     Text::tr("more than %1 records match the filter").arg(AuditReport::maxRecords),
                                     Text::tr("Narrow the filter or the time range"));
            return false;
        }
        return true;
    });
    if (failure)
        return *failure;
    if (!scanned)
        return scanned.error();
    return rows;
}

QString formatTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString heading(const QString& title)
{
    return QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
}

// Label and value pairs, one a row.
const QString factsTable = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");

QString factRow(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString monospaceRow(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td>"
                          "<td style=\"font-family:monospace\">%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString filterFacts(const AuditFilter& filter)
{
    if (filter.isEmpty())
        return factRow(Text::tr("Filter"), Text::tr("none: every record"));
    QString facts;
    auto add = [&facts](const QString& label, const QString& value) {
        if (!value.isEmpty())
            facts += factRow(label, value);
    };
    add(Text::tr("From (inclusive)"), filter.from.isValid() ? formatTime(filter.from) : QString());
    add(Text::tr("To (exclusive)"), filter.to.isValid() ? formatTime(filter.to) : QString());
    add(Text::tr("Actor contains"), filter.actor);
    add(Text::tr("Action contains"), filter.action);
    add(Text::tr("Target contains"), filter.target);
    add(Text::tr("Outcome is"), filter.outcome);
    add(Text::tr("Source is"), filter.source);
    add(Text::tr("Tenant contains"), filter.tenant);
    add(Text::tr("Text contains"), filter.text);
    return facts;
}

struct Facts
{
    const AuditReportRequest& request;
    const VerificationReport& report;
    const std::optional<Checkpoint>& checkpoint;
    const std::optional<NoteVerifier>& key;
    const std::optional<WitnessQuorum::Report>& witnesses;
    QString generated;
    qint64 ledgerRecords = 0;
};

// Each cosignature on the checkpoint: the witness, whether it is pinned and valid, and when it cosigned.
QString witnessSection(const WitnessQuorum::Report& witnesses)
{
    QString html = heading(Text::tr("Witness cosignatures"));
    html += QStringLiteral("<p>%1</p>").arg(VerificationText::witnessCount(witnesses).toHtmlEscaped());
    if (witnesses.cosigners.isEmpty())
        return html + QStringLiteral("<p>%1</p>")
                          .arg(Text::tr("The checkpoint carries no witness cosignature.").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                           "style=\"border-collapse:collapse; border-color:#b0b7c3\"><tr>");
    for (const QString& title : {Text::tr("Witness"), Text::tr("Key hash"), Text::tr("Pinned and valid?"),
                                 Text::tr("Cosigned (UTC)"), Text::tr("Cosigned (local time)")})
        html += QStringLiteral("<th align=\"left\" bgcolor=\"%1\">%2</th>").arg(headerRowColour, title.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const WitnessQuorum::Cosigner& cosigner : witnesses.cosigners) {
        const bool invalid = cosigner.status == WitnessQuorum::Cosigner::Status::Invalid;
        const QString cell =
            invalid ? QStringLiteral("<td bgcolor=\"%1\">").arg(failedRowColour) : QStringLiteral("<td>");
        html += QStringLiteral("<tr>");
        for (const QString& value :
             {cosigner.name, VerificationText::keyHash(cosigner.keyHash), VerificationText::cosignatureStatus(cosigner),
              cosigner.time ? VerificationText::utcTime(*cosigner.time) : QStringLiteral("—"),
              cosigner.time ? VerificationText::localTime(*cosigner.time) : QStringLiteral("—")})
            html += cell + value.toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString titlePage(const Facts& facts, qsizetype listed)
{
    const VerificationReport& report = facts.report;
    QString html = QStringLiteral("<h1>%1</h1>").arg(Text::tr("Audit report").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(Text::tr("Ledger %1 (%2 records).")
                         .arg(QFileInfo(facts.request.ledgerPath).fileName(), QString::number(facts.ledgerRecords))
                         .toHtmlEscaped());
    const QString generated = facts.request.profileName.isEmpty()
                                  ? Text::tr("Generated %1 by %2.").arg(facts.generated, facts.request.operatorName)
                                  : Text::tr("Generated %1 by %2 for the environment %3.")
                                        .arg(facts.generated, facts.request.operatorName, facts.request.profileName);
    html += QStringLiteral("<p>%1</p>").arg(generated.toHtmlEscaped());

    html += heading(Text::tr("Verification"));
    QString verdict = Text::tr("%1/%2 records valid").arg(report.valid).arg(report.checked);
    if (!report.ok()) {
        const QString kind = VerificationText::kindLabel(report.kind);
        verdict = report.firstBadSeq >= 0
                      ? Text::tr("Verification failed: %1 at seq %2").arg(kind).arg(report.firstBadSeq)
                      : Text::tr("Verification failed: %1").arg(kind);
    }
    // A selective export proves its records, not that none was left out: amber, with the words `verify` prints.
    const bool selective = report.completeness == VerificationReport::Completeness::Selective;
    if (report.ok() && selective)
        verdict = Text::tr("%1/%2 records valid; complete: not proven (selective export: %3 records of a log of %4)")
                      .arg(report.valid)
                      .arg(report.checked)
                      .arg(report.disclosed)
                      .arg(report.checkpointSize);
    // Without the witnesses' quorum the records may be a history only the operator saw: amber, never green.
    const bool witnessed = !facts.witnesses || facts.witnesses->met();
    if (report.ok() && !witnessed)
        verdict += QStringLiteral("; ") + VerificationText::notWitnessed(*facts.witnesses);
    html += QStringLiteral("<p style=\"font-size:15pt; font-weight:bold; color:%1\">%2</p>")
                .arg(!report.ok()              ? failedColour
                     : selective || !witnessed ? cautionColour
                                               : validColour,
                     verdict.toHtmlEscaped());
    html += factsTable;
    if (!report.ok()) {
        html += factRow(Text::tr("Records valid"), VerificationText::counts(report));
        if (!report.detail.isEmpty())
            html += factRow(Text::tr("What is wrong"), report.detail);
    }
    html += factRow(Text::tr("Record HMACs"),
                    report.hmacChecked ? Text::tr("checked") : Text::tr("not checked (no key given)"));
    if (report.uncheckpointed > 0)
        html += factRow(Text::tr("Records after the latest checkpoint"),
                        Text::tr("%1 (covered by the hash chain and HMACs only)").arg(report.uncheckpointed));
    html += QStringLiteral("</table>");

    html += heading(Text::tr("Checkpoint")) + factsTable;
    if (facts.checkpoint) {
        html += factRow(Text::tr("Origin"), facts.checkpoint->origin());
        html += factRow(Text::tr("Tree size"), QString::number(facts.checkpoint->size()));
        html += monospaceRow(Text::tr("Root hash"), QString::fromLatin1(facts.checkpoint->rootHash().toBase64()));
    } else {
        html += factRow(Text::tr("Checkpoint"), Text::tr("none: the ledger has no readable signed checkpoint"));
    }
    html += QStringLiteral("</table>");

    if (facts.witnesses)
        html += witnessSection(*facts.witnesses);

    html += heading(Text::tr("Verifier key")) + factsTable;
    if (facts.key) {
        html += monospaceRow(Text::tr("Key"), facts.key->toString());
        html += monospaceRow(Text::tr("Fingerprint (SHA-256)"), VerificationText::fingerprint(facts.key->publicKey()));
        html += factRow(QString(), Text::tr("Compare the fingerprint with the one your organisation publishes."));
    } else {
        html += factRow(Text::tr("Key"), Text::tr("none: the ledger names no readable verifier key"));
    }
    html += QStringLiteral("</table>");

    html += heading(Text::tr("Selection")) + factsTable;
    html += filterFacts(facts.request.filter);
    html += factRow(Text::tr("Records listed"), QString::number(listed));
    html += QStringLiteral("</table>");
    return html;
}

QString recordsTable(const QList<Row>& rows, qint64 firstBadSeq)
{
    // <thead> becomes the table's header rows, which QTextDocument repeats at the top of every page.
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"page-break-before:always; border-collapse:collapse; "
                                  "border-color:#b0b7c3; font-size:8pt\"><thead><tr>");
    const std::pair<const char*, int> columns[] = {
        {QT_TRANSLATE_NOOP("custos::AuditReport", "Seq"), 6},
        {QT_TRANSLATE_NOOP("custos::AuditReport", "Time (UTC)"), 19},
        {QT_TRANSLATE_NOOP("custos::AuditReport", "Actor"), 12},
        {QT_TRANSLATE_NOOP("custos::AuditReport", "Action"), 17},
        {QT_TRANSLATE_NOOP("custos::AuditReport", "Target"), 24},
        {QT_TRANSLATE_NOOP("custos::AuditReport", "Tenant"), 12},
        {QT_TRANSLATE_NOOP("custos::AuditReport", "Outcome"), 10},
    };
    for (const auto& [title, width] : columns)
        html += QStringLiteral("<th width=\"%1%\" align=\"left\" bgcolor=\"%2\">%3</th>")
                    .arg(width)
                    .arg(headerRowColour, Text::tr(title).toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const Row& row : rows) {
        const bool bad = !row.readable || (firstBadSeq >= 0 && row.seq == firstBadSeq);
        const QString cell = bad ? QStringLiteral("<td bgcolor=\"%1\">").arg(failedRowColour) : QStringLiteral("<td>");
        html += QStringLiteral("<tr>");
        for (const QString& value : {row.seq >= 0 ? QString::number(row.seq) : QStringLiteral("?"), row.time, row.actor,
                                     row.action, row.target, row.tenant})
            html += cell + value.toHtmlEscaped() + QStringLiteral("</td>");
        html += cell;
        html += row.outcome == u"FAILURE"
                    ? QStringLiteral("<span style=\"color:%1\">%2</span>").arg(failedColour, row.outcome)
                    : row.outcome.toHtmlEscaped();
        html += QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

// Across the page's diagonal, faint, under the content: whoever copies a page copies who made it and when.
void drawWatermark(QPainter& painter, const QRectF& page, const QString& text)
{
    painter.save();
    QFont font = textFont(painter.font(), 32);
    font.setBold(true);
    const qreal diagonal = std::hypot(page.width(), page.height());
    const qreal width = QFontMetricsF(font, painter.device()).boundingRect(QRectF(), 0, text).width();
    if (width > 0.8 * diagonal)
        font.setPointSizeF(font.pointSizeF() * 0.8 * diagonal / width);
    painter.setFont(font);
    painter.setPen(QColor(120, 120, 120, 70));
    painter.translate(page.center());
    painter.rotate(-qRadiansToDegrees(std::atan2(page.height(), page.width())));
    painter.drawText(QRectF(-diagonal / 2, -page.height() / 2, diagonal, page.height()), Qt::AlignCenter, text);
    painter.restore();
}

void drawFooter(QPainter& painter, const QRectF& area, const QString& left, const QString& right)
{
    painter.save();
    painter.setFont(textFont(painter.font(), 7.5));
    painter.setPen(QColor(90, 90, 90));
    painter.drawLine(area.topLeft(), area.topRight());
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.restore();
}

} // namespace

Result<AuditReportSummary> AuditReport::write(const AuditReportRequest& request, const std::atomic<bool>& cancelled,
                                              const Progress& progress)
{
    const auto report = [&progress](const QString& step, qint64 done, qint64 total) {
        if (progress)
            progress(step, done, total);
    };
    if (request.operatorName.trimmed().isEmpty())
        return Error::invalid(Text::tr("Could not write the audit report"),
                              Text::tr("the watermark needs the name of the operator generating it"));
    const QFileInfo ledgerFile(request.ledgerPath);
    if (ledgerFile.exists() && ledgerFile.canonicalFilePath() == QFileInfo(request.outputPath).canonicalFilePath())
        return Error::invalid(Text::tr("Could not write the audit report"),
                              Text::tr("it would replace the ledger it reports on"),
                              Text::tr("Choose another file name"));

    // Verdict, checkpoint, key and rows all come from one private copy: a ledger replaced or appended to while
    // the report is written cannot put other rows under the verdict.
    report(Text::tr("Copying the ledger…"), 0, 0);
    auto snapshot = LedgerSnapshot::take(request.ledgerPath);
    if (!snapshot)
        return snapshot.error();
    const QString ledgerPath = snapshot.value()->path();
    if (cancelled)
        return cancelledError();

    // Streamed, like the verification view: a ledger of any size is read a record at a time.
    report(Text::tr("Reading the ledger…"), 0, 0);
    AuditReportSummary summary;
    LedgerVerifier::Options options;
    options.trustedKey = request.trustedKey;
    options.hmacKey = request.hmacKey;
    auto read = LedgerFile::readClaims(ledgerPath);
    if (!read && read.error().kind != Error::Kind::Integrity)
        return read.error();
    LedgerFile::Claims claims; // empty for a damaged export: no checkpoint, no key, no rows
    const bool readable = read.ok();
    if (readable) {
        claims = std::move(read).value();
        report(Text::tr("Verifying %n record(s)…", nullptr, static_cast<int>(claims.recordCount)), 0, 0);
        auto verified = LedgerVerifier::isDatabase(ledgerPath) ? LedgerVerifier::verifyDatabase(ledgerPath, options)
                                                               : LedgerVerifier::verifyExport(ledgerPath, options);
        if (!verified)
            return verified.error();
        summary.verification = verified.value();
    } else {
        // A damaged export is a finding, as `custos-ledger verify` reports it: the report says so.
        summary.verification.kind = VerificationReport::Kind::Malformed;
        summary.verification.detail = read.error().why;
    }
    if (cancelled)
        return cancelledError();
    auto rows = readable ? selectRows(ledgerPath, claims.recordCount, request.filter, cancelled, report)
                         : Result<QList<Row>>(QList<Row>());
    if (!rows)
        return rows.error();
    summary.recordsListed = rows->size();

    report(Text::tr("Laying out the report…"), 0, 0);
    const QString generated = formatTime(request.generatedAt.isValid() ? request.generatedAt : Clock::now());
    const std::optional<Checkpoint> checkpoint = LedgerReader::checkpointIn(claims.evidence.latestNote);
    std::optional<NoteVerifier> key;
    if (auto parsed = NoteVerifier::parse(claims.evidence.verifierKey))
        key = parsed.value();
    if (request.witnessPolicy)
        summary.witnesses = WitnessQuorum::check(claims.evidence.latestNote, request.witnessPolicy->keys,
                                                 request.witnessPolicy->quorum);
    const Facts facts{request, summary.verification, checkpoint, key, summary.witnesses, generated, claims.recordCount};
    QString html = titlePage(facts, rows->size());
    if (rows->isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(Text::tr("No record matches the filter.").toHtmlEscaped());
    else
        html += recordsTable(rows.value(), summary.verification.firstBadSeq);

    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(Text::tr("Could not write %1").arg(request.outputPath), file.errorString());
    QPdfWriter writer(&file);
    writer.setResolution(resolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, pageMarginsMm, QPageLayout::Millimeter));
    const QString origin = checkpoint ? checkpoint->origin() : ledgerFile.fileName();
    writer.setTitle(Text::tr("Audit report: %1").arg(origin));
    writer.setCreator(QStringLiteral("Custos " CUSTOS_VERSION));

    // Device units throughout: the layout measures fonts for the PDF, and a page of the document is the paint
    // area less the footer, as QTextDocument::print() paginates.
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal footerHeight = footerHeightMm * resolution / 25.4;
    const qreal bodyHeight = page.height() - footerHeight;
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setDefaultFont(textFont(document.defaultFont(), 9.5));
    document.setHtml(html);
    document.setPageSize(QSizeF(page.width(), bodyHeight));
    summary.pageCount = document.pageCount();
    if (cancelled)
        return cancelledError();

    QString watermark = request.operatorName;
    if (!request.profileName.isEmpty())
        watermark += QStringLiteral(" · ") + request.profileName;
    watermark += u'\n' + generated;
    const QString footer = Text::tr("Custos audit report · %1").arg(origin);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::io(Text::tr("Could not write %1").arg(request.outputPath), Text::tr("the PDF writer failed"));
    for (int index = 0; index < summary.pageCount; ++index) {
        if (cancelled) {
            painter.end();
            file.cancelWriting();
            return cancelledError();
        }
        report(Text::tr("Writing page %1 of %2…").arg(index + 1).arg(summary.pageCount), index, summary.pageCount);
        if (index > 0)
            writer.newPage();
        drawWatermark(painter, page, watermark);
        const QRectF view(0, index * bodyHeight, page.width(), bodyHeight);
        painter.save();
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, QRectF(0, bodyHeight, page.width(), footerHeight), footer,
                   Text::tr("Page %1 of %2").arg(index + 1).arg(summary.pageCount));
    }
    if (!painter.end() || !file.commit())
        return Error::io(Text::tr("Could not write %1").arg(request.outputPath), file.errorString());
    return summary;
}

} // namespace custos
