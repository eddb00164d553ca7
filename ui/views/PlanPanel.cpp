// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/PlanPanel.h"

#include "Format.h"
#include "domain/DomainText.h"
#include "domain/PlanRules.h"
#include "models/RecordTableModel.h"
#include "services/Workspace.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

QString paragraph(const QString& heading, const QString& text)
{
    const QString body = text.trimmed().isEmpty()
                             ? QStringLiteral("<i>–</i>")
                             : text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(heading.toHtmlEscaped(), body);
}

} // namespace

PlanPanel::PlanPanel(QWidget* parent)
    : QWidget(parent), m_versions(new QComboBox(this)), m_state(new QLabel(this)), m_summary(new QTextBrowser(this)),
      m_actions(new RecordTableModel(
          {tr("Action"), tr("Responsible"), tr("From"), tr("To"), tr("Status"), tr("Result")}, this)),
      m_table(makeRecordTable(m_actions, 0, this))
{
    setObjectName(QStringLiteral("planPanel"));
    m_versions->setObjectName(QStringLiteral("planVersionCombo"));
    m_state->setObjectName(QStringLiteral("planState"));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_table->setObjectName(QStringLiteral("planActionTable"));
    connect(m_versions, &QComboBox::activated, this,
            [this](int index) { showVersion(m_versions->itemData(index).toInt()); });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Version:"), this));
    top->addWidget(m_versions);
    top->addWidget(m_state, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_summary);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void PlanPanel::showCase(qint64 caseId)
{
    m_caseId = caseId;
    m_versions->clear();
    if (!m_workspace || !caseId)
        return;
    const auto versions = m_workspace->plans().versions(caseId);
    for (const auto& version : versions) {
        m_versions->addItem(version.isDraft()
                                ? tr("%1 (draft)").arg(version.version)
                                : tr("%1, adopted %2").arg(version.version).arg(format::date(version.adoptedOn)),
                            version.version);
    }
    m_versions->setCurrentIndex(m_versions->count() - 1);
    showVersion(versions.isEmpty() ? 0 : versions.last().version);
}

void PlanPanel::showVersion(int number)
{
    const auto plan = number ? m_workspace->plans().version(m_caseId, number) : std::nullopt;
    m_versions->setEnabled(plan.has_value());
    if (!plan) {
        m_state->setText(tr("No joint action plan yet. Actions agreed at a meeting start one."));
        m_summary->clear();
        m_actions->setRows({});
        return;
    }
    m_state->setText(plan->isDraft() ? tr("Draft: being worked on, not yet adopted.")
                                     : tr("Adopted %1 by %2.").arg(format::date(plan->adoptedOn), plan->adoptedBy));
    QString html;
    html += paragraph(tr("Background and current situation"), plan->background);
    html += paragraph(tr("The patient's goal, in their words"), plan->patientGoal);
    html += paragraph(tr("Shared goal"), plan->sharedGoal);
    html += paragraph(tr("Overall responsibility"), plan->overallResponsible);
    QString followUp;
    if (plan->followUpAt.isValid()) {
        followUp =
            QStringLiteral("%1 (%2), %3")
                .arg(format::dateTime(plan->followUpAt), format::week(plan->followUpAt.date()), plan->followUpPlace);
        if (!plan->followUpWho.trimmed().isEmpty())
            followUp += QStringLiteral(" – ") + plan->followUpWho;
    }
    html += paragraph(tr("Next follow-up"), followUp);
    html += paragraph(tr("Copies to"), plan->distribution.join(QStringLiteral(", ")));
    if (plan->patientApprovedOn.isValid())
        html += paragraph(tr("Approved by the patient"), format::date(plan->patientApprovedOn));
    m_summary->setHtml(html);

    QHash<qint64, QString> actorNames;
    for (const auto& actor : m_workspace->actors().actors())
        actorNames.insert(actor.id, actor.name);
    const QDate today = m_workspace->today();
    QList<RecordTableModel::Row> rows;
    for (const auto& action : plan->actions) {
        const bool overdue = action.isOverdueOn(today);
        QString status = core::text::labelOf(action.status);
        if (overdue)
            status += QStringLiteral(" – ") + tr("overdue");
        QString result = action.result;
        if (action.status == core::ActionStatus::Cancelled)
            result = action.cancelReason;
        rows.append({action.id,
                     {action.description, core::PlanRules::responsibleText(action, actorNames),
                      format::date(action.startDate), format::date(action.dueDate), status, result},
                     overdue           ? RecordTableModel::Tone::Warning
                     : action.isOpen() ? RecordTableModel::Tone::Normal
                                       : RecordTableModel::Tone::Muted,
                     {}});
    }
    m_actions->setRows(rows);
}

QString PlanPanel::summaryText() const
{
    return m_state->text() + QLatin1Char('\n') + m_summary->toPlainText();
}

} // namespace koordinera::ui
