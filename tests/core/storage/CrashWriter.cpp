// SPDX-License-Identifier: GPL-3.0-or-later
// A writer for the crash test: opens (or creates) a sealed database and commits numbered rows, printing
// each number only after its commit has returned, i.e. after it is on disk. It runs until killed. Every fourth save
// also rewrites one large row (a record of about 128 KB, written slowly in pieces) and every fifth is followed by a
// compaction, so that a kill at a random moment often lands inside a record or a compaction.
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Storage.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

using namespace koordinera::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QByteArray passphrase = QByteArrayLiteral("kraschtestets lösenfras");
    std::unique_ptr<Database> db;
    try {
        db = QFileInfo::exists(path) ? Storage::openSealed(path, passphrase)
                                     : Storage::createSealed(path, passphrase, KdfParams::forTests());
    } catch (const StorageError& error) {
        std::fprintf(stderr, "%s\n", error.userMessage().toUtf8().constData()); // e.g. held by another writer
        return 3;
    }
    Statement last(*db,
                   "SELECT coalesce(max(CAST(substr(name, 5) AS INTEGER)), 0) FROM actors WHERE name LIKE 'rad %'");
    int next = last.step() ? last.columnInt(0) + 1 : 1;
    last.reset();
    db->store()->writeSlowlyForTesting(true);
    for (;; ++next) {
        Transaction transaction(*db);
        Statement(*db, "INSERT INTO actors (kind, name, address) VALUES ('other', ?, ?)")
            .bindAll(QStringLiteral("rad %1").arg(next), QString(200 + next % 300, QLatin1Char('x')))
            .run();
        if (next % 4 == 0) {
            // Old and new value are both in the changeset: a large record, while the database stays small.
            const QString large(64 * 1024, QLatin1Char(char('a' + next % 26)));
            Statement(*db, "DELETE FROM actors WHERE name = 'stor'").run();
            Statement(*db, "INSERT INTO actors (kind, name, address) VALUES ('other', 'stor', ?)").bindAll(large).run();
        }
        transaction.commit();
        std::printf("%d\n", next);
        std::fflush(stdout);
        if (next % 5 == 0) {
            std::printf("compacting\n");
            std::fflush(stdout);
            db->compact();
            std::printf("compacted\n");
            std::fflush(stdout);
        }
    }
}
