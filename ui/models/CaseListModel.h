// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/CaseListQuery.h"

#include <QAbstractTableModel>
#include <functional>
#include <memory>

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// The case list over core's CaseListCache: filtering and sorting run in SQL, typing in the search filters the
// rows already read; the model only formats. Refreshes itself after every committed change to the database.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles
    {
        CaseIdRole = Qt::UserRole + 1,
    };

    explicit CaseListModel(QObject* parent = nullptr);
    ~CaseListModel() override;

    void setWorkspace(core::Workspace* workspace);
    // Both at once: one query instead of two.
    void setWorkspace(core::Workspace* workspace, const core::CaseListFilter& filter);
    void setFilter(const core::CaseListFilter& filter);
    const core::CaseListFilter& filter() const { return m_filter; }
    void refresh();
    // While `hold` says so (its page is out of sight), a change to the data is only noted, and
    // refreshIfStale() reads the list when it is wanted again. Reading 50,000 cases for a list no one sees made
    // every save slow.
    void setHoldWhile(std::function<bool()> hold) { m_holdWhile = std::move(hold); }
    void refreshIfStale();
    // Reads the rows again now, or marks them to be read when the list is next shown (while held).
    void refreshWhenShown();
    int totalCases() const;
    qint64 caseIdAt(int row) const;
    int rowOfCase(qint64 caseId) const;
    // The rows on screen, in order (a copy, for exports).
    QList<core::CaseListRow> shownRows() const;
    core::Workspace* workspace() const { return m_workspace; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void showRows();
    const core::CaseListRow& rowAt(int row) const { return m_allRows.at(m_shown.at(row)); }
    QVariant display(const core::CaseListRow& row, core::CaseListColumn column) const;

    std::function<bool()> m_holdWhile;
    bool m_stale = false;
    core::Workspace* m_workspace = nullptr;
    std::unique_ptr<core::CaseListCache> m_cache;
    core::CaseListFilter m_filter;
    core::CaseListColumn m_sortColumn = core::CaseListColumn::Name;
    bool m_ascending = true;
    QList<core::CaseListRow> m_allRows; // what the filter without its text lets through
    QList<int> m_shown;                 // the positions in m_allRows on screen
    QMetaObject::Connection m_changedConnection;
};

} // namespace koordinera::ui
