// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ChildDialog.h"

#include "ui/widgets/FormFields.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace koordinera::ui {

ChildDialog::ChildDialog(const core::FamilyChild& child, const QDate& today, QWidget* parent)
    : RecordDialog(child.id ? tr("Change the child's details") : tr("Add a child"), parent), m_child(child),
      m_today(today), m_givenName(new QLineEdit(child.givenName, this)),
      m_familyName(new QLineEdit(child.familyName, this)),
      m_birthDate(makeDateEdit(this, child.birthDate.isValid() ? child.birthDate : today.addYears(-5))),
      m_impairment(makeTextEdit(child.impairment, 3, this)), m_school(new QLineEdit(child.school, this))
{
    setObjectName(QStringLiteral("childDialog"));
    m_givenName->setObjectName(QStringLiteral("givenNameEdit"));
    m_familyName->setObjectName(QStringLiteral("familyNameEdit"));
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_impairment->setObjectName(QStringLiteral("impairmentEdit"));
    m_impairment->setPlaceholderText(tr("In the family's own words"));
    m_school->setObjectName(QStringLiteral("schoolEdit"));
    m_school->setPlaceholderText(tr("E.g. Ängens förskola, Björkskolan åk 3"));

    formErrors().addRow(form(), tr("&Given name"), m_givenName, QStringLiteral("givenName"));
    form()->addRow(tr("&Family name"), m_familyName);
    formErrors().addRow(form(), tr("Date of &birth"), m_birthDate, QStringLiteral("birthDate"));
    formErrors().addRow(form(), tr("Functional i&mpairment"), m_impairment, QStringLiteral("impairment"));
    formErrors().addRow(form(), tr("&School or preschool"), m_school, QStringLiteral("school"));
    setMinimumWidth(520);

    connect(m_givenName, &QLineEdit::textChanged, this, &ChildDialog::revalidate);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &ChildDialog::revalidate);
}

core::FamilyChild ChildDialog::child() const
{
    core::FamilyChild child = m_child;
    child.givenName = m_givenName->text().trimmed();
    child.familyName = m_familyName->text().trimmed();
    child.birthDate = m_birthDate->date();
    child.impairment = m_impairment->toPlainText().trimmed();
    child.school = m_school->text().trimmed();
    return child;
}

core::FieldErrors ChildDialog::validate() const
{
    return core::FamilyRules::child(child(), m_today);
}

} // namespace koordinera::ui
