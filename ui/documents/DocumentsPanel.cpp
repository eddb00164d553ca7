// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/DocumentsPanel.h"

#include "core/domain/DomainText.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/documents/CaseDocumentActions.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace koordinera::ui {

DocumentsPanel::DocumentsPanel(CaseDocumentActions* actions, QWidget* parent)
    : QWidget(parent), m_actions(actions),
      m_records(new RecordTableModel(
          {tr("When"), tr("Document"), tr("How"), tr("For"), tr("By"), tr("Pages"), tr("SHA-256")}, this))
{
    const auto button = [this](const QString& text, const QString& name, auto action) {
        auto* created = new QPushButton(text, this);
        created->setObjectName(name);
        connect(created, &QPushButton::clicked, this, action);
        return created;
    };
    m_plan = button(tr("Joint action plan…"), QStringLiteral("documentPlanButton"),
                    [this] { m_actions->showPlan(m_caseId); });
    m_form = button(tr("Form for the meeting…"), QStringLiteral("documentFormButton"),
                    [this] { m_actions->showBlankForm(m_caseId); });
    m_minutes = button(tr("Minutes…"), QStringLiteral("documentMinutesButton"),
                       [this] { m_actions->showMinutes(m_caseId, m_meeting->currentData().toLongLong()); });
    m_summary = button(tr("Case summary…"), QStringLiteral("documentSummaryButton"),
                       [this] { m_actions->showSummary(m_caseId); });
    m_letter = button(tr("Cover letter…"), QStringLiteral("documentLetterButton"),
                      [this] { m_actions->writeLetter(m_caseId); });
    m_meeting = new QComboBox(this);
    m_meeting->setObjectName(QStringLiteral("documentMeetingChoice"));
    m_meeting->setAccessibleName(tr("Meeting for the minutes"));
    m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* documents = new QGroupBox(tr("Print, save as PDF or copy"), this);
    auto* grid = new QGridLayout(documents);
    grid->setColumnStretch(1, 1);
    addDocumentRow(grid, m_plan,
                   tr("The plan as adopted, for every party at the meeting table, with signature lines."));
    addDocumentRow(grid, m_form, tr("The plan with empty rows and lines, to fill in by hand at the avstämningsmöte."));
    addDocumentRow(grid, m_minutes, tr("Minnesanteckningar from a meeting held:"), m_meeting);
    addDocumentRow(grid, m_summary,
                   tr("The whole case – sick leave, contacts, plans, meetings, consents – for the journal."));
    addDocumentRow(grid, m_letter, tr("A short letter to the employer or Försäkringskassan, with the plan."));

    auto* table = makeRecordTable(m_records, 1, this);
    chainTabOrder({m_plan, m_form, m_minutes, m_meeting, m_summary, m_letter, table});
    table->setObjectName(QStringLiteral("documentRecordTable"));
    table->setAccessibleName(tr("Printed and exported"));
    m_empty = new QLabel(tr("Nothing about this case has been printed, saved or copied yet."), this);
    m_empty->setObjectName(QStringLiteral("documentRecordsEmpty"));
    m_empty->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(documents);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Printed and exported")), this);
    layout->addSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addWidget(table, 1);
}

void DocumentsPanel::addDocumentRow(QGridLayout* grid, QPushButton* button, const QString& explanation, QWidget* extra)
{
    const int row = grid->rowCount();
    grid->addWidget(button, row, 0);
    auto* label = new QLabel(explanation, this);
    label->setWordWrap(true);
    label->setBuddy(button);
    if (!extra) {
        grid->addWidget(label, row, 1, 1, 2);
        return;
    }
    label->setWordWrap(false); // short, and it leads into the choice beside it
    auto* line = new QHBoxLayout;
    line->addWidget(label);
    line->addWidget(extra);
    line->addStretch();
    grid->addLayout(line, row, 1, 1, 2);
}

void DocumentsPanel::showCase(qint64 caseId)
{
    m_caseId = caseId;
    if (!m_workspace || !caseId)
        return;
    const bool hasPlan = m_workspace->plans().current(caseId).has_value();
    m_plan->setEnabled(hasPlan);
    m_plan->setToolTip(hasPlan ? QString() : tr("The case has no plan yet (Action plan tab)."));

    const qint64 chosen = m_meeting->currentData().toLongLong();
    m_meeting->clear();
    for (const core::Meeting& meeting : m_workspace->meetings().meetings(caseId)) {
        if (meeting.status != core::MeetingStatus::Held)
            continue;
        m_meeting->addItem(QStringLiteral("%1 %2").arg(format::date(meeting.startsAt.date()),
                                                       core::text::labelOf(meeting.kind).toLower()),
                           meeting.id);
    }
    if (const int index = m_meeting->findData(chosen); index >= 0)
        m_meeting->setCurrentIndex(index);
    m_minutes->setEnabled(m_meeting->count() > 0);
    m_meeting->setEnabled(m_meeting->count() > 0);
    if (m_meeting->count() == 0)
        m_meeting->addItem(tr("no meeting held yet"));

    QList<RecordTableModel::Row> rows;
    for (const core::DocumentRecord& record : m_workspace->documents().records(caseId)) {
        QString how = record.channelLabel();
        if (!record.fileName.isEmpty())
            how += QStringLiteral(" (%1)").arg(record.fileName);
        rows.append({record.id,
                     {format::dateTime(record.recordedAt), record.description, how, record.recipient, record.recordedBy,
                      record.pages > 0 ? QString::number(record.pages) : QString(),
                      record.sha256.left(16) + QStringLiteral("…")},
                     RecordTableModel::Tone::Normal,
                     tr("SHA-256: %1").arg(record.sha256)});
    }
    m_empty->setVisible(rows.isEmpty());
    m_records->setRows(rows);
}

} // namespace koordinera::ui
