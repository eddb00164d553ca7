// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/xlsx/SickListFile.h"

#include "core/xlsx/SpreadsheetFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace koordinera::core::SickListFile {

SickLeaveList::List read(const QString& path, const QDate& today)
{
    SickLeaveList::List list;
    if (QFileInfo(path).size() > CsvReader::MaxFileBytes) {
        list.error = QCoreApplication::translate("SickListFile", "%1 is too large to be the unit's sick-leave list.")
                         .arg(QFileInfo(path).fileName());
        return list;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        list.error = QCoreApplication::translate("SickListFile", "%1 cannot be read: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return list;
    }
    const CsvReader::Result table = SpreadsheetFile::readTable(file.readAll(), SickLeaveList::isHeader);
    if (!table.ok()) {
        list.error = table.error;
        return list;
    }
    return SickLeaveList::read(table.table, today);
}

} // namespace koordinera::core::SickListFile
