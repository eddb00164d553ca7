// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/MeetingsPanel.h"

#include "core/domain/DomainText.h"
#include "core/domain/Family.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/commands/FunctionCommand.h"
#include "ui/commands/RecordCommands.h"
#include "ui/dialogs/ImpulseDialog.h"
#include "ui/dialogs/MeetingDialog.h"
#include "ui/dialogs/PreparationDialog.h"
#include "ui/documents/CaseDocumentActions.h"
#include "ui/models/RecordTableModel.h"
#include "ui/views/CaseChoices.h"
#include "ui/widgets/CorrectionHistory.h"
#include "ui/widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
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
    : QWidget(parent), m_meetingRows(new RecordListModel<core::Meeting>(
                           {tr("Date"), tr("Week"), tr("Time"), tr("Meeting"), tr("Place"), tr("Status")},
                           [this](const core::Meeting& meeting) { return meetingRow(meeting); }, this)),
      m_impulseRows(new RecordListModel<core::Impulse>(
          {tr("Date"), tr("Channel"), tr("Received by"), tr("Reason"), tr("Outcome")},
          [](const core::Impulse& impulse) -> RecordTableModel::Row {
              return {impulse.id,
                      {format::date(impulse.madeOn), core::text::labelOf(impulse.channel), impulse.fkRecipient,
                       impulse.reason, impulse.outcome},
                      RecordTableModel::Tone::Normal,
                      {}};
          },
          this)),
      m_meetingTable(makeRecordTable(m_meetingRows, 4, this)), m_impulseTable(makeRecordTable(m_impulseRows, 3, this)),
      m_record(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("meetingsPanel"));
    m_meetingTable->setObjectName(QStringLiteral("meetingTable"));
    m_impulseTable->setObjectName(QStringLiteral("impulseTable"));
    m_record->setObjectName(QStringLiteral("meetingRecord"));
    m_meetingTable->setAccessibleName(tr("Meetings"));
    m_impulseTable->setAccessibleName(tr("Impulser to Försäkringskassan"));
    m_record->setAccessibleName(tr("The chosen meeting"));
    connect(m_meetingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPanel::showSelected);
    connect(m_impulseTable, &QTableView::activated, this, &MeetingsPanel::editImpulse);
    connect(m_impulseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPanel::updateButtons);
    m_impulseTable->setToolTip(tr("Double-click to add the outcome or correct the impuls"));
    connect(m_meetingTable, &QTableView::activated, this, [this] {
        const auto* meeting = selected();
        if (meeting && meeting->status == core::MeetingStatus::Booked &&
            meeting->startsAt.date() <= m_workspace->today())
            recordMeeting(); // a meeting that has taken place is there to be recorded
        else
            editMeeting();
    });

    auto makeButton = [this](const QString& text, const char* name, void (MeetingsPanel::*slot)()) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_book = makeButton(tr("Book a meeting…"), "bookMeetingButton", &MeetingsPanel::bookMeeting);
    m_recordHeld = makeButton(tr("Record as held…"), "recordMeetingButton", &MeetingsPanel::recordMeeting);
    m_recordHeld->setToolTip(tr("Write the record, add the agreed actions to the plan and book the next meeting"));
    m_edit = makeButton(tr("Change…"), "editMeetingButton", &MeetingsPanel::editMeeting);
    m_cancel = makeButton(tr("Call off"), "cancelMeetingButton", &MeetingsPanel::cancelMeeting);
    m_impulse = makeButton(tr("Register 4 § impuls…"), "addImpulseButton", &MeetingsPanel::addImpulse);
    m_impulseLetter = makeButton(tr("Letter…"), "impulseLetterButton", &MeetingsPanel::printImpulseLetter);
    m_impulseLetter->setToolTip(tr("The letter to Försäkringskassan that goes with the chosen impuls"));
    m_minutes = makeButton(tr("Minutes…"), "printMinutesButton", &MeetingsPanel::printMinutes);
    m_minutes->setToolTip(tr("Minnesanteckningar from the meeting: preview, print, save as PDF or copy as text"));
    m_export = new QPushButton(tr("To calendar file"), this);
    m_export->setObjectName(QStringLiteral("exportMeetingButton"));
    auto* exportMenu = new QMenu(m_export);
    auto exportAndReport = [this](bool includeNames) {
        if (!exportSelectedMeeting(includeNames) && !m_lastError.isEmpty())
            Prompts::error(this, m_lastError, tr("Calendar file"));
    };
    exportMenu->addAction(tr("With initials and case reference (recommended)"), this,
                          [exportAndReport] { exportAndReport(false); });
    exportMenu->addAction(tr("With name and identity number"), this, [exportAndReport] { exportAndReport(true); });
    m_export->setMenu(exportMenu);
    // Before a booked meeting: one button with a menu, so that the row still fits a small screen.
    m_beforeMeeting = new QPushButton(tr("Before the meeting"), this);
    m_beforeMeeting->setObjectName(QStringLiteral("beforeMeetingButton"));
    auto* beforeMenu = new QMenu(m_beforeMeeting);
    m_prepare = beforeMenu->addAction(tr("Prepare…"), this, &MeetingsPanel::prepareMeeting);
    m_prepare->setObjectName(QStringLiteral("prepareMeetingAction"));
    m_prepare->setToolTip(tr("The patient met beforehand, the medical assessment, and the consent for each invited"));
    m_invitations = beforeMenu->addAction(tr("Invitations…"), this, &MeetingsPanel::printInvitations);
    m_invitations->setObjectName(QStringLiteral("printInvitationsAction"));
    m_invitations->setToolTip(tr("A kallelse for each party invited: preview, print or save as PDF"));
    m_beforeMeeting->setMenu(beforeMenu);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_beforeMeeting);
    buttons->addWidget(m_minutes);
    buttons->addStretch();
    buttons->addWidget(m_book);
    buttons->addWidget(m_recordHeld);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_cancel);

    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_meetingTable);
    upper->addWidget(m_record);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    auto* impulses = new QWidget(this);
    auto* impulseLayout = new QVBoxLayout(impulses);
    impulseLayout->setContentsMargins(0, 0, 0, 0);
    auto* impulseHeading = new QHBoxLayout;
    auto* impulseTitle = new QLabel(tr("<b>Impulser to Försäkringskassan (4 §)</b>"), impulses);
    impulseHeading->addWidget(impulseTitle);
    impulseHeading->addStretch();
    impulseHeading->addWidget(m_impulse);
    impulseHeading->addWidget(m_impulseLetter);
    impulseLayout->addLayout(impulseHeading);
    impulseLayout->addWidget(m_impulseTable);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(impulses);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter);
    updateButtons();
}

void MeetingsPanel::showCase(qint64 caseId)
{
    m_caseId = caseId;
    const bool open = m_workspace && caseId;
    m_meetingRows->setRecords(open ? m_workspace->meetings().meetings(caseId) : QList<core::Meeting>{});
    m_impulseRows->setRecords(open ? m_workspace->meetings().impulses(caseId) : QList<core::Impulse>{});
    if (!m_meetingRows->records().isEmpty())
        m_meetingTable->selectRow(0);
    showSelected();
}

// A booked meeting whose day has passed stands out: it has still to be recorded as held or called off.
RecordTableModel::Row MeetingsPanel::meetingRow(const core::Meeting& meeting) const
{
    const QDate today = m_workspace ? m_workspace->today() : QDate();
    const bool overdueRecord = meeting.status == core::MeetingStatus::Booked && meeting.startsAt.date() < today;
    return {meeting.id,
            {format::date(meeting.startsAt.date()), format::week(meeting.startsAt.date()),
             meeting.startsAt.toString(QStringLiteral("HH:mm")), core::text::labelOf(meeting.kind),
             meeting.video ? tr("Video") : meeting.place,
             overdueRecord ? tr("Booked – not recorded yet") : core::text::labelOf(meeting.status)},
            overdueRecord                                      ? RecordTableModel::Tone::Warning
            : meeting.status == core::MeetingStatus::Cancelled ? RecordTableModel::Tone::Muted
                                                               : RecordTableModel::Tone::Normal,
            {}};
}

void MeetingsPanel::showSelected()
{
    updateButtons();
    const core::Meeting* shown = selected();
    if (!shown) {
        m_record->setHtml(m_meetingRows->records().isEmpty()
                              ? tr("<p>No meetings yet. Book the first with “Book a meeting…”.</p>")
                              : QString());
        return;
    }
    const core::Meeting& meeting = *shown;
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
    // A corrected record shows how it read before, under what it says now.
    html += correctionHistoryHtml(m_workspace->corrections().history(core::CorrectionLog::Record::Meeting, meeting.id),
                                  palette());
    m_record->setHtml(html);
}

QString MeetingsPanel::recordText() const
{
    return m_record->toPlainText();
}

const core::Meeting* MeetingsPanel::selected() const
{
    return m_meetingRows->recordAt(m_meetingTable->currentIndex().row());
}

void MeetingsPanel::selectMeeting(qint64 meetingId)
{
    const int row = m_meetingRows->rowOfId(meetingId);
    if (row >= 0)
        m_meetingTable->selectRow(row);
}

void MeetingsPanel::updateButtons()
{
    const bool open = m_workspace && m_caseId;
    const auto* meeting = selected();
    const bool booked = meeting && meeting->status == core::MeetingStatus::Booked;
    m_book->setEnabled(open);
    m_impulse->setEnabled(open);
    m_impulseLetter->setEnabled(m_documents && selectedImpulse());
    m_edit->setEnabled(meeting && meeting->status != core::MeetingStatus::Cancelled);
    m_recordHeld->setEnabled(booked);
    m_export->setEnabled(meeting && meeting->status != core::MeetingStatus::Cancelled);
    m_cancel->setEnabled(booked);
    m_minutes->setEnabled(m_documents && meeting && meeting->status == core::MeetingStatus::Held);
    m_beforeMeeting->setEnabled(booked);
    m_prepare->setEnabled(booked);
    m_invitations->setEnabled(m_documents && booked);
}

void MeetingsPanel::prepareMeeting()
{
    const auto* meeting = selected();
    if (!meeting || meeting->status != core::MeetingStatus::Booked)
        return;
    PreparationDialog dialog(*meeting, m_workspace->actors().actors(), m_workspace->consents().consents(m_caseId),
                             m_workspace->today(), this);
    dialog.watchRecord(*m_workspace, "meetings", meeting->id, meeting->rowVersion);
    auto* meetings = &m_workspace->meetings();
    // A preparation is planning, not a record of what happened: saved as it stands, changed by preparing again.
    dialog.setSaveAction([&] { meetings->savePreparation(dialog.meeting()); });
    Prompts::exec(dialog);
}

void MeetingsPanel::printInvitations()
{
    const auto* meeting = selected();
    if (m_documents && meeting && meeting->status == core::MeetingStatus::Booked)
        m_documents->showInvitations(m_caseId, meeting->id);
}

void MeetingsPanel::printMinutes()
{
    const auto* meeting = selected();
    if (m_documents && meeting && meeting->status == core::MeetingStatus::Held)
        m_documents->showMinutes(m_caseId, meeting->id);
}

void MeetingsPanel::changeMeeting(const QString& text, const core::Meeting& before, const core::Meeting& after)
{
    auto* meetings = &m_workspace->meetings();
    auto save = [meetings](core::Meeting& meeting) {
        meetings->save(meeting);
    };
    QUndoStack* stack = m_undoStack;
    FunctionCommand::perform(
        m_undoStack, text, [stack, save, after] { saveOverVersion(stack, after, save); },
        [stack, save, before] { saveOverVersion(stack, before, save); });
}

void MeetingsPanel::bookMeeting()
{
    if (!m_workspace || !m_caseId)
        return;
    core::Meeting meeting;
    meeting.caseId = m_caseId;
    // The first kind the file's work has: the avstämningsmöte, or a family's network meeting.
    meeting.kind = core::FamilyRules::meetingKindsFor(m_workspace->profile()).first();
    meeting.fkOfficer = CaseChoices::fkOfficer(*m_workspace, m_caseId);
    MeetingDialog dialog(MeetingDialog::Mode::Book, meeting, CaseChoices::participants(*m_workspace, m_caseId),
                         CaseChoices::responsible(*m_workspace, m_caseId), m_workspace->today(), this);
    dialog.setProfile(m_workspace->profile());
    auto* meetings = &m_workspace->meetings();
    dialog.setSaveAction([&] {
        auto state = std::make_shared<core::Meeting>(dialog.meeting());
        FunctionCommand::perform(
            m_undoStack, tr("Book meeting"), [meetings, state] { meetings->save(*state); },
            [meetings, state] { meetings->removeJustBooked(state->id); });
    });
    Prompts::exec(dialog);
}

void MeetingsPanel::editMeeting()
{
    const auto* chosen = selected();
    if (!chosen || chosen->status == core::MeetingStatus::Cancelled)
        return;
    const core::Meeting before = *chosen;
    const auto mode =
        before.status == core::MeetingStatus::Held ? MeetingDialog::Mode::Edit : MeetingDialog::Mode::Book;
    MeetingDialog dialog(mode, before, CaseChoices::participants(*m_workspace, m_caseId),
                         CaseChoices::responsible(*m_workspace, m_caseId), m_workspace->today(), this);
    dialog.watchRecord(*m_workspace, "meetings", before.id, before.rowVersion);
    dialog.setProfile(m_workspace->profile());
    dialog.setHistory(m_workspace->corrections().history(core::CorrectionLog::Record::Meeting, before.id));
    dialog.setSaveAction([&] {
        changeMeeting(mode == MeetingDialog::Mode::Edit ? tr("Correct meeting record") : tr("Change booking"), before,
                      dialog.meeting());
    });
    Prompts::exec(dialog);
}

void MeetingsPanel::recordMeeting()
{
    const auto* chosen = selected();
    if (!chosen || chosen->status != core::MeetingStatus::Booked)
        return;
    MeetingDialog dialog(MeetingDialog::Mode::Record, *chosen, CaseChoices::participants(*m_workspace, m_caseId),
                         CaseChoices::responsible(*m_workspace, m_caseId), m_workspace->today(), this);
    dialog.watchRecord(*m_workspace, "meetings", chosen->id, chosen->rowVersion);
    dialog.setProfile(m_workspace->profile());
    if (const auto plan = m_workspace->plans().current(m_caseId))
        dialog.setPlanActions(plan->actions);
    if (const auto record = m_workspace->cases().get(m_caseId))
        dialog.offerToAdvanceCase(record->status);
    dialog.setSaveAction([&] {
        // A record with its consequences (actions in the plan, the next booking) is not an edit to take
        // back; a mistake is corrected in the record, the plan and the booking afterwards.
        auto meeting = dialog.meeting();
        auto actions = dialog.agreedActions();
        auto next = dialog.nextMeeting();
        if (m_workspace->meetings().recordHeld(meeting, actions, next, dialog.followedUpActions(),
                                               dialog.advanceCase()))
            Q_EMIT notice(m_workspace->profile() == core::Profile::Family
                              ? tr("The network meeting is recorded as held, and the support is now Active.")
                              : tr("The avstämningsmöte is recorded as held, and the case's status is now Active."));
    });
    Prompts::exec(dialog);
}

void MeetingsPanel::cancelMeeting()
{
    const auto* chosen = selected();
    if (!chosen || chosen->status != core::MeetingStatus::Booked)
        return;
    const core::Meeting before = *chosen;
    core::Meeting after = before;
    after.status = core::MeetingStatus::Cancelled;
    changeMeeting(tr("Call off meeting"), before, after);
}

void MeetingsPanel::addImpulse()
{
    if (!m_workspace || !m_caseId)
        return;
    core::Impulse impulse;
    impulse.caseId = m_caseId;
    impulse.madeOn = m_workspace->today();
    openImpulse(impulse);
}

const core::Impulse* MeetingsPanel::selectedImpulse() const
{
    return m_impulseRows->recordAt(m_impulseTable->currentIndex().row());
}

void MeetingsPanel::editImpulse()
{
    if (const core::Impulse* impulse = selectedImpulse(); impulse && m_workspace)
        openImpulse(*impulse); // usually to note the outcome once Försäkringskassan has answered
}

void MeetingsPanel::printImpulseLetter()
{
    if (const core::Impulse* impulse = selectedImpulse(); impulse && m_documents)
        m_documents->showImpulseLetter(m_caseId, impulse->id);
}

void MeetingsPanel::openImpulse(const core::Impulse& impulse)
{
    QStringList fkContacts;
    for (const auto& view : m_workspace->actors().caseContacts(m_caseId)) {
        if (view.actor.kind == core::ActorKind::Forsakringskassan)
            fkContacts << (view.person.id ? view.person.name : view.actor.name);
    }
    for (const auto& meeting : m_meetingRows->records()) {
        if (!meeting.fkOfficer.isEmpty() && !fkContacts.contains(meeting.fkOfficer))
            fkContacts << meeting.fkOfficer;
    }
    ImpulseDialog dialog(impulse, m_workspace->consents().consents(m_caseId), fkContacts, this);
    if (impulse.id > 0)
        dialog.setHistory(m_workspace->corrections().history(core::CorrectionLog::Record::Impulse, impulse.id));
    auto* meetings = &m_workspace->meetings();
    // An impuls is a record of something done, like a journal entry: saved and corrected, not undone.
    dialog.setSaveAction([&] {
        auto made = dialog.impulse();
        meetings->saveImpulse(made);
    });
    Prompts::exec(dialog);
}

bool MeetingsPanel::exportSelectedMeeting(bool includeNames)
{
    m_lastError.clear();
    const auto* meeting = selected();
    if (!meeting || !m_workspace)
        return false;
    const qint64 meetingId = meeting->id;
    const QString path = CalendarExport::chooseFile(
        this, tr("koordinera-meeting-%1.ics").arg(meeting->startsAt.toString(QStringLiteral("yyyy-MM-dd"))));
    if (path.isEmpty())
        return false;
    m_lastError = CalendarExport::write(*m_workspace, m_workspace->calendar().meeting(meetingId), includeNames, path);
    return m_lastError.isEmpty();
}

} // namespace koordinera::ui
