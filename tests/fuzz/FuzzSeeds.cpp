// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the fuzzers' seed corpus: real sealed files (empty, with journal records, cut short) and
// identity numbers in the forms people type.
#include "FuzzPassphrase.h"
#include "storage/Database.h"
#include "storage/SealedStore.h"
#include "storage/Storage.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace koordinera;

namespace {

void writeSeed(const QString& folder, const QString& name, const QByteArray& bytes)
{
    QFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        std::exit(1);
}

QByteArray sealedFile(int changes)
{
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("seed.koordinera"));
    {
        auto db = core::Storage::createSealed(path, fuzz::Passphrase, core::KdfParams::forTests());
        for (int i = 0; i < changes; ++i) {
            core::Transaction transaction(*db);
            db->execute("INSERT INTO kva_codes (code, text) VALUES ('ZZ" + std::to_string(100 + i) + "', 'frö')");
            transaction.commit();
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        std::exit(1);
    return file.readAll();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: koordinera_fuzz_seeds CORPUS_FOLDER\n");
        return 2;
    }
    const QString corpus = QString::fromLocal8Bit(argv[1]);
    const QString sealed = corpus + QStringLiteral("/sealed_file");
    const QString identity = corpus + QStringLiteral("/identity_number");
    QDir().mkpath(sealed);
    QDir().mkpath(identity);

    const QByteArray empty = sealedFile(0);
    const QByteArray journalled = sealedFile(3);
    writeSeed(sealed, QStringLiteral("empty"), empty);
    writeSeed(sealed, QStringLiteral("journal"), journalled);
    writeSeed(sealed, QStringLiteral("header-only"), empty.left(88));
    writeSeed(sealed, QStringLiteral("torn-record"), journalled.left(journalled.size() - 7));

    const char* numbers[] = {"640823-3234", "196408233234",  "6408233234",  "19640823-3234", "701063-2391",
                             "121212+1212", "20121212-1212", "990101-9995", "RES-2026-17",   "000000-0000"};
    int index = 0;
    for (const char* number : numbers)
        writeSeed(identity, QString::number(index++), QByteArray(number));
    return 0;
}
