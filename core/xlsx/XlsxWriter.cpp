// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/xlsx/XlsxWriter.h"

#include "core/exchange/OutputFile.h"
#include "core/storage/FileSync.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <filesystem>
#include <xlsxwriter.h>

namespace koordinera::core::XlsxWriter {

Component library()
{
    return {QStringLiteral("libxlsxwriter"), QString::fromLatin1(lxw_version()), QStringLiteral("BSD-2-Clause"),
            QStringLiteral("https://libxlsxwriter.github.io/")};
}

namespace {

// Excel refuses longer strings; libxlsxwriter would fail the whole workbook on one.
constexpr qsizetype MaxCellLength = 32767;
constexpr qint64 ProgressEvery = 500;

QByteArray temporaryFolder(const QString& target)
{
    // Only a real per-user runtime directory: Qt's fallback for a missing one is a folder under /tmp.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir() && QFileInfo(runtime).isWritable())
        return QFile::encodeName(runtime);
    return QFile::encodeName(QFileInfo(target).absolutePath());
}

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    QList<lxw_format*> decimals; // by number of decimals, 0..4

    explicit Formats(lxw_workbook* workbook)
    {
        header = workbook_add_format(workbook);
        format_set_bold(header);
        format_set_bg_color(header, 0xDCEEFB);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        date = workbook_add_format(workbook);
        format_set_num_format(date, "yyyy-mm-dd");
        for (int places = 0; places <= 4; ++places) {
            lxw_format* format = workbook_add_format(workbook);
            const QByteArray pattern = places == 0 ? QByteArray("0") : "0." + QByteArray(places, '0');
            format_set_num_format(format, pattern.constData());
            decimals.append(format);
        }
    }
};

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const QVariant& cell,
                    const SheetColumn& spec, const Formats& formats)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return LXW_NO_ERROR;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return worksheet_write_number(sheet, row, column, double(cell.toLongLong()), nullptr);
    case QMetaType::Double:
        return worksheet_write_number(sheet, row, column, cell.toDouble(),
                                      formats.decimals.at(qBound(0, spec.decimals, 4)));
    case QMetaType::QDate: {
        const QDate day = cell.toDate();
        if (!day.isValid())
            return LXW_NO_ERROR;
        lxw_datetime value{day.year(), day.month(), day.day(), 0, 0, 0.0};
        return worksheet_write_datetime(sheet, row, column, &value, formats.date);
    }
    default: {
        const QString text = cell.toString();
        if (text.isEmpty())
            return LXW_NO_ERROR;
        // A string cell is never a formula in XLSX, so nothing needs neutralising here.
        const QByteArray utf8 = text.left(MaxCellLength).toUtf8();
        return worksheet_write_string(sheet, row, column, utf8.constData(), nullptr);
    }
    }
}

lxw_error writeSheet(lxw_workbook* workbook, const Sheet& sheet, const Formats& formats, int index,
                     const ExportProgress& progress, qint64& done, qint64 total, bool& cancelled)
{
    const QByteArray name =
        sheetName(sheet.name.isEmpty() ? QStringLiteral("Blad%1").arg(index + 1) : sheet.name).toUtf8();
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.constData());
    if (!worksheet)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    for (qsizetype column = 0; column < sheet.columns.size(); ++column) {
        const SheetColumn& spec = sheet.columns.at(column);
        const lxw_col_t col = lxw_col_t(column);
        worksheet_set_column(worksheet, col, col, qBound(4, spec.width, 80), nullptr);
        const QByteArray heading = spec.heading.toUtf8();
        if (lxw_error error = worksheet_write_string(worksheet, 0, col, heading.constData(), formats.header))
            return error;
    }
    for (qsizetype row = 0; row < sheet.rows.size(); ++row, ++done) {
        if (progress && done % ProgressEvery == 0 && !progress(done, total)) {
            cancelled = true;
            return LXW_NO_ERROR;
        }
        const QVariantList& cells = sheet.rows.at(row);
        for (qsizetype column = 0; column < std::min(cells.size(), sheet.columns.size()); ++column) {
            if (lxw_error error = writeCell(worksheet, lxw_row_t(row + 1), lxw_col_t(column), cells.at(column),
                                            sheet.columns.at(column), formats))
                return error;
        }
    }
    if (!sheet.columns.isEmpty()) {
        worksheet_freeze_panes(worksheet, 1, 0);
        worksheet_autofilter(worksheet, 0, 0, lxw_row_t(sheet.rows.size()), lxw_col_t(sheet.columns.size() - 1));
    }
    return LXW_NO_ERROR;
}

std::filesystem::path fileSystemPath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

QString partPath(const QString& path)
{
    const QFileInfo target(path);
    return target.absoluteDir().filePath(QStringLiteral(".%1.%2.part")
                                             .arg(target.fileName())
                                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

// Creates the part file readable by the owner only before libxlsxwriter fills it (fopen keeps the mode of a file
// that exists), so the workbook's patient data is never readable by others, not even while it is written.
bool createPrivately(const QString& part)
{
    QFile file(part);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// libxlsxwriter closes its file without syncing it: the bytes must be on the disk before the rename makes them the
// export, or a power cut could leave an empty workbook under the name.
bool syncWritten(const QString& part)
{
    QFile file(part);
    return file.open(QIODevice::ReadWrite) && FileSync::syncFile(file.handle());
}

} // namespace

QString sheetName(const QString& wanted)
{
    QString name = wanted;
    for (const QChar forbidden : QStringLiteral("[]:*?/\\"))
        name.replace(forbidden, QLatin1Char('-'));
    name = name.trimmed().left(31);
    return name.isEmpty() ? QStringLiteral("Blad1") : name;
}

ExportResult write(const QList<Sheet>& sheets, const QString& path, const ExportProgress& progress)
{
    if (const QString refused = OutputFile::refusal(path); !refused.isEmpty())
        return {ExportResult::Status::Failed, refused};
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isWritable())
        return ExportResult::cannotWrite(path);
    const QString part = partPath(path);
    if (!createPrivately(part)) {
        QFile::remove(part);
        return ExportResult::cannotWrite(path);
    }
    const QByteArray partName = QFile::encodeName(part);
    QByteArray tmpdir = temporaryFolder(path);
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    lxw_workbook* workbook = workbook_new_opt(partName.constData(), &options);
    if (!workbook) {
        QFile::remove(part);
        return ExportResult::cannotWrite(path);
    }

    const Formats formats(workbook);
    qint64 total = 0;
    for (const Sheet& sheet : sheets)
        total += sheet.rows.size();
    qint64 done = 0;
    bool cancelled = false;
    lxw_error error = LXW_NO_ERROR;
    for (int index = 0; index < sheets.size() && !error && !cancelled; ++index)
        error = writeSheet(workbook, sheets.at(index), formats, index, progress, done, total, cancelled);
    // Closing also frees the workbook, so it happens even when the export stops early.
    const lxw_error closed = workbook_close(workbook);
    if (cancelled || error || closed || !syncWritten(part)) {
        QFile::remove(part);
        if (cancelled)
            return {ExportResult::Status::Cancelled, QString()};
        return ExportResult::cannotWrite(path);
    }
    // std::filesystem::rename replaces an older export of the same name in one step.
    std::error_code renameError;
    std::filesystem::rename(fileSystemPath(part), fileSystemPath(path), renameError);
    if (renameError) {
        QFile::remove(part);
        return ExportResult::cannotWrite(path);
    }
    FileSync::syncFolderOf(path); // the workbook is whole either way; this makes its name durable sooner
    if (progress)
        progress(total, total);
    return {};
}

} // namespace koordinera::core::XlsxWriter
