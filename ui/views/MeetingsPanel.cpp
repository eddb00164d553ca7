// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/MeetingsPanel.h"

#include "Format.h"
#include "domain/DomainText.h"
#include "models/RecordTableModel.h"
#include "services/Workspace.h"
#include "widgets/RecordTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

QString section(const QString& heading, const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b><br>%2</p>")
        .arg(heading.toHtmlEscaped(),
             text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace

MeetingsPanel::MeetingsPanel(QWidget* parent)
    : QWidget(parent), m_meetingRows(new RecordTableModel(
                           {tr("Date"), tr("Week"), tr("Time"), tr("Meeting"), tr("Place"), tr("Status")}, this)),
      m_impulseRows(
          new RecordTableModel({tr("Date"), tr("Channel"), tr("Received by"), tr("Reason"), tr("Outcome")}, this)),
      m_meetingTable(makeRecordTable(m_meetingRows, 4, this)), m_impulseTable(makeRecordTable(m_impulseRows, 3, this)),
      m_record(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("meetingsPanel"));
    m_meetingTable->setObjectName(QStringLiteral("meetingTable"));
    m_impulseTable->setObjectName(QStringLiteral("impulseTable"));
    m_record->setObjectName(QStringLiteral("meetingRecord"));
    connect(m_meetingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPanel::showSelected);

    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_meetingTable);
    upper->addWidget(m_record);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    auto* impulses = new QWidget(this);
    auto* impulseLayout = new QVBoxLayout(impulses);
    impulseLayout->setContentsMargins(0, 0, 0, 0);
    impulseLayout->addWidget(new QLabel(tr("Impulser to Försäkringskassan (4 §)"), impulses));
    impulseLayout->addWidget(m_impulseTable);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(impulses);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void MeetingsPanel::showCase(qint64 caseId)
{
    m_caseId = caseId;
    m_meetings = m_workspace && caseId ? m_workspace->meetings().meetings(caseId) : QList<core::Meeting>{};
    const QDate today = m_workspace ? m_workspace->today() : QDate();
    QList<RecordTableModel::Row> rows;
    for (const auto& meeting : m_meetings) {
        const bool overdueRecord = meeting.status == core::MeetingStatus::Booked && meeting.startsAt.date() < today;
        rows.append({meeting.id,
                     {format::date(meeting.startsAt.date()), format::week(meeting.startsAt.date()),
                      meeting.startsAt.toString(QStringLiteral("HH:mm")), core::text::labelOf(meeting.kind),
                      meeting.video ? tr("Video") : meeting.place,
                      overdueRecord ? tr("Booked – not recorded yet") : core::text::labelOf(meeting.status)},
                     overdueRecord                                      ? RecordTableModel::Tone::Warning
                     : meeting.status == core::MeetingStatus::Cancelled ? RecordTableModel::Tone::Muted
                                                                        : RecordTableModel::Tone::Normal,
                     {}});
    }
    m_meetingRows->setRows(rows);

    QList<RecordTableModel::Row> impulseRows;
    if (m_workspace && caseId) {
        for (const auto& impulse : m_workspace->meetings().impulses(caseId)) {
            impulseRows.append({impulse.id,
                                {format::date(impulse.madeOn), core::text::labelOf(impulse.channel),
                                 impulse.fkRecipient, impulse.reason, impulse.outcome},
                                RecordTableModel::Tone::Normal,
                                {}});
        }
    }
    m_impulseRows->setRows(impulseRows);
    if (!m_meetings.isEmpty())
        m_meetingTable->selectRow(0);
    showSelected();
}

void MeetingsPanel::showSelected()
{
    const int row = m_meetingTable->currentIndex().row();
    if (row < 0 || row >= m_meetings.size()) {
        m_record->setHtml(m_meetings.isEmpty() ? tr("<p>No meetings yet.</p>") : QString());
        return;
    }
    const core::Meeting& meeting = m_meetings.at(row);
    QStringList participants;
    for (const auto& participant : meeting.participants) {
        QString text = participant.name.isEmpty() ? core::text::labelOf(participant.kind) : participant.name;
        if (!participant.role.isEmpty())
            text += QStringLiteral(" (") + participant.role + QLatin1Char(')');
        if (!participant.present)
            text += QStringLiteral(" – ") + tr("not present");
        participants << text;
    }
    QString html =
        QStringLiteral("<h3>%1, %2</h3>")
            .arg(core::text::labelOf(meeting.kind).toHtmlEscaped(), format::dateTime(meeting.startsAt).toHtmlEscaped());
    html += section(tr("Purpose"), meeting.purpose);
    html += section(tr("Försäkringskassan's officer"), meeting.fkOfficer);
    html += section(tr("Participants"), participants.join(QLatin1Char('\n')));
    html += section(tr("The patient's view"), meeting.patientView);
    html += section(tr("Care's report on function and activity limitation"), meeting.careReport);
    html += section(tr("Work options discussed"), meeting.workOptions);
    html += section(tr("Summary and decisions"), meeting.summary);
    if (meeting.impulseNeeded)
        html += section(tr("4 § impuls"), tr("Needed"));
    html += section(tr("No follow-up booked because"), meeting.noFollowUpReason);
    m_record->setHtml(html);
}

QString MeetingsPanel::recordText() const
{
    return m_record->toPlainText();
}

} // namespace koordinera::ui
