// SPDX-License-Identifier: GPL-3.0-or-later
// A writer for the crash test: opens (or creates) a sealed database and commits numbered rows, printing
// each number only after its commit has returned, i.e. after it is on disk. It runs until killed.
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Storage.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

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
    Statement last(*db, "SELECT coalesce(max(CAST(substr(name, 5) AS INTEGER)), 0) FROM actors");
    int next = last.step() ? last.columnInt(0) + 1 : 1;
    last.reset();
    for (;; ++next) {
        Transaction transaction(*db);
        Statement(*db, "INSERT INTO actors (kind, name, address) VALUES ('other', ?, ?)")
            .bindAll(QStringLiteral("rad %1").arg(next), QString(200 + next % 300, QLatin1Char('x')))
            .run();
        transaction.commit();
        std::printf("%d\n", next);
        std::fflush(stdout);
    }
}
