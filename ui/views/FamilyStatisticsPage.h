// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/FamilyStatistics.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace koordinera::core {
class Settings;
class Workspace;
} // namespace koordinera::core

namespace koordinera::ui {

// The statistics page of a family file (issue 23): the period's families, parents by sex, children by age, the
// network, time in support and parents back in work or studies. Printed as a report under the small-number rule,
// and the closed supports exported for the systematic follow-up (XLSX or CSV).
class FamilyStatisticsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FamilyStatisticsPage(core::Settings& settings, QWidget* parent = nullptr);
    void setWorkspace(core::Workspace* workspace);
    void setSignerCheck(std::function<bool()> check) { m_requireSigner = std::move(check); }
    // 0: the whole year, 1–2: a half, 3–6: a quarter, 7–18: a month.
    void setPeriod(int year, int part = 0);
    core::StatisticsPeriod period() const;
    const core::FamilyReport& report() const { return m_report; }

    bool printReport();
    // The closed supports of the period, one row each; false when nothing was written (cancelled, or failed:
    // lastError() says why).
    bool exportFollowUp();
    QString lastError() const { return m_lastError; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    QTableWidget* makeTable(const QString& objectName, const QStringList& headings);

    core::Settings& m_settings;
    core::Workspace* m_workspace = nullptr;
    std::function<bool()> m_requireSigner;
    core::FamilyReport m_report;
    QSpinBox* m_year;
    QComboBox* m_part;
    QLabel* m_periodLabel;
    QLabel* m_figures;
    QTableWidget* m_parents;
    QTableWidget* m_children;
    QTableWidget* m_network;
    QString m_lastError;
};

} // namespace koordinera::ui
