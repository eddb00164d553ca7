// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Family.h"
#include "core/domain/Patient.h"
#include "ui/models/RecordListModel.h"
#include "ui/views/CasePanel.h"
#include "ui/widgets/NetworkPicture.h"

class QLabel;
class QPushButton;
class QTableView;

namespace koordinera::ui {

// The family in a family-support file (issue 23): the parents with the follow-up recorded for each, and the
// children with the impairment in the family's words and their school. Children are added, changed and removed
// here, each an undoable step.
class FamilyPanel : public CasePanel
{
    Q_OBJECT

public:
    explicit FamilyPanel(QWidget* parent = nullptr);
    void refresh() override;

    void addParent();
    void editFollowUp();
    void addChild();
    void editChild();
    void removeChild();
    RecordListModel<core::FamilyParent>* parents() const { return m_parents; }
    RecordListModel<core::FamilyChild>* children() const { return m_children; }

private:
    RecordTableModel::Row parentRow(const core::FamilyParent& parent) const;
    NetworkDrawing drawingOf(const QList<core::FamilyChild>& children) const;

    RecordListModel<core::FamilyParent>* m_parents;
    RecordListModel<core::FamilyChild>* m_children;
    QTableView* m_parentTable;
    QTableView* m_childTable;
    QPushButton* m_addParent;
    QLabel* m_networkState;
    NetworkPicture* m_picture;
};

} // namespace koordinera::ui
