// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/SpreadsheetFileDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace koordinera::ui {

QString chooseSpreadsheetFile(QWidget* parent, const QString& title, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(folder).filePath(suggestedName),
        QCoreApplication::translate("SpreadsheetFileDialog", "Excel workbook (*.xlsx);;CSV for Excel (*.csv)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    return path;
}

} // namespace koordinera::ui
