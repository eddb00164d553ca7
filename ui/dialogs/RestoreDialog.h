// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

class CaseListModel;

// Shows what a backup holds (opened read-only) before anything is restored: when it was made, how many
// cases, the newest log entry and the case list itself. Accepting means "replace the database with this".
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(core::Workspace& backup, const QString& backupPath, const QString& safetyCopyFolder,
                  QWidget* parent = nullptr);

    CaseListModel* caseModel() const { return m_cases; }

private:
    CaseListModel* m_cases;
};

} // namespace koordinera::ui
