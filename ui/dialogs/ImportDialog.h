// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/CaseImport.h"
#include "core/exchange/CsvReader.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace koordinera::core {
class Settings;
class Workspace;
} // namespace koordinera::core

namespace koordinera::ui {

// Importera ärendelista: a CSV file saved from Excel, its encoding and separator (detected, and the user may
// change them), each column mapped to a field (remembered for next time), and the rows as they will be
// stored, with every problem by line and reason. Importing stores every valid row in one transaction.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(core::Workspace& workspace, core::Settings& settings, const QString& path, QWidget* parent = nullptr);

    // Whether the file could be read at all; when not, readError() says why (the dialog shows it too).
    bool fileRead() const { return m_read.ok(); }
    QString readError() const { return m_read.error; }
    void setEncoding(core::CsvReader::Encoding encoding);
    void setSeparator(QChar separator);
    void setField(int column, core::CaseImport::Field field);
    const core::CaseImport::Mapping& mapping() const { return m_mapping; }
    const core::CaseImport::Preview& preview() const { return m_preview; }
    QTableWidget* mappingTable() const { return m_mappingTable; }
    QTableWidget* previewTable() const { return m_previewTable; }

    // Stores the valid rows (the dialog's Import button); the summary, or nullopt when nothing was stored
    // (see lastError()).
    std::optional<core::CaseImport::Summary> importRows();
    QString lastError() const { return m_lastError; }
    // What the last successful import did.
    const std::optional<core::CaseImport::Summary>& summary() const { return m_summary; }
    // The summary as the user is told it.
    static QString summaryText(const core::CaseImport::Summary& summary);

private:
    void readFile();
    void readWorkbook();
    void fillMapping();
    void updatePreview();

    core::Workspace& m_workspace;
    core::Settings& m_settings;
    QByteArray m_bytes;
    core::CsvReader::Encoding m_encoding = core::CsvReader::Encoding::Utf8;
    QChar m_separator = QLatin1Char(';');
    core::CsvReader::Result m_read;
    core::CaseImport::Mapping m_mapping;
    core::CaseImport::Preview m_preview;
    QComboBox* m_encodingBox;
    QComboBox* m_separatorBox;
    QLabel* m_fileProblem;
    QTableWidget* m_mappingTable;
    QTableWidget* m_previewTable;
    QLabel* m_status;
    QPushButton* m_import;
    QString m_lastError;
    std::optional<core::CaseImport::Summary> m_summary;
};

} // namespace koordinera::ui
