// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Worklist.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

class WorklistModel;

// "Idag", the start screen: what needs attention today, grouped, each row saying why; Enter or a
// double-click opens the case where the matter is.
class WorklistPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorklistPage(QWidget* parent = nullptr);

    void setWorkspace(core::Workspace* workspace);
    WorklistModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    // Opens the item on `row` of the flattened list (tests, keyboard).
    void activate(const QModelIndex& index);
    // Whether a group starts folded: today's matters open, a long list of later ones folded until asked for.
    static bool startsFolded(core::Worklist::Kind kind, int count);

Q_SIGNALS:
    void caseActivated(qint64 caseId, core::CaseArea area);
    // After every refresh, with the number of items (for the navigation's count).
    void countChanged(int count);

private:
    void updateHeading();
    void applyFolding();

    core::Workspace* m_workspace = nullptr;
    WorklistModel* m_model;
    QTreeView* m_view;
    QLabel* m_heading;
    QLabel* m_empty;
    QStackedWidget* m_body;
    class ShownPatientsLog* m_shownLog;
    // What the user folded or unfolded, by kind, kept for the session across refreshes.
    QHash<core::Worklist::Kind, bool> m_foldedByUser;
    bool m_applyingFolds = false;
};

} // namespace koordinera::ui
