// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

class CaseDocumentActions;
class RecordTableModel;

// The Dokument tab: every document about the case, one button each with what it is for, and the record of
// what has been printed, saved or copied, when, by whom, for whom, with the file's SHA-256.
class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    DocumentsPanel(CaseDocumentActions* actions, QWidget* parent = nullptr);

    void setWorkspace(core::Workspace* workspace) { m_workspace = workspace; }
    void showCase(qint64 caseId);
    RecordTableModel* records() const { return m_records; }
    QComboBox* meetingChoice() const { return m_meeting; }

private:
    void addDocumentRow(QGridLayout* grid, QPushButton* button, const QString& explanation, QWidget* extra = nullptr);

    CaseDocumentActions* m_actions;
    core::Workspace* m_workspace = nullptr;
    qint64 m_caseId = 0;
    QPushButton* m_plan;
    QPushButton* m_form;
    QPushButton* m_minutes;
    QPushButton* m_summary;
    QPushButton* m_letter;
    QComboBox* m_meeting;
    QLabel* m_empty;
    RecordTableModel* m_records;
};

} // namespace koordinera::ui
