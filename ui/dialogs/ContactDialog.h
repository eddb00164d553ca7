// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Consent.h"
#include "ui/dialogs/RecordDialog.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// Links an organisation (and one of its people) to the case with a role. A new organisation or person
// can be typed in place. Warns at once when contact with that organisation needs a consent the case lacks.
class ContactDialog : public RecordDialog
{
    Q_OBJECT

public:
    ContactDialog(core::Workspace& workspace, const core::CaseContact& contact, QWidget* parent = nullptr);

    core::CaseContact contact() const;
    // Set when the user typed an organisation or person that is not registered yet.
    std::optional<core::Actor> newActor() const;
    std::optional<core::ContactPerson> newPerson() const;
    QString consentWarning() const;

protected:
    core::FieldErrors validate() const override;

private:
    void fillPersons();
    void updateConsentWarning();
    qint64 selectedActorId() const;

    core::Workspace& m_workspace;
    core::CaseContact m_contact;
    QList<core::Actor> m_actors;
    QList<core::Consent> m_consents;
    QComboBox* m_actor;
    QComboBox* m_kind;
    QComboBox* m_person;
    QLineEdit* m_personTitle;
    QLineEdit* m_personPhone;
    QComboBox* m_role;
    QLineEdit* m_note;
    QLabel* m_warning;
};

} // namespace koordinera::ui
