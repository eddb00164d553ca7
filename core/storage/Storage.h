// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

namespace koordinera::core {

class Database;

// The one place a database is opened or created. Repositories and the GUI receive a ready, migrated
// Database and never see how it is kept on disk, so the sealed format can replace the plain file here.
class Storage
{
public:
    static constexpr int ApplicationId = 1265594226; // "Koor"

    // Opens an existing database and brings its schema up to date.
    static std::unique_ptr<Database> open(const QString& path);
    // Creates a new database; refuses to overwrite an existing file.
    static std::unique_ptr<Database> create(const QString& path);
    // A database that lives only in memory (demo data, tests); nothing is written to disk.
    static std::unique_ptr<Database> createInMemory();
};

} // namespace koordinera::core
