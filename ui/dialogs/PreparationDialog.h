// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Consent.h"
#include "core/domain/Meeting.h"
#include "ui/dialogs/RecordDialog.h"

class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace koordinera::ui {

class OptionalDateEdit;

// Förbered mötet: the patient met beforehand, the medical assessment, what the invited should bring, and for each
// party invited whether the patient's consent covers sharing with them. An employer, Arbetsförmedlingen or the
// municipality without one needs a reason before the preparation can be saved (MeetingRules::preparation).
class PreparationDialog : public RecordDialog
{
    Q_OBJECT

public:
    PreparationDialog(const core::Meeting& meeting, QList<core::Actor> actors, QList<core::Consent> consents,
                      const QDate& today, QWidget* parent = nullptr);
    core::Meeting meeting() const;
    // The reason given for inviting participant `index` without consent (for tests and keyboard users alike).
    void setReason(int index, const QString& reason);
    QString consentText(int index) const;

protected:
    core::FieldErrors validate() const override;

private:
    void fillInvited();

    core::Meeting m_meeting;
    QList<core::Actor> m_actors;
    QList<core::Consent> m_consents;
    OptionalDateEdit* m_patientMet;
    QPlainTextEdit* m_patientNote;
    OptionalDateEdit* m_assessment;
    QLineEdit* m_assessmentBy;
    QPlainTextEdit* m_bring;
    QTableWidget* m_invited;
};

} // namespace koordinera::ui
