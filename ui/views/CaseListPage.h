// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/CaseListQuery.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace koordinera::core {
class Settings;
class Workspace;
} // namespace koordinera::core

namespace koordinera::ui {

class CaseListModel;

// The case list with its filter bar: free text (name, identity number, diagnosis, notes), status, length,
// sex and closed cases, and Rehabstöd's doctor, diagnosis chapter, age band and end date. Columns can be shown or
// hidden from the header's context menu and are remembered.
class CaseListPage : public QWidget
{
    Q_OBJECT

public:
    // Seams for tests: the question before patient data leaves the program, and where the file goes (empty =
    // cancelled).

    CaseListPage(core::Settings& settings, QWidget* parent = nullptr);
    ~CaseListPage() override;

    void setWorkspace(core::Workspace* workspace);
    CaseListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    void focusSearch();
    void saveColumnState();
    void arrangeColumnsForProfile();
    // The columns shown, in the order shown: what an export writes.
    QList<core::CaseListColumn> visibleColumns() const;
    // Exports the listed cases with the shown columns to CSV or XLSX (by the chosen name) after asking, and
    // logs the access for every case; false when declined, cancelled or it failed (see lastError()).
    bool exportList();
    QString lastError() const { return m_lastError; }

protected:
    // Out of sight in a shown window, the list is not read again on every change; coming back reads it once.
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    void caseActivated(qint64 caseId);
    void newCaseRequested();

private:
    void addDetailFilters();
    void refreshDoctors();
    void fillDoctors(QStringList doctors, bool keepChosen);
    void applyFilter();
    core::CaseListFilter currentFilter() const;
    void updateCount();
    void showColumnMenu(const QPoint& position);
    void restoreColumnState();
    void fitColumnsOnce();

    core::Settings& m_settings;
    CaseListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_length;
    QComboBox* m_sex;
    QCheckBox* m_showClosed;
    QComboBox* m_doctor = nullptr;
    QComboBox* m_chapter = nullptr;
    QComboBox* m_age = nullptr;
    QComboBox* m_end = nullptr;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
    QTimer* m_searchDelay;
    class ShownPatientsLog* m_shownLog;
    bool isStretchedColumn(int column) const;
    bool m_columnsFitted = false;
    bool m_fittingColumns = false; // the program, not the user, is setting widths
    bool m_family = false;         // a family file's list (issue 23)
    QPushButton* m_newCase = nullptr;
    QString m_lastError;
};

} // namespace koordinera::ui
