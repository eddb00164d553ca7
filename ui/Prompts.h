// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dialogs/PassphraseDialog.h"

#include <QByteArray>
#include <QString>
#include <optional>

class QDialog;
class QWidget;

namespace koordinera::ui {

struct PassphraseRequest
{
    PassphraseDialog::Mode mode;
    QString fileName;
    QString error; // why the last attempt failed, shown in the dialog
};

// The questions the program puts to the user in a modal box: which file, yes or no, an error or a notice, a
// passphrase, and any dialog run through exec(). Windows ask here instead of calling QFileDialog, QMessageBox or
// QDialog::exec() themselves, so that a test answers every window through one Driver instead of a hook per class.
class Prompts
{
public:
    struct FileRequest
    {
        QString title;
        QString filter;
        QString suggestedName; // offered when saving, without a folder
        bool forSaving = false;
        QString defaultSuffix;    // added to a name typed without one when saving, e.g. "koordinera"
        bool inDocuments = false; // the dialog starts in the user's Documents folder
        bool spreadsheet = false; // an Excel workbook or a CSV file, the user choosing which
        bool folder = false;      // a folder, not a file; `suggestedName` is where the dialog starts

        static FileRequest toOpen(const QString& title, const QString& filter)
        {
            return {title, filter, {}, false, {}};
        }
        static FileRequest toSave(const QString& title, const QString& filter, const QString& suggestedName,
                                  const QString& defaultSuffix = {})
        {
            return {title, filter, suggestedName, true, defaultSuffix};
        }
        // A document the user keeps (a PDF, a calendar file): saved in Documents unless they choose otherwise.
        static FileRequest documentToSave(const QString& title, const QString& filter, const QString& suggestedName)
        {
            FileRequest request = toSave(title, filter, suggestedName);
            request.inDocuments = true;
            return request;
        }
        static FileRequest folderToChoose(const QString& title, const QString& current)
        {
            FileRequest request{title, {}, current, false, {}};
            request.folder = true;
            return request;
        }
        static FileRequest spreadsheetToSave(const QString& title, const QString& suggestedName)
        {
            FileRequest request = documentToSave(title, {}, suggestedName);
            request.spreadsheet = true;
            return request;
        }
    };

    static QString chooseFile(QWidget* parent, const FileRequest& request);
    // Yes or no; with `acceptLabel`, a warning whose buttons say what happens ("Exportera") and Avbryt.
    static bool confirm(QWidget* parent, const QString& question, const QString& acceptLabel = {});
    // `title` names what failed ("Export the case list"); the program's name when empty.
    static void error(QWidget* parent, const QString& message, const QString& title = {});
    // Good news that still needs reading ("the database is intact").
    static void inform(QWidget* parent, const QString& message);
    // The passphrase as UTF-8, or nothing when the user cancels.
    static std::optional<QByteArray> passphrase(QWidget* parent, const PassphraseRequest& request);
    // Runs a modal dialog and returns its result, unless the driver answers it.
    static int exec(QDialog& dialog);

    class Driver
    {
    public:
        virtual ~Driver() = default;
        virtual QString chooseFile(QWidget* parent, const FileRequest& request) = 0;
        virtual bool confirm(QWidget* parent, const QString& question) = 0;
        virtual void error(QWidget* parent, const QString& message) = 0;
        virtual void inform(QWidget* parent, const QString& message) = 0;
        virtual std::optional<QByteArray> passphrase(QWidget* parent, const PassphraseRequest& request) = 0;
        // Sees the dialog before it runs; returns its result when the driver has answered it instead of the user.
        virtual std::optional<int> exec(QDialog& dialog) = 0;
    };
    // For tests: the driver that answers from now on (not owned); nullptr brings back the real boxes.
    static void setDriver(Driver* driver);
};

} // namespace koordinera::ui
