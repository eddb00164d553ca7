// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

class CaseListModel;

// Shown when a database file lacks saves this computer made to it (an older copy, a backup put in its place, a file
// cut back): says what was expected, when and where it was last saved, and shows what the file holds, opened
// read-only (nothing is written to it). Accepting means "work in the file as it is"; the default leaves it untouched.
class OlderFileDialog : public QDialog
{
    Q_OBJECT

public:
    OlderFileDialog(core::Workspace& file, const QString& path, const QString& finding, QWidget* parent = nullptr);

    CaseListModel* caseModel() const { return m_cases; }

private:
    CaseListModel* m_cases;
};

} // namespace koordinera::ui
