// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/ContactsPanel.h"

#include "core/domain/ConsentRules.h"
#include "core/domain/DomainText.h"
#include "core/workspace/Workspace.h"
#include "ui/Prompts.h"
#include "ui/commands/RecordCommands.h"
#include "ui/dialogs/ContactDialog.h"
#include "ui/widgets/Accessibility.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace koordinera::ui {

ContactsPanel::ContactsPanel(QWidget* parent) : CasePanel(parent)
{
    m_contacts = new RecordListModel<core::CaseContactView>(
        {tr("Organisation"), tr("Kind"), tr("Person"), tr("Role"), tr("Phone"), tr("Consent")},
        [this](const core::CaseContactView& view) -> RecordTableModel::Row {
            const auto warning = core::ConsentRules::checkActor(view.actor, m_consents, m_workspace->today());
            const QString phone = view.person.phone.isEmpty() ? view.actor.phone : view.person.phone;
            const QString person = view.person.title.isEmpty()
                                       ? view.person.name
                                       : QStringLiteral("%1, %2").arg(view.person.name, view.person.title);
            return {view.contact.id,
                    {view.actor.name, core::text::labelOf(view.actor.kind), person, view.contact.role, phone,
                     warning ? warning->shortMessage()
                             : (core::ConsentRules::requiredScope(view.actor.kind) ? tr("Valid") : QString())},
                    warning ? RecordTableModel::Tone::Warning : RecordTableModel::Tone::Normal,
                    warning ? warning->message() : QString()};
        },
        this);
    m_table = makeTable(m_contacts, 5, [this] { editContact(); });
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setAccessibleName(tr("Contacts"));
    auto* add = makeButton(tr("Add contact…"), QStringLiteral("addContactButton"), [this] { addContact(); });
    auto* change = makeButton(tr("Change…"), QStringLiteral("editContactButton"), [this] { editContact(); });
    change->setAccessibleName(tr("Change the contact"));
    auto* remove = makeButton(tr("Remove"), QStringLiteral("removeContactButton"), [this] { removeContact(); });
    remove->setAccessibleName(tr("Remove the contact"));
    chainTabOrder({add, change, remove, m_table});
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(change);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
}

void ContactsPanel::refresh()
{
    m_consents = m_workspace->consents().consents(m_caseId);
    m_contacts->setRecords(m_workspace->actors().caseContacts(m_caseId));
}

const core::CaseContactView* ContactsPanel::selectedContact() const
{
    return hasCase() ? m_contacts->recordAt(m_table->currentIndex().row()) : nullptr;
}

void ContactsPanel::addContact()
{
    if (!hasCase())
        return;
    core::CaseContact contact{0, m_caseId, 0, 0, {}, {}};
    ContactDialog dialog(*m_workspace, contact, this);
    auto* repository = &m_workspace->actors();
    dialog.setSaveAction([&] {
        auto newActor = std::make_shared<std::optional<core::Actor>>(dialog.newActor());
        auto newPerson = std::make_shared<std::optional<core::ContactPerson>>(dialog.newPerson());
        auto state = std::make_shared<core::CaseContact>(dialog.contact());
        FunctionCommand::perform(
            m_undoStack, tr("Add contact"),
            [=] {
                // The organisation and person are registered once; a redo only links them again.
                repository->saveContact(*state, *newActor ? &newActor->value() : nullptr,
                                        *newPerson ? &newPerson->value() : nullptr);
                newActor->reset();
                newPerson->reset();
            },
            [=] { repository->removeContact(state->id); });
    });
    Prompts::exec(dialog);
}

void ContactsPanel::editContact()
{
    const core::CaseContactView* selected = selectedContact();
    if (!selected)
        return;
    const core::CaseContact before = selected->contact;
    ContactDialog dialog(*m_workspace, before, this);
    dialog.watchRecord(*m_workspace, "case_contacts", before.id, before.rowVersion);
    auto* repository = &m_workspace->actors();
    dialog.setSaveAction([&] {
        auto newActor = std::make_shared<std::optional<core::Actor>>(dialog.newActor());
        auto newPerson = std::make_shared<std::optional<core::ContactPerson>>(dialog.newPerson());
        const auto after = std::make_shared<core::CaseContact>(dialog.contact());
        QUndoStack* stack = m_undoStack;
        FunctionCommand::perform(
            m_undoStack, tr("Change contact"),
            [=] {
                saveOverVersion(stack, *after, [&](core::CaseContact& contact) {
                    repository->saveContact(contact, *newActor ? &newActor->value() : nullptr,
                                            *newPerson ? &newPerson->value() : nullptr);
                    *after = contact;
                });
                newActor->reset();
                newPerson->reset();
            },
            [=] {
                saveOverVersion(stack, before, [&](core::CaseContact& contact) { repository->saveContact(contact); });
            });
    });
    Prompts::exec(dialog);
}

void ContactsPanel::removeContact()
{
    const core::CaseContactView* selected = selectedContact();
    if (!selected)
        return;
    auto* repository = &m_workspace->actors();
    performRemove<core::CaseContact>(
        m_undoStack, tr("Remove contact"), selected->contact,
        [repository](core::CaseContact& c) { repository->saveContact(c); },
        [repository](qint64 contactId) { repository->removeContact(contactId); });
}

} // namespace koordinera::ui
