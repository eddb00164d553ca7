// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PlanDialog.h"

#include "core/domain/PlanRules.h"
#include "ui/widgets/FormFields.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace koordinera::ui {

namespace {

QListWidgetItem* addRecipient(QListWidget* list, const QString& name, bool checked)
{
    auto* item = new QListWidgetItem(name, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

QString patientRecipient()
{
    return QCoreApplication::translate("Plan", "The patient"); // as core's first draft writes it
}

PlanDialog::PlanDialog(const core::PlanVersion& plan, const PlanChoices& choices, QWidget* parent)
    : RecordDialog(tr("Joint action plan, version %1").arg(plan.version), parent), m_plan(plan), m_choices(choices),
      m_background(makeTextEdit(plan.background, 4, this)), m_patientGoal(makeTextEdit(plan.patientGoal, 2, this)),
      m_sharedGoal(makeTextEdit(plan.sharedGoal, 2, this)), m_overallResponsible(new QComboBox(this)),
      m_followUpBooked(new QCheckBox(tr("Booked"), this)),
      m_followUpAt(makeDateTimeEdit(
          plan.followUpAt.isValid() ? plan.followUpAt : QDateTime(choices.today.addDays(28), QTime(10, 0)), this)),
      m_followUpPlace(new QLineEdit(plan.followUpPlace, this)), m_followUpWho(new QLineEdit(plan.followUpWho, this)),
      m_distribution(new QListWidget(this)), m_otherRecipients(new QLineEdit(this)), m_consent(new QComboBox(this)),
      m_approved(new OptionalDateEdit(tr("Approved on"), this))
{
    setObjectName(QStringLiteral("planDialog"));
    m_background->setObjectName(QStringLiteral("backgroundEdit"));
    m_patientGoal->setObjectName(QStringLiteral("patientGoalEdit"));
    m_patientGoal->setPlaceholderText(tr("In the patient's own words"));
    m_sharedGoal->setObjectName(QStringLiteral("sharedGoalEdit"));
    m_sharedGoal->setPlaceholderText(tr("What everyone works towards, e.g. “Arbete 50 % från 1 februari”"));
    m_overallResponsible->setObjectName(QStringLiteral("overallResponsibleCombo"));
    m_overallResponsible->setEditable(true);
    m_overallResponsible->setInsertPolicy(QComboBox::NoInsert);
    m_overallResponsible->addItems(choices.responsibleSuggestions);
    m_overallResponsible->setEditText(plan.overallResponsible);

    m_followUpBooked->setObjectName(QStringLiteral("followUpBookedCheck"));
    m_followUpBooked->setChecked(plan.followUpAt.isValid());
    m_followUpAt->setObjectName(QStringLiteral("followUpAtEdit"));
    m_followUpAt->setEnabled(m_followUpBooked->isChecked());
    connect(m_followUpBooked, &QCheckBox::toggled, m_followUpAt, &QWidget::setEnabled);
    auto* takeMeeting = new QPushButton(tr("From the next booked meeting"), this);
    takeMeeting->setObjectName(QStringLiteral("takeNextMeetingButton"));
    takeMeeting->setEnabled(choices.nextMeeting.has_value());
    takeMeeting->setToolTip(choices.nextMeeting ? QString()
                                                : tr("No meeting is booked; book one on the Meetings tab."));
    connect(takeMeeting, &QPushButton::clicked, this, &PlanDialog::takeNextMeeting);
    auto* followUp = makeFieldRow(this, {m_followUpBooked, m_followUpAt, takeMeeting}, 1);
    m_followUpPlace->setObjectName(QStringLiteral("followUpPlaceEdit"));
    m_followUpPlace->setPlaceholderText(tr("Place, or video"));
    m_followUpWho->setObjectName(QStringLiteral("followUpWhoEdit"));
    m_followUpWho->setPlaceholderText(tr("Who takes part"));

    m_distribution->setObjectName(QStringLiteral("distributionList"));
    auto* patient = addRecipient(m_distribution, choices.alwaysRecipient, true);
    patient->setFlags(Qt::ItemIsUserCheckable); // always gets a copy: shown checked, cannot be unticked
    patient->setToolTip(tr("Always gets a copy of the plan."));
    QStringList others;
    for (const QString& name : plan.distribution) {
        if (name != choices.alwaysRecipient && !choices.recipients.contains(name))
            others << name;
    }
    for (const QString& name : choices.recipients)
        addRecipient(m_distribution, name, plan.distribution.contains(name));
    m_distribution->setFixedHeight(m_distribution->sizeHintForRow(0) * std::min(5, m_distribution->count() + 1) + 8);
    m_otherRecipients->setObjectName(QStringLiteral("otherRecipientsEdit"));
    m_otherRecipients->setText(others.join(QStringLiteral(", ")));
    m_otherRecipients->setPlaceholderText(tr("Others, separated by commas"));

    m_consent->setObjectName(QStringLiteral("consentCombo"));
    m_consent->addItem(tr("Not stated"), 0);
    for (const auto& [id, label] : choices.consents)
        m_consent->addItem(label, id);
    m_consent->setCurrentIndex(std::max(0, m_consent->findData(plan.consentId)));
    m_approved->setObjectName(QStringLiteral("approvedEdit"));
    m_approved->setDate(plan.patientApprovedOn);

    form()->addRow(tr("&Background and current situation"), m_background);
    form()->addRow(tr("The &patient's goal"), m_patientGoal);
    form()->addRow(tr("&Shared goal"), m_sharedGoal);
    formErrors().addRow(form(), tr("&Overall responsibility"), m_overallResponsible,
                        QStringLiteral("overallResponsible"));
    formErrors().addRow(form(), tr("&Next follow-up"), followUp, QStringLiteral("followUpAt"));
    form()->addRow(tr("Pla&ce"), m_followUpPlace);
    form()->addRow(tr("&Who"), m_followUpWho);
    form()->addRow(tr("Copies &to"), m_distribution);
    form()->addRow(QString(), m_otherRecipients);
    form()->addRow(tr("Cons&ent"), m_consent);
    form()->addRow(tr("Patient's &approval"), m_approved);
    setMinimumWidth(800);
}

void PlanDialog::setProfile(core::Profile profile)
{
    if (profile != core::Profile::Family)
        return;
    // The family's plan: the parents' goal and approval, in their words.
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(m_patientGoal)))
        label->setText(tr("The &family's goal"));
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(m_approved)))
        label->setText(tr("The family's &approval"));
    m_patientGoal->setPlaceholderText(tr("In the family's own words"));
}

void PlanDialog::takeNextMeeting()
{
    if (!m_choices.nextMeeting)
        return;
    const core::Meeting& meeting = *m_choices.nextMeeting;
    m_followUpBooked->setChecked(true);
    m_followUpAt->setDateTime(meeting.startsAt);
    m_followUpPlace->setText(meeting.video ? tr("Video") : meeting.place);
    QStringList who;
    for (const auto& participant : meeting.participants)
        who << participant.name;
    m_followUpWho->setText(who.join(QStringLiteral(", ")));
}

core::PlanVersion PlanDialog::plan() const
{
    core::PlanVersion plan = m_plan;
    plan.background = m_background->toPlainText().trimmed();
    plan.patientGoal = m_patientGoal->toPlainText().trimmed();
    plan.sharedGoal = m_sharedGoal->toPlainText().trimmed();
    plan.overallResponsible = m_overallResponsible->currentText().trimmed();
    plan.followUpAt = m_followUpBooked->isChecked() ? m_followUpAt->dateTime() : QDateTime();
    if (plan.followUpAt.isValid())
        plan.followUpAt.setTime(QTime(plan.followUpAt.time().hour(), plan.followUpAt.time().minute()));
    plan.followUpPlace = m_followUpPlace->text().trimmed();
    plan.followUpWho = m_followUpWho->text().trimmed();
    plan.distribution.clear();
    for (int row = 0; row < m_distribution->count(); ++row) {
        const auto* item = m_distribution->item(row);
        if (item->checkState() == Qt::Checked)
            plan.distribution << item->text();
    }
    for (const QString& name : m_otherRecipients->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty() && !plan.distribution.contains(name.trimmed()))
            plan.distribution << name.trimmed();
    }
    plan.consentId = m_consent->currentData().toLongLong();
    plan.patientApprovedOn = m_approved->date();
    return plan;
}

core::FieldErrors PlanDialog::validate() const
{
    return core::PlanRules::draft(plan());
}

} // namespace koordinera::ui
