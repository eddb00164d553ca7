// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/DiagnosisDialog.h"

#include "core/domain/IcdCode.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>

namespace koordinera::ui {

DiagnosisDialog::DiagnosisDialog(const core::Diagnosis& diagnosis, QWidget* parent)
    : RecordDialog(diagnosis.id ? tr("Edit diagnosis") : tr("New diagnosis"), parent), m_diagnosis(diagnosis),
      m_code(new QLineEdit(core::IcdCode::display(diagnosis.code), this)), m_text(new QLineEdit(diagnosis.text, this)),
      m_main(new QCheckBox(tr("Main diagnosis"), this))
{
    setObjectName(QStringLiteral("diagnosisDialog"));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("ICD-10, e.g. F43.8A"));
    m_code->setMaxLength(12);
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_main->setChecked(diagnosis.isMain);
    formErrors().addRow(form(), tr("&Code"), m_code, QStringLiteral("code"));
    form()->addRow(tr("&Text"), m_text);
    form()->addRow(QString(), m_main);
    connect(m_code, &QLineEdit::textEdited, this, &DiagnosisDialog::revalidate);
}

core::Diagnosis DiagnosisDialog::diagnosis() const
{
    core::Diagnosis diagnosis = m_diagnosis;
    diagnosis.code = m_code->text();
    diagnosis.text = m_text->text().trimmed();
    diagnosis.isMain = m_main->isChecked();
    return diagnosis;
}

core::FieldErrors DiagnosisDialog::validate() const
{
    return core::Validation::diagnosis(diagnosis());
}

} // namespace koordinera::ui
