// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ImpulseDialog.h"

#include "core/domain/DomainText.h"
#include "core/domain/MeetingRules.h"
#include "ui/Format.h"
#include "ui/widgets/FormFields.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace koordinera::ui {

ImpulseDialog::ImpulseDialog(const core::Impulse& impulse, QList<core::Consent> caseConsents,
                             const QStringList& fkContacts, QWidget* parent)
    : RecordDialog(impulse.id ? tr("Change 4 § impuls") : tr("New 4 § impuls"), parent), m_impulse(impulse),
      m_consents(std::move(caseConsents)), m_madeOn(makeDateEdit(this, impulse.madeOn)), m_consent(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_recipient(new QComboBox(this)), m_reason(makeTextEdit(impulse.reason, 3, this)),
      m_outcome(makeTextEdit(impulse.outcome, 3, this))
{
    setObjectName(QStringLiteral("impulseDialog"));
    m_madeOn->setObjectName(QStringLiteral("madeOnEdit"));
    m_consent->setObjectName(QStringLiteral("consentCombo"));
    // Only consents to informing Försäkringskassan can carry an impuls; the rule says which is valid when.
    for (const auto& consent : std::as_const(m_consents)) {
        if (consent.scope != core::ConsentScope::InformFk)
            continue;
        QString label = tr("Given %1").arg(format::date(consent.givenOn));
        if (consent.validUntil.isValid())
            label += tr(", valid until %1").arg(format::date(consent.validUntil));
        if (consent.withdrawnOn.isValid())
            label += tr(", withdrawn %1").arg(format::date(consent.withdrawnOn));
        m_consent->addItem(label, consent.id);
    }
    if (m_consent->count() == 0)
        m_consent->addItem(tr("No 4 § consent registered"), 0);
    m_consent->setCurrentIndex(std::max(0, m_consent->findData(impulse.consentId)));
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    for (auto channel : core::text::allValues<core::ImpulseChannel>())
        m_channel->addItem(core::text::labelOf(channel), int(channel));
    m_channel->setCurrentIndex(m_channel->findData(int(impulse.channel)));
    m_recipient->setObjectName(QStringLiteral("recipientCombo"));
    m_recipient->setEditable(true);
    m_recipient->setInsertPolicy(QComboBox::NoInsert);
    m_recipient->addItems(fkContacts);
    m_recipient->setEditText(impulse.fkRecipient.isEmpty() && !fkContacts.isEmpty() ? fkContacts.first()
                                                                                    : impulse.fkRecipient);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why work-oriented rehabilitation may be needed"));
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcome->setPlaceholderText(tr("E.g. FK booked an avstämningsmöte"));

    formErrors().addRow(form(), tr("&Date"), m_madeOn, QStringLiteral("madeOn"));
    formErrors().addRow(form(), tr("&Consent (4 §)"), m_consent, QStringLiteral("consent"));
    form()->addRow(tr("C&hannel"), m_channel);
    formErrors().addRow(form(), tr("Received &by at FK"), m_recipient, QStringLiteral("fkRecipient"));
    form()->addRow(tr("&Reason"), m_reason);
    form()->addRow(tr("&Outcome"), m_outcome);
    setMinimumWidth(560);

    connect(m_madeOn, &QDateEdit::dateChanged, this, &ImpulseDialog::revalidate);
    connect(m_consent, &QComboBox::currentIndexChanged, this, &ImpulseDialog::revalidate);
    connect(m_recipient, &QComboBox::editTextChanged, this, &ImpulseDialog::revalidate);
    // A missing 4 § consent shows at once, before anything is typed; the other fields wait for the user.
    auto errors = validate();
    errors.removeIf([](const core::FieldError& error) { return error.field != QStringLiteral("consent"); });
    formErrors().show(errors);
}

core::Impulse ImpulseDialog::impulse() const
{
    core::Impulse impulse = m_impulse;
    impulse.madeOn = m_madeOn->date();
    impulse.consentId = m_consent->currentData().toLongLong();
    impulse.channel = core::ImpulseChannel(m_channel->currentData().toInt());
    impulse.fkRecipient = m_recipient->currentText().trimmed();
    impulse.reason = m_reason->toPlainText().trimmed();
    impulse.outcome = m_outcome->toPlainText().trimmed();
    return impulse;
}

core::FieldErrors ImpulseDialog::validate() const
{
    return core::MeetingRules::impulse(impulse(), m_consents);
}

} // namespace koordinera::ui
