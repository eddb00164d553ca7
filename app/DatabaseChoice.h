// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <functional>
#include <memory>

class QCommandLineParser;
class QTextStream;

namespace koordinera::core {
class Settings;
class Workspace;
} // namespace koordinera::core

namespace koordinera::app {

using OpenWorkspace = std::function<std::unique_ptr<core::Workspace>(const QString& path)>;

// Which data a headless export reads: a database (--db FILE, opened by `open`, which asks for the passphrase)
// or the fictional demo data (--demo). Shared by export, statistics and case-list.
struct DatabaseChoice
{
    DatabaseChoice();

    QCommandLineOption database;
    QCommandLineOption demo;

    // Exactly one of the two must be given; otherwise says so on `err` and returns false.
    bool check(const QCommandLineParser& parser, QTextStream& err) const;
    // The chosen workspace, with the unit from the settings for its access log.
    std::unique_ptr<core::Workspace> open(const QCommandLineParser& parser, const core::Settings& settings,
                                          const OpenWorkspace& openDatabase) const;
};

} // namespace koordinera::app
