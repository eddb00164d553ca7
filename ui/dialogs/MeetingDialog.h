// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Meeting.h"
#include "core/domain/Plan.h"
#include "ui/dialogs/ActionDialog.h"
#include "ui/dialogs/RecordDialog.h"

#include <QSet>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace koordinera::ui {

class RecordTableModel;

// A meeting about the case (docs/domain.md §6). Booking asks for the kind, time, place and who is invited.
// Recording it as held adds, in one flow: who was present, the patient's view, care's report, work options,
// the summary and decisions, whether a 4 § impuls is needed, the actions agreed (they go into the plan) and
// the next meeting, booked at once. Closing the record with no next meeting asks why.
class MeetingDialog : public RecordDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Book,   // a new meeting, or changes to a booked one
        Record, // record a booked meeting as held, with its actions and the next booking
        Edit,   // correct the record of a held meeting
    };

    MeetingDialog(Mode mode, const core::Meeting& meeting, QList<core::MeetingParticipant> suggestions,
                  QList<ResponsibleChoice> responsibleChoices, const QDate& today, QWidget* parent = nullptr);

    core::Meeting meeting() const;
    QList<core::PlanAction> agreedActions() const { return m_actions; }
    // The plan's actions as they stand, to follow up at the meeting (record mode).
    void setPlanActions(const QList<core::PlanAction>& actions);
    // The plan's actions changed at the meeting (new status, result...), in plan order.
    QList<core::PlanAction> followedUpActions() const;
    // Opens the plan action at `row` in the action dialog (the "Follow up…" button).
    void followUpPlanAction(int row);
    std::optional<core::Meeting> nextMeeting() const;
    // Record mode, for a case that is only contacted: offers (ticked) to make it Active once the avstämningsmöte
    // is held; advanceCase() says whether the coordinator left it so.
    void offerToAdvanceCase(core::CaseStatus current);
    bool advanceCase() const;
    // The meeting kinds and fields of the file's work: a family's network and SIP meetings (issue 23).
    void setProfile(core::Profile profile);

    void accept() override;
    // Adds an agreed action through the action dialog (the "New action…" button).
    void addAction();

protected:
    core::FieldErrors validate() const override;

private:
    QWidget* buildMeetingPage(const core::Meeting& meeting);
    QWidget* buildNotesPage(const core::Meeting& meeting);
    QWidget* buildActionsPage();
    QWidget* buildNextPage(const core::Meeting& meeting);
    void addParticipant(const core::MeetingParticipant& participant);
    QList<core::MeetingParticipant> participants() const;
    void refreshActions();
    void refreshPlanActions();
    void editAction();
    void removeAction();
    // The question asked when the record is closed without a next meeting (the noFollowUpPrompt input dialog);
    // the reason, or nothing when the user would rather book one.
    std::optional<QString> askWhyNoFollowUp();
    void showPageWithError();

    Mode m_mode;
    core::Meeting m_meeting;
    QList<core::MeetingParticipant> m_suggestions;
    QList<ResponsibleChoice> m_responsibleChoices;
    QDate m_today;
    QList<core::PlanAction> m_actions;
    QList<core::PlanAction> m_planActions;
    QSet<qint64> m_changedKeys;

    QTabWidget* m_tabs;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_startsAt = nullptr;
    QSpinBox* m_duration = nullptr;
    QLineEdit* m_place = nullptr;
    QCheckBox* m_video = nullptr;
    QLineEdit* m_initiatedBy = nullptr;
    QLineEdit* m_fkOfficer = nullptr;
    QPlainTextEdit* m_purpose = nullptr;
    QTableWidget* m_participants = nullptr;
    QPlainTextEdit* m_patientView = nullptr;
    QPlainTextEdit* m_careReport = nullptr;
    QPlainTextEdit* m_workOptions = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QCheckBox* m_impulseNeeded = nullptr;
    RecordTableModel* m_actionRows = nullptr;
    QTableView* m_actionTable = nullptr;
    RecordTableModel* m_planRows = nullptr;
    QTableView* m_planTable = nullptr;
    QWidget* m_planSection = nullptr;
    QCheckBox* m_bookNext = nullptr;
    QCheckBox* m_advanceCase = nullptr;
    QComboBox* m_nextKind = nullptr;
    QDateTimeEdit* m_nextStartsAt = nullptr;
    QSpinBox* m_nextDuration = nullptr;
    QLineEdit* m_nextPlace = nullptr;
    QCheckBox* m_nextVideo = nullptr;
    QLineEdit* m_noFollowUpReason = nullptr;
};

} // namespace koordinera::ui
