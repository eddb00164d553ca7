// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <initializer_list>

class QDateTimeEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace koordinera::ui {

// A free-text field in a form, `lines` high; Tab moves on instead of typing a tab. `grows` lets it take
// spare height (a page of notes) instead of keeping to its lines.
QPlainTextEdit* makeTextEdit(const QString& text, int lines, QWidget* parent, bool grows = false);

// A date and time in Swedish form (yyyy-MM-dd HH:mm) with a calendar popup, weeks starting on Monday.
QDateTimeEdit* makeDateTimeEdit(const QDateTime& at, QWidget* parent);

// A count of days: "1 dag", "14 dagar", the suffix following the value.
void showAsDays(QSpinBox* spin);

// Several fields on one form row, the one at `growing` taking the width that is left (e.g. time and length).
QWidget* makeFieldRow(QWidget* parent, std::initializer_list<QWidget*> fields, int growing = 0);

} // namespace koordinera::ui
