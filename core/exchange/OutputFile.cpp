// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/OutputFile.h"

#include "core/storage/FileSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

namespace koordinera::core {

OutputFile::OutputFile(const QString& path) : m_path(path), m_file(path) {}

OutputFile::~OutputFile()
{
    cancel();
}

QString OutputFile::refusal(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.trimmed().isEmpty())
        return QCoreApplication::translate("Export", "No file name was given.");
    const QFileInfo target(path);
    // exists() follows a symbolic link: what counts is what the name leads to.
    if (target.exists() && !target.isFile()) {
        return QCoreApplication::translate("Export", "%1 could not be written: it is not an ordinary file but a "
                                                     "folder, a device or a pipe. Choose a file name in a folder.")
            .arg(shown);
    }
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir()) {
        return QCoreApplication::translate("Export", "%1 could not be written: the folder %2 does not exist. Choose "
                                                     "another folder.")
            .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    return {};
}

ExportResult OutputFile::write(const QString& path, const QByteArray& bytes)
{
    OutputFile file(path);
    file.open();
    file.write(bytes);
    return file.commit();
}

bool OutputFile::open()
{
    m_refusal = refusal(m_path);
    m_ok = m_refusal.isEmpty() && m_file.open(QIODevice::WriteOnly);
#ifndef Q_OS_WIN
    // Exports hold patient data: owner only, whatever the umask or an older file of the same name allowed.
    if (m_ok)
        m_ok = ::fchmod(m_file.handle(), S_IRUSR | S_IWUSR) == 0;
#endif
    return m_ok;
}

bool OutputFile::write(const QByteArray& bytes)
{
    if (m_ok)
        m_ok = m_file.write(bytes) == bytes.size();
    return m_ok;
}

ExportResult OutputFile::finishWriting()
{
    if (!m_ok)
        return failed();
    if (m_synced)
        return {};
    // QSaveFile syncs before its rename but ignores whether that worked; a disk that refuses late must count.
    m_synced = m_ok = m_file.flush() && FileSync::syncFile(m_file.handle());
    return m_ok ? ExportResult{} : failed();
}

ExportResult OutputFile::commit()
{
    if (const ExportResult synced = finishWriting(); !synced.written())
        return synced;
    if (!m_file.commit())
        return failed();
    m_ok = false;                   // committed: nothing for cancel() to remove
    FileSync::syncFolderOf(m_path); // the file is whole either way; this only makes its name durable sooner
    return {};
}

void OutputFile::cancel()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit(); // after cancelWriting, commit() only removes the temporary file
    }
    m_ok = false;
}

ExportResult OutputFile::failed()
{
    cancel();
    if (!m_refusal.isEmpty())
        return {ExportResult::Status::Failed, m_refusal};
    return ExportResult::cannotWrite(QDir::toNativeSeparators(m_path));
}

} // namespace koordinera::core
