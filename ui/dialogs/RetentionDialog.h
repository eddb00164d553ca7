// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/Retention.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// Gallring: lists closed cases past the retention time; the coordinator ticks the ones a documented
// decision covers, writes the decision down, and confirms. Nothing is ticked to begin with.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionDialog(core::Workspace& workspace, int retentionYears, QWidget* parent = nullptr);

    int candidateCount() const { return int(m_candidates.size()); }
    void setChecked(int row, bool checked);
    void setReason(const QString& reason);
    // Purges the ticked cases after confirmation; false when nothing was done.
    bool purgeChecked();
    bool purgedAny() const { return m_purgedAny; }

private:
    void refresh();
    void updateButton();
    QList<qint64> checkedCases() const;

    core::Workspace& m_workspace;
    int m_years;
    QList<core::Retention::Candidate> m_candidates;
    QTableWidget* m_table;
    QLineEdit* m_reason;
    QLabel* m_error;
    QLabel* m_summary;
    QPushButton* m_purge;
    bool m_purgedAny = false;
};

} // namespace koordinera::ui
