// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Meeting.h"
#include "core/domain/Plan.h"
#include "ui/dialogs/RecordDialog.h"

#include <QPair>
#include <QStringList>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace koordinera::ui {

class OptionalDateEdit;

// What the plan's form offers to pick from, gathered from the case by the caller.
// "Patienten": the entry that is always on a clinic's distribution list.
QString patientRecipient();

struct PlanChoices
{
    QStringList responsibleSuggestions; // e.g. the coordinator, the case's contacts
    QStringList recipients;             // the case's parties, for the distribution list
    QList<QPair<qint64, QString>> consents;
    std::optional<core::Meeting> nextMeeting; // the next booked meeting, to take the follow-up from
    QDate today = QDate::currentDate();
    // Who always gets a copy: the patient, or in a family file the parents (as core's first draft writes it).
    QString alwaysRecipient = patientRecipient();
};

// The plan's own fields (docs/domain.md §6): background, the patient's and the shared goal, the overall
// responsible, the next follow-up, who gets a copy (the patient always), the consent it rests on and the
// patient's approval. The actions are edited in the plan tab itself.
class PlanDialog : public RecordDialog
{
    Q_OBJECT

public:
    PlanDialog(const core::PlanVersion& plan, const PlanChoices& choices, QWidget* parent = nullptr);
    core::PlanVersion plan() const;

    // A family file's plan speaks of the family (issue 23).
    void setProfile(core::Profile profile);

protected:
    core::FieldErrors validate() const override;

private:
    void takeNextMeeting();

    core::PlanVersion m_plan;
    PlanChoices m_choices;
    QPlainTextEdit* m_background;
    QPlainTextEdit* m_patientGoal;
    QPlainTextEdit* m_sharedGoal;
    QComboBox* m_overallResponsible;
    QCheckBox* m_followUpBooked;
    QDateTimeEdit* m_followUpAt;
    QLineEdit* m_followUpPlace;
    QLineEdit* m_followUpWho;
    QListWidget* m_distribution;
    QLineEdit* m_otherRecipients;
    QComboBox* m_consent;
    OptionalDateEdit* m_approved;
};

} // namespace koordinera::ui
