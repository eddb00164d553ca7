// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/PreparationDialog.h"

#include "core/domain/DomainText.h"
#include "core/domain/MeetingRules.h"
#include "ui/Format.h"
#include "ui/TextColors.h"
#include "ui/widgets/FormFields.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace koordinera::ui {

namespace {

enum Column
{
    NameColumn,
    ConsentColumn,
    ReasonColumn,
};

} // namespace

PreparationDialog::PreparationDialog(const core::Meeting& meeting, QList<core::Actor> actors,
                                     QList<core::Consent> consents, const QDate& today, QWidget* parent)
    : RecordDialog(tr("Prepare the meeting"), parent), m_meeting(meeting), m_actors(std::move(actors)),
      m_consents(std::move(consents)), m_patientMet(new OptionalDateEdit(tr("Met"), this)),
      m_patientNote(makeTextEdit(meeting.patientMetNote, 2, this)),
      m_assessment(new OptionalDateEdit(tr("Made"), this)), m_assessmentBy(new QLineEdit(meeting.assessmentBy, this)),
      m_bring(makeTextEdit(meeting.bring, 2, this)), m_invited(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("preparationDialog"));
    m_patientMet->setObjectName(QStringLiteral("patientMetEdit"));
    // Unset dates start at today, or the meeting's day when it is sooner: both happen before the meeting.
    const QDate suggested = std::min(today, meeting.startsAt.date());
    for (OptionalDateEdit* date : {m_patientMet, m_assessment}) {
        date->dateEdit()->setDate(suggested);
        date->dateEdit()->setMaximumDate(meeting.startsAt.date());
    }
    m_patientMet->setDate(meeting.patientMetOn);
    m_patientNote->setObjectName(QStringLiteral("patientMetNoteEdit"));
    m_patientNote->setPlaceholderText(tr("What the patient wants from the meeting, and what may be shared"));
    m_assessment->setObjectName(QStringLiteral("assessmentEdit"));
    m_assessment->setDate(meeting.assessmentOn);
    m_assessmentBy->setObjectName(QStringLiteral("assessmentByEdit"));
    m_assessmentBy->setPlaceholderText(tr("E.g. the treating doctor"));
    m_bring->setObjectName(QStringLiteral("bringEdit"));
    m_bring->setPlaceholderText(tr("E.g. a description of the work tasks, the latest certificate"));
    m_invited->setObjectName(QStringLiteral("invitedTable"));
    m_invited->setHorizontalHeaderLabels({tr("Invited"), tr("Consent"), tr("Reason without consent")});
    m_invited->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_invited->horizontalHeader()->setSectionResizeMode(ConsentColumn, QHeaderView::ResizeToContents);
    m_invited->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_invited->verticalHeader()->hide();
    m_invited->setAccessibleName(tr("Invited, and the consent for each"));
    fillInvited();

    auto* when = new QLabel(
        QStringLiteral("%1, %2").arg(core::text::labelOf(meeting.kind), format::dateTime(meeting.startsAt)), this);
    form()->addRow(tr("Meeting"), when);
    formErrors().addRow(form(), tr("The &patient met before"), m_patientMet, QStringLiteral("patientMetOn"));
    form()->addRow(tr("What came &up"), m_patientNote);
    formErrors().addRow(form(), tr("&Medical assessment"), m_assessment, QStringLiteral("assessmentOn"));
    form()->addRow(tr("Assessed &by"), m_assessmentBy);
    form()->addRow(tr("The invited &bring"), m_bring);
    form()->addRow(tr("&Invited"), m_invited);
    auto* hint = new QLabel(tr("Who is invited is changed with “Change…”. Sharing with a party outside care needs the "
                               "patient's consent: register it under Consents, or say why they are invited anyway."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    form()->addRow(QString(), hint);

    for (auto* dates : {m_patientMet, m_assessment})
        connect(dates, &OptionalDateEdit::changed, this, &PreparationDialog::revalidate);
    connect(m_invited, &QTableWidget::itemChanged, this, &PreparationDialog::revalidate);
    resize(720, 620);
    revalidate();
}

void PreparationDialog::fillInvited()
{
    const auto invitations = core::MeetingRules::invitations(m_meeting, m_actors, m_consents);
    m_invited->setRowCount(int(invitations.size()));
    for (const core::MeetingRules::Invitation& invitation : invitations) {
        const core::MeetingParticipant& participant = m_meeting.participants.at(invitation.participant);
        auto* name =
            new QTableWidgetItem(participant.name.isEmpty() ? core::text::labelOf(participant.kind) : participant.name);
        name->setFlags(Qt::ItemIsEnabled);
        auto* consent = new QTableWidgetItem(invitation.warning         ? invitation.warning->shortMessage()
                                             : invitation.consentNeeded ? tr("Given")
                                                                        : tr("Not needed"));
        consent->setFlags(Qt::ItemIsEnabled);
        if (invitation.warning)
            consent->setForeground(toneColor(TextTone::Warning, palette()));
        auto* reason = new QTableWidgetItem(participant.noConsentReason);
        reason->setFlags(invitation.needsReason || !participant.noConsentReason.isEmpty()
                             ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable
                             : Qt::ItemIsEnabled);
        m_invited->setItem(invitation.participant, NameColumn, name);
        m_invited->setItem(invitation.participant, ConsentColumn, consent);
        m_invited->setItem(invitation.participant, ReasonColumn, reason);
    }
}

core::Meeting PreparationDialog::meeting() const
{
    core::Meeting meeting = m_meeting;
    meeting.patientMetOn = m_patientMet->date();
    meeting.patientMetNote = m_patientNote->toPlainText().trimmed();
    meeting.assessmentOn = m_assessment->date();
    meeting.assessmentBy = m_assessmentBy->text().trimmed();
    meeting.bring = m_bring->toPlainText().trimmed();
    for (int row = 0; row < m_invited->rowCount() && row < meeting.participants.size(); ++row)
        meeting.participants[row].noConsentReason = m_invited->item(row, ReasonColumn)->text().trimmed();
    return meeting;
}

void PreparationDialog::setReason(int index, const QString& reason)
{
    if (QTableWidgetItem* item = m_invited->item(index, ReasonColumn))
        item->setText(reason);
}

QString PreparationDialog::consentText(int index) const
{
    const QTableWidgetItem* item = m_invited->item(index, ConsentColumn);
    return item ? item->text() : QString();
}

core::FieldErrors PreparationDialog::validate() const
{
    return core::MeetingRules::preparation(meeting(), m_actors, m_consents);
}

} // namespace koordinera::ui
