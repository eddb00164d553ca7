// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ConsentDialog.h"

#include "core/domain/DomainText.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace koordinera::ui {

ConsentDialog::ConsentDialog(const core::Consent& consent, const QList<core::Actor>& caseActors, QWidget* parent)
    : RecordDialog(consent.id ? tr("Edit consent") : tr("New consent"), parent), m_consent(consent),
      m_scope(new QComboBox(this)), m_actor(new QComboBox(this)),
      m_counterparty(new QLineEdit(consent.counterparty, this)),
      m_information(new QPlainTextEdit(consent.information, this)), m_form(new QComboBox(this)),
      m_given(makeDateEdit(this, consent.givenOn)), m_validUntil(new OptionalDateEdit(tr("Limited to"), this)),
      m_withdrawn(new OptionalDateEdit(tr("Withdrawn on"), this)),
      m_recordedBy(new QLineEdit(consent.recordedBy, this)), m_note(new QLineEdit(consent.note, this))
{
    setObjectName(QStringLiteral("consentDialog"));
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    for (auto scope : core::text::allValues<core::ConsentScope>())
        m_scope->addItem(core::text::labelOf(scope), int(scope));
    m_scope->setCurrentIndex(m_scope->findData(int(consent.scope)));
    m_actor->setObjectName(QStringLiteral("actorCombo"));
    m_actor->addItem(tr("Any (as described below)"), 0);
    for (const auto& actor : caseActors)
        m_actor->addItem(actor.name, actor.id);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(consent.actorId)));
    m_counterparty->setPlaceholderText(tr("E.g. line manager at the workplace"));
    m_information->setTabChangesFocus(true);
    m_information->setFixedHeight(m_information->fontMetrics().lineSpacing() * 3 + 12);
    m_information->setPlaceholderText(tr("Which information may be shared"));
    m_form->setObjectName(QStringLiteral("formCombo"));
    for (auto form : core::text::allValues<core::ConsentForm>())
        m_form->addItem(core::text::labelOf(form), int(form));
    m_form->setCurrentIndex(m_form->findData(int(consent.form)));
    m_given->setObjectName(QStringLiteral("givenEdit"));
    m_validUntil->setObjectName(QStringLiteral("validUntilEdit"));
    m_validUntil->setDate(consent.validUntil);
    if (!consent.validUntil.isValid())
        m_validUntil->dateEdit()->setDate(consent.givenOn.addMonths(6));
    m_withdrawn->setObjectName(QStringLiteral("withdrawnEdit"));
    m_withdrawn->setDate(consent.withdrawnOn);
    m_recordedBy->setObjectName(QStringLiteral("recordedByEdit"));

    form()->addRow(tr("&Covers"), m_scope);
    form()->addRow(tr("Counterpar&ty"), m_actor);
    formErrors().addRow(form(), tr("Described as"), m_counterparty, QStringLiteral("counterparty"));
    form()->addRow(tr("&Information"), m_information);
    form()->addRow(tr("&Form"), m_form);
    formErrors().addRow(form(), tr("&Given on"), m_given, QStringLiteral("givenOn"));
    formErrors().addRow(form(), tr("&Valid"), m_validUntil, QStringLiteral("validUntil"));
    formErrors().addRow(form(), tr("&Withdrawn"), m_withdrawn, QStringLiteral("withdrawnOn"));
    formErrors().addRow(form(), tr("&Recorded by"), m_recordedBy, QStringLiteral("recordedBy"));
    form()->addRow(tr("&Note"), m_note);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ConsentDialog::revalidate);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &ConsentDialog::revalidate);
    connect(m_counterparty, &QLineEdit::textEdited, this, &ConsentDialog::revalidate);
    connect(m_given, &QDateEdit::dateChanged, this, &ConsentDialog::revalidate);
    connect(m_validUntil, &OptionalDateEdit::changed, this, &ConsentDialog::revalidate);
    connect(m_withdrawn, &OptionalDateEdit::changed, this, &ConsentDialog::revalidate);
    connect(m_recordedBy, &QLineEdit::textEdited, this, &ConsentDialog::revalidate);
}

core::Consent ConsentDialog::consent() const
{
    core::Consent consent = m_consent;
    consent.scope = core::ConsentScope(m_scope->currentData().toInt());
    consent.actorId = m_actor->currentData().toLongLong();
    consent.counterparty = m_counterparty->text().trimmed();
    consent.information = m_information->toPlainText().trimmed();
    consent.form = core::ConsentForm(m_form->currentData().toInt());
    consent.givenOn = m_given->date();
    consent.validUntil = m_validUntil->date();
    consent.withdrawnOn = m_withdrawn->date();
    consent.recordedBy = m_recordedBy->text().trimmed();
    consent.note = m_note->text().trimmed();
    return consent;
}

core::FieldErrors ConsentDialog::validate() const
{
    return core::Validation::consent(consent());
}

} // namespace koordinera::ui
