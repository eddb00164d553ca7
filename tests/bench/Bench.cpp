// SPDX-License-Identifier: GPL-3.0-or-later
// Koordinera's benchmarks (issue 8): one size per run, so the peak memory is that size's own. Writes one
// Markdown table to stdout. Not part of the test run; see scripts/run-benchmarks.sh.
#include "BenchData.h"
#include "core/domain/IdentityNumber.h"
#include "core/exchange/CaseImport.h"
#include "core/exchange/CaseListSheet.h"
#include "core/exchange/CsvReader.h"
#include "core/exchange/CsvWriter.h"
#include "core/exchange/SickLeaveList.h"
#include "core/records/CaseDerived.h"
#include "core/reporting/Statistics.h"
#include "core/storage/Database.h"
#include "core/workspace/DemoData.h"
#include "core/workspace/Workspace.h"
#include "core/xlsx/SpreadsheetFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <optional>
#include <sys/resource.h>

using namespace koordinera;

namespace {

using bench::openCase;
using bench::openWorkspace;
using bench::Passphrase;
using bench::percentile;
using bench::Today;

struct Result
{
    QString what;
    QList<double> milliseconds;
    std::optional<double> budget; // at 50,000 cases, 95th percentile
};

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Runs `work` `runs` times after one warm-up run, returning each run's wall time. Logs the peak memory so far,
// so that the log shows which operation set it.
QList<double> measure(int runs, const std::function<void(int run)>& work)
{
    work(-1);
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work(run);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    QTextStream(stderr) << "  peak memory so far " << qRound(peakMegabytes()) << " MB\n";
    return times;
}

QList<qint64> sampleCases(core::Workspace& workspace, int count)
{
    const auto rows = workspace.caseList().rows({}, core::CaseListColumn::Name, true);
    QList<qint64> ids;
    for (int i = 0; i < count && !rows.isEmpty(); ++i)
        ids.append(rows.at((qsizetype(i) * 7919) % rows.size()).caseId);
    return ids;
}

// Fills a new sealed file with `size` synthetic cases. Run in a process of its own (see main), so that the
// generator's memory does not count as the program's.
// A case list as a unit kept it in Excel: `rows` patients with valid identity numbers (distinct per `batch`),
// names, status, dates, degree and diagnosis.
QByteArray excelCaseList(int rows, int batch)
{
    QByteArray csv = "Personnummer;Namn;Status;Start;Slut;Omfattning;Diagnos\r\n";
    const QDate firstBirth(1950, 1, 1);
    for (int row = 0; row < rows; ++row) {
        const QDate born = firstBirth.addDays(row);
        const QString nine = born.toString(QStringLiteral("yyMMdd")) +
                             QStringLiteral("%1").arg(100 + batch * 7 % 800, 3, 10, QLatin1Char('0'));
        const QString identity = born.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') + nine.mid(6) +
                                 QString::number(core::IdentityNumber::luhnCheckDigit(nine));
        const QDate start = Today.addDays(-(row % 400) - 1);
        csv += QStringLiteral("%1;Efternamn%2, Förnamn;%3;%4;;%5;F32.9\r\n")
                   .arg(identity)
                   .arg(row)
                   .arg(row % 10 == 0 ? QStringLiteral("Avslutad") : QStringLiteral("Aktiv"))
                   .arg(start.toString(Qt::ISODate))
                   .arg(row % 4 == 0 ? 50 : 100)
                   .toUtf8();
    }
    return csv;
}

// Reads, checks and stores such a list, as the import dialog does.
void importCaseList(core::Workspace& workspace, int rows, int batch)
{
    const QByteArray csv = excelCaseList(rows, batch);
    const auto read = core::CsvReader::read(csv, core::CsvReader::Encoding::Utf8, QLatin1Char(';'));
    const auto mapping = core::CaseImport::guessMapping(read.table.header);
    const auto preview = core::CaseImport::preview(read.table, mapping, workspace);
    core::CaseImport::apply(preview, workspace);
}

// The unit's sick-leave list as Rehabstöd exports it and Excel saves it as CSV: the filter rows, the header, and
// `rows` sick-listed patients with valid identity numbers, grade histories and diagnoses.
QByteArray rehabstodList(int rows)
{
    QByteArray csv = "Valda filter;Alla;\r\nSjukfallsinställning;5 dagar;\r\n;;\r\n"
                     "#;Personnummer;Ålder;Namn;Kön;Diagnos/diagnoser;Startdatum;Slutdatum;Längd;Grad;Läkare\r\n";
    const QDate firstBirth(1960, 1, 1);
    for (int row = 0; row < rows; ++row) {
        const QDate born = firstBirth.addDays(row * 3);
        const QString nine = born.toString(QStringLiteral("yyMMdd")) +
                             QStringLiteral("%1").arg(200 + row % 700, 3, 10, QLatin1Char('0'));
        const QString identity = born.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') + nine.mid(6) +
                                 QString::number(core::IdentityNumber::luhnCheckDigit(nine));
        const QDate start = Today.addDays(-(row % 500) - 1);
        csv += QStringLiteral("%1;%2;%3 år;Efternamn%4, Förnamn;%5;F43.8 Andra specificerade reaktioner på svår stress;"
                              "%6;%7;%8 dagar;100% → 50%;Dr Berg\r\n")
                   .arg(row + 1)
                   .arg(identity)
                   .arg(born.daysTo(Today) / 365)
                   .arg(row)
                   .arg(row % 2 ? QStringLiteral("Kvinna") : QStringLiteral("Man"))
                   .arg(start.toString(Qt::ISODate), Today.addDays(30).toString(Qt::ISODate))
                   .arg(start.daysTo(Today) + 1)
                   .toUtf8();
    }
    return csv;
}

// Reads and imports such a list, as the import dialog does.
void importSickList(core::Workspace& workspace, const QByteArray& csv)
{
    const auto table = core::SpreadsheetFile::readTable(csv, core::SickLeaveList::isHeader);
    const auto list = core::SickLeaveList::read(table.table, Today);
    workspace.sickList().import(Today, list.patients(), QStringLiteral("sjukfall.csv"), int(list.refused.size()));
}

int generate(const QString& path, int size)
{
    auto workspace =
        core::Workspace::create(path, Passphrase, {}, QStringLiteral("Bänkkoordinator"), core::KdfParams::forTests());
    workspace->setToday(Today);
    core::DemoData::populate(*workspace, size);
    // Years of use leave a compacted file (the journal is folded into the snapshot now and then), not one
    // journal record holding every case.
    workspace->database().compact();
    return 0;
}

QList<Result> run(int size, QTextStream& log)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.koordinera"));
    QList<Result> results;

    QElapsedTimer timer;
    timer.start();
    const int generated =
        QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--generate"), path, QStringLiteral("--size"), QString::number(size)});
    if (generated != 0) {
        log << "generating " << size << " cases failed\n";
        return {};
    }
    log << "generated " << size << " cases in " << timer.elapsed() << " ms (" << QFileInfo(path).size() / 1024
        << " KiB)\n";
    log.flush();

    results.append({QStringLiteral("Start to a usable case list (without key derivation)"),
                    measure(size >= 50000 ? 3 : 5,
                            [&](int) {
                                auto workspace = openWorkspace(path);
                                workspace->caseList().rows({}, core::CaseListColumn::Name, true);
                            }),
                    1000});

    results.append({QStringLiteral("– of which opening the file (decrypt, load, checks)"),
                    measure(size >= 50000 ? 3 : 5, [&](int) { openWorkspace(path); }), std::nullopt});
    auto workspace = openWorkspace(path);
    // On opening, the chains are brought up to date for the cases whose sick leave moved on since the file was last
    // open (here: a day later, and back); every case only after a restore or a new gap rule.
    results.append({QStringLiteral("– of that, bringing the sick-leave chains up to date on a new day"),
                    measure(6, [&](int run) { workspace->setToday(run % 2 ? Today : Today.addDays(1)); }),
                    std::nullopt});
    workspace->setToday(Today);
    results.append({QStringLiteral("Every case's sick-leave chain anew (after a restore or a new gap rule)"),
                    measure(3, [&](int) { core::CaseDerived::refreshAllChains(workspace->context()); }), std::nullopt});
    results.append({QStringLiteral("– of which reading the whole case list"),
                    measure(5, [&](int) { workspace->caseList().rows({}, core::CaseListColumn::Name, true); }),
                    std::nullopt});
    const QStringList keystrokes{QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("and"),
                                 QStringLiteral("ande"), QStringLiteral("ander")};
    // As the case list does it: the rows for the rest of the filter are read once (the warm-up run), each
    // keystroke asks the search index and keeps the matching rows.
    core::CaseListCache typing(workspace->context());
    results.append({QStringLiteral("One keystroke in the case-list filter"),
                    measure(25,
                            [&](int run) {
                                core::CaseListFilter filter;
                                filter.text = keystrokes.at((run + keystrokes.size()) % keystrokes.size());
                                typing.select(filter, core::CaseListColumn::Name, true);
                            }),
                    16});
    const auto cases = sampleCases(*workspace, 25);
    results.append({QStringLiteral("Opening a case (its reads and the access-log entry)"),
                    measure(25, [&](int run) { openCase(*workspace, cases.at((run + cases.size()) % cases.size())); }),
                    50});
    results.append({QStringLiteral("Saving one small edit (a note, to disk)"),
                    measure(25,
                            [&](int run) {
                                core::Activity note;
                                note.caseId = cases.at((run + cases.size()) % cases.size());
                                note.occurredAt = QDateTime(Today, QTime(9, 0));
                                note.kvaCode = QStringLiteral("GC001");
                                note.note = QStringLiteral("Telefonsamtal med patienten om läget.");
                                workspace->activities().add(note);
                            }),
                    20});
    const QByteArray sickList = rehabstodList(5000);
    results.append({QStringLiteral("Importing the unit's sick-leave list, 5,000 rows (read and stored)"),
                    measure(3, [&](int) { importSickList(*workspace, sickList); }), 2000});
    results.append({QStringLiteral("Computing the worklist (Idag)"),
                    measure(10, [&](int) { workspace->worklist().items({}); }), 100});
    results.append({QStringLiteral("One week of the calendar"),
                    measure(25,
                            [&](int) {
                                workspace->calendar().entries(Today.addDays(-Today.dayOfWeek() + 1),
                                                              Today.addDays(7 - Today.dayOfWeek()));
                            }),
                    std::nullopt});
    results.append(
        {QStringLiteral("A year's statistics"),
         measure(5, [&](int) { core::Statistics(workspace->context()).compute(core::StatisticsPeriod::year(2026)); }),
         200});
    const QList<core::CaseListRow> listed = workspace->caseList().rows({}, core::CaseListColumn::Name, true);
    for (const auto& [what, name] : {std::pair{"The case list to CSV (every column)", "list.csv"},
                                     std::pair{"The case list to XLSX (every column)", "list.xlsx"}}) {
        const QString file = dir.filePath(QString::fromLatin1(name));
        results.append({QString::fromLatin1(what),
                        measure(3,
                                [&](int) {
                                    core::SpreadsheetFile::write(
                                        {core::CaseListSheet::sheet(listed, core::CaseListSheet::allColumns(), Today)},
                                        file);
                                }),
                        std::nullopt});
    }
    results.append({QStringLiteral("Compaction (the whole file rewritten)"),
                    measure(3, [&](int) { workspace->database().compact(); }), std::nullopt});
    // Last, since each run adds its cases: read, check and store a 10,000-row list from Excel (a few hundred rows
    // for the smoke test's tiny size).
    const int importRows = size >= 500 ? 10000 : 300;
    results.append({QStringLiteral("Importing %1 CSV rows (read, check, store in one transaction)")
                        .arg(QLocale(QLocale::English).toString(importRows)),
                    measure(3, [&](int run) { importCaseList(*workspace, importRows, run + 1); }), std::nullopt});
    results.append({QStringLiteral("Peak memory (MB, resident)"), {peakMegabytes()}, 300});
    return results;
}

// The anchor for the import (issue 26): what the sqlite3 shell itself takes to bring the same rows into a plain copy
// of the same database, in one transaction: `.import` into a staging table, then INSERT … SELECT into patients,
// cases, sick-leave periods and diagnoses. `full` adds what Koordinera must also write per case: a search-index row
// and two access-log rows with a SHA-3 hash each (not chained: a chain cannot be written by one INSERT … SELECT).
// Returns the milliseconds between the script's first and last statement, as the shell's own clock tells them.
QString anchorScript(const QString& csvPath, int batch, bool full)
{
    QString sql = QStringLiteral(R"(.bail on
.separator ";"
CREATE TEMP TABLE staging (identity TEXT, name TEXT, status TEXT, start TEXT, slut TEXT, degree TEXT, diagnosis TEXT);
SELECT 'start', (julianday('now') - 2440587.5) * 86400000.0;
BEGIN;
.import --skip 1 '%1' staging
INSERT INTO patients (identity, identity_kind, sex, given_name, family_name)
  SELECT replace(identity, '-', ''), 'personnummer', 'unknown', trim(substr(name, instr(name, ',') + 1)),
         substr(name, 1, instr(name, ',') - 1) FROM staging;
CREATE TEMP TABLE imported AS
  SELECT s.rowid AS line, p.id AS patient_id, s.* FROM staging s
  JOIN patients p ON p.identity_kind = 'personnummer' AND p.identity = replace(s.identity, '-', '');
INSERT INTO cases (patient_id, reference, status, outcome, opened_on, closed_on)
  SELECT patient_id, 'IMP-%2-' || line, CASE status WHEN 'Avslutad' THEN 'closed' ELSE 'active' END,
         CASE status WHEN 'Avslutad' THEN 'other' ELSE 'none' END, start,
         CASE status WHEN 'Avslutad' THEN start END FROM imported;
CREATE TEMP TABLE made AS SELECT i.*, c.id AS case_id FROM imported i JOIN cases c ON c.reference = 'IMP-%2-' || i.line;
INSERT INTO sick_leave_periods (case_id, degree, start_date) SELECT case_id, CAST(degree AS INTEGER), start FROM made;
INSERT INTO diagnoses (case_id, code, is_main) SELECT case_id, replace(diagnosis, '.', ''), 1 FROM made;
)")
                      .arg(csvPath)
                      .arg(batch);
    if (full) {
        sql += QStringLiteral(R"(INSERT INTO case_search (rowid, content)
  SELECT case_id, name || char(10) || identity || char(10) || 'IMP-%1-' || line || char(10) || diagnosis FROM made;
INSERT INTO audit_words (word) SELECT w FROM (SELECT 'bench' AS w UNION SELECT 'create' UNION SELECT 'import'
  UNION SELECT 'patient' UNION SELECT 'case' UNION SELECT '') WHERE w NOT IN (SELECT word FROM audit_words);
INSERT INTO audit_log (at, os_user, coordinator, action, patient_id, case_id, object, details, unit, hash)
  SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), u.id, u.id, a.id, m.patient_id, m.case_id, o.id,
         '', e.id, sha3(m.identity || m.line || a.word, 256)
  FROM made m, (SELECT id FROM audit_words WHERE word = 'bench') u, (SELECT id FROM audit_words WHERE word = '') e,
       (SELECT id, word FROM audit_words WHERE word IN ('create', 'import')) a,
       (SELECT id FROM audit_words WHERE word = 'case') o;
)")
                   .arg(batch);
    }
    sql += QStringLiteral("COMMIT;\nSELECT 'end', (julianday('now') - 2440587.5) * 86400000.0;\n");
    return sql;
}

std::optional<double> sqliteShellMilliseconds(const QString& database, const QString& script)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), database});
    if (!shell.waitForStarted())
        return std::nullopt;
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    double start = 0;
    double end = 0;
    const QByteArray output = shell.readAllStandardOutput();
    for (const QByteArray& line : output.split('\n')) {
        // "start;…": the separator set for the import is the output's too.
        if (line.startsWith("start"))
            start = line.mid(6).toDouble();
        else if (line.startsWith("end"))
            end = line.mid(4).toDouble();
    }
    if (shell.exitCode() != 0 || start <= 0 || end <= 0) {
        QTextStream(stderr) << "sqlite3 anchor failed (" << shell.exitCode() << "): " << output << "\n"
                            << shell.readAllStandardError() << "\n";
        return std::nullopt;
    }
    return end - start;
}

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

QString ratioRow(const QString& what, double ours, const QString& anchor, double anchorValue, const QString& unit)
{
    return QStringLiteral("| %1 | %2 %5 | %3: %4 %5 | %6× |\n")
        .arg(what, QString::number(ours, 'f', ours < 100 ? 1 : 0), anchor,
             QString::number(anchorValue, 'f', anchorValue < 100 ? 1 : 0), unit,
             QString::number(ours / anchorValue, 'f', 1));
}

// koordinera_bench --ratios --size N: the import and the memory at N cases beside what the machine itself does
// (see anchorScript). Prints rows of docs/performance.md's ratios table.
int ratios(int size, QTextStream& out, QTextStream& log)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.koordinera"));
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--generate"), path, QStringLiteral("--size"), QString::number(size)}) != 0) {
        log << "generating " << size << " cases failed\n";
        return 1;
    }
    constexpr int Rows = 10000;
    constexpr int Runs = 3;
    // The shell's runs, each on a fresh plain copy of the database as it was generated.
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    // In a child process, so that the copy's memory does not count as this one's.
    if (QProcess::execute(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-plain"), path, plain}) != 0)
        return 1;
    const qint64 plainBytes = QFileInfo(plain).size();
    QList<double> floor;
    QList<double> full;
    for (int run = 0; run < Runs; ++run) {
        QFile list(csv);
        if (!list.open(QIODevice::WriteOnly) || list.write(excelCaseList(Rows, 100 + run)) < 0)
            return 1;
        list.close();
        for (const bool withIndexAndLog : {false, true}) {
            const QString copy = dir.filePath(QStringLiteral("anchor.sqlite"));
            QFile::remove(copy);
            QFile::copy(plain, copy);
            const auto milliseconds = sqliteShellMilliseconds(copy, anchorScript(csv, run, withIndexAndLog));
            if (!milliseconds)
                return 1;
            (withIndexAndLog ? full : floor).append(*milliseconds);
        }
    }
    QFile::remove(plain);
    QFile::remove(csv);
    QFile::remove(dir.filePath(QStringLiteral("anchor.sqlite")));

    auto workspace = openWorkspace(path);
    const double openedMegabytes = peakMegabytes();
    const QList<double> ours = measure(Runs, [&](int run) { importCaseList(*workspace, Rows, run + 1); });
    log << "import runs:";
    for (const double time : ours)
        log << " " << qRound(time);
    log << " ms; shell";
    for (const double time : floor)
        log << " " << qRound(time);
    log << " ms; with index and log";
    for (const double time : full)
        log << " " << qRound(time);
    log << " ms\n";
    const QString cases = QLocale(QLocale::English).toString(size); // "50,000", as the tables in the docs write it
    const QString what = QStringLiteral("Import 10,000 CSV rows into %1 cases").arg(cases);
    out << ratioRow(what, median(ours), QStringLiteral("sqlite3 shell, `.import` and INSERT … SELECT"), median(floor),
                    QStringLiteral("ms"));
    out << ratioRow(what, median(ours),
                    QStringLiteral("the same with search-index rows and two hashed log rows per case"), median(full),
                    QStringLiteral("ms"));
    const double megabyte = 1024.0 * 1024.0;
    out << ratioRow(QStringLiteral("Peak memory at %1 cases, opened").arg(cases), openedMegabytes,
                    QStringLiteral("the decrypted database"), double(plainBytes) / megabyte, QStringLiteral("MiB"));
    out << ratioRow(QStringLiteral("Peak memory at %1 cases, importing 10,000 rows four times").arg(cases),
                    peakMegabytes(), QStringLiteral("the decrypted database"), double(plainBytes) / megabyte,
                    QStringLiteral("MiB"));
    return 0;
}

double keyDerivationMilliseconds()
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    core::Workspace::create(dir.filePath(QStringLiteral("kdf.koordinera")), Passphrase, {},
                            QStringLiteral("Bänkkoordinator"), core::KdfParams::standard());
    return double(timer.nsecsElapsed()) / 1e6;
}

// --runs N: more runs for a profiler.
int runsArgument(const QStringList& args, int otherwise)
{
    const qsizetype at = args.indexOf(QStringLiteral("--runs"));
    return at >= 0 && at + 1 < args.size() ? std::max(1, args.at(at + 1).toInt()) : otherwise;
}

} // namespace

int main(int argc, char** argv)
{
    // The witnesses of the files measured go to a folder of the run's own (writing them is part of every save).
    const QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream log(stderr);
    if (args.contains(QStringLiteral("--key-derivation"))) {
        out << "| Key derivation with the standard parameters (once per start) | – | "
            << QString::number(keyDerivationMilliseconds(), 'f', 0) << " ms | | |\n";
        return 0;
    }
    const qsizetype at = args.indexOf(QStringLiteral("--size"));
    const int size = at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 500;
    if (size <= 0) {
        log << "usage: koordinera_bench --size N | --key-derivation\n";
        return 2;
    }
    // For a profiler, or a quick look after a change: one operation again and again over a file made with
    // --generate, printing its median and 95th percentile.
    const qsizetype profileAt = args.indexOf(QStringLiteral("--profile"));
    if (profileAt >= 0 && profileAt + 2 < args.size() && args.at(profileAt + 1) == QLatin1String("open")) {
        const QList<double> times = measure(runsArgument(args, 5), [&](int) { openWorkspace(args.at(profileAt + 2)); });
        log << "open: median " << percentile(times, 0.5) << " ms, 95th percentile " << percentile(times, 0.95)
            << " ms\n";
        return 0;
    }
    if (profileAt >= 0 && profileAt + 2 < args.size()) {
        auto workspace = openWorkspace(args.at(profileAt + 2));
        const QString what = args.at(profileAt + 1);
        const QStringList keystrokes{QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("and"),
                                     QStringLiteral("ande"), QStringLiteral("ander")};
        core::CaseListCache typing(workspace->context());
        const QList<double> times = measure(runsArgument(args, 20), [&](int run) {
            const QString typed = keystrokes.at((run + keystrokes.size()) % keystrokes.size());
            if (what == QLatin1String("statistics"))
                core::Statistics(workspace->context()).compute(core::StatisticsPeriod::year(2026));
            else if (what == QLatin1String("statistics2025"))
                core::Statistics(workspace->context()).compute(core::StatisticsPeriod::year(2025));
            else if (what == QLatin1String("worklist"))
                workspace->worklist().items({});
            else if (what == QLatin1String("filter"))
                workspace->caseList().rows({typed, {}, {}, {}, false, {}, {}, {}, {}}, core::CaseListColumn::Name,
                                           true);
            else if (what == QLatin1String("typing"))
                typing.select({typed, {}, {}, {}, false, {}, {}, {}, {}}, core::CaseListColumn::Name, true);
            else if (what == QLatin1String("chains"))
                core::CaseDerived::refreshAllChains(workspace->context());
            else if (what == QLatin1String("newday"))
                workspace->setToday(run % 2 ? Today : Today.addDays(1));
            else if (what == QLatin1String("import"))
                importCaseList(*workspace, 10000, run + 1);
            else if (what == QLatin1String("compact"))
                workspace->database().compact();
        });
        log << what << ": median " << percentile(times, 0.5) << " ms, 95th percentile " << percentile(times, 0.95)
            << " ms\n";
        return 0;
    }
    if (const qsizetype plainAt = args.indexOf(QStringLiteral("--write-plain"));
        plainAt >= 0 && plainAt + 2 < args.size()) {
        // The decrypted database as a plain SQLite file, for the sqlite3 shell's anchor (synthetic data only).
        const QByteArray bytes = openWorkspace(args.at(plainAt + 1))->database().serialize();
        QFile file(args.at(plainAt + 2));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? 0 : 1;
    }
    if (args.contains(QStringLiteral("--ratios")))
        return ratios(size, out, log);
    const qsizetype generateAt = args.indexOf(QStringLiteral("--generate"));
    if (generateAt >= 0 && generateAt + 1 < args.size())
        return generate(args.at(generateAt + 1), size);
    for (const Result& result : run(size, log)) {
        const bool memory = result.what.startsWith(QStringLiteral("Peak memory"));
        const double median = percentile(result.milliseconds, 0.5);
        const double p95 = percentile(result.milliseconds, 0.95);
        QString verdict;
        if (result.budget && size >= 50000) {
            verdict =
                p95 <= *result.budget
                    ? QStringLiteral("within %1").arg(*result.budget)
                    : QStringLiteral("**over %1 by %2**").arg(*result.budget).arg(p95 - *result.budget, 0, 'f', 1);
        }
        out << "| " << result.what << " | " << QLocale(QLocale::English).toString(size) << " | "
            << (memory ? QString::number(median, 'f', 0) + QStringLiteral(" MB")
                       : QString::number(median, 'f', 2) + QStringLiteral(" ms"))
            << " | " << (memory ? QString() : QString::number(p95, 'f', 2) + QStringLiteral(" ms")) << " | " << verdict
            << " |\n";
    }
    return 0;
}
