// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/SickLeave.h"
#include "ui/models/RecordListModel.h"
#include "ui/views/CasePanel.h"

class QTableView;

namespace koordinera::ui {

// The case's sick-leave periods and diagnoses (the first tab).
class SickLeavePanel : public CasePanel
{
    Q_OBJECT

public:
    explicit SickLeavePanel(QWidget* parent = nullptr);
    void refresh() override;

    void addPeriod();
    void editPeriod();
    void removePeriod();
    void addDiagnosis();
    void editDiagnosis();
    void removeDiagnosis();

private:
    const core::SickLeavePeriod* selectedPeriod() const;
    const core::Diagnosis* selectedDiagnosis() const;

    RecordListModel<core::SickLeavePeriod>* m_periods;
    RecordListModel<core::Diagnosis>* m_diagnoses;
    QTableView* m_periodTable = nullptr;
    QTableView* m_diagnosisTable = nullptr;
};

} // namespace koordinera::ui
