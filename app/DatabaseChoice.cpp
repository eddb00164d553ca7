// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseChoice.h"

#include "core/settings/Settings.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace koordinera::app {

namespace {

struct Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

} // namespace

DatabaseChoice::DatabaseChoice()
    : database(QStringLiteral("db"), Command::tr("The database FILE."), Command::tr("FILE")),
      demo(QStringLiteral("demo"), Command::tr("Use the fictional demo data instead of a database (nothing is saved)."))
{}

bool DatabaseChoice::check(const QCommandLineParser& parser, QTextStream& err) const
{
    if (parser.isSet(database) != parser.isSet(demo))
        return true;
    err << Command::tr("Name the database with --db FILE, or use --demo.") << '\n';
    return false;
}

std::unique_ptr<core::Workspace> DatabaseChoice::open(const QCommandLineParser& parser, const core::Settings& settings,
                                                      const OpenWorkspace& openDatabase) const
{
    auto workspace = parser.isSet(demo) ? core::Workspace::demo(settings.rehabRules(), settings.coordinatorName())
                                        : openDatabase(parser.value(database));
    workspace->setUnit(settings.unitName());
    return workspace;
}

} // namespace koordinera::app
