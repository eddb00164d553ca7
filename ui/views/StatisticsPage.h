// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Statistics.h"

#include <QWidget>
#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace koordinera::core {
class Settings;
class Workspace;
} // namespace koordinera::core

namespace koordinera::ui {

class DocumentPreviewDialog;
struct MeasureView;

// Statistik: the unit's figures for a month, a quarter, a year or a chosen period, always women, men and total
// (issue 6): key figures on top, then one measure at a time as a chart beside its table. Printing and export
// hide small numbers as the settings say; the screen shows them, since it does not leave the program.
class StatisticsPage : public QWidget
{
    Q_OBJECT

public:
    enum class PeriodKind
    {
        Month,
        Quarter,
        Year,
        Custom,
    };
    // Seams for tests: where an export goes (empty = cancelled), and the print preview.

    StatisticsPage(core::Settings& settings, QWidget* parent = nullptr);

    void setWorkspace(core::Workspace* workspace);
    // Asked before the report is made (MainWindow::requireSigner): it names who compiled it.
    void setSignerCheck(std::function<bool()> check) { m_requireSigner = std::move(check); }

    void setPeriod(PeriodKind kind, int year, int part = 1);
    void setCustomPeriod(const QDate& from, const QDate& to);
    core::StatisticsPeriod period() const;
    const core::StatisticsReport& report() const { return m_report; }
    // 0 is the month-by-month overview, then the report's tables in order.
    void showMeasure(int index);
    int measureCount() const;

    bool printReport();
    // Writes the statistics as CSV or XLSX (by the chosen name); false when cancelled or it failed.
    bool exportReport();
    QString lastError() const { return m_lastError; }
    // The note under the table names the small-number threshold; call when the settings change.
    void updateNote();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildPeriodBar();
    void periodKindChanged();
    void refresh();
    core::StatisticsReport computeReport(const core::StatisticsPeriod& shown);
    void updateKeyFigures();
    void showView(const MeasureView& view);
    void fillTable(const QStringList& headings, const QList<QStringList>& rows);
    QString periodText() const;

    core::Settings& m_settings;
    core::Workspace* m_workspace = nullptr;
    core::StatisticsReport m_report;
    bool m_stale = true;
    bool m_computing = false;
    QComboBox* m_kind;
    QSpinBox* m_year;
    QComboBox* m_part;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_periodLabel;
    QList<QLabel*> m_figures;
    QListWidget* m_measures;
    QLabel* m_measureTitle;
    QChartView* m_chart;
    QTableWidget* m_table;
    QLabel* m_note;
    std::function<bool()> m_requireSigner;
    QString m_lastError;
    QMetaObject::Connection m_changed;
};

} // namespace koordinera::ui
