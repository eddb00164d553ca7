// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Prompts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

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
    if (!request.forSaving)
        return QFileDialog::getOpenFileName(parent, request.title, QString(), request.filter);
    QString path = QFileDialog::getSaveFileName(parent, request.title, request.suggestedName, request.filter);
    if (!path.isEmpty() && !request.defaultSuffix.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + request.defaultSuffix;
    return path;
}

bool Prompts::confirm(QWidget* parent, const QString& question)
{
    if (driver)
        return driver->confirm(parent, question);
    return QMessageBox::question(parent, programName(), question) == QMessageBox::Yes;
}

void Prompts::error(QWidget* parent, const QString& message)
{
    if (driver)
        return driver->error(parent, message);
    QMessageBox::warning(parent, programName(), message);
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
