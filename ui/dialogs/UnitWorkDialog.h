// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Staff.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

class RecordTableModel;

// Work for the unit that belongs to no case (issue 21): advice to colleagues, team meetings, training, routines,
// with the KVÅ code and the time it took. Counted in the statistics as the unit's own work. It holds no patient
// data, so an entry is changed or removed like any of the unit's records.
class UnitWorkDialog : public QDialog
{
    Q_OBJECT

public:
    UnitWorkDialog(core::Workspace& workspace, QWidget* parent = nullptr);
    // The form as an entry: a new one, or the chosen one changed.
    core::UnitWork formEntry() const;
    void setForm(const core::UnitWork& work);
    // Saves the form as a new entry (or over the chosen one); false with the reason under the form.
    bool saveForm(bool asNew);
    bool removeChosen();
    int rowCount() const;

private:
    void refresh();
    void showChosen();

    core::Workspace& m_workspace;
    QList<core::UnitWork> m_entries;
    RecordTableModel* m_model;
    QTableView* m_table;
    QDateEdit* m_day;
    QComboBox* m_kind;
    QComboBox* m_kva;
    QSpinBox* m_minutes;
    QLineEdit* m_note;
    QPushButton* m_change;
    QPushButton* m_remove;
    QLabel* m_error;
};

} // namespace koordinera::ui
