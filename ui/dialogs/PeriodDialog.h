// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/SickLeave.h"
#include "ui/dialogs/RecordDialog.h"

class QComboBox;
class QDateEdit;

namespace koordinera::ui {

class OptionalDateEdit;

// One sick-leave period (a certificate): degree and dates; overlaps with the case's other periods are
// shown as the user types.
class PeriodDialog : public RecordDialog
{
    Q_OBJECT

public:
    PeriodDialog(const core::SickLeavePeriod& period, QList<core::SickLeavePeriod> others, QWidget* parent = nullptr);
    core::SickLeavePeriod period() const;

protected:
    core::FieldErrors validate() const override;

private:
    core::SickLeavePeriod m_period;
    QList<core::SickLeavePeriod> m_others;
    QComboBox* m_degree;
    QDateEdit* m_start;
    OptionalDateEdit* m_end;
};

} // namespace koordinera::ui
