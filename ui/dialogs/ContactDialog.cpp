// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ContactDialog.h"

#include "core/domain/ConsentRules.h"
#include "core/domain/DomainText.h"
#include "core/domain/Family.h"
#include "core/workspace/Workspace.h"
#include "ui/TextColors.h"
#include "ui/widgets/ScreenFit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace koordinera::ui {

ContactDialog::ContactDialog(core::Workspace& workspace, const core::CaseContact& contact, QWidget* parent)
    : RecordDialog(contact.id ? tr("Edit contact") : tr("New contact"), parent), m_workspace(workspace),
      m_contact(contact), m_actors(workspace.actors().actors()),
      m_consents(workspace.consents().consents(contact.caseId)), m_actor(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_person(new QComboBox(this)), m_personTitle(new QLineEdit(this)),
      m_personPhone(new QLineEdit(this)), m_role(new QComboBox(this)), m_note(new QLineEdit(contact.note, this)),
      m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("contactDialog"));
    m_actor->setObjectName(QStringLiteral("actorCombo"));
    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->lineEdit()->setPlaceholderText(tr("Choose or type a new organisation"));
    m_actor->addItem(QString(), 0);
    for (const auto& actor : m_actors)
        m_actor->addItem(actor.name.contains(core::text::labelOf(actor.kind), Qt::CaseInsensitive)
                             ? actor.name // "Försäkringskassan", not "Försäkringskassan (Försäkringskassan)"
                             : QStringLiteral("%1 (%2)").arg(actor.name, core::text::labelOf(actor.kind)),
                         actor.id);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (auto kind : core::FamilyRules::actorKindsFor(workspace.profile()))
        m_kind->addItem(core::text::labelOf(kind), int(kind));
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->lineEdit()->setPlaceholderText(tr("Optional: a named person"));
    m_personTitle->setPlaceholderText(tr("E.g. case officer, line manager"));
    m_personPhone->setObjectName(QStringLiteral("personPhoneEdit"));
    m_personPhone->setPlaceholderText(tr("E.g. 010-116 00 00"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setEditable(true);
    const bool family = workspace.profile() == core::Profile::Family;
    if (family) {
        // In a family's network the role is what the actor gives the child and the family.
        m_role->addItems({tr("Habilitation efforts"), tr("Assessment and treatment"), tr("Pupil health"),
                          tr("Personal assistance"), tr("Short-term stay"), tr("Care allowance"),
                          tr("Temporary parental benefit"), tr("Employer"), tr("Other")});
    } else {
        m_role->addItems({tr("Employer"), tr("Line manager"), tr("FK case officer"), tr("Employment officer"),
                          tr("Social worker"), tr("Occupational health"), tr("Physiotherapist"), tr("Physician"),
                          tr("Psychologist"), tr("Other")});
    }
    m_role->setCurrentText(contact.role);
    m_warning->setObjectName(QStringLiteral("consentWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(toneStyle(TextTone::Warning, palette()));

    formErrors().addRow(form(), tr("&Organisation"), m_actor, QStringLiteral("name"));
    form()->addRow(tr("&Kind"), m_kind);
    formErrors().addRow(form(), tr("&Person"), m_person, QStringLiteral("personName"));
    form()->addRow(tr("Person's &title"), m_personTitle);
    form()->addRow(tr("Person's p&hone"), m_personPhone);
    form()->addRow(family ? tr("&What they provide") : tr("&Role in the case"), m_role);
    form()->addRow(tr("&Note"), m_note);
    form()->addRow(QString(), m_warning);

    m_actor->setCurrentIndex(std::max(0, m_actor->findData(contact.actorId)));
    connect(m_actor, &QComboBox::currentIndexChanged, this, &ContactDialog::fillPersons);
    connect(m_actor, &QComboBox::currentTextChanged, this, &ContactDialog::updateConsentWarning);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ContactDialog::updateConsentWarning);
    connect(m_actor, &QComboBox::currentTextChanged, this, &ContactDialog::revalidate);
    // A title belongs to a person typed in here; a registered person already has theirs.
    connect(m_person, &QComboBox::currentTextChanged, this, [this] {
        m_personTitle->setEnabled(newPerson().has_value());
        m_personPhone->setEnabled(newPerson().has_value());
    });
    // A new organisation named as one of the kinds (Försäkringskassan, Arbetsförmedlingen…) is of that kind.
    connect(m_actor, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        if (selectedActorId() != 0)
            return;
        for (int index = 0; index < m_kind->count(); ++index) {
            if (m_kind->itemText(index).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
                m_kind->setCurrentIndex(index);
        }
    });
    fillPersons();
    m_person->setCurrentIndex(std::max(0, m_person->findData(contact.personId)));
    m_personTitle->setEnabled(newPerson().has_value());
    m_personPhone->setEnabled(newPerson().has_value());
}

qint64 ContactDialog::selectedActorId() const
{
    const int index = m_actor->findText(m_actor->currentText(), Qt::MatchFixedString);
    return index > 0 ? m_actor->itemData(index).toLongLong() : 0;
}

void ContactDialog::fillPersons()
{
    m_person->clear();
    m_person->addItem(QString(), 0);
    const qint64 actorId = selectedActorId();
    for (const auto& actor : m_actors) {
        if (actor.id == actorId)
            m_kind->setCurrentIndex(m_kind->findData(int(actor.kind)));
    }
    m_kind->setEnabled(actorId == 0);
    if (actorId) {
        for (const auto& person : m_workspace.actors().persons(actorId))
            m_person->addItem(person.title.isEmpty() ? person.name
                                                     : QStringLiteral("%1, %2").arg(person.name, person.title),
                              person.id);
    }
    updateConsentWarning();
}

void ContactDialog::updateConsentWarning()
{
    const QString text = consentWarning();
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
    growToContent(this);
}

QString ContactDialog::consentWarning() const
{
    core::Actor actor;
    actor.id = selectedActorId();
    actor.kind = core::ActorKind(m_kind->currentData().toInt());
    actor.name = actor.id ? QString() : m_actor->currentText().trimmed();
    for (const auto& known : m_actors) {
        if (known.id == actor.id && actor.id)
            actor = known;
    }
    if (actor.name.isEmpty())
        return {};
    const auto warning = core::ConsentRules::checkActor(actor, m_consents, m_workspace.today());
    return warning ? warning->message() : QString();
}

core::CaseContact ContactDialog::contact() const
{
    core::CaseContact contact = m_contact;
    contact.actorId = selectedActorId();
    const int personIndex = m_person->findText(m_person->currentText(), Qt::MatchFixedString);
    contact.personId = personIndex > 0 ? m_person->itemData(personIndex).toLongLong() : 0;
    contact.role = m_role->currentText().trimmed();
    contact.note = m_note->text().trimmed();
    return contact;
}

std::optional<core::Actor> ContactDialog::newActor() const
{
    if (selectedActorId() != 0)
        return std::nullopt;
    return core::Actor{0, core::ActorKind(m_kind->currentData().toInt()), m_actor->currentText().trimmed(), {}, {}, {}};
}

std::optional<core::ContactPerson> ContactDialog::newPerson() const
{
    const QString name = m_person->currentText().trimmed();
    if (name.isEmpty() || m_person->findText(name, Qt::MatchFixedString) > 0)
        return std::nullopt;
    return core::ContactPerson{0, 0, name, m_personTitle->text().trimmed(), m_personPhone->text().trimmed(), {}};
}

core::FieldErrors ContactDialog::validate() const
{
    if (auto actor = newActor())
        return core::Validation::actor(*actor);
    return {};
}

} // namespace koordinera::ui
