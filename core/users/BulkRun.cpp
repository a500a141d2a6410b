#include "core/users/BulkRun.h"

#include "core/audit/JustificationPolicy.h"
#include "core/common/Csv.h"

#include <QCoreApplication>

namespace custos {

namespace {
struct BulkRunText
{
    Q_DECLARE_TR_FUNCTIONS(custos::BulkRun)
};
constexpr qsizetype maxCsvBytes = 16 * 1024 * 1024;
constexpr int maxCsvLines = 100000;
} // namespace

BulkRun::BulkRun(QList<BulkItem> items, Factory factory, int concurrency, QObject* parent)
    : QObject(parent)
    , m_items(std::move(items))
    , m_factory(std::move(factory))
    , m_concurrency(qMax(1, concurrency))
{
    m_outcomes.resize(m_items.size());
}

void BulkRun::start()
{
    if (m_items.isEmpty()) {
        emit finished();
        return;
    }
    launchMore();
}

void BulkRun::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    for (UserOperation* operation : std::as_const(m_active))
        operation->cancel();
    // Items never started are reported as cancelled; nothing was sent for them, so nothing is recorded.
    while (m_next < m_items.size()) {
        const int index = m_next++;
        OperationOutcome outcome;
        outcome.action = auditActionName(m_items.at(index).action);
        outcome.target =
            OperationTarget{QStringLiteral("user"), m_items.at(index).user.id, m_items.at(index).user.username};
        outcome.error = Error::cancelled(BulkRunText::tr("Not started"), BulkRunText::tr("the bulk run was cancelled"));
        outcome.summary = BulkRunText::tr("Cancelled before it started");
        onItemFinished(index, outcome);
    }
}

void BulkRun::launchMore()
{
    while (!m_cancelled && m_running < m_concurrency && m_next < m_items.size()) {
        const int index = m_next++;
        UserOperation* operation = m_factory(m_items.at(index), this);
        m_active.insert(operation);
        ++m_running;
        connect(operation, &UserOperation::finished, this, [this, index, operation](const OperationOutcome& outcome) {
            m_active.remove(operation);
            operation->deleteLater();
            --m_running;
            onItemFinished(index, outcome);
            launchMore();
        });
        operation->start();
    }
}

void BulkRun::onItemFinished(int index, const OperationOutcome& outcome)
{
    m_outcomes[index] = outcome;
    ++m_finished;
    emit itemFinished(index, outcome);
    emit progress(m_finished, int(m_items.size()));
    if (m_finished == m_items.size())
        emit finished();
}

namespace {

// RFC 4180 fields of one record starting at `pos`; advances `pos` past the record's line break.
Result<QStringList> readCsvRecord(const QString& text, qsizetype& pos, int lineNumber)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    while (pos < text.size()) {
        const QChar c = text.at(pos++);
        if (quoted) {
            if (c == u'"') {
                if (pos < text.size() && text.at(pos) == u'"') {
                    field.append(u'"');
                    ++pos;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && pos < text.size() && text.at(pos) == u'\n')
                ++pos;
            break;
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return Error::invalid(BulkRunText::tr("Could not read the CSV file"),
                              BulkRunText::tr("line %1 has a quote that is never closed").arg(lineNumber));
    fields.append(field);
    return fields;
}

} // namespace

Result<QList<BulkItem>> parseBulkCsv(const QByteArray& csv, const QList<RoleRef>& realmRoles)
{
    const QString what = BulkRunText::tr("Could not read the CSV file");
    if (csv.size() > maxCsvBytes)
        return Error::invalid(what, BulkRunText::tr("it is larger than 16 MiB"),
                              BulkRunText::tr("Split it into smaller files"));
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar::ReplacementCharacter))
        return Error::invalid(what, BulkRunText::tr("it is not UTF-8 text"), BulkRunText::tr("Save it as UTF-8 CSV"));

    QList<BulkItem> items;
    QStringList problems;
    qsizetype pos = 0;
    int lineNumber = 0;
    while (pos < text.size()) {
        ++lineNumber;
        if (lineNumber > maxCsvLines)
            return Error::invalid(what, BulkRunText::tr("it has more than %1 lines").arg(maxCsvLines));
        auto record = readCsvRecord(text, pos, lineNumber);
        if (!record)
            return record.error();
        QStringList fields = record.value();
        for (QString& field : fields)
            field = field.trimmed();
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // blank line
        if (lineNumber == 1 && fields.first().compare(QLatin1String("username"), Qt::CaseInsensitive) == 0)
            continue; // header
        if (fields.size() < 2 || fields.size() > 4) {
            problems.append(BulkRunText::tr("line %1: expected username,action[,change[,reason]]").arg(lineNumber));
            continue;
        }
        BulkItem item;
        item.user.username = fields.at(0);
        if (item.user.username.isEmpty()) {
            problems.append(BulkRunText::tr("line %1: the username is empty").arg(lineNumber));
            continue;
        }
        if (!fromCsvKeyword(fields.at(1), &item.action)) {
            problems.append(
                BulkRunText::tr("line %1: unknown action “%2” (use leaver, role-change, unlock or mfa-reset)")
                    .arg(lineNumber)
                    .arg(fields.at(1)));
            continue;
        }
        const QString change = fields.value(2);
        if (item.action == UserAction::ChangeAccess) {
            const QStringList tokens = change.split(u' ', Qt::SkipEmptyParts);
            if (tokens.isEmpty())
                problems.append(
                    BulkRunText::tr("line %1: role-change needs roles, like \"+auditor -helpdesk\"").arg(lineNumber));
            for (const QString& token : tokens) {
                const QChar sign = token.at(0);
                const QString name = token.mid(1);
                const auto role = std::find_if(realmRoles.begin(), realmRoles.end(),
                                               [&name](const RoleRef& r) { return r.name == name; });
                if ((sign != u'+' && sign != u'-') || name.isEmpty())
                    problems.append(BulkRunText::tr("line %1: “%2” must be +role or -role").arg(lineNumber).arg(token));
                else if (role == realmRoles.end())
                    problems.append(BulkRunText::tr("line %1: the realm has no role “%2”").arg(lineNumber).arg(name));
                else
                    (sign == u'+' ? item.change.addRoles : item.change.removeRoles).append(*role);
            }
        } else if (!change.isEmpty()) {
            problems.append(BulkRunText::tr("line %1: only role-change takes a third column").arg(lineNumber));
        }
        item.reason = fields.value(3);
        if (!item.reason.isEmpty() && item.reason.size() < JustificationPolicy::minimumReasonLength)
            problems.append(BulkRunText::tr("line %1: the reason needs at least %2 characters")
                                .arg(lineNumber)
                                .arg(JustificationPolicy::minimumReasonLength));
        items.append(item);
    }
    if (!problems.isEmpty()) {
        const int shown = 20;
        QString why = problems.mid(0, shown).join(u'\n');
        if (problems.size() > shown)
            why += u'\n' + BulkRunText::tr("…and %1 more").arg(problems.size() - shown);
        return Error::invalid(what, why, BulkRunText::tr("Correct these lines and load the file again"));
    }
    if (items.isEmpty())
        return Error::invalid(what, BulkRunText::tr("it names no user"));
    return items;
}

QByteArray bulkResultsCsv(const QList<BulkItem>& items, const QList<OperationOutcome>& outcomes)
{
    QByteArray out = "username,action,outcome,result,correlation_id\r\n";
    for (qsizetype i = 0; i < items.size(); ++i) {
        const OperationOutcome outcome = outcomes.value(i);
        const QString result = outcome.succeeded ? QStringLiteral("SUCCESS")
                               : outcome.refused ? QStringLiteral("REFUSED")
                                                 : QStringLiteral("FAILURE");
        const QStringList row{csvField(items.at(i).user.username), csvField(csvKeyword(items.at(i).action)),
                              csvField(result), csvField(outcome.summary), csvField(outcome.correlationId)};
        out += row.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

} // namespace custos
