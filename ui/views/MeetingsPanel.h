// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Meeting.h"
#include "ui/models/RecordListModel.h"
#include "ui/views/CalendarExport.h"

#include <QWidget>

class QPushButton;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// The case's meetings, latest first, with the selected meeting's record (participants, the patient's view,
// care's report, work options, decisions), and the 4 § impulser made. Meetings are booked, changed or
// called off here (undoable), and a booked meeting is recorded as held with its actions and the next
// booking in one dialog.
class MeetingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsPanel(QWidget* parent = nullptr);

    void setWorkspace(core::Workspace* workspace) { m_workspace = workspace; }
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    void setDocumentActions(class CaseDocumentActions* documents) { m_documents = documents; }
    void showCase(qint64 caseId);
    RecordListModel<core::Meeting>* meetings() const { return m_meetingRows; }
    RecordListModel<core::Impulse>* impulses() const { return m_impulseRows; }
    QString recordText() const;
    void selectMeeting(qint64 meetingId);

    // The actions, also reachable from the buttons (public so tests and menus can call them).
    void bookMeeting();
    void editMeeting(); // a booked meeting's booking, or a held meeting's record
    void recordMeeting();
    void cancelMeeting();
    void addImpulse();
    void editImpulse(); // the selected impuls
    // The letter to Försäkringskassan that goes with the selected impuls, in the print preview.
    void printImpulseLetter();
    // Minnesanteckningar from the selected held meeting, in the print preview.
    void printMinutes();
    // The selected booked meeting's preparation (issue 21), and a kallelse for each party invited.
    void prepareMeeting();
    void printInvitations();
    // Writes the selected meeting to an .ics file for Outlook or Thunderbird; false when cancelled or the
    // file cannot be written (lastError() says why).
    bool exportSelectedMeeting(bool includeNames);
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // Something the user should hear about in passing (the status bar), e.g. that the case moved to Aktiv.
    void notice(const QString& text);

private:
    void showSelected();
    RecordTableModel::Row meetingRow(const core::Meeting& meeting) const;
    void updateButtons();
    const core::Meeting* selected() const;
    void openImpulse(const core::Impulse& impulse);
    const core::Impulse* selectedImpulse() const;
    // Saves `after` over a meeting in one undoable step; undo saves `before` back.
    void changeMeeting(const QString& text, const core::Meeting& before, const core::Meeting& after);

    core::Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    qint64 m_caseId = 0;
    RecordListModel<core::Meeting>* m_meetingRows;
    RecordListModel<core::Impulse>* m_impulseRows;
    QTableView* m_meetingTable;
    QTableView* m_impulseTable;
    QTextBrowser* m_record;
    QPushButton* m_book;
    QPushButton* m_edit;
    QPushButton* m_recordHeld;
    QPushButton* m_cancel;
    QPushButton* m_impulse;
    QPushButton* m_impulseLetter;
    QPushButton* m_export;
    QPushButton* m_minutes;
    QPushButton* m_beforeMeeting;
    class QAction* m_prepare;
    class QAction* m_invitations;
    class CaseDocumentActions* m_documents = nullptr;
    QString m_lastError;
};

} // namespace koordinera::ui
