// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/SickLeave.h"
#include "ui/dialogs/RecordDialog.h"

class QCheckBox;
class QLineEdit;

namespace koordinera::ui {

class DiagnosisDialog : public RecordDialog
{
    Q_OBJECT

public:
    DiagnosisDialog(const core::Diagnosis& diagnosis, QWidget* parent = nullptr);
    core::Diagnosis diagnosis() const;

protected:
    core::FieldErrors validate() const override;

private:
    core::Diagnosis m_diagnosis;
    QLineEdit* m_code;
    QLineEdit* m_text;
    QCheckBox* m_main;
};

} // namespace koordinera::ui
