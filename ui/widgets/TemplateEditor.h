// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentTemplates.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace koordinera::ui {

// The unit's templates for letters, invitations and the consent form, one at a time, with the words each may use,
// a way back to the built-in text, and the file a unit shares them in (issue 21). Nothing is saved here: the
// settings dialog takes templates() when the user presses OK.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    // `unitName` is asked at export, so the file names the unit as the dialog has it then.
    TemplateEditor(const core::DocumentTemplates& templates, std::function<QString()> unitName,
                   QWidget* parent = nullptr);

    core::DocumentTemplates templates() const;
    void showKind(core::TemplateKind kind);
    // Replaces the texts the file holds after the user agrees; false when they did not or the file was refused.
    bool importFile(const QString& path);
    // Writes the texts the unit wrote itself (see core::TemplateFile::write).
    bool exportFile(const QString& path);
    bool hasOwnTexts() const;

private:
    void loadSelected();
    void keepShownText();
    core::TemplateKind shownKind() const;

    core::DocumentTemplates m_templates;
    std::function<QString()> m_unitName;
    QComboBox* m_kind;
    QPlainTextEdit* m_text;
    QLabel* m_fields;
    QPushButton* m_builtIn;
    QPushButton* m_export;
    QPushButton* m_import;
    int m_shownIndex = -1;
};

} // namespace koordinera::ui
