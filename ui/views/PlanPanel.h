// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

class RecordTableModel;

// The case's joint action plan: the version in force (or any earlier one) with its goals, responsibility,
// next follow-up and distribution, and the actions with who is responsible; overdue actions stand out.
class PlanPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPanel(QWidget* parent = nullptr);

    void setWorkspace(core::Workspace* workspace) { m_workspace = workspace; }
    void showCase(qint64 caseId);
    RecordTableModel* actions() const { return m_actions; }
    QString summaryText() const;

private:
    void showVersion(int version);

    core::Workspace* m_workspace = nullptr;
    qint64 m_caseId = 0;
    QComboBox* m_versions;
    QLabel* m_state;
    QTextBrowser* m_summary;
    RecordTableModel* m_actions;
    QTableView* m_table;
};

} // namespace koordinera::ui
