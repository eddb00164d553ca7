// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableView;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

class RecordTableModel;

// The unit's list of KVÅ codes for coordination work (GC001, DV077 and AW026 to begin with; regions differ).
// Codes are added or taken out of use, never deleted, so old entries keep theirs.
class KvaCodesDialog : public QDialog
{
    Q_OBJECT

public:
    KvaCodesDialog(core::Workspace& workspace, QWidget* parent = nullptr);
    bool addCode(const QString& code, const QString& text);
    void toggleSelected();

private:
    void refresh();

    core::Workspace& m_workspace;
    RecordTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_code;
    QLineEdit* m_text;
    QLabel* m_error;
};

} // namespace koordinera::ui
