// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Meeting.h"

#include <QWidget>

class QTableView;
class QTextBrowser;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

class RecordTableModel;

// The case's meetings, latest first, with the selected meeting's record (participants, the patient's view,
// care's report, work options, decisions), and the 4 § impulser made.
class MeetingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsPanel(QWidget* parent = nullptr);

    void setWorkspace(core::Workspace* workspace) { m_workspace = workspace; }
    void showCase(qint64 caseId);
    RecordTableModel* meetings() const { return m_meetingRows; }
    RecordTableModel* impulses() const { return m_impulseRows; }
    QString recordText() const;

private:
    void showSelected();

    core::Workspace* m_workspace = nullptr;
    qint64 m_caseId = 0;
    QList<core::Meeting> m_meetings;
    RecordTableModel* m_meetingRows;
    RecordTableModel* m_impulseRows;
    QTableView* m_meetingTable;
    QTableView* m_impulseTable;
    QTextBrowser* m_record;
};

} // namespace koordinera::ui
