// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Worklist.h"
#include "ui/dialogs/RecordDialog.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QLineEdit;
class QSpinBox;

namespace koordinera::core {
class Settings;
}

namespace koordinera::ui {

// The coordinator's own settings: their name (stamped on notes and consents), the sick-leave gap rule and
// the rehab-chain checkpoints (politics changes them), how far ahead Idag looks, security and backups,
// documents, statistics and the language.
class SettingsDialog : public RecordDialog
{
    Q_OBJECT

public:
    SettingsDialog(core::Settings& settings, QWidget* parent = nullptr);
    // Writes the form to the settings (call after accept()).
    void apply();
    // The statistics tab's "KVÅ codes…" button runs this (the list is kept in the database); without it,
    // or with no database open, the button is disabled.
    void setKvaCodesEditor(std::function<void()> editor);

protected:
    core::FieldErrors validate() const override;

private:
    QWidget* makeWorklistWindows(const core::WorklistSettings& windows);
    void addDocumentSettings(QFormLayout* documents, const std::function<QLabel*(const QString&)>& hint);

    core::Settings& m_settings;
    QLineEdit* m_name;
    QSpinBox* m_gap;
    QLineEdit* m_checkpoints;
    QSpinBox* m_autoLock;
    QCheckBox* m_nameInTitle;
    QLineEdit* m_backupFolder;
    QSpinBox* m_generations;
    QComboBox* m_language;
    QLineEdit* m_unit;
    QLineEdit* m_title;
    QCheckBox* m_partySignatures;
    QSpinBox* m_retention;
    QList<QSpinBox*> m_worklistWindows; // in core::WorklistSettings::Windows order
    QLineEdit* m_logo;
    class TemplateEditor* m_templates;
    QSpinBox* m_smallNumbers;
    class QPushButton* m_kvaCodes;
    std::function<void()> m_kvaCodesEditor;
};

} // namespace koordinera::ui
