// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/AuditLog.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

class OptionalDateEdit;
class RecordTableModel;

// The access log review (spot checks, docs/domain.md §8): filter by patient, event and dates; the chain check
// result; and, for one patient, the log extract to print or save as PDF.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxRows = 2000;
    // Where a PDF goes (a seam for tests); an empty path cancels.

    AuditLogDialog(core::Workspace& workspace, const QString& producedBy, QWidget* parent = nullptr);

    void setPatientFilter(const QString& text);
    void setActionFilter(const QString& key);
    void setDateRange(const QDate& from, const QDate& to);
    RecordTableModel* model() const { return m_model; }
    QString chainStatus() const;
    // The patient all shown entries belong to, or 0 when they are not one patient's.
    qint64 extractPatient() const { return m_extractPatient; }
    bool saveExtractAsPdf();
    void printExtract();

private:
    void refresh();
    core::AuditLog::Filter filter() const;
    struct Extract;
    Extract extract() const;

    core::Workspace& m_workspace;
    QString m_producedBy;
    RecordTableModel* m_model;
    QLineEdit* m_patient;
    QComboBox* m_action;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QTableView* m_table; // created after the filters above it, so Tab reaches them first
    QLabel* m_count;
    QLabel* m_chain;
    QPushButton* m_printExtract;
    QPushButton* m_pdfExtract;
    qint64 m_extractPatient = 0;
    QList<core::AuditLog::Entry> m_entries;
};

} // namespace koordinera::ui
