// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Storage.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace koordinera::core {

namespace {

void requireKoordineraFile(Database& db)
{
    Statement appId(db, "PRAGMA application_id");
    const int applicationId = appId.step() ? appId.columnInt(0) : 0;
    Statement tables(db, "SELECT count(*) FROM sqlite_schema");
    const int tableCount = tables.step() ? tables.columnInt(0) : 0;
    if (applicationId == Storage::ApplicationId || (applicationId == 0 && tableCount == 0))
        return;
    throw StorageError(StorageError::Kind::NotKoordinera,
                       QCoreApplication::translate("Storage", "The file is a database, but not one made by "
                                                              "Koordinera. It has not been changed."));
}

} // namespace

std::unique_ptr<Database> Storage::open(const QString& path)
{
    auto db = Database::openFile(path, Database::OpenMode::ExistingFile);
    requireKoordineraFile(*db);
    Migrations::migrate(*db);
    return db;
}

std::unique_ptr<Database> Storage::create(const QString& path)
{
    auto db = Database::openFile(path, Database::OpenMode::NewFile);
    Migrations::migrate(*db);
    return db;
}

std::unique_ptr<Database> Storage::createInMemory()
{
    auto db = Database::openInMemory();
    Migrations::migrate(*db);
    return db;
}

} // namespace koordinera::core
