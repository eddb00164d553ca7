// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace koordinera::ui {

// A date that may be absent: a check box ("Slutdatum", "Giltigt till"...) enables the date edit. Unchecked
// means "no date": open-ended, until further notice, not withdrawn.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    OptionalDateEdit(const QString& checkText, QWidget* parent = nullptr);

    QDate date() const; // invalid when unchecked
    void setDate(const QDate& date);
    QDateEdit* dateEdit() const { return m_edit; }
    QCheckBox* checkBox() const { return m_check; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox* m_check;
    QDateEdit* m_edit;
};

// A date edit in Swedish form (yyyy-MM-dd) with a calendar popup, weeks starting on Monday.
QDateEdit* makeDateEdit(QWidget* parent, const QDate& date = QDate::currentDate());

} // namespace koordinera::ui
