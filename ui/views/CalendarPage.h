// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Calendar.h"
#include "core/reporting/Worklist.h"
#include "ui/views/CalendarExport.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QListWidget;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// Kalender: one ISO week ("v. 48") of every case's meetings and due actions, Monday to Sunday, with the
// week's meetings exportable to an iCalendar file for Outlook or Thunderbird.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    // Where the .ics goes (a seam for tests); an empty path cancels.

    explicit CalendarPage(QWidget* parent = nullptr);

    void setWorkspace(core::Workspace* workspace);
    void showWeek(const core::IsoWeek& week);
    core::IsoWeek week() const { return m_week; }
    QListWidget* dayList(int dayOfWeek) const { return m_days.at(dayOfWeek - 1); }
    // Writes the shown week's meetings to an .ics file; false when cancelled or the file cannot be written.
    bool exportWeek();
    // Writes the meetings from `from` to `to` (inclusive); false when cancelled, the period is backwards, or
    // the file cannot be written.
    bool exportRange(const QDate& from, const QDate& to);
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void caseActivated(qint64 caseId, core::CaseArea area);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void refreshIfInSight();
    bool exportEntries(const QList<core::CalendarEntry>& entries, const QString& suggestedName);
    void choosePeriodAndExport();

    core::Workspace* m_workspace = nullptr;
    core::IsoWeek m_week;
    QList<core::CalendarEntry> m_entries;
    QLabel* m_title;
    QList<QLabel*> m_dayTitles;
    QList<QListWidget*> m_days;
    QCheckBox* m_includeNames;
    QString m_lastError;
    QMetaObject::Connection m_changed;
    class ShownPatientsLog* m_shownLog;
};

} // namespace koordinera::ui
