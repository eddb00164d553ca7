// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Worklist.h"

#include <QAbstractItemModel>

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// The worklist as a two-level tree: a heading per kind ("Försenade åtgärder (3)") with its items below,
// columns Patient, Ärende, Varför, Datum. Empty kinds are left out. Refreshes itself after every change.
class WorklistModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Patient,
        Reference,
        Reason,
        Date,
        ColumnCount,
    };

    explicit WorklistModel(QObject* parent = nullptr);

    void setWorkspace(core::Workspace* workspace);
    void setSettings(const core::WorklistSettings& settings);
    void refresh();
    // The item behind an index, or nullptr for a heading.
    const core::Worklist::Item* itemAt(const QModelIndex& index) const;
    int count(core::Worklist::Kind kind) const;
    // The kind of the group whose heading is on `row` (a top-level row).
    core::Worklist::Kind kindOfGroup(int row) const { return m_groups.at(row).kind; }
    int totalCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();

private:
    struct Group
    {
        core::Worklist::Kind kind;
        QList<core::Worklist::Item> items;
    };

    core::Workspace* m_workspace = nullptr;
    bool m_family = false; // a family file's (issue 23): the first column names the family
    core::WorklistSettings m_settings;
    QList<Group> m_groups;
    QMetaObject::Connection m_changed;
};

} // namespace koordinera::ui
