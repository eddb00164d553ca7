// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/CalendarPage.h"

#include "core/domain/DomainText.h"
#include "core/workspace/Workspace.h"
#include "ui/Prompts.h"
#include "ui/views/CalendarExport.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/ShownPatientsLog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

constexpr int EntryRole = Qt::UserRole + 1; // the index into m_entries

// Each line shortened with "…" to the column's width; the whole text is in the tooltip.
QString fitLines(const QStringList& lines, const QFontMetrics& metrics, int width)
{
    QStringList fitted;
    for (const QString& line : lines)
        fitted << metrics.elidedText(line, Qt::ElideRight, width);
    return fitted.join(QLatin1Char('\n'));
}

} // namespace

CalendarPage::CalendarPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_includeNames(new QCheckBox(tr("Names and identity numbers in "
                                                                                  "the file"),
                                                                               this)),
      m_shownLog(new ShownPatientsLog(QStringLiteral("calendar"), this))
{
    setObjectName(QStringLiteral("calendarPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    m_includeNames->setObjectName(QStringLiteral("icsNamesCheck"));
    m_includeNames->setToolTip(tr("Off: the file names patients by initials and case reference only, since "
                                  "calendar files are often synced to phones and shared calendars."));

    auto* previous = new QPushButton(tr("‹ Previous week"), this);
    previous->setObjectName(QStringLiteral("previousWeekButton"));
    auto* thisWeek = new QPushButton(tr("This week"), this);
    thisWeek->setObjectName(QStringLiteral("thisWeekButton"));
    auto* next = new QPushButton(tr("Next week ›"), this);
    next->setObjectName(QStringLiteral("nextWeekButton"));
    auto* exportButton = new QPushButton(tr("Export the week to a calendar file…"), this);
    exportButton->setObjectName(QStringLiteral("exportIcsButton"));
    connect(previous, &QPushButton::clicked, this, [this] { showWeek(m_week.previous()); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_week.next()); });
    connect(thisWeek, &QPushButton::clicked, this, [this] {
        if (m_workspace)
            showWeek(core::IsoWeek::of(m_workspace->today()));
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (!exportWeek() && !m_lastError.isEmpty())
            Prompts::error(this, m_lastError, tr("Calendar"));
    });

    auto* exportPeriod = new QPushButton(tr("Export a period…"), this);
    exportPeriod->setObjectName(QStringLiteral("exportPeriodButton"));
    connect(exportPeriod, &QPushButton::clicked, this, &CalendarPage::choosePeriodAndExport);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(previous);
    top->addWidget(thisWeek);
    top->addWidget(next);
    auto* days = new QGridLayout;
    days->setHorizontalSpacing(6);
    for (int day = 1; day <= 7; ++day) {
        auto* title = new QLabel(this);
        title->setObjectName(QStringLiteral("dayTitle%1").arg(day));
        auto* list = new QListWidget(this);
        list->setObjectName(QStringLiteral("dayList%1").arg(day));
        // Entries are laid out line by line here (fitLines), not word-wrapped by the view: QListView sizes
        // wrapped items for a width it then does not draw them at, and cuts their last line.
        list->setWordWrap(false);
        list->setSpacing(3);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // Only a full day scrolls (an empty column showed a scroll bar); the text is fitted as if the bar were
        // there, so that it still fits when one appears.
        list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            const auto& entry = m_entries.at(item->data(EntryRole).toInt());
            Q_EMIT caseActivated(entry.caseId, entry.kind == core::CalendarEntry::Kind::Meeting
                                                   ? core::CaseArea::Meetings
                                                   : core::CaseArea::Plan);
        });
        days->addWidget(title, 0, day - 1);
        days->addWidget(list, 1, day - 1);
        days->setColumnStretch(day - 1, day <= 5 ? 3 : 1); // the weekend is usually quiet
        m_dayTitles << title;
        m_days << list;
    }
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_includeNames);
    bottom->addStretch();
    bottom->addWidget(exportPeriod);
    bottom->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(days, 1);
    layout->addLayout(bottom);
}

void CalendarPage::setWorkspace(core::Workspace* workspace)
{
    disconnect(m_changed);
    m_workspace = workspace;
    m_shownLog->setWorkspace(workspace);
    if (m_workspace) {
        m_changed = connect(m_workspace, &core::Workspace::caseDataChanged, this, &CalendarPage::refreshIfInSight);
        m_week = core::IsoWeek::of(m_workspace->today());
    }
    if (m_workspace)
        refreshIfInSight();
    else
        refresh(); // the previous file's week goes at once
}

// Out of sight in a shown window the week is read when it is shown (showEvent): opening a file or resizing the
// window does not wait for a week nobody is looking at.
void CalendarPage::refreshIfInSight()
{
    if (isVisible() || !window()->isVisible())
        refresh();
}

void CalendarPage::showWeek(const core::IsoWeek& week)
{
    m_week = week;
    refresh();
}

void CalendarPage::refresh()
{
    for (QListWidget* list : m_days)
        list->clear();
    m_entries =
        m_workspace ? m_workspace->calendar().entries(m_week.monday, m_week.sunday()) : QList<core::CalendarEntry>{};
    if (!m_workspace) {
        m_title->clear();
        return;
    }
    const QLocale locale;
    m_title->setText(tr("Week %1 · %2 – %3")
                         .arg(m_week.week)
                         .arg(locale.toString(m_week.monday, QStringLiteral("d MMMM")),
                              locale.toString(m_week.sunday(), QStringLiteral("d MMMM yyyy"))));
    const QDate today = m_workspace->today();
    for (int day = 1; day <= 7; ++day) {
        const QDate date = m_week.monday.addDays(day - 1);
        QLabel* title = m_dayTitles.at(day - 1);
        title->setText(
            QStringLiteral("<b>%1</b> %2")
                .arg(locale.dayName(date.dayOfWeek()).toHtmlEscaped(), locale.toString(date, QStringLiteral("d/M"))));
        title->setStyleSheet(date == today ? QStringLiteral("QLabel { background: #dceefb; padding: 3px; }")
                                           : QStringLiteral("QLabel { padding: 3px; }"));
        // Each day's list is named by its day, as its title reads ("torsdag 26 november").
        m_days.at(day - 1)->setAccessibleName(QStringLiteral("%1 %2").arg(
            locale.dayName(date.dayOfWeek()), locale.toString(date, QStringLiteral("d MMMM"))));
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const core::CalendarEntry& entry = m_entries.at(i);
        QListWidget* list = m_days.at(entry.day.dayOfWeek() - 1);
        const int scrollBar = list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list);
        const int width = std::max(60, list->width() - 2 * list->frameWidth() - scrollBar - 2 * list->spacing() - 6);
        auto* item = new QListWidgetItem;
        item->setData(EntryRole, int(i));
        QStringList lines;
        if (entry.kind == core::CalendarEntry::Kind::Meeting) {
            lines << entry.startsAt.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') +
                         core::text::labelOf(entry.meetingKind)
                  << entry.patientName << entry.reference << (entry.video ? tr("Video meeting") : entry.place);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            if (entry.status == core::MeetingStatus::Held)
                item->setForeground(QColor(0x66, 0x66, 0x66));
            item->setText(fitLines(lines, QFontMetrics(bold), width));
        } else {
            lines << tr("Action due:") << entry.actionDescription << entry.patientName << entry.reference;
            item->setForeground(entry.overdue ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x66, 0x3c, 0x00));
            item->setText(fitLines(lines, list->fontMetrics(), width));
        }
        item->setToolTip(lines.join(QLatin1Char('\n')));
        // A screen reader says the whole entry, not the shortened lines on screen.
        item->setData(Qt::AccessibleTextRole, lines.join(QStringLiteral(", ")));
        list->addItem(item);
    }
    // The whole week is on the screen at once: everyone in it has been shown.
    if (isVisible()) {
        QList<ShownPatientsLog::Shown> shown;
        for (const core::CalendarEntry& entry : std::as_const(m_entries))
            shown.append(ShownPatientsLog::Shown{entry.caseId, {}});
        m_shownLog->shown(shown);
    }
}

// The entries are fitted to the columns' width: lay them out again when that changes.
void CalendarPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    refreshIfInSight();
}

void CalendarPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

bool CalendarPage::exportWeek()
{
    return exportEntries(m_entries,
                         tr("koordinera-week-%1-%2.ics").arg(m_week.year).arg(m_week.week, 2, 10, QLatin1Char('0')));
}

bool CalendarPage::exportRange(const QDate& from, const QDate& to)
{
    m_lastError.clear();
    if (!m_workspace)
        return false;
    if (!from.isValid() || !to.isValid() || to < from) {
        m_lastError = tr("The period must end on or after the day it starts.");
        return false;
    }
    return exportEntries(m_workspace->calendar().entries(from, to),
                         tr("koordinera-%1-%2.ics").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

bool CalendarPage::exportEntries(const QList<core::CalendarEntry>& entries, const QString& suggestedName)
{
    m_lastError.clear();
    if (!m_workspace)
        return false;
    const QString path = CalendarExport::chooseFile(this, suggestedName);
    if (path.isEmpty())
        return false;
    m_lastError = CalendarExport::write(*m_workspace, entries, m_includeNames->isChecked(), path);
    return m_lastError.isEmpty();
}

void CalendarPage::choosePeriodAndExport()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("exportPeriodDialog"));
    dialog.setWindowTitle(tr("Export a period to a calendar file"));
    auto* from = makeDateEdit(&dialog, m_week.monday);
    auto* to = makeDateEdit(&dialog, m_week.monday.addDays(27));
    auto* form = new QFormLayout;
    form->addRow(tr("&From"), from);
    form->addRow(tr("&To"), to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    if (!exportRange(from->date(), to->date()) && !m_lastError.isEmpty())
        Prompts::error(this, m_lastError, tr("Calendar"));
}

} // namespace koordinera::ui
