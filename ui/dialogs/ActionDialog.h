// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Plan.h"
#include "ui/dialogs/RecordDialog.h"

#include <QHash>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace koordinera::ui {

class OptionalDateEdit;

// Who can be responsible for an action: the care unit, the patient, or one of the case's parties, with the
// people known there (offered as names; another name can be typed).
struct ResponsibleChoice
{
    core::ResponsibleKind kind = core::ResponsibleKind::CareUnit;
    qint64 actorId = 0;
    QString label; // as offered: "Sågverket i Åmål AB (arbetsgivare)"
    QStringList people;
    QString partyName; // as the plan names it: "Sågverket i Åmål AB"
};

// The organisations among `choices` by id, for PlanRules::responsibleText.
QHash<qint64, QString> actorNamesOf(const QList<ResponsibleChoice>& choices);

// One action of the joint action plan: what, who is responsible (organisation and named person), from and to
// when, its status (a cancelled action says why) and its result.
class ActionDialog : public RecordDialog
{
    Q_OBJECT

public:
    ActionDialog(const core::PlanAction& action, const QList<ResponsibleChoice>& choices, const QDate& today,
                 QWidget* parent = nullptr);
    core::PlanAction action() const;

protected:
    core::FieldErrors validate() const override;

private:
    void fillPeople();
    void updateCancelReason();

    core::PlanAction m_action;
    QList<ResponsibleChoice> m_choices;
    QPlainTextEdit* m_description;
    QComboBox* m_responsible;
    QComboBox* m_person;
    OptionalDateEdit* m_start;
    OptionalDateEdit* m_due;
    QComboBox* m_status;
    QLineEdit* m_cancelReason;
    QPlainTextEdit* m_result;
};

} // namespace koordinera::ui
