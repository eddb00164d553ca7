// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Actor.h"
#include "core/domain/CaseRecord.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace koordinera::ui {

class FormErrors;
class OptionalDateEdit;

// The case's own fields: status (with outcome and closing date once closed), opened, why coordination was
// offered, occupation with employer and job tasks, and the rehab chain adjustments.
class CaseForm : public QWidget
{
    Q_OBJECT

public:
    CaseForm(FormErrors& errors, const QList<core::Actor>& employers, QWidget* parent = nullptr);

    // The form's record; employerId is 0 and newEmployerName() is set when a new employer was typed.
    core::CaseRecord caseRecord() const;
    void setCaseRecord(const core::CaseRecord& record);
    QString newEmployerName() const;
    // The FK-confirmed day only makes sense once a case has sick leave; hidden in the new-case dialog.
    void setShowFkConfirmation(bool show);
    // A family file's case (issue 23): its closing reasons, and no sick-leave fields, which are the parents' and
    // kept on the Family tab.
    void setProfile(core::Profile profile);
    // A further row at the end, lined up with the form's own (the new-case dialog's employer contact).
    void addRow(const QString& label, QWidget* field);
    void setRowVisible(QWidget* field, bool visible);

Q_SIGNALS:
    void changed();

private:
    void updateVisibility();
    void fillOutcomes(core::Profile profile);

    core::CaseRecord m_record;
    QList<core::Actor> m_employers;
    QComboBox* m_status;
    QComboBox* m_outcome;
    QWidget* m_outcomeRow;
    QDateEdit* m_opened;
    QDateEdit* m_closed;
    QWidget* m_closedRow;
    QPlainTextEdit* m_reason;
    QComboBox* m_occupation;
    QComboBox* m_employer;
    QLineEdit* m_jobTasks;
    QSpinBox* m_offset;
    QSpinBox* m_fkDay;
    OptionalDateEdit* m_fkDate;
    QWidget* m_fkRow;
};

} // namespace koordinera::ui
