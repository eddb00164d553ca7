// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/StaffDialog.h"

#include "core/domain/DomainText.h"
#include "core/domain/Validation.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/FormErrors.h"
#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace koordinera::ui {

StaffDialog::StaffDialog(core::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace),
      m_model(new RecordTableModel({tr("Name"), tr("Profession"), tr("In use")}, this)),
      m_table(makeRecordTable(m_model, 0, this)), m_name(new QLineEdit(this)), m_profession(new QComboBox(this)),
      m_error(FormErrors::makeErrorLabel(this))
{
    setObjectName(QStringLiteral("staffDialog"));
    m_error->setObjectName(QStringLiteral("staffError"));
    setWindowTitle(tr("Staff at the unit"));
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setAccessibleName(tr("Staff at the unit"));
    m_name->setObjectName(QStringLiteral("staffNameEdit"));
    m_name->setPlaceholderText(tr("Name, e.g. Eva Ek"));
    m_name->setAccessibleName(tr("Name"));
    m_profession->setObjectName(QStringLiteral("staffProfessionCombo"));
    m_profession->setAccessibleName(tr("Profession"));
    for (core::Profession profession : core::text::allValues<core::Profession>())
        m_profession->addItem(core::text::labelOf(profession), int(profession));

    auto* toggle = new QPushButton(tr("Take out of use / back in use"), this);
    toggle->setObjectName(QStringLiteral("toggleStaffButton"));
    connect(toggle, &QPushButton::clicked, this, &StaffDialog::toggleSelected);
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addStaffButton"));
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addMember(m_name->text(), m_profession->currentIndex()))
            m_name->clear();
    });
    connect(m_name, &QLineEdit::returnPressed, add, &QPushButton::click);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    chainTabOrder({m_table, toggle, m_name, m_profession, add});
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_profession);
    addRow->addWidget(add);
    auto* intro = new QLabel(tr("The doctors, nurses, physiotherapists and others a case can name in its care team. "
                                "Someone who leaves is taken out of use; the cases keep their names."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(toggle, 0, Qt::AlignRight);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(600, 420);
    refresh();
}

void StaffDialog::refresh()
{
    QList<RecordTableModel::Row> rows;
    for (const auto& member : m_workspace.staff().staff(false)) {
        rows.append({member.id,
                     {member.name, core::text::labelOf(member.profession), member.active ? tr("Yes") : tr("No")},
                     member.active ? RecordTableModel::Tone::Normal : RecordTableModel::Tone::Muted,
                     {}});
    }
    m_model->setRows(rows);
}

bool StaffDialog::addMember(const QString& name, int professionIndex)
{
    core::StaffMember member;
    member.name = name;
    member.profession = core::Profession(m_profession->itemData(std::max(0, professionIndex)).toInt());
    if (!FormErrors::saveShowing(m_error, [&] { m_workspace.staff().save(member); }))
        return false;
    refresh();
    m_table->selectRow(m_model->rowOfId(member.id));
    return true;
}

void StaffDialog::toggleSelected()
{
    const auto* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return;
    for (auto member : m_workspace.staff().staff(false)) {
        if (member.id != row->id)
            continue;
        member.active = !member.active;
        m_workspace.staff().save(member);
        refresh();
        m_table->selectRow(m_model->rowOfId(member.id));
        return;
    }
}

} // namespace koordinera::ui
