// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/FamilyPanel.h"

#include "core/domain/DomainText.h"
#include "core/records/FamilyRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/commands/FunctionCommand.h"
#include "ui/commands/RecordCommands.h"
#include "ui/dialogs/ChildDialog.h"
#include "ui/dialogs/FollowUpDialog.h"
#include "ui/dialogs/ParentDialog.h"
#include "ui/widgets/NetworkPicture.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace koordinera::ui {

namespace {

// "Arbetslös · hanterbart 2 av 5": the occupation and the parent's own rating at one point of the support.
QString followUpText(const std::optional<core::ParentOccupation>& occupation, const std::optional<int>& rating)
{
    QStringList parts;
    if (occupation)
        parts << core::text::labelOf(*occupation);
    if (rating)
        parts << FamilyPanel::tr("manageable %1 of %2").arg(*rating).arg(core::FamilyRules::HighestRating);
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(" · "));
}

} // namespace

FamilyPanel::FamilyPanel(QWidget* parent) : CasePanel(parent)
{
    setObjectName(QStringLiteral("familyPanel"));
    m_parents = new RecordListModel<core::FamilyParent>(
        {tr("Parent"), tr("Identity number"), tr("At the start"), tr("At the end")},
        [this](const core::FamilyParent& parent) { return parentRow(parent); }, this);
    m_children = new RecordListModel<core::FamilyChild>(
        {tr("Child"), tr("Born"), tr("Age"), tr("Functional impairment"), tr("School or preschool")},
        [this](const core::FamilyChild& child) -> RecordTableModel::Row {
            const QDate today = m_workspace ? m_workspace->today() : QDate();
            const int age = core::FamilyRules::ageOn(child.birthDate, today);
            return {child.id,
                    {(child.givenName + QLatin1Char(' ') + child.familyName).trimmed(), format::date(child.birthDate),
                     tr("%n year(s)", nullptr, age), child.impairment, child.school},
                    RecordTableModel::Tone::Normal,
                    child.impairment};
        },
        this);
    m_parentTable = makeTable(m_parents, 0, [this] { editFollowUp(); });
    m_parentTable->setObjectName(QStringLiteral("parentTable"));
    m_parentTable->setAccessibleName(tr("Parents"));
    m_childTable = makeTable(m_children, 3, [this] { editChild(); });
    m_childTable->setObjectName(QStringLiteral("childTable"));
    m_childTable->setAccessibleName(tr("Children"));

    auto* parentButtons = new QHBoxLayout;
    parentButtons->addWidget(new QLabel(tr("<b>Parents</b>"), this));
    parentButtons->addStretch();
    m_addParent = makeButton(tr("Add the second parent…"), QStringLiteral("addParentButton"), [this] { addParent(); });
    QPushButton* followUp = makeButton(tr("Follo&w-up…"), QStringLiteral("followUpButton"), [this] { editFollowUp(); });
    followUp->setToolTip(tr("Each parent's occupation and rating, and whether the network works, at the start and "
                            "at the end"));
    parentButtons->addWidget(m_addParent);
    parentButtons->addWidget(followUp);
    m_networkState = new QLabel(this);
    m_networkState->setObjectName(QStringLiteral("networkStateLabel"));
    m_networkState->setWordWrap(true);

    auto* childButtons = new QHBoxLayout;
    childButtons->addWidget(new QLabel(tr("<b>Children</b>"), this));
    childButtons->addStretch();
    QPushButton* add = makeButton(tr("Add a child…"), QStringLiteral("addChildButton"), [this] { addChild(); });
    QPushButton* edit = makeButton(tr("Change…"), QStringLiteral("editChildButton"), [this] { editChild(); });
    QPushButton* remove = makeButton(tr("Remove"), QStringLiteral("removeChildButton"), [this] { removeChild(); });
    childButtons->addWidget(add);
    childButtons->addWidget(edit);
    childButtons->addWidget(remove);
    // Tab goes as the page reads: the parents' buttons, the parents, the buttons over the children, the children.
    setTabOrder(m_addParent, followUp);
    setTabOrder(followUp, m_parentTable);
    setTabOrder(m_parentTable, add);
    setTabOrder(add, edit);
    setTabOrder(edit, remove);
    setTabOrder(remove, m_childTable);

    m_picture = new NetworkPicture(this);
    // Two parents at most: the table is as tall as two rows, and the children's table takes the rest.
    m_parentTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_parentTable->setFixedHeight(m_parentTable->horizontalHeader()->sizeHint().height() +
                                  2 * m_parentTable->verticalHeader()->defaultSectionSize() +
                                  2 * m_parentTable->frameWidth() + 2);
    auto* family = new QVBoxLayout;
    family->addLayout(parentButtons);
    family->addWidget(m_parentTable);
    family->addWidget(m_networkState);
    family->addLayout(childButtons);
    family->addWidget(m_childTable, 1);
    auto* network = new QVBoxLayout;
    network->addWidget(new QLabel(tr("<b>The network around the child</b>"), this));
    network->addWidget(m_picture, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(family, 2);
    layout->addLayout(network, 1);
}

RecordTableModel::Row FamilyPanel::parentRow(const core::FamilyParent& parent) const
{
    const auto patient = m_workspace ? m_workspace->patients().get(parent.patientId) : std::nullopt;
    return {parent.patientId,
            {patient ? patient->fullName() : QString(), patient ? patient->identityNumber().display() : QString(),
             followUpText(parent.occupationAtStart, parent.ratingAtStart),
             followUpText(parent.occupationAtEnd, parent.ratingAtEnd)},
            RecordTableModel::Tone::Normal,
            parent.sickListed ? tr("Sick-listed") : QString()};
}

void FamilyPanel::refresh()
{
    // A clinic's case has no family: nothing to read each time the case is shown.
    if (!hasCase() || m_workspace->profile() != core::Profile::Family) {
        m_parents->setRecords({});
        m_children->setRecords({});
        return;
    }
    core::FamilyRepository& families = m_workspace->family();
    const QList<core::FamilyParent> parents = families.parents(m_caseId);
    m_parents->setRecords(parents);
    const QList<core::FamilyChild> children = families.children(m_caseId);
    m_children->setRecords(children);
    m_addParent->setEnabled(parents.size() < core::FamilyRules::MaxParents);
    const core::FamilyNetwork network = families.network(m_caseId);
    const auto state = [](const std::optional<core::NetworkFunction>& value) {
        return value ? core::text::labelOf(*value).toLower() : tr("not recorded");
    };
    m_networkState->setText(
        tr("The network works: at the start %1, at the end %2.").arg(state(network.atStart), state(network.atEnd)));
    m_picture->setDrawing(drawingOf(children));
}

NetworkDrawing FamilyPanel::drawingOf(const QList<core::FamilyChild>& children) const
{
    NetworkDrawing drawing;
    QStringList names;
    for (const core::FamilyChild& child : children)
        names << child.givenName;
    drawing.centre = names.isEmpty() ? tr("The family") : QLocale().createSeparatedList(names);
    for (const core::CaseContactView& view : m_workspace->actors().caseContacts(m_caseId)) {
        QString detail = view.contact.role.isEmpty() ? core::text::labelOf(view.actor.kind) : view.contact.role;
        if (view.person.id)
            detail += QStringLiteral(" · ") + view.person.name;
        drawing.nodes.append({view.actor.name, detail});
    }
    return drawing;
}

void FamilyPanel::addParent()
{
    if (!hasCase() || !m_addParent->isEnabled())
        return;
    ParentDialog dialog(m_workspace->today(), this);
    core::ServiceContext* context = &m_workspace->context();
    const qint64 caseId = m_caseId;
    dialog.setSaveAction([&] {
        const core::Patient parent = dialog.patient();
        FunctionCommand::perform(
            m_undoStack, tr("Add the second parent"),
            [=] {
                core::Patient added = parent;
                core::FamilyRepository(*context).addSecondParent(caseId, added);
            },
            [=] { core::FamilyRepository(*context).removeSecondParent(caseId); });
    });
    Prompts::exec(dialog);
}

void FamilyPanel::editFollowUp()
{
    if (!hasCase())
        return;
    core::FamilyRepository& families = m_workspace->family();
    const QList<core::FamilyParent> before = families.parents(m_caseId);
    const core::FamilyNetwork networkBefore = families.network(m_caseId);
    QStringList names;
    for (const core::FamilyParent& parent : before) {
        const auto patient = m_workspace->patients().get(parent.patientId);
        names << (patient ? patient->fullName() : QString());
    }
    FollowUpDialog dialog(before, names, networkBefore, this);
    core::ServiceContext* context = &m_workspace->context();
    const auto save = [context](const QList<core::FamilyParent>& parents, const core::FamilyNetwork& network) {
        core::FamilyRepository(*context).saveFollowUp(parents, network);
    };
    dialog.setSaveAction([&] {
        const QList<core::FamilyParent> after = dialog.parents();
        const core::FamilyNetwork networkAfter = dialog.network();
        FunctionCommand::perform(
            m_undoStack, tr("Record the follow-up"), [=] { save(after, networkAfter); },
            [=] { save(before, networkBefore); });
    });
    Prompts::exec(dialog);
}

void FamilyPanel::addChild()
{
    if (!hasCase())
        return;
    core::FamilyChild child;
    child.caseId = m_caseId;
    ChildDialog dialog(child, m_workspace->today(), this);
    core::ServiceContext* context = &m_workspace->context();
    dialog.setSaveAction([&] {
        auto state = std::make_shared<core::FamilyChild>(dialog.child());
        FunctionCommand::perform(
            m_undoStack, tr("Add a child"),
            [=] {
                state->id = 0; // a redo adds the child again
                core::FamilyRepository(*context).saveChild(*state);
            },
            [=] { core::FamilyRepository(*context).removeChild(state->id); });
    });
    Prompts::exec(dialog);
}

void FamilyPanel::editChild()
{
    const core::FamilyChild* selected = m_children->recordAt(m_childTable->currentIndex().row());
    if (!selected || !hasCase())
        return;
    const core::FamilyChild before = *selected;
    ChildDialog dialog(before, m_workspace->today(), this);
    dialog.watchRecord(*m_workspace, "family_children", before.id, before.rowVersion);
    core::ServiceContext* context = &m_workspace->context();
    dialog.setSaveAction([&] {
        performSave<core::FamilyChild>(
            m_undoStack, tr("Change the child's details"), before, dialog.child(),
            [context](core::FamilyChild& child) { core::FamilyRepository(*context).saveChild(child); },
            [context](qint64 childId) { core::FamilyRepository(*context).removeChild(childId); });
    });
    Prompts::exec(dialog);
}

void FamilyPanel::removeChild()
{
    const core::FamilyChild* selected = m_children->recordAt(m_childTable->currentIndex().row());
    if (!selected || !hasCase())
        return;
    if (!Prompts::confirm(this, tr("Remove %1 from the family?").arg(selected->givenName)))
        return;
    auto state = std::make_shared<core::FamilyChild>(*selected);
    core::ServiceContext* context = &m_workspace->context();
    FunctionCommand::perform(
        m_undoStack, tr("Remove a child"), [=] { core::FamilyRepository(*context).removeChild(state->id); },
        [=] {
            state->id = 0;
            core::FamilyRepository(*context).saveChild(*state);
        });
}

} // namespace koordinera::ui
