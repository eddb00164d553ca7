// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/SickLeaveList.h"
#include "core/records/SickListRepository.h"

#include <QDialog>
#include <optional>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// Importera sjukskrivningslista: reads the unit's list from Rehabstöd (Excel, or a CSV saved from it), shows what an
// import would do (periods added to cases in coordination, patients new on the list, rows that cannot be read and
// why) and imports it, all or nothing, when the coordinator says so. Where a case says another grade than the list,
// both are shown side by side and the case is corrected only when the coordinator ticks it.
class SickListImportDialog : public QDialog
{
    Q_OBJECT

public:
    SickListImportDialog(core::Workspace& workspace, const QString& path, QWidget* parent = nullptr);

    bool fileRead() const { return m_list.ok() && !m_list.entries.isEmpty(); }
    QString previewText() const;
    // Imports the list and closes the dialog; false (with the reason shown) when it could not.
    bool importList();
    // After an import: what it did.
    const std::optional<core::SickListImportSummary>& summary() const { return m_summary; }
    static QString summaryText(const core::SickListImportSummary& summary);
    void setListDate(const QDate& date);
    // The differences offered for correction, and ticking one (for tests and keyboard users alike).
    int differenceCount() const;
    void setCorrected(int difference, bool corrected);

private:
    void readFile();
    void updatePreview();
    void showDifferences(const QList<core::SickListPeriodChange>& differences);
    QSet<qint64> casesToCorrect() const;

    core::Workspace& m_workspace;
    QString m_path;
    core::SickLeaveList::List m_list;
    QDateEdit* m_date;
    QTextBrowser* m_preview;
    QLabel* m_differencesLabel;
    QListWidget* m_differences;
    QPushButton* m_importButton;
    std::optional<core::SickListImportSummary> m_summary;
};

} // namespace koordinera::ui
