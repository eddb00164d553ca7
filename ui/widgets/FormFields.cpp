// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/FormFields.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace koordinera::ui {

QPlainTextEdit* makeTextEdit(const QString& text, int lines, QWidget* parent, bool grows)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 12;
    if (grows)
        edit->setMinimumHeight(height);
    else
        edit->setFixedHeight(height);
    return edit;
}

void showAsDays(QSpinBox* spin)
{
    const auto follow = [spin](int days) {
        spin->setSuffix(QCoreApplication::translate("FormFields", " day(s)", nullptr, days));
    };
    QObject::connect(spin, &QSpinBox::valueChanged, spin, follow);
    follow(spin->value());
}

QDateTimeEdit* makeDateTimeEdit(const QDateTime& at, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(at, parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
    edit->calendarWidget()->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    return edit;
}

QWidget* makeFieldRow(QWidget* parent, std::initializer_list<QWidget*> fields, int growing)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (QWidget* field : fields)
        layout->addWidget(field, index++ == growing ? 1 : 0);
    return row;
}

} // namespace koordinera::ui
