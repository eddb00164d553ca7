// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the fuzzers' seed corpus: real sealed files (empty, with journal records, cut short) and
// identity numbers in the forms people type.
#include "FuzzPassphrase.h"
#include "core/storage/Database.h"
#include "core/storage/SealedStore.h"
#include "core/storage/Storage.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
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

QByteArray frame(const QByteArray& part)
{
    char length[4];
    qToLittleEndian(quint32(part.size()), length);
    return QByteArray(length, 4) + part;
}

// A sealed file's database and journal, decrypted.
QByteArray framedContent(const QByteArray& sealed)
{
    core::SealedStore::Contents contents;
    core::SealedStore::read(sealed, fuzz::Passphrase, contents);
    QByteArray framed =
        frame(QByteArray(reinterpret_cast<const char*>(contents.snapshot.data()), qsizetype(contents.snapshot.size())));
    for (const QByteArray& changeset : contents.journal)
        framed += frame(changeset);
    return framed;
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

    // Behind the seal: the database and journal of the sealed seeds, framed as Fuzz_sealed_content reads them, and a
    // database with demo cases in it.
    const QString content = corpus + QStringLiteral("/sealed_content");
    QDir().mkpath(content);
    writeSeed(content, QStringLiteral("journal"), framedContent(journalled));
    writeSeed(content, QStringLiteral("empty"), framedContent(empty));
    writeSeed(content, QStringLiteral("demo"),
              frame(core::Workspace::demo({}, QStringLiteral("Frö"), 3)->database().serialize()));

    const char* numbers[] = {"640823-3234", "196408233234",  "6408233234",  "19640823-3234", "701063-2391",
                             "121212+1212", "20121212-1212", "990101-9995", "RES-2026-17",   "000000-0000"};
    int index = 0;
    for (const char* number : numbers)
        writeSeed(identity, QString::number(index++), QByteArray(number));

    // Case lists as Excel and other programs save them: UTF-8 with a BOM and semicolons, Windows-1252, commas,
    // tabs, quoted fields with separators, quotes and line breaks.
    const QString csv = corpus + QStringLiteral("/csv_reader");
    QDir().mkpath(csv);
    // Hex escapes end where the literal is split: "\xC3\x96" "berg" is "Öberg".
    const QList<QByteArray> lists{
        QByteArray("\xEF\xBB\xBF"
                   "Personnummer;Namn;Status;Sjukskriven fr\xC3\xA5"
                   "n;Omfattning\r\n19640823-3234;\xC3\x96"
                   "berg, G\xC3\xB6"
                   "ran;Aktiv;2026-09-01;100 %\r\n"),
        QByteArray("Personnummer;Namn;Anteckning\r\n701063-2391;\xC5"
                   "sa \xC5"
                   "berg;\"Ring f\xF6"
                   "re 9; \"\"viktigt\"\"\"\r\n"),
        QByteArray("Personnummer,Namn,Diagnos\n640823-3234,\"Eva, Ek\",\"F32.9\nM54.5\"\n"),
        QByteArray("Personnummer\tNamn\n640823-3234\tEva Ek\n"),
    };
    index = 0;
    for (const QByteArray& list : lists)
        writeSeed(csv, QString::number(index++), list);
    return 0;
}
