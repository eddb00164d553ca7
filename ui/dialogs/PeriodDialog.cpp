// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PeriodDialog.h"

#include "ui/widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>

namespace koordinera::ui {

PeriodDialog::PeriodDialog(const core::SickLeavePeriod& period, QList<core::SickLeavePeriod> others, QWidget* parent)
    : RecordDialog(period.id ? tr("Edit sick-leave period") : tr("New sick-leave period"), parent), m_period(period),
      m_others(std::move(others)), m_degree(new QComboBox(this)), m_start(makeDateEdit(this, period.start)),
      m_end(new OptionalDateEdit(tr("Ends"), this))
{
    setObjectName(QStringLiteral("periodDialog"));
    m_degree->setObjectName(QStringLiteral("degreeCombo"));
    for (int degree : {100, 75, 50, 25})
        m_degree->addItem(QStringLiteral("%1 %").arg(degree), degree);
    m_degree->setCurrentIndex(m_degree->findData(period.degree));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setDate(period.end);
    if (!period.end.isValid())
        m_end->dateEdit()->setDate(period.start.addDays(29));
    formErrors().addRow(form(), tr("&Degree"), m_degree, QStringLiteral("degree"));
    formErrors().addRow(form(), tr("&From"), m_start, QStringLiteral("start"));
    formErrors().addRow(form(), tr("To"), m_end, QStringLiteral("end"));
    connect(m_degree, &QComboBox::currentIndexChanged, this, &PeriodDialog::revalidate);
    connect(m_start, &QDateEdit::dateChanged, this, &PeriodDialog::revalidate);
    connect(m_end, &OptionalDateEdit::changed, this, &PeriodDialog::revalidate);
}

core::SickLeavePeriod PeriodDialog::period() const
{
    core::SickLeavePeriod period = m_period;
    period.degree = m_degree->currentData().toInt();
    period.start = m_start->date();
    period.end = m_end->date();
    return period;
}

core::FieldErrors PeriodDialog::validate() const
{
    return core::Validation::period(period(), m_others);
}

} // namespace koordinera::ui
