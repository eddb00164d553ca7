// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/CorrectionLog.h"

#include "core/domain/Consent.h"
#include "core/domain/DomainText.h"
#include "core/domain/Meeting.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>

namespace koordinera::core {

namespace {

QString keyOf(CorrectionLog::Record record)
{
    switch (record) {
    case CorrectionLog::Record::Meeting:
        return QStringLiteral("meeting");
    case CorrectionLog::Record::Impulse:
        return QStringLiteral("impulse");
    case CorrectionLog::Record::Consent:
        return QStringLiteral("consent");
    }
    return {};
}

// "Label: value" lines; empty values are left out, so that an added field reads as added.
class Lines
{
public:
    Lines& add(const char* label, const QString& value)
    {
        if (!value.trimmed().isEmpty())
            m_lines << QCoreApplication::translate("CorrectionLog", label) + QStringLiteral(": ") + value.trimmed();
        return *this;
    }
    Lines& add(const char* label, const QDate& day) { return add(label, day.toString(Qt::ISODate)); }
    QString text() const { return m_lines.join(QLatin1Char('\n')); }

private:
    QStringList m_lines;
};

QString yesOrNo(bool value)
{
    return value ? QCoreApplication::translate("CorrectionLog", "yes")
                 : QCoreApplication::translate("CorrectionLog", "no");
}

} // namespace

QString CorrectionLog::describe(const Meeting& meeting)
{
    QStringList participants;
    for (const MeetingParticipant& participant : meeting.participants) {
        QString who =
            participant.name.trimmed().isEmpty() ? text::labelOf(participant.kind) : participant.name.trimmed();
        if (!participant.role.trimmed().isEmpty())
            who += QStringLiteral(" (") + participant.role.trimmed() + QLatin1Char(')');
        if (!participant.present)
            who += QStringLiteral(" – ") + QCoreApplication::translate("CorrectionLog", "absent");
        participants << who;
    }
    return Lines()
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Meeting"), text::labelOf(meeting.kind))
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Status"), text::labelOf(meeting.status))
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Time"), meeting.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                                                             QStringLiteral(", %1 min").arg(meeting.durationMinutes))
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Place"),
             meeting.video ? QCoreApplication::translate("CorrectionLog", "video") : meeting.place)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Försäkringskassan's officer"), meeting.fkOfficer)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Purpose"), meeting.purpose)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Participants"), participants.join(QStringLiteral(", ")))
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "The patient's view"), meeting.patientView)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Care's report"), meeting.careReport)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Work options"), meeting.workOptions)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Summary and decisions"), meeting.summary)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "4 § impuls needed"), yesOrNo(meeting.impulseNeeded))
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "No follow-up booked because"), meeting.noFollowUpReason)
        .text();
}

QString CorrectionLog::describe(const Impulse& impulse)
{
    return Lines()
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Made on"), impulse.madeOn)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "How"), text::labelOf(impulse.channel))
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Received by"), impulse.fkRecipient)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Reason"), impulse.reason)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Outcome"), impulse.outcome)
        .text();
}

QString CorrectionLog::describe(const Consent& consent)
{
    return Lines()
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Consent to"), text::labelOf(consent.scope))
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Counterparty"), consent.counterparty)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Information"), consent.information)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Form"), text::labelOf(consent.form))
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Given on"), consent.givenOn)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Valid until"), consent.validUntil)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Withdrawn on"), consent.withdrawnOn)
        .add(QT_TRANSLATE_NOOP("CorrectionLog", "Note"), consent.note)
        .text();
}

void CorrectionLog::keep(const Meeting& before, const Meeting& after)
{
    keep(Record::Meeting, before.id, before.caseId, describe(before), describe(after));
}

void CorrectionLog::keep(const Impulse& before, const Impulse& after)
{
    keep(Record::Impulse, before.id, before.caseId, describe(before), describe(after));
}

void CorrectionLog::keep(const Consent& before, const Consent& after)
{
    keep(Record::Consent, before.id, before.caseId, describe(before), describe(after));
}

void CorrectionLog::keep(Record record, qint64 recordId, qint64 caseId, const QString& before, const QString& after)
{
    if (before == after)
        return;
    Statement(m_context.db, "INSERT INTO corrections (case_id, record, record_id, replaced_at, replaced_by, earlier) "
                            "VALUES (?, ?, ?, ?, ?, ?)")
        .bindAll(caseId, keyOf(record), recordId, QDateTime::currentDateTimeUtc(), m_context.userName, before)
        .run();
}

QList<Correction> CorrectionLog::history(Record record, qint64 recordId) const
{
    QList<Correction> result;
    Statement rows(m_context.db, "SELECT id, replaced_at, replaced_by, earlier FROM corrections "
                                 "WHERE record = ? AND record_id = ? ORDER BY id");
    rows.bindAll(keyOf(record), recordId);
    while (rows.step())
        result.append({rows.columnInt64(0), rows.columnDateTime(1), rows.columnText(2), rows.columnText(3)});
    return result;
}

} // namespace koordinera::core
