// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/AdoptPlanDialog.h"

#include "core/domain/PlanRules.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace koordinera::ui {

AdoptPlanDialog::AdoptPlanDialog(const core::PlanVersion& draft, const QDate& today, QWidget* parent)
    : RecordDialog(tr("Adopt the joint action plan"), parent), m_draft(draft), m_today(today),
      m_date(makeDateEdit(this, today))
{
    setObjectName(QStringLiteral("adoptPlanDialog"));
    m_date->setObjectName(QStringLiteral("adoptedOnEdit"));
    m_date->setMaximumDate(today); // a plan is adopted when it has been agreed, not in advance
    auto* explanation =
        new QLabel(tr("Version %1 with %n action(s) becomes the plan everyone works from. It cannot be changed "
                      "afterwards: later changes become version %2, and this one stays readable.",
                      nullptr, int(draft.actions.size()))
                       .arg(draft.version)
                       .arg(draft.version + 1),
                   this);
    explanation->setWordWrap(true);
    form()->addRow(explanation);
    formErrors().addRow(form(), tr("Adopted &on"), m_date, QStringLiteral("adoptedOn"));
    saveButton()->setText(tr("&Adopt"));
    connect(m_date, &QDateEdit::dateChanged, this, &AdoptPlanDialog::revalidate);
    revalidate(); // what is missing shows at once
}

QDate AdoptPlanDialog::adoptedOn() const
{
    return m_date->date();
}

core::FieldErrors AdoptPlanDialog::validate() const
{
    // The plan's own fields are not in this form: what is missing shows together under it, a line each.
    return core::PlanRules::adoption(m_draft);
}

} // namespace koordinera::ui
