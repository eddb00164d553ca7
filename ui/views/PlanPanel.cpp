// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/PlanPanel.h"

#include "core/domain/DomainText.h"
#include "core/domain/PlanRules.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/TextColors.h"
#include "ui/commands/FunctionCommand.h"
#include "ui/commands/RecordCommands.h"
#include "ui/dialogs/ActionDialog.h"
#include "ui/dialogs/AdoptPlanDialog.h"
#include "ui/dialogs/PlanCompareDialog.h"
#include "ui/dialogs/PlanDialog.h"
#include "ui/documents/CaseDocumentActions.h"
#include "ui/models/RecordTableModel.h"
#include "ui/views/CaseChoices.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
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

// Undo and redo put back a state only over the state they left: a plan changed in between (a meeting record
// added actions, the plan was adopted) is not overwritten.
void requirePlanIs(core::PlanRepository& plans, qint64 caseId, const std::optional<core::PlanVersion>& expected)
{
    const auto now = plans.current(caseId);
    const bool same = expected ? now && core::PlanRules::sameContent(*now, *expected) : !now.has_value();
    if (!same) {
        core::Validation::require(
            {{QStringLiteral("plan"), QCoreApplication::translate("PlanPanel", "The plan has been changed since.")}});
    }
}

} // namespace

PlanPanel::PlanPanel(QWidget* parent)
    : QWidget(parent), m_versions(new QComboBox(this)), m_state(new QLabel(this)), m_summary(new QTextBrowser(this)),
      m_actions(new RecordListModel<core::PlanAction>(
          {tr("Action"), tr("Responsible"), tr("From"), tr("To"), tr("Status"), tr("Result")},
          [this](const core::PlanAction& action) { return actionRow(action); }, this)),
      m_table(makeRecordTable(m_actions, 0, this)), m_fitRows(new QTimer(this))
{
    setObjectName(QStringLiteral("planPanel"));
    m_versions->setObjectName(QStringLiteral("planVersionCombo"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_state->setObjectName(QStringLiteral("planState"));
    m_state->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_table->setObjectName(QStringLiteral("planActionTable"));
    m_table->setAccessibleName(tr("Actions"));
    m_summary->setAccessibleName(tr("The plan"));
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDragDropOverwriteMode(false);
    m_table->setDropIndicatorShown(true);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setWordWrap(true);
    // Row heights follow the columns' widths, which are only known once the table is laid out and change
    // when the user resizes a column or the window: fitted once the event loop is idle again.
    m_fitRows->setSingleShot(true);
    m_fitRows->setInterval(0);
    connect(m_fitRows, &QTimer::timeout, m_table, &QTableView::resizeRowsToContents);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_fitRows, qOverload<>(&QTimer::start));
    connect(m_versions, &QComboBox::activated, this,
            [this](int index) { showVersion(m_versions->itemData(index).toInt()); });
    connect(m_actions, &RecordTableModel::moveRequested, this, &PlanPanel::moveAction);
    connect(m_table, &QTableView::activated, this, [this] {
        if (editingNewest())
            editAction();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanPanel::updateButtons);
    m_table->installEventFilter(this); // Alt+Up/Down move the selected action while the table has focus

    auto makeButton = [this](const QString& text, const char* name, void (PlanPanel::*slot)()) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_editPlan = makeButton(tr("Edit the plan…"), "editPlanButton", &PlanPanel::editPlan);
    m_adopt = makeButton(tr("Adopt…"), "adoptPlanButton", &PlanPanel::adopt);
    m_adopt->setToolTip(tr("Freeze this version as the plan agreed with the patient"));
    m_compare = makeButton(tr("Compare versions…"), "comparePlanButton", &PlanPanel::compareVersions);
    m_print = makeButton(tr("Print…"), "printPlanButton", &PlanPanel::printPlan);
    m_print->setToolTip(tr("The plan for the meeting table: preview, print, save as PDF or copy as text"));
    m_addAction = makeButton(tr("New action…"), "addActionButton", &PlanPanel::addAction);
    m_editAction = makeButton(tr("Change…"), "editActionButton", &PlanPanel::editAction);
    m_removeAction = makeButton(tr("Remove"), "removeActionButton", &PlanPanel::removeAction);
    m_moveUp = new QPushButton(tr("Move up"), this);
    m_moveUp->setObjectName(QStringLiteral("moveActionUpButton"));
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveUp->setToolTip(tr("Move the action up (Alt+Up); you can also drag it"));
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    m_moveDown = new QPushButton(tr("Move down"), this);
    m_moveDown->setObjectName(QStringLiteral("moveActionDownButton"));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_moveDown->setToolTip(tr("Move the action down (Alt+Down); you can also drag it"));
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveSelected(1); });

    chainTabOrder({m_versions, m_compare, m_print, m_editPlan, m_adopt, m_summary, m_moveUp, m_moveDown, m_addAction,
                   m_editAction, m_removeAction, m_table});
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Version:"), this));
    top->addWidget(m_versions);
    top->addWidget(m_state, 1);
    top->addWidget(m_compare);
    top->addWidget(m_print);
    top->addWidget(m_editPlan);
    top->addWidget(m_adopt);
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(new QLabel(tr("<b>Actions</b>"), this));
    actionButtons->addStretch();
    actionButtons->addWidget(m_moveUp);
    actionButtons->addWidget(m_moveDown);
    actionButtons->addSpacing(12);
    actionButtons->addWidget(m_addAction);
    actionButtons->addWidget(m_editAction);
    actionButtons->addWidget(m_removeAction);
    auto* actionsPane = new QWidget(this);
    auto* actionsLayout = new QVBoxLayout(actionsPane);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addLayout(actionButtons);
    actionsLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_summary);
    splitter->addWidget(actionsPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    updateButtons();
}

void PlanPanel::showCase(qint64 caseId)
{
    m_caseId = caseId;
    m_versions->clear();
    m_newestVersion = 0;
    m_loaded.clear();
    m_copiesTo.clear();
    if (!m_workspace || !caseId) {
        showVersion(0);
        return;
    }
    m_loaded = m_workspace->plans().versions(caseId); // read once; choosing a version reads nothing more
    for (const core::DocumentRecord& copy : m_workspace->documents().records(caseId)) {
        if (copy.planVersion > 0 && (copy.kind == QLatin1String("plan") || copy.kind == QLatin1String("letter")))
            m_copiesTo[copy.planVersion].append(copy.recipient);
    }
    const auto& versions = m_loaded;
    for (const auto& version : versions) {
        m_versions->addItem(version.isDraft()
                                ? tr("%1 (draft)").arg(version.version)
                                : tr("%1, adopted %2").arg(version.version).arg(format::date(version.adoptedOn)),
                            version.version);
    }
    m_versions->setCurrentIndex(m_versions->count() - 1);
    m_newestVersion = versions.isEmpty() ? 0 : versions.last().version;
    showVersion(m_newestVersion);
}

void PlanPanel::showVersion(int number)
{
    m_shownVersion = number;
    m_shown.reset();
    for (const auto& version : std::as_const(m_loaded)) {
        if (version.version == number)
            m_shown = version;
    }
    const auto& plan = m_shown;
    m_versions->setEnabled(plan.has_value());
    if (!plan) {
        m_state->setText(tr("No joint action plan yet. Start one with “Edit the plan…” or “New action…”; actions "
                            "agreed at a meeting start one too."));
        m_summary->clear();
        m_actions->setRecords({});
        updateButtons();
        return;
    }
    // Who on the distribution list of an adopted version has had no copy recorded, as Idag reports it.
    const QStringList missing =
        plan->isDraft() ? QStringList()
                        : core::PlanRules::recipientsWithoutCopy(plan->distribution, m_copiesTo.value(plan->version));
    if (number != m_newestVersion)
        m_state->setText(tr("Adopted %1 by %2. An earlier version: it is kept as it was and cannot be changed.")
                             .arg(format::date(plan->adoptedOn), plan->adoptedBy));
    else if (plan->isDraft())
        m_state->setText(tr("Draft: changes are saved as you make them. Adopt it once it is agreed."));
    else {
        QString state = tr("Adopted %1 by %2. Changes start version %3 as a draft.")
                            .arg(format::date(plan->adoptedOn), plan->adoptedBy)
                            .arg(plan->version + 1);
        // The copies still to go, where the eye already is (the summary below may need scrolling).
        if (!missing.isEmpty())
            state += QLatin1Char(' ') + tr("No copy recorded for %1.").arg(missing.join(QStringLiteral(", ")));
        m_state->setText(state);
    }
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
    html += distributionParagraph(*plan, missing);
    if (plan->patientApprovedOn.isValid())
        html += paragraph(tr("Approved by the patient"), format::date(plan->patientApprovedOn));
    m_summary->setHtml(html);

    m_actorNames = CaseChoices::actorNames(*m_workspace);
    m_actions->setRecords(plan->actions);
    m_actions->setRowsMovable(editingNewest());
    m_fitRows->start();
    if (m_pendingSelection >= 0) {
        selectRow(std::min(m_pendingSelection, int(plan->actions.size()) - 1));
        m_pendingSelection = -1;
    }
    updateButtons();
}

// An overdue action stands out, one done or called off steps back; a cancelled action shows why instead of a result.
RecordTableModel::Row PlanPanel::actionRow(const core::PlanAction& action) const
{
    const bool overdue = m_workspace && action.isOverdueOn(m_workspace->today());
    QString status = core::text::labelOf(action.status);
    if (overdue)
        status += QStringLiteral(" – ") + tr("overdue");
    const QString result = action.status == core::ActionStatus::Cancelled ? action.cancelReason : action.result;
    return {action.id,
            {action.description, core::PlanRules::responsibleText(action, m_actorNames), format::date(action.startDate),
             format::date(action.dueDate), status, result},
            overdue           ? RecordTableModel::Tone::Warning
            : action.isOpen() ? RecordTableModel::Tone::Normal
                              : RecordTableModel::Tone::Muted,
            overdue ? tr("Was due %1").arg(format::date(action.dueDate)) : QString()};
}

// Who gets a copy; for an adopted version, who has not had one recorded yet (printed, saved as PDF or sent with a
// letter), as Idag reports it.
QString PlanPanel::distributionParagraph(const core::PlanVersion& plan, const QStringList& missing) const
{
    if (plan.isDraft() || plan.distribution.isEmpty())
        return paragraph(tr("Copies to"), plan.distribution.join(QStringLiteral(", ")));
    const QString heading = QStringLiteral("<p><b>%1</b><br>").arg(tr("Copies to").toHtmlEscaped());
    QStringList lines;
    for (const QString& recipient : plan.distribution) {
        if (recipient.trimmed().isEmpty())
            continue;
        lines << (missing.contains(recipient.trimmed())
                      ? QStringLiteral("<span style=\"color:%1\">%2 – %3</span>")
                            .arg(toneColor(TextTone::Warning, palette()).name(), recipient.toHtmlEscaped(),
                                 tr("no copy recorded").toHtmlEscaped())
                      : QStringLiteral("%1 – %2").arg(recipient.toHtmlEscaped(), tr("copy recorded").toHtmlEscaped()));
    }
    return heading + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

void PlanPanel::printPlan()
{
    if (m_documents && m_shown)
        m_documents->showPlan(m_caseId, m_shownVersion);
}

bool PlanPanel::editingNewest() const
{
    return m_workspace && m_caseId && m_shownVersion == m_newestVersion;
}

void PlanPanel::updateButtons()
{
    const bool editable = editingNewest();
    const bool selected = editable && selectedRow() >= 0;
    m_editPlan->setText(m_shown ? tr("Edit the plan…") : tr("Start a plan…"));
    m_editPlan->setEnabled(editable);
    m_addAction->setEnabled(editable);
    m_editAction->setEnabled(selected);
    m_removeAction->setEnabled(selected);
    m_moveUp->setEnabled(selected && selectedRow() > 0);
    m_moveDown->setEnabled(selected && selectedRow() < m_actions->rowCount() - 1);
    m_adopt->setEnabled(editable && m_shown && m_shown->isDraft());
    m_compare->setEnabled(m_versions->count() > 1);
    m_print->setEnabled(m_shown.has_value() && m_documents);
}

int PlanPanel::selectedRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void PlanPanel::selectRow(int row)
{
    if (row >= 0 && row < m_actions->rowCount())
        m_table->setCurrentIndex(m_actions->index(row, 0));
}

core::PlanVersion PlanPanel::editBase() const
{
    if (const auto current = m_workspace->plans().current(m_caseId))
        return *current;
    return m_workspace->plans().newDraft(m_caseId);
}

void PlanPanel::applyEdit(const QString& text, const core::PlanVersion& after, int selectRowAfter)
{
    auto* plans = &m_workspace->plans();
    const qint64 caseId = m_caseId;
    const auto before = plans->current(caseId);
    auto saved = std::make_shared<core::PlanVersion>(after);
    QUndoStack* stack = m_undoStack;
    m_pendingSelection = selectRowAfter;
    FunctionCommand::perform(
        m_undoStack, text,
        [plans, caseId, before, after, saved, stack] {
            requirePlanIs(*plans, caseId, before);
            saveOverVersion(stack, after, [plans, saved](core::PlanVersion& draft) {
                plans->saveDraft(draft);
                *saved = draft;
            });
        },
        [plans, caseId, before, saved, stack] {
            requirePlanIs(*plans, caseId, *saved);
            if (before && before->isDraft()) {
                saveOverVersion(stack, *before, [plans](core::PlanVersion& copy) { plans->saveDraft(copy); });
            } else {
                plans->discardDraft(caseId); // back to the adopted version, or to no plan at all
            }
        });
}

void PlanPanel::editPlan()
{
    if (!editingNewest())
        return;
    const core::PlanVersion base = editBase();
    core::PlanVersion shown = base;
    if (!base.isDraft())
        shown.version = base.version + 1; // what the edit will be saved as
    PlanDialog dialog(shown, CaseChoices::plan(*m_workspace, m_caseId), this);
    if (base.isDraft())
        dialog.watchRecord(*m_workspace, "plan_versions", base.id, base.rowVersion);
    dialog.setProfile(m_workspace->profile());
    dialog.setSaveAction([&] {
        core::PlanVersion after = dialog.plan();
        after.version = base.version;
        applyEdit(m_shown ? tr("Edit the plan") : tr("Start the plan"), after);
    });
    Prompts::exec(dialog);
}

void PlanPanel::addAction()
{
    if (!editingNewest())
        return;
    core::PlanAction action;
    ActionDialog dialog(action, CaseChoices::responsible(*m_workspace, m_caseId), m_workspace->today(), this);
    dialog.setSaveAction([&] {
        core::PlanVersion after = editBase();
        after.actions.append(dialog.action());
        applyEdit(tr("Add action"), after, int(after.actions.size()) - 1);
    });
    Prompts::exec(dialog);
}

void PlanPanel::editAction()
{
    const int row = selectedRow();
    if (!editingNewest() || row < 0)
        return;
    const core::PlanVersion base = editBase();
    if (row >= base.actions.size())
        return;
    ActionDialog dialog(base.actions.at(row), CaseChoices::responsible(*m_workspace, m_caseId), m_workspace->today(),
                        this);
    dialog.setSaveAction([&] {
        core::PlanVersion after = base;
        after.actions[row] = dialog.action();
        applyEdit(tr("Change action"), after, row);
    });
    Prompts::exec(dialog);
}

void PlanPanel::removeAction()
{
    const int row = selectedRow();
    if (!editingNewest() || row < 0)
        return;
    core::PlanVersion after = editBase();
    if (row >= after.actions.size())
        return;
    after.actions.removeAt(row);
    applyEdit(tr("Remove action"), after, std::min(row, int(after.actions.size()) - 1));
}

void PlanPanel::moveAction(int from, int to)
{
    if (!editingNewest())
        return;
    core::PlanVersion after = editBase();
    if (from < 0 || to < 0 || from >= after.actions.size() || to >= after.actions.size() || from == to)
        return;
    after.actions.move(from, to);
    applyEdit(tr("Move action"), after, to);
}

void PlanPanel::moveSelected(int by)
{
    const int row = selectedRow();
    if (row >= 0)
        moveAction(row, row + by);
}

void PlanPanel::adopt()
{
    if (!editingNewest() || !m_shown || !m_shown->isDraft())
        return;
    // Checked as adopt() will freeze it: a follow-up booked in the meeting record counts.
    AdoptPlanDialog dialog(m_workspace->plans().withBookedFollowUp(*m_shown, m_workspace->today()),
                           m_workspace->today(), this);
    // Adopting is a formal act, not an edit to take back: later changes make the next version instead.
    const qint64 shownVersion = m_shown->rowVersion;
    dialog.setSaveAction([&] { m_workspace->plans().adopt(m_caseId, dialog.adoptedOn(), shownVersion); });
    Prompts::exec(dialog);
}

void PlanPanel::compareVersions()
{
    if (!m_workspace || !m_caseId)
        return;
    PlanCompareDialog dialog(m_loaded, CaseChoices::actorNames(*m_workspace), this);
    Prompts::exec(dialog);
}

bool PlanPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString PlanPanel::summaryText() const
{
    return m_state->text() + QLatin1Char('\n') + m_summary->toPlainText();
}

} // namespace koordinera::ui
