// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Consent.h"
#include "ui/dialogs/RecordDialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace koordinera::ui {

class OptionalDateEdit;

// A consent: what it covers, with whom, which information, how it was given, how long it holds, and its
// withdrawal (docs/domain.md §5). Verbal consent is valid: the date, form and who recorded it are kept.
class ConsentDialog : public RecordDialog
{
    Q_OBJECT

public:
    ConsentDialog(const core::Consent& consent, const QList<core::Actor>& caseActors, QWidget* parent = nullptr);
    core::Consent consent() const;

protected:
    core::FieldErrors validate() const override;

private:
    core::Consent m_consent;
    QComboBox* m_scope;
    QComboBox* m_actor;
    QLineEdit* m_counterparty;
    QPlainTextEdit* m_information;
    QComboBox* m_form;
    QDateEdit* m_given;
    OptionalDateEdit* m_validUntil;
    OptionalDateEdit* m_withdrawn;
    QLineEdit* m_recordedBy;
    QLineEdit* m_note;
};

} // namespace koordinera::ui
