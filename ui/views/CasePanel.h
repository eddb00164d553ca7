// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Actor.h"

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// One tab of the case view: one part of one case, read again from the workspace whenever the case changes. Edits go
// through the undo stack.
class CasePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CasePanel(QWidget* parent = nullptr);

    void setWorkspace(core::Workspace* workspace);
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    void showCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    // Reads the case's part again.
    virtual void refresh() = 0;

    // The organisations the case has contact with, and its employer: who a consent or an entry can concern.
    static QList<core::Actor> linkedActors(core::Workspace& workspace, qint64 caseId);

protected:
    QPushButton* makeButton(const QString& text, const QString& objectName, const std::function<void()>& action);
    // A table of records; activating a row (double-click, Enter) calls `onActivate`.
    QTableView* makeTable(QAbstractItemModel* model, int stretchColumn, const std::function<void()>& onActivate);
    QList<core::Actor> linkedActors() const
    {
        return hasCase() ? linkedActors(*m_workspace, m_caseId) : QList<core::Actor>();
    }
    bool hasCase() const { return m_workspace && m_caseId; }

    core::Workspace* m_workspace = nullptr;
    QUndoStack* m_undoStack = nullptr;
    qint64 m_caseId = 0;
};

} // namespace koordinera::ui
