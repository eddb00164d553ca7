// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/CareTeamDialog.h"

#include "core/domain/DomainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace koordinera::ui {

CareTeamDialog::CareTeamDialog(const QList<core::StaffMember>& staff, const QList<core::StaffMember>& team,
                               QWidget* parent)
    : RecordDialog(tr("Care team"), parent), m_team(team), m_list(new QListWidget(this)), m_empty(new QLabel(this)),
      m_editStaff(new QPushButton(tr("&Staff at the unit…"), this))
{
    setObjectName(QStringLiteral("careTeamDialog"));
    m_list->setObjectName(QStringLiteral("careTeamList"));
    m_list->setAccessibleName(tr("Care team"));
    m_empty->setObjectName(QStringLiteral("careTeamEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("The unit's staff list is empty. Add the doctors, nurses, physiotherapists and others with "
                        "“Staff at the unit…”, then tick those who work with this case."));
    m_editStaff->setObjectName(QStringLiteral("editStaffButton"));
    m_editStaff->setEnabled(false);
    connect(m_editStaff, &QPushButton::clicked, this, [this] {
        if (m_staffEditor)
            fill(m_staffEditor(), chosen());
    });
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Tick the case's doctor and those in the care team who work with the patient."), body);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_editStaff);
    layout->addLayout(row);
    setBody(body);
    QList<qint64> ids;
    for (const core::StaffMember& member : team)
        ids.append(member.id);
    fill(staff, ids);
    resize(460, 420);
}

void CareTeamDialog::setStaffEditor(std::function<QList<core::StaffMember>()> editor)
{
    m_staffEditor = std::move(editor);
    m_editStaff->setEnabled(bool(m_staffEditor));
}

void CareTeamDialog::fill(const QList<core::StaffMember>& staff, const QList<qint64>& chosen)
{
    m_list->clear();
    QList<core::StaffMember> shown = staff;
    // Someone taken out of use is still shown on the cases that name them.
    for (const core::StaffMember& member : std::as_const(m_team)) {
        const bool listed = std::any_of(shown.cbegin(), shown.cend(),
                                        [&member](const core::StaffMember& other) { return other.id == member.id; });
        if (!listed)
            shown.append(member);
    }
    for (const core::StaffMember& member : std::as_const(shown)) {
        QString text = QStringLiteral("%1 (%2)").arg(member.name, core::text::labelOf(member.profession).toLower());
        if (!member.active)
            text += QStringLiteral(" – ") + tr("no longer at the unit");
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, member.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(member.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_empty->setVisible(shown.isEmpty());
    m_list->setVisible(!shown.isEmpty());
}

QList<qint64> CareTeamDialog::chosen() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void CareTeamDialog::setChosen(qint64 staffId, bool chosen)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == staffId)
            m_list->item(row)->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace koordinera::ui
