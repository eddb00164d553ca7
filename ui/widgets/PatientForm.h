// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Patient.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace koordinera::ui {

class FormErrors;

// The patient's fields: identity number (or reservnummer), names, legal sex, phone, address. Shows what
// the number says (birth date, age, sex) as it is typed; sex follows the number until the user changes it.
class PatientForm : public QWidget
{
    Q_OBJECT

public:
    PatientForm(FormErrors& errors, const QDate& today, QWidget* parent = nullptr);

    core::Patient patient() const;
    void setPatient(const core::Patient& patient);
    QLineEdit* identityEdit() const { return m_identity; }

Q_SIGNALS:
    void changed();
    // The number is complete and valid (stored form); the dialog may look the patient up.
    void identityCompleted(core::IdentityKind kind, const QString& stored);

private:
    void onIdentityEdited();
    // Shows what the number says; `announce` is false when the form itself filled in the number.
    void updateIdentityInfo(bool announce);

    QDate m_today;
    qint64 m_id = 0;
    qint64 m_rowVersion = 0; // saved over, as read (RowVersion)
    QLineEdit* m_identity;
    QCheckBox* m_reserve;
    QLabel* m_identityInfo;
    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QComboBox* m_sex;
    QLineEdit* m_phone;
    QLineEdit* m_street;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    bool m_sexChosenByUser = false;
};

} // namespace koordinera::ui
