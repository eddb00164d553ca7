// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/SickLeavePanel.h"

#include "core/domain/IcdCode.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/commands/RecordCommands.h"
#include "ui/dialogs/DiagnosisDialog.h"
#include "ui/dialogs/PeriodDialog.h"
#include "ui/widgets/Accessibility.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace koordinera::ui {

SickLeavePanel::SickLeavePanel(QWidget* parent) : CasePanel(parent)
{
    // The days of a period running on count to today, which the formatter asks the workspace for.
    m_periods = new RecordListModel<core::SickLeavePeriod>(
        {tr("From"), tr("To"), tr("Degree"), tr("Days")},
        [this](const core::SickLeavePeriod& period) -> RecordTableModel::Row {
            const QDate last = period.end.isValid() ? period.end : m_workspace->today();
            const int days = int(period.start.daysTo(last)) + 1;
            return {period.id,
                    {format::date(period.start),
                     period.end.isValid() ? format::date(period.end) : tr("until further notice"),
                     format::degree(period.degree), days > 0 ? QString::number(days) : QString()},
                    RecordTableModel::Tone::Normal,
                    {}};
        },
        this);
    m_diagnoses = new RecordListModel<core::Diagnosis>(
        {tr("Code"), tr("Diagnosis"), tr("Main diagnosis")},
        [](const core::Diagnosis& diagnosis) -> RecordTableModel::Row {
            return {diagnosis.id,
                    {core::IcdCode::display(diagnosis.code), diagnosis.text, diagnosis.isMain ? tr("Yes") : QString()},
                    RecordTableModel::Tone::Normal,
                    {}};
        },
        this);

    m_periodTable = makeTable(m_periods, 3, [this] { editPeriod(); });
    m_periodTable->setObjectName(QStringLiteral("periodTable"));
    m_periodTable->setAccessibleName(tr("Sick-leave periods"));
    m_diagnosisTable = makeTable(m_diagnoses, 1, [this] { editDiagnosis(); });
    m_diagnosisTable->setObjectName(QStringLiteral("diagnosisTable"));
    m_diagnosisTable->setAccessibleName(tr("Diagnoses"));

    auto* addPeriodButton = makeButton(tr("Add period…"), QStringLiteral("addPeriodButton"), [this] { addPeriod(); });
    auto* editPeriodButton = makeButton(tr("Change…"), QStringLiteral("editPeriodButton"), [this] { editPeriod(); });
    editPeriodButton->setAccessibleName(tr("Change the sick-leave period"));
    auto* removePeriodButton =
        makeButton(tr("Remove"), QStringLiteral("removePeriodButton"), [this] { removePeriod(); });
    auto* addDiagnosisButton =
        makeButton(tr("Add diagnosis…"), QStringLiteral("addDiagnosisButton"), [this] { addDiagnosis(); });
    auto* editDiagnosisButton =
        makeButton(tr("Change…"), QStringLiteral("editDiagnosisButton"), [this] { editDiagnosis(); });
    auto* removeDiagnosisButton =
        makeButton(tr("Remove"), QStringLiteral("removeDiagnosisButton"), [this] { removeDiagnosis(); });
    // Two "Change…" and two "Remove" on one page: a screen reader says which.
    removePeriodButton->setAccessibleName(tr("Remove the sick-leave period"));
    editDiagnosisButton->setAccessibleName(tr("Change the diagnosis"));
    removeDiagnosisButton->setAccessibleName(tr("Remove the diagnosis"));
    // Each section's buttons, then its table, as they are read.
    chainTabOrder({addPeriodButton, editPeriodButton, removePeriodButton, m_periodTable, addDiagnosisButton,
                   editDiagnosisButton, removeDiagnosisButton, m_diagnosisTable});
    auto* periodButtons = new QHBoxLayout;
    periodButtons->addWidget(new QLabel(tr("<b>Sick-leave periods</b>"), this));
    periodButtons->addStretch();
    periodButtons->addWidget(addPeriodButton);
    periodButtons->addWidget(editPeriodButton);
    periodButtons->addWidget(removePeriodButton);
    auto* diagnosisButtons = new QHBoxLayout;
    diagnosisButtons->addWidget(new QLabel(tr("<b>Diagnoses</b>"), this));
    diagnosisButtons->addStretch();
    diagnosisButtons->addWidget(addDiagnosisButton);
    diagnosisButtons->addWidget(editDiagnosisButton);
    diagnosisButtons->addWidget(removeDiagnosisButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(periodButtons);
    layout->addWidget(m_periodTable, 3);
    layout->addLayout(diagnosisButtons);
    layout->addWidget(m_diagnosisTable, 2);
}

void SickLeavePanel::refresh()
{
    m_periods->setRecords(m_workspace->sickLeave().periods(m_caseId));
    m_diagnoses->setRecords(m_workspace->sickLeave().diagnoses(m_caseId));
}

const core::SickLeavePeriod* SickLeavePanel::selectedPeriod() const
{
    return m_periods->recordAt(m_periodTable->currentIndex().row());
}

const core::Diagnosis* SickLeavePanel::selectedDiagnosis() const
{
    return m_diagnoses->recordAt(m_diagnosisTable->currentIndex().row());
}

void SickLeavePanel::addPeriod()
{
    if (!hasCase())
        return;
    const auto existing = m_workspace->sickLeave().periods(m_caseId);
    core::SickLeavePeriod period{0, m_caseId, 100, m_workspace->today(), {}};
    if (!existing.isEmpty() && existing.last().end.isValid()) {
        // A continuation is the usual case: start the day after the last certificate, same degree.
        period.start = existing.last().end.addDays(1);
        period.degree = existing.last().degree;
    }
    PeriodDialog dialog(period, existing, this);
    auto* repository = &m_workspace->sickLeave();
    dialog.setSaveAction([&] {
        performSave<core::SickLeavePeriod>(
            m_undoStack, tr("Add sick-leave period"), period, dialog.period(),
            [repository](core::SickLeavePeriod& p) { repository->savePeriod(p); },
            [repository](qint64 id) { repository->removePeriod(id); });
    });
    Prompts::exec(dialog);
}

void SickLeavePanel::editPeriod()
{
    const core::SickLeavePeriod* selected = hasCase() ? selectedPeriod() : nullptr;
    if (!selected)
        return;
    const auto before = *selected;
    PeriodDialog dialog(before, m_periods->records(), this);
    dialog.watchRecord(*m_workspace, "sick_leave_periods", before.id, before.rowVersion);
    auto* repository = &m_workspace->sickLeave();
    dialog.setSaveAction([&] {
        performSave<core::SickLeavePeriod>(
            m_undoStack, tr("Change sick-leave period"), before, dialog.period(),
            [repository](core::SickLeavePeriod& p) { repository->savePeriod(p); },
            [repository](qint64 periodId) { repository->removePeriod(periodId); });
    });
    Prompts::exec(dialog);
}

void SickLeavePanel::removePeriod()
{
    const core::SickLeavePeriod* selected = hasCase() ? selectedPeriod() : nullptr;
    if (!selected)
        return;
    auto* repository = &m_workspace->sickLeave();
    performRemove<core::SickLeavePeriod>(
        m_undoStack, tr("Remove sick-leave period"), *selected,
        [repository](core::SickLeavePeriod& p) { repository->savePeriod(p); },
        [repository](qint64 periodId) { repository->removePeriod(periodId); });
}

void SickLeavePanel::addDiagnosis()
{
    if (!hasCase())
        return;
    core::Diagnosis diagnosis{0, m_caseId, {}, {}, m_diagnoses->records().isEmpty()};
    DiagnosisDialog dialog(diagnosis, this);
    auto* repository = &m_workspace->sickLeave();
    dialog.setSaveAction([&] {
        performSave<core::Diagnosis>(
            m_undoStack, tr("Add diagnosis"), diagnosis, dialog.diagnosis(),
            [repository](core::Diagnosis& d) { repository->saveDiagnosis(d); },
            [repository](qint64 id) { repository->removeDiagnosis(id); });
    });
    Prompts::exec(dialog);
}

void SickLeavePanel::editDiagnosis()
{
    const core::Diagnosis* selected = hasCase() ? selectedDiagnosis() : nullptr;
    if (!selected)
        return;
    const auto before = *selected;
    DiagnosisDialog dialog(before, this);
    dialog.watchRecord(*m_workspace, "diagnoses", before.id, before.rowVersion);
    auto* repository = &m_workspace->sickLeave();
    dialog.setSaveAction([&] {
        performSave<core::Diagnosis>(
            m_undoStack, tr("Change diagnosis"), before, dialog.diagnosis(),
            [repository](core::Diagnosis& d) { repository->saveDiagnosis(d); },
            [repository](qint64 diagnosisId) { repository->removeDiagnosis(diagnosisId); });
    });
    Prompts::exec(dialog);
}

void SickLeavePanel::removeDiagnosis()
{
    const core::Diagnosis* selected = hasCase() ? selectedDiagnosis() : nullptr;
    if (!selected)
        return;
    auto* repository = &m_workspace->sickLeave();
    performRemove<core::Diagnosis>(
        m_undoStack, tr("Remove diagnosis"), *selected,
        [repository](core::Diagnosis& d) { repository->saveDiagnosis(d); },
        [repository](qint64 diagnosisId) { repository->removeDiagnosis(diagnosisId); });
}

} // namespace koordinera::ui
