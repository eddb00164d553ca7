// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"
#include "core/domain/Actor.h"
#include "core/domain/Consent.h"
#include "ui/dialogs/RecordDialog.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace koordinera::ui {

// A new entry in the activity log, or a correction of one (the earlier version is kept).
class ActivityDialog : public RecordDialog
{
    Q_OBJECT

public:
    ActivityDialog(const core::Activity& activity, const QList<core::Actor>& caseActors,
                   const QList<core::KvaCode>& kvaCodes, const QList<core::Consent>& consents, const QDate& today,
                   QWidget* parent = nullptr);
    core::Activity activity() const;

protected:
    core::FieldErrors validate() const override;

private:
    void updateConsentWarning();

    core::Activity m_activity;
    QList<core::Actor> m_actors;
    QList<core::Consent> m_consents;
    QDate m_today;
    QDateTimeEdit* m_when;
    QComboBox* m_kind;
    QComboBox* m_mode;
    QComboBox* m_actor;
    QLineEdit* m_counterpart;
    QComboBox* m_kva;
    QPlainTextEdit* m_note;
    QLabel* m_warning;
};

} // namespace koordinera::ui
