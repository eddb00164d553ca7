// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ActionDialog.h"

#include "core/domain/DomainText.h"
#include "core/domain/PlanRules.h"
#include "ui/widgets/FormFields.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace koordinera::ui {

QHash<qint64, QString> actorNamesOf(const QList<ResponsibleChoice>& choices)
{
    QHash<qint64, QString> names;
    for (const auto& choice : choices) {
        if (choice.kind == core::ResponsibleKind::Actor)
            names.insert(choice.actorId, choice.partyName);
    }
    return names;
}

ActionDialog::ActionDialog(const core::PlanAction& action, const QList<ResponsibleChoice>& choices, const QDate& today,
                           QWidget* parent)
    : RecordDialog(action.description.isEmpty() ? tr("New action") : tr("Edit action"), parent), m_action(action),
      m_choices(choices), m_description(makeTextEdit(action.description, 2, this)), m_responsible(new QComboBox(this)),
      m_person(new QComboBox(this)), m_start(new OptionalDateEdit(tr("From"), this)),
      m_due(new OptionalDateEdit(tr("Done by"), this)), m_status(new QComboBox(this)),
      m_cancelReason(new QLineEdit(action.cancelReason, this)), m_result(makeTextEdit(action.result, 2, this))
{
    setObjectName(QStringLiteral("actionDialog"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What is to be done, e.g. “Arbetsplatsbesök med chef och företagshälsovård”"));
    m_responsible->setObjectName(QStringLiteral("responsibleCombo"));
    for (int i = 0; i < m_choices.size(); ++i) {
        m_responsible->addItem(m_choices.at(i).label, i);
        const auto& choice = m_choices.at(i);
        if (choice.kind == action.responsibleKind &&
            (choice.kind != core::ResponsibleKind::Actor || choice.actorId == action.responsibleActorId))
            m_responsible->setCurrentIndex(i);
    }
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    fillPeople();
    m_person->setEditText(action.responsiblePerson);
    m_person->lineEdit()->setPlaceholderText(tr("A named person, if there is one"));
    // A new action starts today and is due in two weeks unless the user says otherwise: an action without a
    // date never shows as due on the worklist or in the calendar.
    const bool isNew = action.description.isEmpty() && action.id == 0;
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setDate(isNew ? today : action.startDate);
    if (!m_start->date().isValid())
        m_start->dateEdit()->setDate(today);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setDate(isNew ? today.addDays(14) : action.dueDate);
    if (!m_due->date().isValid())
        m_due->dateEdit()->setDate(today.addDays(14));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (auto status : core::text::allValues<core::ActionStatus>())
        m_status->addItem(core::text::labelOf(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    m_cancelReason->setObjectName(QStringLiteral("cancelReasonEdit"));
    m_cancelReason->setPlaceholderText(tr("Why the action was cancelled"));
    m_result->setObjectName(QStringLiteral("resultEdit"));
    m_result->setPlaceholderText(tr("How it went, when it is done"));
    updateCancelReason();

    formErrors().addRow(form(), tr("&Action"), m_description, QStringLiteral("description"));
    formErrors().addRow(form(), tr("&Responsible"), m_responsible, QStringLiteral("responsible"));
    form()->addRow(tr("&Person"), m_person);
    form()->addRow(tr("&When"), m_start);
    formErrors().addRow(form(), QString(), m_due, QStringLiteral("dueDate"));
    form()->addRow(tr("&Status"), m_status);
    formErrors().addRow(form(), tr("Reason"), m_cancelReason, QStringLiteral("cancelReason"));
    form()->addRow(tr("Res&ult"), m_result);
    setMinimumWidth(560);

    connect(m_description, &QPlainTextEdit::textChanged, this, &ActionDialog::revalidate);
    connect(m_responsible, &QComboBox::currentIndexChanged, this, [this] {
        fillPeople();
        revalidate();
    });
    connect(m_start, &OptionalDateEdit::changed, this, &ActionDialog::revalidate);
    connect(m_due, &OptionalDateEdit::changed, this, &ActionDialog::revalidate);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        updateCancelReason();
        revalidate();
    });
    connect(m_cancelReason, &QLineEdit::textEdited, this, &ActionDialog::revalidate);
}

void ActionDialog::fillPeople()
{
    const QString typed = m_person->currentText();
    m_person->clear();
    const int index = m_responsible->currentData().toInt();
    if (index >= 0 && index < m_choices.size())
        m_person->addItems(m_choices.at(index).people);
    m_person->setEditText(typed);
}

void ActionDialog::updateCancelReason()
{
    const bool cancelled = core::ActionStatus(m_status->currentData().toInt()) == core::ActionStatus::Cancelled;
    m_cancelReason->setEnabled(cancelled);
}

core::PlanAction ActionDialog::action() const
{
    core::PlanAction action = m_action;
    action.description = m_description->toPlainText().trimmed();
    const int index = m_responsible->currentData().toInt();
    if (index >= 0 && index < m_choices.size()) {
        action.responsibleKind = m_choices.at(index).kind;
        action.responsibleActorId = m_choices.at(index).actorId;
    }
    action.responsiblePerson = m_person->currentText().trimmed();
    action.startDate = m_start->date();
    action.dueDate = m_due->date();
    action.status = core::ActionStatus(m_status->currentData().toInt());
    action.cancelReason = action.status == core::ActionStatus::Cancelled ? m_cancelReason->text().trimmed() : QString();
    action.result = m_result->toPlainText().trimmed();
    return action;
}

core::FieldErrors ActionDialog::validate() const
{
    return core::PlanRules::action(action());
}

} // namespace koordinera::ui
