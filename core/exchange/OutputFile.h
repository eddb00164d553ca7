// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Sheet.h"

#include <QSaveFile>
#include <QString>

namespace koordinera::core {

// A file the user asked for (an export, a PDF, a calendar file), written whole or not at all: into a temporary
// file beside the target, readable by the owner only, synced to the disk and then renamed over the target. A full
// disk, a write error or a cancel leaves nothing behind, and an older file of the same name stays as it was.
// Device nodes, pipes and folders are refused before anything is opened: written through a rename, a device
// node would be replaced by an ordinary file, and a pipe never ends.
class OutputFile
{
public:
    explicit OutputFile(const QString& path);
    ~OutputFile(); // an uncommitted file is removed
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Why `path` cannot be written as an export (translated, for the user), or an empty string.
    static QString refusal(const QString& path);
    // Writes `bytes` as the file `path`, whole or not at all.
    static ExportResult write(const QString& path, const QByteArray& bytes);

    // Opens the temporary file; a failure is kept and reported by commit().
    bool open();
    // Appends; after the first failure every later call is ignored and commit() reports it.
    bool write(const QByteArray& bytes);
    // Puts what was written on the disk, still under the temporary name: after this only the rename is left, so a
    // caller can record the export in between and cancel when the record fails. Nothing is left behind when it
    // did not succeed.
    ExportResult finishWriting();
    // Finishes writing when that is not done yet, then renames; nothing is left behind when it did not succeed.
    ExportResult commit();
    void cancel();

private:
    ExportResult failed();

    QString m_path;
    QSaveFile m_file;
    QString m_refusal;
    bool m_ok = false;
    bool m_synced = false;
};

} // namespace koordinera::core
