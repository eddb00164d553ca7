// SPDX-License-Identifier: GPL-3.0-or-later
// Koordinera on a region's server (issue 25): a unit of `--size` synthetic cases on a throw-away PostgreSQL 15 (the
// tests' own, tests/support/TestServer), generated in a file and moved in as a region moves a unit in
// (ServerImport), and 1, 4 and 16 coordinators working in it at once, each on a connection
// and a thread of their own. Each does what the file's benchmark measures: a keystroke in the case-list filter,
// opening a case, and saving a small edit of a case. Writes one Markdown table (median and 95th percentile over
// every client's runs) to stdout. Not part of the test run; see scripts/run-benchmarks.sh --server.
#include "BenchData.h"
#include "TestServer.h"
#include "core/reporting/CaseListQuery.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/workspace/DemoData.h"
#include "core/workspace/ServerImport.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QTextStream>
#include <QThread>
#include <memory>
#include <vector>

using namespace koordinera;
using bench::openCase;
using bench::percentile;
using bench::Today;
using tests::TestServer;

namespace {

struct Timings
{
    QList<double> keystroke;
    QList<double> opening;
    QList<double> saving;
    int refused = 0; // saves refused because a colleague saved the same case first

    void add(const Timings& other)
    {
        keystroke += other.keystroke;
        opening += other.opening;
        saving += other.saving;
        refused += other.refused;
    }
};

std::unique_ptr<core::Workspace> coordinatorsWorkspace()
{
    auto workspace = core::Workspace::onServer(
        core::Database::openServer(TestServer::shared().connect(QStringLiteral("koordinator_test"),
                                                                TestServer::TestPassword, QStringLiteral("TEST"))),
        core::RehabRules{}, QStringLiteral("Bänkkoordinator"));
    workspace->setToday(Today);
    return workspace;
}

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// One coordinator's work: `runs` rounds of a keystroke, an opening and a save, on cases of their own choosing
// (client `client` of `clients` starts at its own place in the list, so that colleagues rarely meet on a case).
Timings work(int client, int clients, int runs)
{
    Timings timings;
    auto workspace = coordinatorsWorkspace();
    core::CaseListCache typing(workspace->context());
    const QStringList keystrokes{QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("and"),
                                 QStringLiteral("ande"), QStringLiteral("ander")};
    core::CaseListFilter filter;
    typing.select(filter, core::CaseListColumn::Name, true); // the list as it is first shown
    const QList<core::CaseListRow> rows = typing.rows();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        filter.text = keystrokes.at(run % keystrokes.size());
        typing.select(filter, core::CaseListColumn::Name, true);
        timings.keystroke.append(milliseconds(timer));

        const qint64 caseId = rows.at((qsizetype(run * clients + client) * 7919) % rows.size()).caseId;
        timer.restart();
        openCase(*workspace, caseId);
        timings.opening.append(milliseconds(timer));

        timer.restart();
        try {
            auto record = *workspace->cases().get(caseId);
            record.jobTasks = QStringLiteral("Lagerarbete, runda %1").arg(run);
            workspace->cases().save(record);
        } catch (const core::StorageError& error) {
            if (error.kind() != core::StorageError::Kind::ChangedElsewhere)
                throw;
            ++timings.refused;
        }
        timings.saving.append(milliseconds(timer));
    }
    return timings;
}

Timings runClients(int clients, int runs)
{
    Timings all;
    QMutex mutex;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int client = 0; client < clients; ++client) {
        threads.emplace_back(QThread::create([&all, &mutex, client, clients, runs] {
            const Timings mine = work(client, clients, runs);
            const QMutexLocker lock(&mutex);
            all.add(mine);
        }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        thread->wait();
    return all;
}

QString row(const QString& what, int clients, int size, const QList<double>& times)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
        .arg(what)
        .arg(clients)
        .arg(QLocale(QLocale::English).toString(size))
        .arg(percentile(times, 0.5), 0, 'f', 1)
        .arg(percentile(times, 0.95), 0, 'f', 1);
}

int argument(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int size = argument(args, QStringLiteral("--size"), 50000);
    const int runs = argument(args, QStringLiteral("--runs"), 25);
    QList<int> clientCounts{1, 4, 16};
    if (const int only = argument(args, QStringLiteral("--clients"), 0); only > 0)
        clientCounts = {only};
    QTextStream log(stderr);
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    {
        auto file = core::Workspace::inMemory(core::RehabRules{}, QStringLiteral("Bänkkoordinator"));
        file->setToday(Today);
        core::DemoData::populate(*file, size);
        log << "generated " << size << " cases in a file in " << timer.elapsed() / 1000 << " s\n";
        log.flush();
        timer.restart();
        TestServer& server = TestServer::shared();
        server.freshDatabase();
        core::ServerProfile owner = server.admin();
        owner.database = server.currentDatabase();
        owner.unit = QStringLiteral("TEST");
        auto db = core::Database::openServer(core::PgConnection::open(owner, server.adminPassword()));
        const auto moved = core::ServerImport::run(*file, *db, owner.unit, QStringLiteral("bench.kdb"), {});
        log << "moved " << moved.cases << " cases and " << moved.logEntries << " log entries onto the server in "
            << timer.elapsed() / 1000 << " s\n";
    }
    log.flush();

    for (const int clients : clientCounts) {
        timer.restart();
        const Timings timings = runClients(clients, runs);
        log << clients << " clients: " << timer.elapsed() << " ms, " << timings.refused << " saves refused\n";
        log.flush();
        out << row(QStringLiteral("One keystroke in the case-list filter"), clients, size, timings.keystroke) << '\n';
        out << row(QStringLiteral("Opening a case (its reads and the access-log entry)"), clients, size,
                   timings.opening)
            << '\n';
        out << row(QStringLiteral("Saving one small edit of a case"), clients, size, timings.saving) << '\n';
        out.flush();
    }
    return 0;
}
