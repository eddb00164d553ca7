// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Consent.h"
#include "core/domain/Meeting.h"
#include "ui/dialogs/RecordDialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace koordinera::ui {

// A 4 § impuls to Försäkringskassan: when, the patient's 4 § consent it rests on (it cannot be saved
// without one that is valid that day), how it was made, who at Försäkringskassan received it, why, and
// what came of it.
class ImpulseDialog : public RecordDialog
{
    Q_OBJECT

public:
    ImpulseDialog(const core::Impulse& impulse, QList<core::Consent> caseConsents, const QStringList& fkContacts,
                  QWidget* parent = nullptr);
    core::Impulse impulse() const;

protected:
    core::FieldErrors validate() const override;

private:
    core::Impulse m_impulse;
    QList<core::Consent> m_consents;
    QDateEdit* m_madeOn;
    QComboBox* m_consent;
    QComboBox* m_channel;
    QComboBox* m_recipient;
    QPlainTextEdit* m_reason;
    QPlainTextEdit* m_outcome;
};

} // namespace koordinera::ui
