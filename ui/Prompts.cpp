// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Prompts.h"

#include "ui/widgets/SpreadsheetFileDialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace koordinera::ui {

namespace {

Prompts::Driver* driver = nullptr;

QString programName()
{
    return QCoreApplication::translate("MainWindow", "Koordinera");
}

} // namespace

void Prompts::setDriver(Driver* newDriver)
{
    driver = newDriver;
}

QString Prompts::chooseFile(QWidget* parent, const FileRequest& request)
{
    if (driver)
        return driver->chooseFile(parent, request);
    if (request.folder)
        return QFileDialog::getExistingDirectory(parent, request.title, request.suggestedName);
    if (request.spreadsheet)
        return chooseSpreadsheetFile(parent, request.title, request.suggestedName);
    if (!request.forSaving)
        return QFileDialog::getOpenFileName(parent, request.title, request.suggestedName, request.filter);
    const QString suggested =
        request.inDocuments
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(request.suggestedName)
            : request.suggestedName;
    QString path = QFileDialog::getSaveFileName(parent, request.title, suggested, request.filter);
    if (!path.isEmpty() && !request.defaultSuffix.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + request.defaultSuffix;
    return path;
}

bool Prompts::confirm(QWidget* parent, const QString& question, const QString& acceptLabel)
{
    if (driver)
        return driver->confirm(parent, question);
    if (acceptLabel.isEmpty())
        return QMessageBox::question(parent, programName(), question) == QMessageBox::Yes;
    QMessageBox box(QMessageBox::Warning, programName(), question, QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("Prompts", "Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

void Prompts::error(QWidget* parent, const QString& message, const QString& title)
{
    if (driver)
        return driver->error(parent, message);
    QMessageBox::warning(parent, title.isEmpty() ? programName() : title, message);
}

void Prompts::inform(QWidget* parent, const QString& message)
{
    if (driver)
        return driver->inform(parent, message);
    QMessageBox::information(parent, programName(), message);
}

std::optional<QByteArray> Prompts::passphrase(QWidget* parent, const PassphraseRequest& request)
{
    if (driver)
        return driver->passphrase(parent, request);
    PassphraseDialog dialog(request.mode, request.fileName, request.error, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takePassphrase();
}

int Prompts::exec(QDialog& dialog)
{
    if (driver) {
        if (const std::optional<int> answer = driver->exec(dialog))
            return *answer;
    }
    return dialog.exec();
}

} // namespace koordinera::ui
