// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes what lies behind the seal: arbitrary database bytes and changesets are sealed with a fixed passphrase and
// opened the way a backup is previewed, so that sqlite3_deserialize, the journal's replay, the schema migrations
// and the first queries see input no file of ours would hold. Every input must end in a StorageError or a clean
// opening: no crash, no sanitizer report, no other exception.
//
// Input: a 32-bit little-endian length and that many bytes of database, then changesets, each a 32-bit length and
// its bytes, to the end.
#include "FuzzPassphrase.h"
#include "core/storage/SealedStore.h"
#include "core/storage/StorageError.h"
#include "core/storage/Witness.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <cstdint>

using namespace koordinera;

namespace {

struct Content
{
    QByteArray snapshot;
    QList<QByteArray> changesets;
};

Content parse(const QByteArray& bytes)
{
    Content content;
    qsizetype at = 0;
    auto take = [&]() {
        if (bytes.size() - at < 4) {
            at = bytes.size();
            return QByteArray();
        }
        const auto length = qsizetype(qFromLittleEndian<quint32>(bytes.constData() + at));
        at += 4;
        const QByteArray part = bytes.mid(at, std::min(length, bytes.size() - at));
        at += part.size();
        return part;
    };
    content.snapshot = take();
    while (at < bytes.size())
        content.changesets << take();
    return content;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // On tmpfs where there is one: every input is written and synced as a sealed file, and a disk's sync would
    // take most of the time.
    static QTemporaryDir scratch(QDir(QStringLiteral("/dev/shm")).exists()
                                     ? QStringLiteral("/dev/shm/koordinera-fuzz-XXXXXX")
                                     : QDir::tempPath() + QStringLiteral("/koordinera-fuzz-XXXXXX"));
    static const bool witnessesInScratch = [] {
        core::Witness::setFolder(scratch.filePath(QStringLiteral("witnesses")));
        return true;
    }();
    (void)witnessesInScratch;
    const QString path = scratch.filePath(QStringLiteral("content.koordinera"));
    QFile::remove(path);

    const Content content = parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    {
        auto store = core::SealedStore::create(path, fuzz::Passphrase, content.snapshot, core::KdfParams::forTests());
        for (const QByteArray& changeset : content.changesets)
            store->append(changeset);
    }
    try {
        auto workspace = core::Workspace::openReadOnly(path, fuzz::Passphrase, {}, QStringLiteral("Fuzz"));
        workspace->check();
    } catch (const core::StorageError&) {
        // The expected answer to content that is not a Koordinera database.
    }
    return 0;
}
