// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Plan.h"
#include "ui/dialogs/RecordDialog.h"

class QDateEdit;

namespace koordinera::ui {

// Adopting ("fastställa") the draft: the date it takes effect, and what is still missing before it can be
// adopted (actions, the overall responsible, the next follow-up). An adopted version never changes again.
class AdoptPlanDialog : public RecordDialog
{
    Q_OBJECT

public:
    AdoptPlanDialog(const core::PlanVersion& draft, const QDate& today, QWidget* parent = nullptr);
    QDate adoptedOn() const;

protected:
    core::FieldErrors validate() const override;

private:
    core::PlanVersion m_draft;
    QDate m_today;
    QDateEdit* m_date;
};

} // namespace koordinera::ui
