// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Validation.h"
#include "core/records/CorrectionLog.h"
#include "ui/widgets/FormErrors.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpacerItem;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// The frame every edit dialog shares: a form, reasons shown next to fields as the user types, and Save
// that runs the caller's save action (usually an undoable command). A failed save keeps the dialog open
// with the reason; nothing is half-saved because core saves in one transaction.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveAction = std::function<void()>;

    RecordDialog(const QString& title, QWidget* parent);

    void setSaveAction(SaveAction action) { m_save = std::move(action); }
    void accept() override;
    const FormErrors& errors() const { return m_errors; }
    // A record corrected before: a button beside Save shows how it read earlier (issue 21).
    void setHistory(const QList<core::Correction>& history);
    // A Help button, and F1, open the manual at the chapter `chapterId` (Manual::Chapter::id).
    void setHelpChapter(const QString& chapterId);
    class HelpWindow* helpWindow() const { return m_help; }
    // Editing row `id` of `table` as read at `readVersion`: when someone else saves or removes it while the dialog is
    // open (a colleague on a region's server), a line above the form says who and when, as soon as their commit is
    // announced, before more is typed into a save that would be refused.
    void watchRecord(core::Workspace& workspace, const char* table, qint64 id, qint64 readVersion);
    // That line's text; empty while nobody else has changed the record.
    QString changedElsewhere() const;

protected:
    // Core's validation of what the form holds now.
    virtual core::FieldErrors validate() const = 0;
    // Call from every field's change signal.
    void revalidate();
    QFormLayout* form() const { return m_form; }
    FormErrors& formErrors() { return m_errors; }
    class QPushButton* saveButton() const;
    // For a dialog too big for one form (tabs): `body` goes above the form and takes all spare height.
    void setBody(QWidget* body);

private:
    QFormLayout* m_form;
    FormErrors m_errors;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    QSpacerItem* m_spare;
    SaveAction m_save;
    class HelpWindow* m_help = nullptr;
    QLabel* m_elsewhere = nullptr;
    bool m_saving = false; // this dialog's own save is announced too
};

} // namespace koordinera::ui
