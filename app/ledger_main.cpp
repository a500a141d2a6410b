// custos-ledger: create, append to, export and verify a signed audit ledger.
// Exit codes: 0 success (verify: all valid), 1 verification found a problem, 2 usage or I/O error.
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/http/HttpClient.h"
#include "core/http/TransportPolicy.h"
#include "core/keychain/SecretStore.h"
#include "core/ledger/AuditorTrustStore.h"
#include "core/ledger/Checkpoint.h"
#include "core/ledger/Jcs.h"
#include "core/ledger/LedgerExport.h"
#include "core/ledger/LedgerFile.h"
#include "core/ledger/LedgerKeyFile.h"
#include "core/ledger/LedgerKeys.h"
#include "core/ledger/LedgerRecord.h"
#include "core/ledger/LedgerStore.h"
#include "core/ledger/LedgerVerifier.h"
#include "core/ledger/MerkleTree.h"
#include "core/ledger/NoteVerifier.h"
#include "core/ledger/PreparedRecord.h"
#include "core/ledger/TrustDecision.h"
#include "core/ledger/WitnessKey.h"
#include "core/ledger/WitnessQuorum.h"
#include "core/ledger/WitnessSubmission.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>
#include <array>
#include <cstdio>
#include <fcntl.h>
#include <limits>
#include <openssl/crypto.h>
#include <optional>
#include <span>
#include <termios.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace custos;

namespace {

constexpr int exitOk = 0;
constexpr int exitInvalid = 1;
constexpr int exitUsage = 2;
constexpr char passphraseVariable[] = "CUSTOS_LEDGER_PASSPHRASE";
// Events per append transaction: each commit waits for the disk (synchronous=FULL), so larger batches append
// faster; a crash loses at most the batch in flight, which was never acknowledged.
constexpr qsizetype defaultBatchSize = 10000;

void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

// One line on stderr.
void warn(const QString& message)
{
    const QByteArray line = QByteArray("custos-ledger: ") + message.simplified().toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

int fail(const QString& message, int code = exitUsage)
{
    warn(message);
    return code;
}

int fail(const Error& error)
{
    return fail(error.userMessage());
}

// Parses a subcommand's options; prints help or a usage error itself. Returns an exit code when done.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments, int minPositional,
                                  int maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(help)) {
        // QCommandLineParser names only the program in its usage line; name the command too.
        QString text = parser.helpText();
        const QString usage = QStringLiteral("Usage: ") + QCoreApplication::arguments().constFirst();
        if (text.startsWith(usage))
            text.replace(0, usage.size(), QStringLiteral("Usage: ") + arguments.constFirst());
        writeOut(text.toUtf8());
        return exitOk;
    }
    const auto count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional)
        return fail(QStringLiteral("wrong number of arguments (see --help)"));
    return std::nullopt;
}

Result<LedgerKeys> keysFromKeychain(const QString& origin, const QString& ledgerId)
{
    KeychainSecretStore store;
    QEventLoop loop;
    std::optional<Result<LedgerKeys>> result;
    LedgerKeys::loadFromSecretStore(store, origin, ledgerId, &loop, [&](const Result<LedgerKeys>& keys) {
        result = keys;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

Status keysToKeychain(const LedgerKeys& keys, const QString& origin, const QString& ledgerId)
{
    KeychainSecretStore store;
    QEventLoop loop;
    std::optional<Status> result;
    keys.saveToSecretStore(store, origin, ledgerId, &loop, [&](const Status& status) {
        result = status;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

void wipe(QByteArray& secret)
{
    OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

// A passphrase-protected key file's passphrase: from CUSTOS_LEDGER_PASSPHRASE, or typed on the terminal without
// echo (never read from standard input, which carries the events to append).
Result<QByteArray> readPassphrase(const char* prompt)
{
    if (qEnvironmentVariableIsSet(passphraseVariable))
        return qgetenv(passphraseVariable);
    const Error none{Error::Kind::Invalid, QStringLiteral("No passphrase for the key file"),
                     QStringLiteral("there is no terminal to ask on"),
                     QStringLiteral("Set %1, or run the command on a terminal").arg(QLatin1String(passphraseVariable)),
                     0};
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (tty < 0)
        return none;
    termios saved = {};
    const bool quiet = ::tcgetattr(tty, &saved) == 0;
    if (quiet) {
        termios noEcho = saved;
        noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &noEcho);
    }
    [[maybe_unused]] ssize_t shown = ::write(tty, prompt, qstrlen(prompt));
    QByteArray passphrase;
    char c = 0;
    bool complete = false;
    while (::read(tty, &c, 1) == 1) {
        if (c == '\n') {
            complete = true;
            break;
        }
        if (c != '\r' && passphrase.size() < 4096)
            passphrase += c;
    }
    if (quiet)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    shown = ::write(tty, "\n", 1);
    ::close(tty);
    if (!complete) {
        wipe(passphrase);
        return none;
    }
    return passphrase;
}

// A key file's keys: a passphrase-protected one (LedgerKeyFile) or the plain one of `init --key-file` alone.
Result<LedgerKeys> keysFromFile(const QString& path)
{
    if (!LedgerKeyFile::isProtected(path))
        return LedgerKeys::loadKeyFile(path);
    auto passphrase = readPassphrase("Passphrase of the ledger key file: ");
    if (!passphrase)
        return passphrase.error();
    QByteArray secret = passphrase.value();
    auto keys = LedgerKeyFile::read(path, secret);
    wipe(secret);
    return keys;
}

// The ledger's keys from --key-file or the keychain, checked against the public key the ledger records.
Result<LedgerKeys> loadKeys(const LedgerStore& store, const QString& keyFile)
{
    if (keyFile.isEmpty() && store.meta().keyStorage == u"key-file")
        return Error::invalid(QStringLiteral("This ledger keeps its keys in a key file"), {},
                              QStringLiteral("Pass --key-file FILE"));
    auto keys =
        keyFile.isEmpty() ? keysFromKeychain(store.meta().origin, store.meta().ledgerId) : keysFromFile(keyFile);
    if (!keys)
        return keys.error();
    if (keys->signingKey().publicKey() != store.meta().publicKey)
        return Error::integrity(QStringLiteral("The key does not belong to this ledger"),
                                QStringLiteral("its public key differs from the one the ledger was created with"));
    return keys;
}

QByteArray readKeyFileBytes(const QString& path, QString& problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = QStringLiteral("could not read %1: %2").arg(path, file.errorString());
        return {};
    }
    QByteArray key = file.readAll();
    while (key.endsWith('\n') || key.endsWith('\r'))
        key.chop(1);
    if (key.isEmpty())
        problem = QStringLiteral("%1 is empty").arg(path);
    return key;
}

// Submits the latest checkpoint to the ledger's witnesses, driving the application's event loop until every
// witness has an outcome.
Result<QList<WitnessSubmission::Outcome>> submitToWitnesses(LedgerStore& store, int attempts)
{
    HttpClient http;
    WitnessSubmission::Options options;
    options.attempts = attempts;
    WitnessSubmission submission(store, http, options);
    std::optional<QList<WitnessSubmission::Outcome>> outcomes;
    QObject::connect(&submission, &WitnessSubmission::finished, &submission,
                     [&outcomes](const QList<WitnessSubmission::Outcome>& result) {
                         outcomes = result;
                         QCoreApplication::quit();
                     });
    if (auto started = submission.start(); !started)
        return started.error();
    if (!outcomes)
        QCoreApplication::exec();
    return *outcomes;
}

// One line per witness on `stream`: "NAME: cosigned", "NAME: conflict: witness has size N", "NAME: unreachable: …".
void printOutcomes(const QList<WitnessSubmission::Outcome>& outcomes, FILE* stream)
{
    using Kind = WitnessSubmission::Outcome::Kind;
    QByteArray out;
    for (const WitnessSubmission::Outcome& outcome : outcomes) {
        QString text;
        switch (outcome.kind) {
        case Kind::Cosigned:
            text = QStringLiteral("cosigned");
            break;
        case Kind::Conflict:
            text = QStringLiteral("conflict: witness has size %1").arg(outcome.witnessSize);
            break;
        case Kind::Fork:
            text = QStringLiteral("refused, LEDGER FORK DETECTED: %1").arg(outcome.detail);
            break;
        case Kind::NotEnrolled:
            text = QStringLiteral("not enrolled: %1").arg(outcome.detail);
            break;
        case Kind::Unreachable:
            text = QStringLiteral("unreachable: %1 (the checkpoint stays queued for the next submission)")
                       .arg(outcome.detail);
            break;
        case Kind::Failed:
            text = QStringLiteral("failed: %1").arg(outcome.detail);
            break;
        }
        out += QStringLiteral("%1 %2: %3\n").arg(outcome.name, outcome.witness.url, text.simplified()).toUtf8();
    }
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stream);
}

bool hasFork(const QList<WitnessSubmission::Outcome>& outcomes)
{
    return std::any_of(outcomes.cbegin(), outcomes.cend(), [](const WitnessSubmission::Outcome& outcome) {
        return outcome.kind == WitnessSubmission::Outcome::Kind::Fork;
    });
}

// Each witness refusal that shows a fork or rollback becomes a LEDGER_FORK_DETECTED record: the alarm stays in
// the ledger itself, signed.
Status recordForks(LedgerStore& store, const QList<WitnessSubmission::Outcome>& outcomes, const LedgerKeys& keys)
{
    QList<QJsonObject> events;
    for (const WitnessSubmission::Outcome& outcome : outcomes)
        if (outcome.kind == WitnessSubmission::Outcome::Kind::Fork)
            events.append(WitnessSubmission::forkEvent(store.meta().origin, outcome));
    if (events.isEmpty())
        return success();
    auto appended = store.append(events, keys.hmacKey(), &keys.signingKey(), QDateTime::currentDateTimeUtc());
    if (!appended)
        return appended.error();
    return success();
}

int cmdInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create a new, empty ledger database and its keys."));
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("The ledger database to create."));
    const QCommandLineOption origin(QStringLiteral("origin"),
                                    QStringLiteral("Checkpoint origin and key name (default: custos.local/ledger)."),
                                    QStringLiteral("NAME"), QStringLiteral("custos.local/ledger"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     QStringLiteral("Keep the keys in FILE (created with mode 0600) instead of the "
                                                    "system keychain."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption passphrase(QStringLiteral("passphrase"),
                                        QStringLiteral("Encrypt the key file with a passphrase (PKCS#8, scrypt; at "
                                                       "least %1 characters), taken from %2 or asked twice on the "
                                                       "terminal. The other commands then ask for it the same way.")
                                            .arg(LedgerKeyFile::minPassphraseLength)
                                            .arg(QLatin1String(passphraseVariable)));
    const QCommandLineOption formatVersion(
        QStringLiteral("format-version"),
        QStringLiteral("Ledger format: 2 (default) keeps personal data as salted commitments in the records, their "
                       "openings beside them, so exports can leave them out and `erase` can delete them; 1 keeps "
                       "every value in clear, as ledgers before it did."),
        QStringLiteral("N"), QString::number(LedgerStore::latestFormatVersion));
    parser.addOptions({origin, keyFile, passphrase, formatVersion});
    if (auto done = parseArguments(parser, arguments, 1, 1))
        return *done;
    bool versionOk = false;
    const int version = parser.value(formatVersion).toInt(&versionOk);
    if (!versionOk || version < 1 || version > LedgerStore::latestFormatVersion)
        return fail(QStringLiteral("--format-version is 1 or %1").arg(LedgerStore::latestFormatVersion));
    if (parser.isSet(passphrase) && !parser.isSet(keyFile))
        return fail(QStringLiteral("--passphrase protects a key file: pass --key-file FILE too"));
    const QString path = parser.positionalArguments().at(0);
    const QString originName = parser.value(origin);
    if (!Checkpoint::isValidOrigin(originName))
        return fail(QStringLiteral("the origin must be a non-empty name without spaces or '+'"));
    if (QFile::exists(path))
        return fail(QStringLiteral("%1 already exists").arg(path));
    auto keys = LedgerKeys::generate();
    if (!keys)
        return fail(keys.error());
    LedgerStore::Meta meta;
    meta.origin = originName;
    meta.publicKey = keys->signingKey().publicKey();
    meta.ledgerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    meta.keyStorage = parser.isSet(keyFile) ? QStringLiteral("key-file") : QStringLiteral("keychain");
    meta.formatVersion = version;
    Status saved = success();
    if (parser.isSet(passphrase)) {
        if (QFile::exists(parser.value(keyFile)))
            return fail(QStringLiteral("%1 already exists").arg(parser.value(keyFile)));
        auto typed = readPassphrase("New passphrase for the ledger key file: ");
        if (!typed)
            return fail(typed.error());
        QByteArray secret = typed.value();
        if (const QString problem = LedgerKeyFile::passphraseProblem(QString::fromUtf8(secret)); !problem.isEmpty()) {
            wipe(secret);
            return fail(problem);
        }
        if (!qEnvironmentVariableIsSet(passphraseVariable)) {
            auto again = readPassphrase("The same passphrase again: ");
            QByteArray repeated = again ? again.value() : QByteArray();
            const bool same = repeated == secret;
            wipe(repeated);
            if (!same) {
                wipe(secret);
                return fail(QStringLiteral("the two passphrases differ; nothing was created"));
            }
        }
        saved = LedgerKeyFile::write(parser.value(keyFile), keys.value(), secret);
        wipe(secret);
    } else {
        saved = parser.isSet(keyFile) ? keys->saveKeyFile(parser.value(keyFile))
                                      : keysToKeychain(keys.value(), meta.origin, meta.ledgerId);
    }
    if (!saved)
        return fail(saved.error());
    auto store = LedgerStore::create(path, meta);
    if (!store)
        return fail(store.error());
    writeOut(NoteVerifier(meta.origin, meta.publicKey).toString().toUtf8() + '\n');
    return exitOk;
}

// A problem with the events on standard input, said in full in `what`.
Error inputError(const QString& message)
{
    return Error::invalid(message, {});
}

// One input line as a record ready to append to a ledger of `formatVersion`, or why it is not an event.
Result<PreparedRecord> prepareLine(QByteArrayView line, qint64 lineNumber, int formatVersion)
{
    auto value = Jcs::parse(line);
    if (!value || !value->isObject())
        return inputError(
            QStringLiteral("line %1 of the input is not a JSON object; nothing was appended").arg(lineNumber));
    auto record = LedgerRecord::fromEntry(value->toObject());
    auto prepared = record ? PreparedRecord::forLedger(std::move(record).value(), formatVersion)
                           : Result<PreparedRecord>(record.error());
    if (!prepared)
        return inputError(
            QStringLiteral("line %1: %2; nothing was appended").arg(lineNumber).arg(prepared.error().why));
    return prepared;
}

// Reads standard input to its end and prepares every non-empty line for a ledger of `formatVersion`, on two
// threads where there are two cores (the lines are independent); fails on the first line, in input order, that is not a
// valid event.
Status prepareInput(std::vector<PreparedRecord>& records, int formatVersion)
{
    struct Line
    {
        qint64 number = 0;
        QByteArray text;
    };
    constexpr size_t chunkLines = 8192;
    std::vector<Line> lines;
    std::vector<std::optional<Result<PreparedRecord>>> results;
    auto prepareRange = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            results[i] = prepareLine(lines[i].text, lines[i].number, formatVersion);
    };
    auto flush = [&]() -> Status {
        results.assign(lines.size(), std::nullopt);
        const size_t half =
            std::thread::hardware_concurrency() > 1 && lines.size() >= 64 ? lines.size() / 2 : lines.size();
        std::optional<std::thread> worker;
        if (half < lines.size())
            worker.emplace(prepareRange, half, lines.size());
        prepareRange(0, half);
        if (worker)
            worker->join();
        for (auto& result : results) {
            if (!*result)
                return result->error();
            records.push_back(std::move(*result).value());
        }
        lines.clear();
        return success();
    };
    std::array<char, 1 << 16> buffer;
    QByteArray pending;
    qint64 lineNumber = 0;
    bool atEnd = false;
    while (!atEnd) {
        const size_t got = std::fread(buffer.data(), 1, buffer.size(), stdin);
        if (got < buffer.size()) {
            if (std::ferror(stdin))
                return inputError(QStringLiteral("could not read standard input"));
            atEnd = true;
        }
        pending.append(buffer.data(), static_cast<qsizetype>(got));
        qsizetype from = 0;
        for (qsizetype end = pending.indexOf('\n'); end >= 0 || (atEnd && from < pending.size());
             end = pending.indexOf('\n', from)) {
            const qsizetype stop = end >= 0 ? end : pending.size();
            ++lineNumber;
            const QByteArrayView line = QByteArrayView(pending).sliced(from, stop - from).trimmed();
            if (!line.isEmpty())
                lines.push_back(Line{lineNumber, line.toByteArray()});
            from = stop + 1;
            if (lines.size() == chunkLines)
                if (auto done = flush(); !done)
                    return done;
        }
        pending.remove(0, std::min(from, pending.size()));
    }
    return flush();
}

int cmdAppend(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Append events (JSON objects, one per line on standard input) and sign a new checkpoint. "
                       "Prints the number of records appended. seq, prev and (unless given) time are filled in; "
                       "an event whose source and source_id are already recorded is skipped. The whole input is "
                       "checked before anything is appended; it is then committed in batches, each with its "
                       "checkpoint. A ledger that is not what Custos wrote (wrong keys, records that do not match "
                       "the signed checkpoint or their HMACs, records without a checkpoint) is not extended: exit 1."));
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("The ledger database."));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     QStringLiteral("The ledger's key file (its passphrase, if it has one, from %1 or "
                                                    "the terminal).")
                                         .arg(QLatin1String(passphraseVariable)),
                                     QStringLiteral("FILE"));
    const QCommandLineOption batchSize(QStringLiteral("batch-size"),
                                       QStringLiteral("Events per transaction (default %1).").arg(defaultBatchSize),
                                       QStringLiteral("N"), QString::number(defaultBatchSize));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      QStringLiteral("After each committed batch print \"committed N\" on standard "
                                                     "error: the N records appended so far are durable."));
    parser.addOptions({keyFile, batchSize, progress});
    if (auto done = parseArguments(parser, arguments, 1, 1))
        return *done;
    bool batchOk = false;
    const qsizetype batch = parser.value(batchSize).toLongLong(&batchOk);
    if (!batchOk || batch < 1)
        return fail(QStringLiteral("--batch-size takes a positive number"));
    auto store = LedgerStore::open(parser.positionalArguments().at(0));
    if (!store)
        return fail(store.error());
    // Each line is parsed, checked and put in canonical form once, before anything is written; the prepared
    // records are about the size of the input.
    std::vector<PreparedRecord> records;
    if (auto read = prepareInput(records, (*store)->meta().formatVersion); !read)
        return fail(read.error().what);
    if (records.empty()) {
        writeOut("0\n");
        return exitOk;
    }
    auto keys = loadKeys(**store, parser.value(keyFile));
    if (!keys)
        return fail(keys.error().userMessage(), keys.error().kind == Error::Kind::Integrity ? exitInvalid : exitUsage);
    // Nothing is appended to, or signed over, a ledger that is not what Custos wrote.
    if (auto checked = (*store)->checkBeforeAppend(keys->hmacKey(), keys->signingKey().publicKey()); !checked)
        return fail(checked.error().userMessage(),
                    checked.error().kind == Error::Kind::Integrity ? exitInvalid : exitUsage);
    qint64 appended = 0;
    qint64 duplicates = 0;
    const std::span<const PreparedRecord> all(records);
    for (size_t start = 0; start < all.size(); start += static_cast<size_t>(batch)) {
        const auto chunk = all.subspan(start, std::min(all.size() - start, static_cast<size_t>(batch)));
        // Each batch commits with its checkpoint: an append killed after a batch leaves signed records behind.
        auto outcome = (*store)->append(chunk, keys->hmacKey(), &keys->signingKey(), Clock::now());
        if (!outcome)
            return fail(outcome.error());
        appended += outcome->appended;
        duplicates += outcome->duplicates;
        if (parser.isSet(progress)) {
            const QByteArray line = "committed " + QByteArray::number(appended) + '\n';
            std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
            std::fflush(stderr);
        }
    }
    if (duplicates > 0)
        fail(QStringLiteral("skipped %1 events already recorded").arg(duplicates), exitOk);
    writeOut(QByteArray::number(appended) + '\n');
    std::fflush(stdout);
    // The new checkpoint goes to the witnesses; one that cannot be reached keeps it queued (exit 0), one that
    // refuses it as a fork is an alarm (exit 1).
    auto witnesses = (*store)->witnesses();
    if (!witnesses)
        return fail(witnesses.error());
    if (appended == 0 || witnesses->isEmpty())
        return exitOk;
    auto outcomes = submitToWitnesses(**store, 1);
    if (!outcomes)
        return fail(outcomes.error());
    printOutcomes(*outcomes, stderr);
    if (!hasFork(*outcomes))
        return exitOk;
    if (auto recorded = recordForks(**store, *outcomes, keys.value()); !recorded)
        return fail(recorded.error());
    return fail(QStringLiteral("a witness refused the new checkpoint: this ledger was rolled back or forked; "
                               "LEDGER_FORK_DETECTED was recorded"),
                exitInvalid);
}

int cmdWitness(const QStringList& arguments)
{
    const QString action = arguments.size() > 1 ? arguments.at(1) : QString();
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + u' ' + action);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("The ledger database."));
    const QCommandLineOption url(QStringLiteral("url"),
                                 QStringLiteral("The witness's base URL (https, or http on "
                                                "this computer)."),
                                 QStringLiteral("URL"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QStringLiteral("The witness's cosignature/v1 verifier key, name+hash+base64."),
                                 QStringLiteral("VKEY"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     QStringLiteral("The ledger's key file, to record a detected fork (its "
                                                    "passphrase, if it has one, from %1 or the terminal).")
                                         .arg(QLatin1String(passphraseVariable)),
                                     QStringLiteral("FILE"));
    const QCommandLineOption attempts(QStringLiteral("attempts"),
                                      QStringLiteral("Tries per unreachable witness, with back-off from 2 s "
                                                     "(default 1)."),
                                      QStringLiteral("N"), QStringLiteral("1"));
    if (action == u"add") {
        parser.setApplicationDescription(QStringLiteral("Add a witness to the ledger: every later checkpoint is "
                                                        "submitted to it. Its operator must enroll the ledger's key "
                                                        "(custos-ledger pubkey DB)."));
        parser.addOptions({url, key});
    } else if (action == u"list") {
        parser.setApplicationDescription(QStringLiteral("Print the ledger's witnesses, one a line: name, URL, key, "
                                                        "size of the last checkpoint it cosigned."));
    } else if (action == u"submit") {
        parser.setApplicationDescription(
            QStringLiteral("Submit the latest checkpoint to every witness of the ledger and print one line per "
                           "witness. Exit 0 if every reachable witness cosigned; 1 if one refused (a refusal "
                           "showing a rollback or fork is recorded as LEDGER_FORK_DETECTED); 2 on usage or I/O "
                           "errors."));
        parser.addOptions({keyFile, attempts});
    } else {
        return fail(QStringLiteral("witness takes add, list or submit (see --help)"));
    }
    if (auto done = parseArguments(parser, rest, 1, 1))
        return *done;
    const QString path = parser.positionalArguments().at(0);
    if (action == u"list") {
        auto store = LedgerStore::openReadOnly(path);
        if (!store)
            return fail(store.error());
        auto witnesses = (*store)->witnesses();
        if (!witnesses)
            return fail(witnesses.error());
        QByteArray out;
        for (const LedgerStore::Witness& witness : std::as_const(witnesses.value())) {
            auto size = (*store)->lastCosignedSize(witness.key);
            if (!size)
                return fail(size.error());
            out += QStringLiteral("%1 %2 %3 %4\n")
                       .arg(witness.key.section(u'+', 0, 0), witness.url, witness.key)
                       .arg(size.value())
                       .toUtf8();
        }
        writeOut(out);
        return exitOk;
    }
    auto store = LedgerStore::open(path);
    if (!store)
        return fail(store.error());
    if (action == u"add") {
        if (!parser.isSet(url) || !parser.isSet(key))
            return fail(QStringLiteral("witness add needs --url URL and --key VKEY"));
        auto witnessKey = WitnessKey::parse(parser.value(key));
        if (!witnessKey)
            return fail(witnessKey.error());
        const QUrl witnessUrl(parser.value(url));
        if (!TransportPolicy::allows(witnessUrl) || !witnessUrl.query().isEmpty() || !witnessUrl.fragment().isEmpty())
            return fail(QStringLiteral("--url must be an https URL, or http on this computer, without query"));
        if (auto added = (*store)->addWitness({parser.value(url), witnessKey->text()}); !added)
            return fail(added.error());
        writeOut(witnessKey->text().toUtf8() + '\n');
        return exitOk;
    }
    bool attemptsOk = false;
    const int tries = parser.value(attempts).toInt(&attemptsOk);
    if (!attemptsOk || tries < 1 || tries > 20)
        return fail(QStringLiteral("--attempts takes a number from 1 to 20"));
    auto outcomes = submitToWitnesses(**store, tries);
    if (!outcomes)
        return fail(outcomes.error());
    if (outcomes->isEmpty())
        return fail(QStringLiteral("the ledger has no witnesses (add one with `custos-ledger witness add`)"));
    printOutcomes(*outcomes, stdout);
    if (hasFork(*outcomes)) {
        auto keys = loadKeys(**store, parser.value(keyFile));
        if (!keys)
            return fail(QStringLiteral("a witness refused the checkpoint as a rollback or fork, and it could not be "
                                       "recorded: %1")
                            .arg(keys.error().userMessage()),
                        exitInvalid);
        if (auto recorded = recordForks(**store, *outcomes, keys.value()); !recorded)
            return fail(recorded.error().userMessage(), exitInvalid);
        return fail(QStringLiteral("this ledger was rolled back or forked; LEDGER_FORK_DETECTED was recorded"),
                    exitInvalid);
    }
    const bool allCosigned =
        std::all_of(outcomes->cbegin(), outcomes->cend(), [](const WitnessSubmission::Outcome& outcome) {
            return outcome.kind == WitnessSubmission::Outcome::Kind::Cosigned ||
                   outcome.kind == WitnessSubmission::Outcome::Kind::Unreachable;
        });
    return allCosigned ? exitOk : exitInvalid;
}

int cmdExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export the records the latest checkpoint covers, with the signed checkpoint and the verifier "
                       "key. With --filter every record is still written, but only the matching ones carry their "
                       "personal data (the openings of their commitments, format 2 ledgers); the others carry the "
                       "commitments only. `verify` then proves that no record is missing and every matching one is "
                       "disclosed. With --proofs-only only the matching records are written, each with its "
                       "inclusion proof: smaller, but nothing proves that none was left out."));
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("The ledger database."));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 QStringLiteral("The export file to write. Name it NAME.custos-ledger: desktops "
                                                "open that with Custos, which verifies it."));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("Keep records whose FIELD (action, actor, outcome, source, tenant, "
                                                   "target) equals VALUE. Repeat to combine."),
                                    QStringLiteral("FIELD=VALUE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("custos (default) or jsonl-hmac (one object per line with an HMAC "
                                                   "\"signature\" field)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("custos"));
    const QCommandLineOption hmacKeyFile(QStringLiteral("hmac-key-file"),
                                         QStringLiteral("The HMAC key for --format jsonl-hmac (the file's bytes, "
                                                        "without a trailing newline)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption proofsOnly(QStringLiteral("proofs-only"),
                                        QStringLiteral("With --filter: write only the matching records, each with "
                                                       "its inclusion proof (a selective export)."));
    parser.addOptions({filter, format, hmacKeyFile, proofsOnly});
    if (auto done = parseArguments(parser, arguments, 2, 2))
        return *done;
    if (parser.isSet(proofsOnly) && !parser.isSet(filter))
        return fail(QStringLiteral("--proofs-only needs --filter FIELD=VALUE"));
    LedgerExport::Filter filters;
    for (const QString& item : parser.values(filter)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals <= 0 || !LedgerRecord::isFilterField(item.left(equals)))
            return fail(QStringLiteral("--filter wants FIELD=VALUE with FIELD one of action, actor, outcome, source, "
                                       "tenant, target"));
        filters.append({item.left(equals), item.mid(equals + 1)});
    }
    auto store = LedgerStore::open(parser.positionalArguments().at(0));
    if (!store)
        return fail(store.error());
    const QString out = parser.positionalArguments().at(1);
    if (parser.value(format) == u"jsonl-hmac") {
        if (!parser.isSet(hmacKeyFile))
            return fail(QStringLiteral("--format jsonl-hmac needs --hmac-key-file FILE"));
        QString problem;
        QByteArray key = readKeyFileBytes(parser.value(hmacKeyFile), problem);
        if (!problem.isEmpty())
            return fail(problem);
        const Status written = LedgerExport::writeHmacJsonl(**store, out, filters, key);
        OPENSSL_cleanse(key.data(), static_cast<size_t>(key.size()));
        return written ? exitOk : fail(written.error());
    }
    if (parser.value(format) != u"custos")
        return fail(QStringLiteral("--format is custos or jsonl-hmac"));
    const Status written = LedgerExport::writeExport(**store, out, filters,
                                                     parser.isSet(proofsOnly) ? LedgerExport::Form::ProofsOnly
                                                                              : LedgerExport::Form::Complete);
    return written ? exitOk : fail(written.error());
}

int cmdErase(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Erase a person's personal data from a format 2 ledger, for good: the openings of their "
                       "fields (in the records they acted in or were the target of, and wherever else their id, "
                       "username or e-mail address appears) are deleted with SQLite's secure_delete, then the file "
                       "is vacuumed. A PERSONAL_DATA_ERASED record (the subject as a commitment, the number of "
                       "fields erased, the reason) is appended with a new checkpoint. The records themselves do not "
                       "change: the ledger verifies as before, and exports show the erased fields as \"erased\". "
                       "Prints the number of fields erased."));
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("The ledger database."));
    const QCommandLineOption subject(QStringLiteral("subject"),
                                     QStringLiteral("The person: their Keycloak user id or their username."),
                                     QStringLiteral("ID|USERNAME"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("Why (a request's reference, say); kept in the record."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     QStringLiteral("The ledger's key file (its passphrase, if it has one, from %1 or "
                                                    "the terminal).")
                                         .arg(QLatin1String(passphraseVariable)),
                                     QStringLiteral("FILE"));
    parser.addOptions({subject, reason, keyFile});
    if (auto done = parseArguments(parser, arguments, 1, 1))
        return *done;
    if (parser.value(subject).trimmed().isEmpty() || parser.value(reason).trimmed().isEmpty())
        return fail(QStringLiteral("erase needs --subject ID|USERNAME and --reason TEXT"));
    auto store = LedgerStore::open(parser.positionalArguments().at(0));
    if (!store)
        return fail(store.error());
    auto keys = loadKeys(**store, parser.value(keyFile));
    if (!keys)
        return fail(keys.error().userMessage(), keys.error().kind == Error::Kind::Integrity ? exitInvalid : exitUsage);
    // The operating system account that ran the command is the record's actor: the CLI has no other sign-in.
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    auto erased = (*store)->erase(parser.value(subject), parser.value(reason), QString(), account, keys->hmacKey(),
                                  keys->signingKey(), QDateTime::currentDateTimeUtc());
    if (!erased)
        return fail(erased.error().userMessage(),
                    erased.error().kind == Error::Kind::Integrity ? exitInvalid : exitUsage);
    writeOut(QByteArray::number(erased->fieldsErased) + '\n');
    if (!erased->notRebuilt.isEmpty())
        warn(QStringLiteral("the personal data were erased and the erasure is recorded, but the ledger file could not "
                            "be rebuilt afterwards (%1): its free pages may still hold older copies of the erased "
                            "values. Free some space, then erase the same subject again: it records an erasure of 0 "
                            "fields and rebuilds the file.")
                 .arg(erased->notRebuilt));
    return exitOk;
}

// What a jsonl-hmac verification says about the records' order and completeness, the same in text and JSON.
QString hmacOrderVerdict(const LedgerExport::HmacJsonlReport& report)
{
    if (report.total == 0)
        return QStringLiteral("not checkable (the file holds no record)");
    if (!report.sequenced)
        return QStringLiteral("not checkable (records carry no sequence)");
    if (report.orderBadLine > 0) {
        const QString seq = report.orderBadSeq >= 0 ? QStringLiteral(" (seq %1)").arg(report.orderBadSeq) : QString();
        return QStringLiteral("FAILED at line %1%2: %3").arg(report.orderBadLine).arg(seq, report.orderProblem);
    }
    return QStringLiteral("seq %1 to %2, contiguous and in order (lines cut off after the last cannot be detected)")
        .arg(report.firstSeq)
        .arg(report.lastSeq);
}

QString hmacReportText(const LedgerExport::HmacJsonlReport& report)
{
    if (report.total == 0)
        return QStringLiteral("no record in the file: nothing is proven\n");
    QString text = QStringLiteral("%1/%2 events with valid signatures\n").arg(report.valid).arg(report.total);
    if (report.firstBadLine > 0)
        text += QStringLiteral("first bad event on line %1\n").arg(report.firstBadLine);
    return text + QStringLiteral("order and completeness: %1\n").arg(hmacOrderVerdict(report));
}

QJsonObject hmacReportJson(const LedgerExport::HmacJsonlReport& report)
{
    const auto orNull = [](qint64 value) { return value >= 0 ? QJsonValue(value) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("ok"), report.ok()},
        {QStringLiteral("events_total"), report.total},
        {QStringLiteral("events_valid"), report.valid},
        {QStringLiteral("first_bad_line"), orNull(report.firstBadLine)},
        {QStringLiteral("sequenced"), report.sequenced},
        {QStringLiteral("order_and_completeness"), hmacOrderVerdict(report)},
        {QStringLiteral("order_bad_line"), orNull(report.orderBadLine)},
        {QStringLiteral("order_bad_seq"), orNull(report.orderBadSeq)},
    };
}

// The latest checkpoint note of a database or an export, with its cosignature lines; read without loading the
// records.
Result<QByteArray> latestCheckpointNote(const QString& path)
{
    if (LedgerVerifier::isDatabase(path)) {
        auto store = LedgerStore::openReadOnly(path);
        if (!store)
            return store.error();
        auto latest = (*store)->latestCheckpoint();
        if (!latest)
            return latest.error();
        return latest.value() ? latest.value()->note : QByteArray();
    }
    auto evidence = LedgerExport::scanFile(path, {});
    if (!evidence)
        return evidence.error();
    return evidence->latestNote;
}

int cmdVerify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Verify a ledger database or export. Exit 0: all valid; 1: a problem was found (the first "
                       "bad record's seq and the kind are printed); 2: usage or I/O error."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A ledger database or export file."));
    const QCommandLineOption trustedKey(QStringLiteral("trusted-key"),
                                        QStringLiteral("The verifier key (name+hash+key) the checkpoint must be signed "
                                                       "with."),
                                        QStringLiteral("VKEY"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("An earlier signed checkpoint the ledger must be consistent with."),
                                   QStringLiteral("CHECKPOINT_FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     QStringLiteral("Also check the database's record HMACs with this key file (its "
                                                    "passphrase, if it has one, from %1 or the terminal).")
                                         .arg(QLatin1String(passphraseVariable)),
                                     QStringLiteral("FILE"));
    const QCommandLineOption keychain(QStringLiteral("keychain"),
                                      QStringLiteral("Also check the database's record HMACs with the key in the "
                                                     "system keychain."));
    const QCommandLineOption hmacKeyFile(QStringLiteral("hmac-key-file"),
                                         QStringLiteral("Verify a jsonl-hmac export with this HMAC key."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption trustStore(
        QStringLiteral("trust-store"),
        QStringLiteral("Judge the ledger as auditor mode does, with the keys pinned and the checkpoints remembered in "
                       "DIR (auditor mode keeps them in %1): exit 1 when it is signed with another key than the one "
                       "pinned for its origin, its origin only looks like a pinned one, its history does not "
                       "extend the checkpoint remembered, or its checkpoint lacks the cosignatures of the quorum of "
                       "witnesses pinned there (not witnessed). Nothing is written to DIR.")
            .arg(AuditorTrustStore::defaultDirectory()),
        QStringLiteral("DIR"));
    const QCommandLineOption witness(QStringLiteral("witness"),
                                     QStringLiteral("A witness's cosignature/v1 verifier key the checkpoint must be "
                                                    "cosigned with. Repeat for several witnesses."),
                                     QStringLiteral("VKEY"));
    const QCommandLineOption quorum(QStringLiteral("quorum"),
                                    QStringLiteral("How many of the --witness keys must have cosigned the checkpoint "
                                                   "that covers the records (default: all)."),
                                    QStringLiteral("N"));
    parser.addOptions({trustedKey, since, json, keyFile, keychain, hmacKeyFile, trustStore, witness, quorum});
    if (auto done = parseArguments(parser, arguments, 1, 1))
        return *done;
    const QString path = parser.positionalArguments().at(0);
    QList<WitnessKey> witnessKeys;
    for (const QString& text : parser.values(witness)) {
        auto witnessKey = WitnessKey::parse(text);
        if (!witnessKey)
            return fail(witnessKey.error());
        if (!witnessKeys.contains(witnessKey.value()))
            witnessKeys.append(witnessKey.value());
    }
    int required = static_cast<int>(witnessKeys.size());
    if (parser.isSet(quorum)) {
        bool quorumOk = false;
        required = parser.value(quorum).toInt(&quorumOk);
        if (!quorumOk || required < 1 || required > witnessKeys.size())
            return fail(QStringLiteral("--quorum takes a number from 1 to the number of distinct --witness keys"));
    }
    if (!witnessKeys.isEmpty() && parser.isSet(hmacKeyFile))
        return fail(QStringLiteral("a jsonl-hmac export carries no checkpoint to check cosignatures on"));

    if (parser.isSet(hmacKeyFile)) {
        QString problem;
        QByteArray key = readKeyFileBytes(parser.value(hmacKeyFile), problem);
        if (!problem.isEmpty())
            return fail(problem);
        auto report = LedgerExport::verifyHmacJsonl(path, key);
        OPENSSL_cleanse(key.data(), static_cast<size_t>(key.size()));
        if (!report)
            return fail(report.error());
        writeOut(parser.isSet(json) ? QJsonDocument(hmacReportJson(*report)).toJson(QJsonDocument::Compact) + '\n'
                                    : hmacReportText(*report).toUtf8());
        return report->ok() ? exitOk : exitInvalid;
    }

    LedgerVerifier::Options options;
    if (parser.isSet(trustedKey)) {
        options.trustedKey = parser.value(trustedKey);
        if (auto key = NoteVerifier::parse(options.trustedKey); !key)
            return fail(key.error());
    }
    if (parser.isSet(since)) {
        QFile file(parser.value(since));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("could not read %1: %2").arg(parser.value(since), file.errorString()));
        options.sinceNote = file.readAll();
    }
    if (!QFile::exists(path))
        return fail(QStringLiteral("%1 does not exist").arg(path));
    // The auditor's policy (TrustDecision) decides which key and earlier checkpoint the ledger is checked against.
    std::optional<TrustDecision> trust;
    QString trustOrigin;
    if (parser.isSet(trustStore)) {
        if (parser.isSet(trustedKey) || parser.isSet(since))
            return fail(QStringLiteral("--trust-store decides the trusted key and earlier checkpoint itself: leave out "
                                       "--trusted-key and --since"));
        const QString directory = parser.value(trustStore);
        if (!QFileInfo(AuditorTrustStore::fileIn(directory)).isFile())
            return fail(QStringLiteral("%1 holds no trust store (%2 is missing): pin a key in auditor mode first")
                            .arg(directory, QDir(directory).relativeFilePath(AuditorTrustStore::fileIn(directory))));
        auto claims = LedgerFile::readClaims(path);
        if (claims) {
            if (auto key = NoteVerifier::parse(claims->evidence.verifierKey)) {
                const AuditorTrustStore store(AuditorTrustStore::fileIn(directory));
                trust = TrustDecision::prepare(store, claims->evidence, key.value(), options);
                trustOrigin = key->name();
            }
        }
        // A ledger whose claims cannot be read fails verification below with the reason.
    }
    auto printReport = [&](const VerificationReport& report) {
        if (trust)
            trust->judge(options, report);
        const bool alarm = trust && trust->alarming();
        // The cosignatures on the checkpoint the records were just checked against.
        std::optional<WitnessQuorum::Report> witnessed;
        if (!witnessKeys.isEmpty() && report.ok()) {
            auto note = latestCheckpointNote(path);
            if (!note)
                return fail(note.error());
            witnessed = WitnessQuorum::check(note.value(), witnessKeys, required);
        }
        const bool ok = report.ok() && !alarm && (!witnessed || witnessed->met()) && (!trust || trust->witnessed());
        if (parser.isSet(json)) {
            QJsonObject object = report.toJson();
            if (trust)
                object.insert(QStringLiteral("trust"),
                              QJsonObject{{QStringLiteral("key"), TrustDecision::keyTrustName(trust->keyTrust)},
                                          {QStringLiteral("history"), TrustDecision::historyName(trust->history)},
                                          {QStringLiteral("remembered_size"), trust->rememberedSize},
                                          {QStringLiteral("look_alike_of"), trust->lookAlikeOf},
                                          {QStringLiteral("witnesses"), trust->witnesses.toJson()}});
            if (witnessed)
                object.insert(QStringLiteral("witnesses"), witnessed->toJson());
            object.insert(QStringLiteral("ok"), ok);
            writeOut(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        } else {
            QString text = report.toText();
            if (trust)
                text += trust->toText(trustOrigin);
            if (witnessed)
                text += witnessed->toText();
            if (alarm && report.ok())
                text += QStringLiteral("FAILED: the records verify, but this computer must not trust them\n");
            writeOut(text.toUtf8());
        }
        return ok ? exitOk : exitInvalid;
    };
    if (LedgerVerifier::isDatabase(path)) {
        if (parser.isSet(keyFile) || parser.isSet(keychain)) {
            auto store = LedgerStore::openReadOnly(path);
            if (!store)
                return fail(store.error());
            auto keys = loadKeys(**store, parser.value(keyFile));
            if (!keys)
                return fail(keys.error());
            options.hmacKey = keys->hmacKey();
        }
        auto report = LedgerVerifier::verifyDatabase(path, options);
        if (!report)
            return fail(report.error());
        return printReport(report.value());
    }
    auto report = LedgerVerifier::verifyExport(path, options);
    if (!report) {
        // A file that is no export at all is a usage error; a damaged export is an integrity finding.
        if (report.error().kind != Error::Kind::Integrity)
            return fail(report.error());
        VerificationReport malformed;
        malformed.kind = VerificationReport::Kind::Malformed;
        malformed.detail = report.error().why;
        return printReport(malformed);
    }
    return printReport(report.value());
}

// checkpoint, pubkey, records and prove read a database or an export the same way.
int cmdRead(const QString& command, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption index(QStringLiteral("index"), QStringLiteral("Inclusion proof for record I."),
                                   QStringLiteral("I"));
    const QCommandLineOption fromSize(QStringLiteral("from-size"),
                                      QStringLiteral("Consistency proof from the tree of N records."),
                                      QStringLiteral("N"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Prove against the tree of this many records (default: the latest "
                                                 "checkpoint's size)."),
                                  QStringLiteral("SIZE"));
    if (command == u"checkpoint")
        parser.setApplicationDescription(QStringLiteral("Print the latest signed checkpoint note, byte for byte."));
    else if (command == u"pubkey")
        parser.setApplicationDescription(QStringLiteral("Print the verifier key: name+hash+base64(0x01 || key)."));
    else if (command == u"records")
        parser.setApplicationDescription(QStringLiteral("Print each record's exact bytes (the Merkle leaf), one per "
                                                        "line, in seq order."));
    else {
        parser.setApplicationDescription(QStringLiteral("Print an RFC 6962 inclusion (--index) or consistency "
                                                        "(--from-size) proof, one lowercase hex hash per line."));
        parser.addOptions({index, fromSize, size});
    }
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("A ledger database or export file."));
    if (auto done = parseArguments(parser, arguments, 1, 1))
        return *done;
    const QString path = parser.positionalArguments().at(0);
    if (!QFile::exists(path))
        return fail(QStringLiteral("%1 does not exist").arg(path));
    if (command == u"records" && LedgerVerifier::isDatabase(path)) {
        // Streamed: one row in memory at a time, whatever the ledger's size.
        auto store = LedgerStore::openReadOnly(path);
        if (!store)
            return fail(store.error());
        const Status scanned = (*store)->scanRecords([](const LedgerStore::RecordView& record) {
            std::fwrite(record.bytes.data(), 1, static_cast<size_t>(record.bytes.size()), stdout);
            std::fputc('\n', stdout);
            return true;
        });
        return scanned ? exitOk : fail(scanned.error());
    }
    auto evidence = LedgerVerifier::load(path);
    if (!evidence)
        return fail(evidence.error());
    if (command == u"checkpoint") {
        if (evidence->latestNote.isEmpty())
            return fail(QStringLiteral("the ledger has no checkpoint yet"));
        writeOut(evidence->latestNote);
        return exitOk;
    }
    if (command == u"pubkey") {
        writeOut(evidence->verifierKey.toUtf8() + '\n');
        return exitOk;
    }
    if (command == u"records") {
        QByteArray out;
        for (const QByteArray& record : std::as_const(evidence->records))
            out += record + '\n';
        writeOut(out);
        return exitOk;
    }
    if (evidence->filtered)
        return fail(QStringLiteral("proofs need the database or an unfiltered export"));
    if (parser.isSet(index) == parser.isSet(fromSize))
        return fail(QStringLiteral("prove needs exactly one of --index and --from-size"));
    std::vector<QByteArray> leaves;
    leaves.reserve(static_cast<size_t>(evidence->records.size()));
    for (const QByteArray& record : std::as_const(evidence->records))
        leaves.push_back(MerkleTree::leafHashOf(record));
    const MerkleTree tree(std::move(leaves));
    qint64 treeSize = tree.size();
    bool ok = true;
    if (parser.isSet(size)) {
        treeSize = parser.value(size).toLongLong(&ok);
    } else if (!evidence->latestNote.isEmpty()) {
        const QByteArray& note = evidence->latestNote;
        auto checkpoint = Checkpoint::parse(note.left(note.indexOf("\n\n") + 1));
        if (checkpoint)
            treeSize = checkpoint->size();
    }
    if (!ok || treeSize < 0 || treeSize > tree.size())
        return fail(QStringLiteral("--size must be between 0 and %1").arg(tree.size()));
    const qint64 value = parser.value(parser.isSet(index) ? index : fromSize).toLongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--index and --from-size take a number"));
    auto proof = parser.isSet(index) ? tree.inclusionProof(value, treeSize) : tree.consistencyProof(value, treeSize);
    if (!proof)
        return fail(proof.error());
    QByteArray out;
    for (const QByteArray& hash : proof.value())
        out += hash.toHex() + '\n';
    writeOut(out);
    return exitOk;
}

QString usage()
{
    return QStringLiteral(
        "Usage: custos-ledger COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  init DB [--origin NAME] [--key-file FILE [--passphrase]] [--format-version 1|2]\n"
        "                                              create a ledger and its keys\n"
        "  append DB [--key-file FILE] [--progress]    append JSON events from standard input, sign a checkpoint\n"
        "  export DB OUT [--filter FIELD=VALUE ... [--proofs-only]]\n"
        "                                              write an export file: every record, the matching ones\n"
        "                                              disclosed (--proofs-only: only those, with inclusion\n"
        "                                              proofs; --format jsonl-hmac: JSON Lines with HMAC, as the\n"
        "                                              Flask JML tool writes)\n"
        "  erase DB --subject ID|USERNAME --reason TEXT [--key-file FILE]\n"
        "                                              erase a person's personal data, print the fields erased\n"
        "  verify PATH [--trusted-key VKEY] [--since CHECKPOINT_FILE] [--trust-store DIR] [--json]\n"
        "              [--witness VKEY ... [--quorum N]]\n"
        "                                              verify a database or export (exit 0 valid, 1 invalid)\n"
        "  checkpoint PATH                             print the latest signed checkpoint note (with cosignatures)\n"
        "  witness add DB --url URL --key VKEY         submit every later checkpoint to this witness\n"
        "  witness list DB                             print the ledger's witnesses\n"
        "  witness submit DB [--key-file FILE]         submit the latest checkpoint to every witness\n"
        "  pubkey PATH                                 print the verifier key\n"
        "  records PATH                                print the records' bytes, one per line\n"
        "  prove PATH --index I | --from-size N        print an inclusion or consistency proof\n"
        "\n"
        "\n"
        "A key file made with --passphrase asks for its passphrase on the terminal, or takes it from\n"
        "CUSTOS_LEDGER_PASSPHRASE. A wrong passphrase is an error (exit 2).\n"
        "Every command takes --help. Exit codes: 0 success, 1 verification failed, 2 usage or I/O error.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custos-ledger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTOS_VERSION));
    // Errors are reported as one line on stderr; library logging only with QT_LOGGING_RULES, which overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("custos.*=false"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return fail(QStringLiteral("missing command (see --help)"));
    const QString command = arguments.at(1);
    if (command == u"--version" || command == u"-v") {
        writeOut(QByteArray("custos-ledger " CUSTOS_VERSION "\n"));
        return exitOk;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        writeOut(usage().toUtf8());
        return exitOk;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + u' ' + command);
    if (command == u"init")
        return cmdInit(rest);
    if (command == u"append")
        return cmdAppend(rest);
    if (command == u"export")
        return cmdExport(rest);
    if (command == u"verify")
        return cmdVerify(rest);
    if (command == u"witness")
        return cmdWitness(rest);
    if (command == u"erase")
        return cmdErase(rest);
    if (command == u"checkpoint" || command == u"pubkey" || command == u"records" || command == u"prove")
        return cmdRead(command, rest);
    return fail(QStringLiteral("unknown command \"%1\" (see --help)").arg(command));
}
