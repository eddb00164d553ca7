// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/PatientForm.h"

#include "core/domain/DomainText.h"
#include "ui/Format.h"
#include "ui/widgets/FormErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace koordinera::ui {

PatientForm::PatientForm(FormErrors& errors, const QDate& today, QWidget* parent)
    : QWidget(parent), m_today(today), m_identity(new QLineEdit(this)),
      m_reserve(new QCheckBox(tr("Reserve number"), this)), m_identityInfo(new QLabel(this)),
      m_givenName(new QLineEdit(this)), m_familyName(new QLineEdit(this)), m_sex(new QComboBox(this)),
      m_phone(new QLineEdit(this)), m_street(new QLineEdit(this)), m_postalCode(new QLineEdit(this)),
      m_city(new QLineEdit(this))
{
    m_identity->setObjectName(QStringLiteral("identityEdit"));
    m_identity->setPlaceholderText(tr("YYYYMMDD-XXXX"));
    m_identity->setMaxLength(40);
    m_reserve->setObjectName(QStringLiteral("reserveCheck"));
    m_reserve->setToolTip(tr("A local number for a patient without personal identity or coordination number."));
    m_identityInfo->setObjectName(QStringLiteral("identityInfo"));
    m_identityInfo->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_givenName->setObjectName(QStringLiteral("givenNameEdit"));
    m_familyName->setObjectName(QStringLiteral("familyNameEdit"));
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    for (auto sex : core::text::allValues<core::Sex>())
        m_sex->addItem(core::text::labelOf(sex), QVariant::fromValue(int(sex)));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_postalCode->setMaximumWidth(90);
    m_postalCode->setPlaceholderText(tr("Postcode"));
    m_city->setPlaceholderText(tr("Town"));

    auto* identityRow = new QWidget(this);
    auto* identityLayout = new QHBoxLayout(identityRow);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    identityLayout->addWidget(m_identity, 1);
    identityLayout->addWidget(m_reserve);
    auto* cityRow = new QWidget(this);
    auto* cityLayout = new QHBoxLayout(cityRow);
    cityLayout->setContentsMargins(0, 0, 0, 0);
    cityLayout->addWidget(m_postalCode);
    cityLayout->addWidget(m_city, 1);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    errors.addRow(form, tr("&Identity number"), identityRow, QStringLiteral("identity"), m_identityInfo);
    errors.addRow(form, tr("&Given name"), m_givenName, QStringLiteral("givenName"));
    errors.addRow(form, tr("&Family name"), m_familyName, QStringLiteral("familyName"));
    form->addRow(tr("Legal &sex"), m_sex);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Address"), m_street);
    form->addRow(QString(), cityRow);

    connect(m_identity, &QLineEdit::textEdited, this, &PatientForm::onIdentityEdited);
    connect(m_reserve, &QCheckBox::toggled, this, &PatientForm::onIdentityEdited);
    connect(m_sex, &QComboBox::activated, this, [this] { m_sexChosenByUser = true; });
    for (QLineEdit* edit : {m_givenName, m_familyName, m_phone, m_street, m_postalCode, m_city})
        connect(edit, &QLineEdit::textEdited, this, &PatientForm::changed);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &PatientForm::changed);
}

void PatientForm::onIdentityEdited()
{
    updateIdentityInfo(true);
}

void PatientForm::updateIdentityInfo(bool announce)
{
    m_identityInfo->clear();
    if (!m_reserve->isChecked()) {
        const auto number = core::IdentityNumber::parse(m_identity->text(), m_today);
        if (number.isValid()) {
            const QString kind = number.kind() == core::IdentityKind::Samordningsnummer
                                     ? core::text::labelOf(number.kind()) + QStringLiteral(", ")
                                     : QString();
            m_identityInfo->setText(tr("%1born %2, %3 years, %4")
                                        .arg(kind, format::date(number.birthDate()))
                                        .arg(number.ageOn(m_today))
                                        .arg(core::text::labelOf(number.derivedSex()).toLower()));
            if (!m_sexChosenByUser)
                m_sex->setCurrentIndex(m_sex->findData(int(number.derivedSex())));
            if (announce)
                Q_EMIT identityCompleted(number.kind(), number.stored());
        }
    }
    Q_EMIT changed();
}

core::Patient PatientForm::patient() const
{
    core::Patient patient;
    patient.id = m_id;
    patient.rowVersion = m_rowVersion;
    patient.identity = m_identity->text().trimmed();
    patient.identityKind = core::IdentityKind::Reservnummer;
    if (!m_reserve->isChecked()) {
        const auto number = core::IdentityNumber::parse(patient.identity, m_today);
        patient.identityKind = number.isValid() ? number.kind() : core::IdentityKind::Personnummer;
    }
    patient.sex = core::Sex(m_sex->currentData().toInt());
    patient.givenName = m_givenName->text().trimmed();
    patient.familyName = m_familyName->text().trimmed();
    patient.phone = m_phone->text().trimmed();
    patient.street = m_street->text().trimmed();
    patient.postalCode = m_postalCode->text().trimmed();
    patient.city = m_city->text().trimmed();
    return patient;
}

void PatientForm::setPatient(const core::Patient& patient)
{
    m_id = patient.id;
    m_rowVersion = patient.rowVersion;
    m_reserve->setChecked(patient.identityKind == core::IdentityKind::Reservnummer);
    m_identity->setText(patient.identityNumber().display());
    m_givenName->setText(patient.givenName);
    m_familyName->setText(patient.familyName);
    m_sex->setCurrentIndex(m_sex->findData(int(patient.sex)));
    m_sexChosenByUser = true; // a stored sex may have been corrected by hand; keep it
    m_phone->setText(patient.phone);
    m_street->setText(patient.street);
    m_postalCode->setText(patient.postalCode);
    m_city->setText(patient.city);
    updateIdentityInfo(false);
}

} // namespace koordinera::ui
