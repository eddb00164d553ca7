// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"
#include "ui/models/RecordListModel.h"
#include "ui/views/CasePanel.h"

class QTableView;
class QTextBrowser;

namespace koordinera::ui {

// The activity log: every contact and piece of coordination work, newest first, with the chosen entry's full note.
// Entries are records, not undoable edits: a mistake is corrected, and every earlier version is kept.
class ActivitiesPanel : public CasePanel
{
    Q_OBJECT

public:
    explicit ActivitiesPanel(QWidget* parent = nullptr);
    void refresh() override;

    // True when an entry was written.
    bool addActivity();
    void correctActivity();
    void showActivityHistory();

private:
    const core::Activity* selectedActivity() const;
    void showSelectedNote();

    RecordListModel<core::Activity>* m_activities;
    QTableView* m_table = nullptr;
    QTextBrowser* m_noteView = nullptr;
};

} // namespace koordinera::ui
