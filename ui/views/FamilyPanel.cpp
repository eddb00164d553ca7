// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/FamilyPanel.h"

#include "core/domain/DomainText.h"
#include "core/records/FamilyRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/commands/FunctionCommand.h"
#include "ui/dialogs/ChildDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace koordinera::ui {

namespace {

QString occupationText(const std::optional<core::ParentOccupation>& occupation)
{
    return occupation ? core::text::labelOf(*occupation) : QStringLiteral("–");
}

QString ratingText(const std::optional<int>& rating)
{
    return rating ? QStringLiteral("%1 av %2").arg(*rating).arg(core::FamilyRules::HighestRating) : QStringLiteral("–");
}

} // namespace

FamilyPanel::FamilyPanel(QWidget* parent) : CasePanel(parent)
{
    setObjectName(QStringLiteral("familyPanel"));
    m_parents = new RecordListModel<core::FamilyParent>(
        {tr("Parent"), tr("Identity number"), tr("At the start"), tr("Manageable at the start"), tr("At the end"),
         tr("Manageable at the end")},
        [this](const core::FamilyParent& parent) { return parentRow(parent); }, this);
    m_children = new RecordListModel<core::FamilyChild>(
        {tr("Child"), tr("Born"), tr("Age"), tr("Functional impairment"), tr("School or preschool")},
        [this](const core::FamilyChild& child) -> RecordTableModel::Row {
            const QDate today = m_workspace ? m_workspace->today() : QDate();
            int age = today.year() - child.birthDate.year();
            if (QDate(today.year(), child.birthDate.month(), 1).addDays(child.birthDate.day() - 1) > today)
                --age;
            return {child.id,
                    {(child.givenName + QLatin1Char(' ') + child.familyName).trimmed(), format::date(child.birthDate),
                     tr("%n year(s)", nullptr, age), child.impairment, child.school},
                    RecordTableModel::Tone::Normal,
                    child.impairment};
        },
        this);
    m_parentTable = makeTable(m_parents, 0, [] {});
    m_parentTable->setObjectName(QStringLiteral("parentTable"));
    m_parentTable->setAccessibleName(tr("Parents"));
    m_childTable = makeTable(m_children, 3, [this] { editChild(); });
    m_childTable->setObjectName(QStringLiteral("childTable"));
    m_childTable->setAccessibleName(tr("Children"));

    auto* childButtons = new QHBoxLayout;
    childButtons->addWidget(new QLabel(tr("<b>Children</b>"), this));
    childButtons->addStretch();
    QPushButton* add = makeButton(tr("Add a child…"), QStringLiteral("addChildButton"), [this] { addChild(); });
    QPushButton* edit = makeButton(tr("Change…"), QStringLiteral("editChildButton"), [this] { editChild(); });
    QPushButton* remove = makeButton(tr("Remove"), QStringLiteral("removeChildButton"), [this] { removeChild(); });
    childButtons->addWidget(add);
    childButtons->addWidget(edit);
    childButtons->addWidget(remove);
    // Tab goes as the page reads: the parents, the buttons over the children, the children.
    setTabOrder(m_parentTable, add);
    setTabOrder(add, edit);
    setTabOrder(edit, remove);
    setTabOrder(remove, m_childTable);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Parents</b>"), this));
    layout->addWidget(m_parentTable, 1);
    layout->addLayout(childButtons);
    layout->addWidget(m_childTable, 2);
}

RecordTableModel::Row FamilyPanel::parentRow(const core::FamilyParent& parent) const
{
    const auto patient = m_workspace ? m_workspace->patients().get(parent.patientId) : std::nullopt;
    return {parent.patientId,
            {patient ? patient->fullName() : QString(), patient ? patient->identityNumber().display() : QString(),
             occupationText(parent.occupationAtStart), ratingText(parent.ratingAtStart),
             occupationText(parent.occupationAtEnd), ratingText(parent.ratingAtEnd)},
            RecordTableModel::Tone::Normal,
            parent.sickListed ? tr("Sick-listed") : QString()};
}

void FamilyPanel::refresh()
{
    if (!hasCase()) {
        m_parents->setRecords({});
        m_children->setRecords({});
        return;
    }
    core::FamilyRepository families(m_workspace->context());
    m_parents->setRecords(families.parents(m_caseId));
    m_children->setRecords(families.children(m_caseId));
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
    core::ServiceContext* context = &m_workspace->context();
    dialog.setSaveAction([&] {
        const core::FamilyChild after = dialog.child();
        FunctionCommand::perform(
            m_undoStack, tr("Change the child's details"),
            [=] {
                core::FamilyChild changed = after;
                core::FamilyRepository(*context).saveChild(changed);
            },
            [=] {
                core::FamilyChild restored = before;
                core::FamilyRepository(*context).saveChild(restored);
            });
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
