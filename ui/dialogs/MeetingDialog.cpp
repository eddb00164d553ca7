// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/MeetingDialog.h"

#include "core/domain/DomainText.h"
#include "core/domain/Family.h"
#include "core/domain/MeetingRules.h"
#include "core/domain/PlanRules.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/FormFields.h"
#include "ui/widgets/RecordTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

enum ParticipantColumn
{
    NameColumn,
    RoleColumn,
    PresentColumn,
};

constexpr int KindRole = Qt::UserRole;
constexpr int ActorRole = Qt::UserRole + 1;
constexpr int NoConsentReasonRole = Qt::UserRole + 2;

QSpinBox* makeDurationEdit(int minutes, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(5, 8 * 60);
    spin->setSingleStep(15);
    spin->setSuffix(MeetingDialog::tr(" min"));
    spin->setValue(minutes);
    return spin;
}

QComboBox* makeKindCombo(core::MeetingKind kind, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (auto value : core::text::allValues<core::MeetingKind>())
        combo->addItem(core::text::labelOf(value), int(value));
    combo->setCurrentIndex(combo->findData(int(kind)));
    return combo;
}

QDateTime toMinute(const QDateTime& at)
{
    return QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()));
}

} // namespace

MeetingDialog::MeetingDialog(Mode mode, const core::Meeting& meeting, QList<core::MeetingParticipant> suggestions,
                             QList<ResponsibleChoice> responsibleChoices, const QDate& today, QWidget* parent)
    : RecordDialog(mode == Mode::Record ? tr("Record the meeting")
                   : mode == Mode::Edit ? tr("Correct the meeting record")
                   : meeting.id         ? tr("Change the booking")
                                        : tr("Book a meeting"),
                   parent),
      m_mode(mode), m_meeting(meeting), m_suggestions(std::move(suggestions)),
      m_responsibleChoices(std::move(responsibleChoices)), m_today(today), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("meetingDialog"));
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_tabs->setTabBarAutoHide(true); // a booking is a single page
    m_tabs->addTab(buildMeetingPage(meeting), tr("&Meeting"));
    if (mode != Mode::Book)
        m_tabs->addTab(buildNotesPage(meeting), tr("&Record"));
    if (mode == Mode::Record) {
        m_tabs->addTab(buildActionsPage(), tr("&Actions"));
        m_tabs->addTab(buildNextPage(meeting), tr("&Next meeting"));
    }
    setBody(m_tabs);
    if (mode != Mode::Book) { // which meeting is being written about, in the title bar too, as it is changed
        const QString title = windowTitle();
        auto showMeetingInTitle = [this, title] {
            setWindowTitle(title +
                           QStringLiteral(" – %1 %2")
                               .arg(core::text::labelOf(core::MeetingKind(m_kind->currentData().toInt())).toLower(),
                                    format::dateTime(m_startsAt->dateTime())));
        };
        showMeetingInTitle();
        connect(m_kind, &QComboBox::currentIndexChanged, this, showMeetingInTitle);
        connect(m_startsAt, &QDateTimeEdit::dateTimeChanged, this, showMeetingInTitle);
    }
    if (mode == Mode::Record)
        saveButton()->setText(tr("&Save the record"));
    // Room for the participants and the notes; a small laptop screen gets less (the layout's minimum is lower).
    resize(760, 620);
}

QWidget* MeetingDialog::buildMeetingPage(const core::Meeting& meeting)
{
    auto* page = new QWidget(this);
    auto* layout = new QFormLayout(page);
    m_kind = makeKindCombo(meeting.kind, page);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_startsAt = makeDateTimeEdit(
        meeting.startsAt.isValid() ? meeting.startsAt : QDateTime(m_today.addDays(7), QTime(10, 0)), page);
    m_startsAt->setObjectName(QStringLiteral("startsAtEdit"));
    m_duration = makeDurationEdit(meeting.durationMinutes, page);
    m_duration->setObjectName(QStringLiteral("durationEdit"));
    auto* when = makeFieldRow(page, {m_startsAt, new QLabel(tr("Length"), page), m_duration});
    m_place = new QLineEdit(meeting.place, page);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setPlaceholderText(tr("E.g. Vårdcentralen, rum 3"));
    m_video = new QCheckBox(tr("By video"), page);
    m_video->setObjectName(QStringLiteral("videoCheck"));
    m_video->setChecked(meeting.video);
    auto* where = makeFieldRow(page, {m_place, m_video});
    m_initiatedBy = new QLineEdit(meeting.initiatedBy, page);
    m_initiatedBy->setObjectName(QStringLiteral("initiatedByEdit"));
    m_initiatedBy->setPlaceholderText(tr("E.g. Försäkringskassan, the patient, the employer"));
    m_fkOfficer = new QLineEdit(meeting.fkOfficer, page);
    m_fkOfficer->setObjectName(QStringLiteral("fkOfficerEdit"));
    m_purpose = makeTextEdit(meeting.purpose, 2, page, true);
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));

    m_participants = new QTableWidget(0, m_mode == Mode::Book ? 2 : 3, page);
    m_participants->setObjectName(QStringLiteral("participantTable"));
    m_participants->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Present")});
    m_participants->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_participants->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_participants->verticalHeader()->hide();
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    const auto initial = meeting.participants.isEmpty() && !meeting.id ? m_suggestions : meeting.participants;
    for (const auto& participant : initial)
        addParticipant(participant);
    auto* add = new QPushButton(tr("Add participant"), page);
    add->setObjectName(QStringLiteral("addParticipantButton"));
    auto* menu = new QMenu(add);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const auto present = participants();
        for (const auto& suggestion : std::as_const(m_suggestions)) {
            const bool listed =
                std::any_of(present.cbegin(), present.cend(), [&](const auto& p) { return p.name == suggestion.name; });
            if (!listed)
                menu->addAction(QStringLiteral("%1 (%2)").arg(suggestion.name, suggestion.role), this,
                                [this, suggestion] { addParticipant(suggestion); });
        }
        auto addBlank = [this](core::ParticipantKind kind, const QString& role) {
            addParticipant({0, kind, 0, {}, role, true, {}});
            m_participants->editItem(m_participants->item(m_participants->rowCount() - 1, NameColumn));
        };
        menu->addSeparator();
        menu->addAction(tr("Someone from the care team"), this,
                        [addBlank] { addBlank(core::ParticipantKind::Care, {}); });
        menu->addAction(tr("Someone else"), this, [addBlank] { addBlank(core::ParticipantKind::Other, {}); });
    });
    add->setMenu(menu);
    auto* remove = new QPushButton(tr("Remove"), page);
    remove->setObjectName(QStringLiteral("removeParticipantButton"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_participants->currentRow() >= 0)
            m_participants->removeRow(m_participants->currentRow());
        revalidate();
    });
    auto* participantButtons = new QHBoxLayout;
    participantButtons->addStretch();
    participantButtons->addWidget(add);
    participantButtons->addWidget(remove);
    auto* participantBox = new QWidget(page);
    auto* participantLayout = new QVBoxLayout(participantBox);
    participantLayout->setContentsMargins(0, 0, 0, 0);
    participantLayout->addWidget(m_participants);
    participantLayout->addLayout(participantButtons);

    layout->addRow(tr("&Kind"), m_kind);
    formErrors().addRow(layout, tr("&When"), when, QStringLiteral("startsAt"));
    formErrors().addRow(layout, tr("&Place"), where, QStringLiteral("place"));
    layout->addRow(tr("&Initiated by"), m_initiatedBy);
    layout->addRow(tr("&FK officer"), m_fkOfficer);
    layout->addRow(tr("P&urpose"), m_purpose);
    formErrors().addRow(layout, tr("Parti&cipants"), participantBox, QStringLiteral("participants"));

    connect(m_startsAt, &QDateTimeEdit::dateTimeChanged, this, &MeetingDialog::revalidate);
    connect(m_place, &QLineEdit::textEdited, this, &MeetingDialog::revalidate);
    connect(m_video, &QCheckBox::toggled, this, &MeetingDialog::revalidate);
    connect(m_participants, &QTableWidget::itemChanged, this, &MeetingDialog::revalidate);
    return page;
}

QWidget* MeetingDialog::buildNotesPage(const core::Meeting& meeting)
{
    auto* page = new QWidget(this);
    auto* layout = new QFormLayout(page);
    m_patientView = makeTextEdit(meeting.patientView, 3, page, true);
    m_patientView->setObjectName(QStringLiteral("patientViewEdit"));
    m_careReport = makeTextEdit(meeting.careReport, 3, page, true);
    m_careReport->setObjectName(QStringLiteral("careReportEdit"));
    m_careReport->setPlaceholderText(tr("Function and activity limitation, as care describes them"));
    m_workOptions = makeTextEdit(meeting.workOptions, 3, page, true);
    m_workOptions->setObjectName(QStringLiteral("workOptionsEdit"));
    m_workOptions->setPlaceholderText(tr("Adjustments, other tasks, gradual return…"));
    m_summary = makeTextEdit(meeting.summary, 4, page, true);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_impulseNeeded = new QCheckBox(tr("A 4 § impuls to Försäkringskassan is needed"), page);
    m_impulseNeeded->setObjectName(QStringLiteral("impulseNeededCheck"));
    m_impulseNeeded->setChecked(meeting.impulseNeeded);
    layout->addRow(tr("The patient's &view"), m_patientView);
    layout->addRow(tr("&Care reports"), m_careReport);
    layout->addRow(tr("&Work options discussed"), m_workOptions);
    formErrors().addRow(layout, tr("Summary and &decisions"), m_summary, QStringLiteral("summary"));
    layout->addRow(QString(), m_impulseNeeded);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &MeetingDialog::revalidate);
    return page;
}

QWidget* MeetingDialog::buildActionsPage()
{
    auto* page = new QWidget(this);
    m_planRows = new RecordTableModel({tr("Action"), tr("Responsible"), tr("To"), tr("Status"), tr("Result")}, this);
    m_planTable = makeRecordTable(m_planRows, 0, page);
    m_planTable->setObjectName(QStringLiteral("planActionsTable"));
    connect(m_planTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { followUpPlanAction(index.row()); });
    auto* followUp = new QPushButton(tr("Follow up…"), page);
    followUp->setObjectName(QStringLiteral("followUpActionButton"));
    followUp->setToolTip(tr("Note what has happened with the action: status and result"));
    connect(followUp, &QPushButton::clicked, this, [this] { followUpPlanAction(m_planTable->currentIndex().row()); });
    m_planSection = new QWidget(page);
    auto* planButtons = new QHBoxLayout;
    planButtons->addWidget(new QLabel(tr("<b>The plan's actions</b> – followed up at the meeting"), m_planSection), 1);
    planButtons->addWidget(followUp);
    auto* planLayout = new QVBoxLayout(m_planSection);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addLayout(planButtons);
    planLayout->addWidget(m_planTable, 1);

    m_actionRows = new RecordTableModel({tr("Action"), tr("Responsible"), tr("From"), tr("To")}, this);
    m_actionTable = makeRecordTable(m_actionRows, 0, page);
    m_actionTable->setObjectName(QStringLiteral("agreedActionTable"));
    m_actionTable->setAccessibleName(tr("New actions"));
    connect(m_actionTable, &QTableView::activated, this, [this] { editAction(); });
    auto* add = new QPushButton(tr("New action…"), page);
    add->setObjectName(QStringLiteral("addAgreedActionButton"));
    connect(add, &QPushButton::clicked, this, &MeetingDialog::addAction);
    auto* change = new QPushButton(tr("Change…"), page);
    connect(change, &QPushButton::clicked, this, &MeetingDialog::editAction);
    auto* remove = new QPushButton(tr("Remove"), page);
    connect(remove, &QPushButton::clicked, this, &MeetingDialog::removeAction);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("<b>New actions</b> – added to the joint action plan"), page), 1);
    buttons->addWidget(add);
    buttons->addWidget(change);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_planSection, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_actionTable, 1);
    chainTabOrder({add, change, remove, m_actionTable}); // the table was made before the buttons above it
    refreshActions();
    refreshPlanActions();
    return page;
}

void MeetingDialog::setPlanActions(const QList<core::PlanAction>& actions)
{
    m_planActions = actions;
    m_changedKeys.clear();
    refreshPlanActions();
}

QList<core::PlanAction> MeetingDialog::followedUpActions() const
{
    QList<core::PlanAction> changed;
    for (const auto& action : m_planActions) {
        if (m_changedKeys.contains(action.actionKey))
            changed << action;
    }
    return changed;
}

void MeetingDialog::followUpPlanAction(int row)
{
    if (row < 0 || row >= m_planActions.size())
        return;
    ActionDialog dialog(m_planActions.at(row), m_responsibleChoices, m_today, this);
    dialog.setSaveAction([&] {
        m_planActions[row] = dialog.action();
        m_changedKeys.insert(m_planActions.at(row).actionKey);
    });
    if (Prompts::exec(dialog) == QDialog::Accepted)
        refreshPlanActions();
}

void MeetingDialog::refreshPlanActions()
{
    if (!m_planRows)
        return;
    const auto actorNames = actorNamesOf(m_responsibleChoices);
    QList<RecordTableModel::Row> rows;
    for (const auto& action : std::as_const(m_planActions)) {
        const bool changed = m_changedKeys.contains(action.actionKey);
        QString status = core::text::labelOf(action.status);
        if (changed)
            status += QStringLiteral(" (") + tr("changed now") + QLatin1Char(')');
        rows.append(
            {action.actionKey,
             {action.description, core::PlanRules::responsibleText(action, actorNames), format::date(action.dueDate),
              status, action.status == core::ActionStatus::Cancelled ? action.cancelReason : action.result},
             action.isOpen() || changed ? RecordTableModel::Tone::Normal : RecordTableModel::Tone::Muted,
             {}});
    }
    m_planRows->setRows(rows);
    m_planSection->setVisible(!rows.isEmpty()); // a case without a plan yet has nothing to follow up
}

void MeetingDialog::offerToAdvanceCase(core::CaseStatus current)
{
    if (!m_advanceCase || (current != core::CaseStatus::None && current != core::CaseStatus::Contacted))
        return;
    // Only an avstämningsmöte (for a family, the first network meeting) starts coordination; the offer follows the kind
    // as it is changed.
    const auto follow = [this] {
        const auto kind = core::MeetingKind(m_kind->currentData().toInt());
        m_advanceCase->setVisible(kind == core::MeetingKind::Avstamning || kind == core::MeetingKind::Network);
    };
    follow();
    connect(m_kind, &QComboBox::currentIndexChanged, this, follow);
}

void MeetingDialog::setProfile(core::Profile profile)
{
    const auto offer = [profile](QComboBox* combo) {
        if (!combo)
            return; // the next booking is only in record mode
        const auto current = core::MeetingKind(combo->currentData().toInt());
        QList<core::MeetingKind> kinds = core::FamilyRules::meetingKindsFor(profile);
        if (!kinds.contains(current) && combo->objectName() == QLatin1String("kindCombo"))
            kinds.append(current); // a meeting booked before keeps its kind
        combo->clear();
        for (core::MeetingKind kind : kinds)
            combo->addItem(core::text::labelOf(kind), int(kind));
        combo->setCurrentIndex(std::max(0, combo->findData(int(current))));
    };
    offer(m_kind);
    offer(m_nextKind);
    const bool family = profile == core::Profile::Family;
    // A family's meetings have no Försäkringskassan officer of their own, and no 4 § impuls: those are a clinic's.
    // The notes page is there only when a meeting is recorded.
    const auto showRow = [](QWidget* field, bool shown) {
        if (field)
            static_cast<QFormLayout*>(field->parentWidget()->layout())->setRowVisible(field, shown);
    };
    showRow(m_fkOfficer, !family);
    showRow(m_impulseNeeded, !family);
    showRow(m_workOptions, !family);
    if (family && m_patientView) {
        auto* form = static_cast<QFormLayout*>(m_patientView->parentWidget()->layout());
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_patientView)))
            label->setText(tr("The family's &view"));
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_careReport)))
            label->setText(tr("The &network reports"));
        m_careReport->setPlaceholderText(tr("What each actor around the child reports"));
    }
}

bool MeetingDialog::advanceCase() const
{
    return m_advanceCase && !m_advanceCase->isHidden() && m_advanceCase->isChecked();
}

QWidget* MeetingDialog::buildNextPage(const core::Meeting& meeting)
{
    auto* page = new QWidget(this);
    auto* layout = new QFormLayout(page);
    m_bookNext = new QCheckBox(tr("Book the next meeting now"), page);
    m_bookNext->setObjectName(QStringLiteral("bookNextCheck"));
    m_bookNext->setChecked(true);
    m_nextKind = makeKindCombo(core::MeetingKind::FollowUp, page);
    m_nextKind->setObjectName(QStringLiteral("nextKindCombo"));
    // The usual rhythm: the same weekday and time four weeks later, in the same place.
    const QDateTime base = meeting.startsAt.isValid() ? meeting.startsAt : QDateTime(m_today, QTime(10, 0));
    m_nextStartsAt = makeDateTimeEdit(base.addDays(28), page);
    m_nextStartsAt->setObjectName(QStringLiteral("nextStartsAtEdit"));
    m_nextDuration = makeDurationEdit(meeting.durationMinutes, page);
    m_nextDuration->setObjectName(QStringLiteral("nextDurationEdit"));
    auto* when = makeFieldRow(page, {m_nextStartsAt, new QLabel(tr("Length"), page), m_nextDuration});
    m_nextPlace = new QLineEdit(meeting.place, page);
    m_nextPlace->setObjectName(QStringLiteral("nextPlaceEdit"));
    m_nextVideo = new QCheckBox(tr("By video"), page);
    m_nextVideo->setChecked(meeting.video);
    auto* where = makeFieldRow(page, {m_nextPlace, m_nextVideo});
    m_noFollowUpReason = new QLineEdit(meeting.noFollowUpReason, page);
    m_noFollowUpReason->setObjectName(QStringLiteral("noFollowUpReasonEdit"));
    m_noFollowUpReason->setPlaceholderText(tr("Only when no meeting is booked: why none is needed"));
    m_noFollowUpReason->setEnabled(false);

    m_advanceCase = new QCheckBox(tr("Make the case Acti&ve: coordination has started"), page);
    m_advanceCase->setObjectName(QStringLiteral("advanceCaseCheck"));
    m_advanceCase->setChecked(true);
    m_advanceCase->setVisible(false); // offered by offerToAdvanceCase()
    layout->addRow(QString(), m_bookNext);
    layout->addRow(tr("&Kind"), m_nextKind);
    formErrors().addRow(layout, tr("&When"), when, QStringLiteral("nextMeeting.startsAt"));
    formErrors().addRow(layout, tr("&Place"), where, QStringLiteral("nextMeeting.place"));
    formErrors().addRow(layout, tr("No meeting &because"), m_noFollowUpReason, QStringLiteral("nextMeeting"));
    layout->addRow(QString(), m_advanceCase);
    connect(m_bookNext, &QCheckBox::toggled, this, [this](bool book) {
        for (QWidget* field : {static_cast<QWidget*>(m_nextKind), static_cast<QWidget*>(m_nextStartsAt),
                               static_cast<QWidget*>(m_nextDuration), static_cast<QWidget*>(m_nextPlace),
                               static_cast<QWidget*>(m_nextVideo)})
            field->setEnabled(book);
        m_noFollowUpReason->setEnabled(!book);
        revalidate();
    });
    connect(m_nextPlace, &QLineEdit::textEdited, this, &MeetingDialog::revalidate);
    connect(m_nextVideo, &QCheckBox::toggled, this, &MeetingDialog::revalidate);
    connect(m_noFollowUpReason, &QLineEdit::textEdited, this, &MeetingDialog::revalidate);
    return page;
}

void MeetingDialog::addParticipant(const core::MeetingParticipant& participant)
{
    const int row = m_participants->rowCount();
    m_participants->insertRow(row);
    auto* name = new QTableWidgetItem(participant.name);
    name->setData(KindRole, int(participant.kind));
    name->setData(ActorRole, participant.actorId);
    name->setData(NoConsentReasonRole, participant.noConsentReason); // set when preparing; kept through edits
    m_participants->setItem(row, NameColumn, name);
    m_participants->setItem(row, RoleColumn, new QTableWidgetItem(participant.role));
    if (m_participants->columnCount() > PresentColumn) {
        auto* present = new QTableWidgetItem;
        present->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        present->setCheckState(participant.present ? Qt::Checked : Qt::Unchecked);
        m_participants->setItem(row, PresentColumn, present);
    }
}

QList<core::MeetingParticipant> MeetingDialog::participants() const
{
    QList<core::MeetingParticipant> result;
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const auto* name = m_participants->item(row, NameColumn);
        const auto* role = m_participants->item(row, RoleColumn);
        const auto* present = m_participants->item(row, PresentColumn);
        core::MeetingParticipant participant;
        participant.kind = core::ParticipantKind(name->data(KindRole).toInt());
        participant.actorId = name->data(ActorRole).toLongLong();
        participant.noConsentReason = name->data(NoConsentReasonRole).toString();
        participant.name = name->text().trimmed();
        participant.role = role ? role->text().trimmed() : QString();
        participant.present = !present || present->checkState() == Qt::Checked;
        result.append(participant);
    }
    return result;
}

void MeetingDialog::refreshActions()
{
    const auto actorNames = actorNamesOf(m_responsibleChoices);
    QList<RecordTableModel::Row> rows;
    for (const auto& action : std::as_const(m_actions)) {
        rows.append({0,
                     {action.description, core::PlanRules::responsibleText(action, actorNames),
                      format::date(action.startDate), format::date(action.dueDate)},
                     RecordTableModel::Tone::Normal,
                     {}});
    }
    m_actionRows->setRows(rows);
}

void MeetingDialog::addAction()
{
    if (!m_actionRows)
        return;
    ActionDialog dialog(core::PlanAction{}, m_responsibleChoices, m_today, this);
    dialog.setSaveAction([&] { m_actions.append(dialog.action()); });
    if (Prompts::exec(dialog) == QDialog::Accepted)
        refreshActions();
}

void MeetingDialog::editAction()
{
    const int row = m_actionTable->currentIndex().row();
    if (row < 0 || row >= m_actions.size())
        return;
    ActionDialog dialog(m_actions.at(row), m_responsibleChoices, m_today, this);
    dialog.setSaveAction([&] { m_actions[row] = dialog.action(); });
    if (Prompts::exec(dialog) == QDialog::Accepted)
        refreshActions();
}

void MeetingDialog::removeAction()
{
    const int row = m_actionTable->currentIndex().row();
    if (row < 0 || row >= m_actions.size())
        return;
    m_actions.removeAt(row);
    refreshActions();
}

core::Meeting MeetingDialog::meeting() const
{
    core::Meeting meeting = m_meeting;
    meeting.kind = core::MeetingKind(m_kind->currentData().toInt());
    meeting.startsAt = toMinute(m_startsAt->dateTime());
    meeting.durationMinutes = m_duration->value();
    meeting.place = m_place->text().trimmed();
    meeting.video = m_video->isChecked();
    meeting.initiatedBy = m_initiatedBy->text().trimmed();
    meeting.fkOfficer = m_fkOfficer->text().trimmed();
    meeting.purpose = m_purpose->toPlainText().trimmed();
    meeting.participants = participants();
    if (m_summary) {
        meeting.patientView = m_patientView->toPlainText().trimmed();
        meeting.careReport = m_careReport->toPlainText().trimmed();
        meeting.workOptions = m_workOptions->toPlainText().trimmed();
        meeting.summary = m_summary->toPlainText().trimmed();
        meeting.impulseNeeded = m_impulseNeeded->isChecked();
    }
    if (m_noFollowUpReason)
        meeting.noFollowUpReason = m_bookNext->isChecked() ? QString() : m_noFollowUpReason->text().trimmed();
    if (m_mode == Mode::Record)
        meeting.status = core::MeetingStatus::Held;
    return meeting;
}

std::optional<core::Meeting> MeetingDialog::nextMeeting() const
{
    if (!m_bookNext || !m_bookNext->isChecked())
        return std::nullopt;
    core::Meeting next;
    next.caseId = m_meeting.caseId;
    next.kind = core::MeetingKind(m_nextKind->currentData().toInt());
    next.startsAt = toMinute(m_nextStartsAt->dateTime());
    next.durationMinutes = m_nextDuration->value();
    next.place = m_nextPlace->text().trimmed();
    next.video = m_nextVideo->isChecked();
    next.fkOfficer = m_fkOfficer->text().trimmed();
    next.participants = participants();
    for (auto& participant : next.participants) {
        participant.id = 0;
        participant.present = true;
    }
    return next;
}

core::FieldErrors MeetingDialog::validate() const
{
    if (m_mode != Mode::Record)
        return core::MeetingRules::meeting(meeting());
    const auto next = nextMeeting();
    core::FieldErrors errors = core::MeetingRules::held(meeting(), next.has_value());
    if (next) {
        for (const auto& error : core::MeetingRules::meeting(*next))
            errors.append({QStringLiteral("nextMeeting.") + error.field, error.message});
    }
    return errors;
}

void MeetingDialog::accept()
{
    // Closing the record with nothing booked: ask why before anything is saved.
    if (m_mode == Mode::Record && !m_bookNext->isChecked() && m_noFollowUpReason->text().trimmed().isEmpty() &&
        !m_summary->toPlainText().trimmed().isEmpty()) {
        const auto reason = askWhyNoFollowUp();
        if (!reason) {
            m_bookNext->setChecked(true);
            m_tabs->setCurrentIndex(m_tabs->count() - 1);
            return;
        }
        m_noFollowUpReason->setText(*reason);
    }
    RecordDialog::accept();
    if (isVisible())
        showPageWithError();
}

std::optional<QString> MeetingDialog::askWhyNoFollowUp()
{
    QInputDialog prompt(this);
    prompt.setObjectName(QStringLiteral("noFollowUpPrompt"));
    prompt.setWindowTitle(tr("No next meeting booked"));
    prompt.setLabelText(tr("Every case has its next follow-up booked. Why is no meeting needed after this one?"));
    prompt.setOkButtonText(tr("Save without a next meeting"));
    prompt.setCancelButtonText(tr("Book one"));
    if (Prompts::exec(prompt) != QDialog::Accepted || prompt.textValue().trimmed().isEmpty())
        return std::nullopt;
    return prompt.textValue().trimmed();
}

void MeetingDialog::showPageWithError()
{
    for (int page = 0; page < m_tabs->count(); ++page) {
        for (const QLabel* label : m_tabs->widget(page)->findChildren<QLabel*>()) {
            if (label->objectName().endsWith(QStringLiteral("Error")) && !label->text().isEmpty()) {
                m_tabs->setCurrentIndex(page);
                return;
            }
        }
    }
}

} // namespace koordinera::ui
