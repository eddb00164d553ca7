// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Plan.h"
#include "ui/models/RecordListModel.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// The case's joint action plan: the version in force (or any earlier one) with its goals, responsibility,
// next follow-up and distribution, and the actions with who is responsible; overdue actions stand out.
// The newest version is edited here: its fields, and its actions added, changed, removed and put in order
// (buttons, Alt+Up/Down, or drag and drop). Every edit is one step on the undo stack. An adopted version is
// never changed: the first edit after adopting starts the next version as a draft.
class PlanPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPanel(QWidget* parent = nullptr);

    void setWorkspace(core::Workspace* workspace) { m_workspace = workspace; }
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    void setDocumentActions(class CaseDocumentActions* documents) { m_documents = documents; }
    void showCase(qint64 caseId);
    RecordListModel<core::PlanAction>* actions() const { return m_actions; }
    QString summaryText() const;
    int shownVersion() const { return m_shownVersion; }

    // The edits, also reachable from the buttons (public so tests and menus can call them).
    void editPlan();
    void addAction();
    void editAction();
    void removeAction();
    void moveAction(int from, int to);
    void moveSelected(int by);
    void adopt();
    void compareVersions();
    // The shown version in the print preview.
    void printPlan();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    RecordTableModel::Row actionRow(const core::PlanAction& action) const;
    // `missing`: the recipients without a recorded copy (PlanRules::recipientsWithoutCopy).
    QString distributionParagraph(const core::PlanVersion& plan, const QStringList& missing) const;
    void showVersion(int version);
    void updateButtons();
    int selectedRow() const;
    void selectRow(int row);
    bool editingNewest() const;
    // The plan as the next edit starts from it: the newest version, or a first draft written from the case.
    core::PlanVersion editBase() const;
    // Saves `after` as the draft in one undoable step.
    void applyEdit(const QString& text, const core::PlanVersion& after, int selectRowAfter = -1);

    core::Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    qint64 m_caseId = 0;
    int m_shownVersion = 0;
    int m_newestVersion = 0;
    int m_pendingSelection = -1;
    QList<core::PlanVersion> m_loaded;  // every version of the case, oldest first
    QHash<int, QStringList> m_copiesTo; // by plan version: the recipients of its recorded copies
    std::optional<core::PlanVersion> m_shown;
    QComboBox* m_versions;
    QLabel* m_state;
    QTextBrowser* m_summary;
    RecordListModel<core::PlanAction>* m_actions;
    QHash<qint64, QString> m_actorNames; // for the actions' "responsible", read as the plan is shown
    QTableView* m_table;
    QTimer* m_fitRows;
    QPushButton* m_editPlan;
    QPushButton* m_addAction;
    QPushButton* m_editAction;
    QPushButton* m_removeAction;
    QPushButton* m_moveUp;
    QPushButton* m_moveDown;
    QPushButton* m_adopt;
    QPushButton* m_compare;
    QPushButton* m_print;
    class CaseDocumentActions* m_documents = nullptr;
};

} // namespace koordinera::ui
