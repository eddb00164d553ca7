// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

class RecordTableModel;

// The unit's staff list, from which each case names its doctor and care team (issue 21). Someone who leaves is
// taken out of use, never deleted, so older cases keep the names they had.
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    StaffDialog(core::Workspace& workspace, QWidget* parent = nullptr);
    bool addMember(const QString& name, int professionIndex);
    void toggleSelected();

private:
    void refresh();

    core::Workspace& m_workspace;
    RecordTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_name;
    QComboBox* m_profession;
    QLabel* m_error;
};

} // namespace koordinera::ui
