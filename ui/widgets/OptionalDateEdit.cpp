// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace koordinera::ui {

QDateEdit* makeDateEdit(QWidget* parent, const QDate& date)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
    edit->calendarWidget()->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setMaximumDate(QDate(2199, 12, 31));
    return edit;
}

OptionalDateEdit::OptionalDateEdit(const QString& checkText, QWidget* parent)
    : QWidget(parent), m_check(new QCheckBox(checkText, this)), m_edit(makeDateEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    m_edit->setEnabled(false);
    setFocusProxy(m_check);
    m_edit->setAccessibleName(QString(checkText).remove(u'&'));
    connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_check, &QCheckBox::toggled, this, &OptionalDateEdit::changed);
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::changed);
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate& date)
{
    m_check->setChecked(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
}

} // namespace koordinera::ui
