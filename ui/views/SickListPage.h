// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/SickListRepository.h"
#include "ui/models/RecordListModel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// "Sjukskrivna utan koordinering": the patients on the unit's latest sick-leave list who have no case, how far into
// their sjukfall they are, and what has been decided. From here the coordinator imports the week's list, starts a
// case (prefilled from the list) or records "bedömd, ingen koordinering nu" with a reason. Reading the list is
// written to the access log.
class SickListPage : public QWidget
{
    Q_OBJECT

public:
    explicit SickListPage(QWidget* parent = nullptr);

    void setWorkspace(core::Workspace* workspace);
    void refresh();
    RecordListModel<core::SickListCandidate>* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The candidate on the chosen row, if any.
    const core::SickListCandidate* selected() const;
    // Asks why not, and records the decision; false when the user cancelled or nothing is chosen.
    bool declineSelected();

Q_SIGNALS:
    void importRequested();
    void startCaseRequested(const core::SickListCandidate& candidate);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();

    core::Workspace* m_workspace = nullptr;
    RecordListModel<core::SickListCandidate>* m_model;
    QTableView* m_table = nullptr;
    QLabel* m_heading;
    QLabel* m_listInfo;
    QLabel* m_empty;
    QStackedWidget* m_body;
    QCheckBox* m_showDecided;
    QPushButton* m_startCase;
    QPushButton* m_decline;
    // The import whose list was last recorded as read, so showing the page again logs nothing new.
    qint64 m_readLoggedFor = -1;
};

} // namespace koordinera::ui
