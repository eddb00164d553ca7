// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmark programs share: the fixed day and passphrase of the generated files, and opening one.
#pragma once

#include "core/workspace/Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <memory>

namespace koordinera::bench {

inline const QDate Today(2026, 11, 23); // fixed, so every run sees the same worklist and calendar
inline const QByteArray Passphrase("benchmark passphrase that nobody uses");

inline std::unique_ptr<core::Workspace> openWorkspace(const QString& path)
{
    auto workspace = core::Workspace::open(path, Passphrase, {}, QStringLiteral("Bänkkoordinator"));
    workspace->setToday(Today);
    return workspace;
}

// The file a GUI benchmark measures, at `path`: a copy of the one `--file F` names (koordinera_bench --generate made
// it before: 50,000 cases take minutes to make), or `size` cases generated now. False, said in `log`, when neither
// worked.
inline bool prepareFile(const QStringList& args, int size, const QString& path, const char* program, QTextStream& log)
{
    if (const qsizetype fileAt = args.indexOf(QStringLiteral("--file")); fileAt >= 0 && fileAt + 1 < args.size()) {
        if (QFile::copy(args.at(fileAt + 1), path))
            return true;
        log << program << ": cannot copy " << args.at(fileAt + 1) << "\n";
        return false;
    }
    const QString generator = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("koordinera_bench"));
    if (QProcess::execute(generator,
                          {QStringLiteral("--generate"), path, QStringLiteral("--size"), QString::number(size)}) == 0)
        return true;
    log << program << ": generating " << size << " cases failed\n";
    return false;
}

// The value below which `share` of `values` lie (0.5: the median), the nearest one measured.
inline double percentile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(share * double(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

// What the case view reads to show one case, and the access-log entry it writes.
inline void openCase(core::Workspace& workspace, qint64 caseId)
{
    workspace.recordCaseOpened(caseId);
    const auto record = workspace.cases().get(caseId);
    if (record)
        workspace.patients().get(record->patientId);
    workspace.sickLeave().periods(caseId);
    workspace.sickLeave().diagnoses(caseId);
    workspace.actors().caseContacts(caseId);
    workspace.consents().consents(caseId);
    workspace.activities().activities(caseId);
    workspace.plans().versions(caseId);
    workspace.meetings().meetings(caseId);
    workspace.meetings().impulses(caseId);
    workspace.rehabChain(caseId);
}

} // namespace koordinera::bench
