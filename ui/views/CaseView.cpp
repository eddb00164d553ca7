// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/CaseView.h"

#include "core/domain/ConsentRules.h"
#include "core/domain/DomainText.h"
#include "core/domain/IcdCode.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/SensitiveClipboard.h"
#include "ui/TextColors.h"
#include "ui/commands/FunctionCommand.h"
#include "ui/dialogs/ActivityDialog.h"
#include "ui/dialogs/ConsentDialog.h"
#include "ui/dialogs/ContactDialog.h"
#include "ui/dialogs/DiagnosisDialog.h"
#include "ui/dialogs/EditCaseDialog.h"
#include "ui/dialogs/PeriodDialog.h"
#include "ui/documents/CaseDocumentActions.h"
#include "ui/documents/DocumentsPanel.h"
#include "ui/models/RecordTableModel.h"
#include "ui/views/MeetingsPanel.h"
#include "ui/views/PlanPanel.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/RecordTable.h"

#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

using Row = RecordTableModel::Row;
using Tone = RecordTableModel::Tone;

// Saves `after`; undo restores `before`. A new record (id 0) keeps the id it gets on the first save, so a
// redo after undo puts it back under the same id.
template <typename T>
void performSave(QUndoStack* stack, const QString& text, const T& before, const T& after, std::function<void(T&)> save,
                 std::function<void(qint64)> remove)
{
    if (before.id == 0) {
        auto state = std::make_shared<T>(after);
        FunctionCommand::perform(
            stack, text, [state, save] { save(*state); }, [state, remove] { remove(state->id); });
    } else {
        FunctionCommand::perform(
            stack, text,
            [after, save] {
                T copy = after;
                save(copy);
            },
            [before, save] {
                T copy = before;
                save(copy);
            });
    }
}

template <typename T>
void performRemove(QUndoStack* stack, const QString& text, const T& before, std::function<void(T&)> save,
                   std::function<void(qint64)> remove)
{
    FunctionCommand::perform(
        stack, text, [id = before.id, remove] { remove(id); },
        [before, save] {
            T copy = before;
            save(copy);
        });
}

// The record with `id` in `records`, if it is still there.
template <typename T> std::optional<T> findById(const QList<T>& records, qint64 id)
{
    const auto it = std::find_if(records.cbegin(), records.cend(), [id](const T& record) { return record.id == id; });
    return it == records.cend() ? std::nullopt : std::optional<T>(*it);
}

QString consentStateText(const core::Consent& consent, const QDate& today)
{
    switch (consent.stateOn(today)) {
    case core::Consent::State::Valid:
        return CaseView::tr("Valid");
    case core::Consent::State::NotYetValid:
        return CaseView::tr("Not yet valid");
    case core::Consent::State::Expired:
        return CaseView::tr("Expired");
    case core::Consent::State::Withdrawn:
        return CaseView::tr("Withdrawn");
    }
    return {};
}

QLabel* makeChip(const QString& text, bool reached, QWidget* parent)
{
    auto* chip = new QLabel(text, parent);
    chip->setObjectName(QStringLiteral("checkpointChip"));
    chip->setStyleSheet(reached ? QStringLiteral("QLabel { background: #e8e8e8; color: #555; border-radius: 9px; "
                                                 "padding: 3px 10px; }")
                                : QStringLiteral("QLabel { background: #dceefb; color: #0b3d66; border-radius: 9px; "
                                                 "padding: 3px 10px; }"));
    return chip;
}

} // namespace

CaseView::CaseView(QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), m_undoStack(undoStack),
      m_periods(new RecordTableModel({tr("From"), tr("To"), tr("Degree"), tr("Days")}, this)),
      m_diagnoses(new RecordTableModel({tr("Code"), tr("Diagnosis"), tr("Main diagnosis")}, this)),
      m_contacts(new RecordTableModel(
          {tr("Organisation"), tr("Kind"), tr("Person"), tr("Role"), tr("Phone"), tr("Consent")}, this)),
      m_consents(new RecordTableModel({tr("Covers"), tr("Counterparty"), tr("Form"), tr("Given"), tr("Valid until"),
                                       tr("State"), tr("Recorded by")},
                                      this)),
      m_activities(new RecordTableModel(
          {tr("When"), tr("Kind"), tr("Mode"), tr("Counterpart"), tr("KVÅ"), tr("Note"), tr("Version")}, this))
{
    setObjectName(QStringLiteral("caseView"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(buildSickLeaveTab(), tr("Sic&k leave and diagnoses"));
    m_tabs->addTab(buildContactsTab(), tr("&Contacts"));
    m_tabs->addTab(buildConsentsTab(), tr("C&onsents"));
    m_tabs->addTab(buildActivitiesTab(), tr("&Activities and contacts"));
    m_plan = new PlanPanel(this);
    m_plan->setUndoStack(undoStack);
    m_tabs->addTab(m_plan, tr("Action &plan"));
    m_meetings = new MeetingsPanel(this);
    m_meetings->setUndoStack(undoStack);
    connect(m_meetings, &MeetingsPanel::notice, this, &CaseView::notice);
    m_tabs->addTab(m_meetings, tr("&Meetings"));
    m_documentActions = new CaseDocumentActions(this);
    m_plan->setDocumentActions(m_documentActions);
    m_meetings->setDocumentActions(m_documentActions);
    m_documents = new DocumentsPanel(m_documentActions, this);
    // The explanations wrap; with large text on a small screen the page scrolls rather than cutting them off.
    auto* documentsPage = new QScrollArea(this);
    documentsPage->setObjectName(QStringLiteral("documentsPage"));
    documentsPage->setFrameShape(QFrame::NoFrame);
    documentsPage->setFocusPolicy(Qt::NoFocus); // Tab goes to the buttons inside
    documentsPage->setWidgetResizable(true);
    documentsPage->setWidget(m_documents);
    m_tabs->addTab(documentsPage, tr("&Documents"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_tabs, 1);
}

CaseView::~CaseView() = default;

void CaseView::setClipboard(SensitiveClipboard* clipboard)
{
    m_clipboard = clipboard;
    m_documentActions->setClipboard(clipboard);
}

void CaseView::setSignerCheck(std::function<bool()> check)
{
    m_documentActions->setSignerCheck(std::move(check));
}

void CaseView::setSettings(core::Settings* settings)
{
    m_documentActions->setSettings(settings);
}

void CaseView::setWorkspace(core::Workspace* workspace)
{
    disconnect(m_changedConnection);
    m_workspace = workspace;
    m_caseId = 0;
    m_plan->setWorkspace(workspace);
    m_meetings->setWorkspace(workspace);
    m_documentActions->setWorkspace(workspace);
    m_documents->setWorkspace(workspace);
    if (m_workspace)
        m_changedConnection =
            connect(m_workspace, &core::Workspace::changed, this, [this](const QSet<QString>& tables) {
                if (!core::Workspace::onlyAccessLog(tables))
                    refresh();
            });
}

void CaseView::showCase(qint64 caseId, Tab tab)
{
    m_caseId = caseId;
    if (m_workspace && caseId)
        m_workspace->recordCaseOpened(caseId); // every opening of a record is logged (patientdatalagen)
    m_tabs->setCurrentIndex(int(tab));
    refresh();
}

CaseView::Tab CaseView::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

QString CaseView::caseTitle() const
{
    return m_caseId ? m_patient.fullName() : QString();
}

QString CaseView::caseReference() const
{
    return m_caseId ? m_case.reference : QString();
}

QWidget* CaseView::buildHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("caseHeader"));
    // The header gets its full height (the day's row may wrap: height for width, so not Fixed, which would cap
    // it at one line); the tabs below are Expanding and take what is left.
    header->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    auto* back = makeButton(tr("← Cases"), QStringLiteral("backButton"), [this] { Q_EMIT backRequested(); });
    m_back = back;
    back->setFlat(true);
    back->setToolTip(tr("Back to the case list (Esc)"));
    back->setShortcut(QKeySequence(Qt::Key_Escape));
    auto* edit = makeButton(tr("Ed&it case…"), QStringLiteral("editCaseButton"), [this] { editCase(); });
    auto* copy =
        makeButton(tr("Copy identity number"), QStringLiteral("copyIdentityButton"), [this] { copyIdentityNumber(); });
    copy->setToolTip(tr("Copies the identity number; it is cleared from the clipboard after 30 seconds."));
    chainTabOrder({back, copy, edit});

    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("caseName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_status->setStyleSheet(QStringLiteral("QLabel { background: #2b5f8a; color: white; border-radius: 9px; "
                                           "padding: 3px 10px; font-weight: bold; }"));
    m_details = new QLabel(header);
    m_details->setObjectName(QStringLiteral("caseDetails"));
    m_details->setWordWrap(true);
    m_sickDay = new QLabel(header);
    m_sickDay->setObjectName(QStringLiteral("sickDay"));
    QFont dayFont = m_sickDay->font();
    dayFont.setBold(true);
    m_sickDay->setFont(dayFont);
    // The day and the checkpoints flow onto a second line rather than being cut off (large text, narrow window).
    auto* dayRow = new QWidget(header);
    m_chips = new FlowLayout(dayRow, 6, 4);
    m_chips->addWidget(m_sickDay);
    m_warnings = new QFrame(header);
    m_warnings->setObjectName(QStringLiteral("consentWarnings"));
    m_warnings->setStyleSheet(QStringLiteral("#consentWarnings { background: #fff4e5; border: 1px solid #f0c36d; "
                                             "border-radius: 4px; } QLabel { color: #663c00; }"));
    auto* warningLayout = new QVBoxLayout(m_warnings);
    warningLayout->setContentsMargins(10, 6, 10, 6);
    warningLayout->setSpacing(2);

    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch();
    top->addWidget(copy);
    top->addWidget(edit);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name);
    nameRow->addSpacing(12);
    nameRow->addWidget(m_status);
    nameRow->addStretch();

    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(top);
    layout->addLayout(nameRow);
    layout->addWidget(m_details);
    layout->addWidget(dayRow);
    layout->addWidget(m_warnings);
    return header;
}

QPushButton* CaseView::makeButton(const QString& text, const QString& objectName, const std::function<void()>& action)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, action);
    return button;
}

QTableView* CaseView::makeTable(RecordTableModel* model, int stretchColumn, const std::function<void()>& onActivate)
{
    auto* table = makeRecordTable(model, stretchColumn, this);
    connect(table, &QTableView::activated, this, [onActivate] { onActivate(); });
    return table;
}

QWidget* CaseView::buildSickLeaveTab()
{
    auto* page = new QWidget(this);
    m_periodTable = makeTable(m_periods, 3, [this] { editPeriod(); });
    m_periodTable->setObjectName(QStringLiteral("periodTable"));
    m_periodTable->setAccessibleName(tr("Sick-leave periods"));
    m_diagnosisTable = makeTable(m_diagnoses, 1, [this] { editDiagnosis(); });
    m_diagnosisTable->setObjectName(QStringLiteral("diagnosisTable"));
    m_diagnosisTable->setAccessibleName(tr("Diagnoses"));

    auto* addPeriodButton = makeButton(tr("Add period…"), QStringLiteral("addPeriodButton"), [this] { addPeriod(); });
    auto* editPeriodButton = makeButton(tr("Change…"), QStringLiteral("editPeriodButton"), [this] { editPeriod(); });
    editPeriodButton->setAccessibleName(tr("Change the sick-leave period"));
    auto* removePeriodButton =
        makeButton(tr("Remove"), QStringLiteral("removePeriodButton"), [this] { removePeriod(); });
    auto* addDiagnosisButton =
        makeButton(tr("Add diagnosis…"), QStringLiteral("addDiagnosisButton"), [this] { addDiagnosis(); });
    auto* editDiagnosisButton =
        makeButton(tr("Change…"), QStringLiteral("editDiagnosisButton"), [this] { editDiagnosis(); });
    auto* removeDiagnosisButton =
        makeButton(tr("Remove"), QStringLiteral("removeDiagnosisButton"), [this] { removeDiagnosis(); });
    // Two "Change…" and two "Remove" on one page: a screen reader says which.
    removePeriodButton->setAccessibleName(tr("Remove the sick-leave period"));
    editDiagnosisButton->setAccessibleName(tr("Change the diagnosis"));
    removeDiagnosisButton->setAccessibleName(tr("Remove the diagnosis"));
    // Each section's buttons, then its table, as they are read.
    chainTabOrder({addPeriodButton, editPeriodButton, removePeriodButton, m_periodTable, addDiagnosisButton,
                   editDiagnosisButton, removeDiagnosisButton, m_diagnosisTable});
    auto* periodButtons = new QHBoxLayout;
    periodButtons->addWidget(new QLabel(tr("<b>Sick-leave periods</b>"), page));
    periodButtons->addStretch();
    periodButtons->addWidget(addPeriodButton);
    periodButtons->addWidget(editPeriodButton);
    periodButtons->addWidget(removePeriodButton);
    auto* diagnosisButtons = new QHBoxLayout;
    diagnosisButtons->addWidget(new QLabel(tr("<b>Diagnoses</b>"), page));
    diagnosisButtons->addStretch();
    diagnosisButtons->addWidget(addDiagnosisButton);
    diagnosisButtons->addWidget(editDiagnosisButton);
    diagnosisButtons->addWidget(removeDiagnosisButton);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(periodButtons);
    layout->addWidget(m_periodTable, 3);
    layout->addLayout(diagnosisButtons);
    layout->addWidget(m_diagnosisTable, 2);
    return page;
}

QWidget* CaseView::buildContactsTab()
{
    auto* page = new QWidget(this);
    m_contactTable = makeTable(m_contacts, 5, [this] { editContact(); });
    m_contactTable->setObjectName(QStringLiteral("contactTable"));
    m_contactTable->setAccessibleName(tr("Contacts"));
    auto* add = makeButton(tr("Add contact…"), QStringLiteral("addContactButton"), [this] { addContact(); });
    auto* change = makeButton(tr("Change…"), QStringLiteral("editContactButton"), [this] { editContact(); });
    change->setAccessibleName(tr("Change the contact"));
    auto* remove = makeButton(tr("Remove"), QStringLiteral("removeContactButton"), [this] { removeContact(); });
    remove->setAccessibleName(tr("Remove the contact"));
    chainTabOrder({add, change, remove, m_contactTable});
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(change);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_contactTable);
    return page;
}

QWidget* CaseView::buildConsentsTab()
{
    auto* page = new QWidget(this);
    m_consentTable = makeTable(m_consents, 1, [this] { editConsent(); });
    m_consentTable->setObjectName(QStringLiteral("consentTable"));
    m_consentTable->setAccessibleName(tr("Consents"));
    auto* hint = new QLabel(tr("Consents are not deleted: register a withdrawal or an end date instead."), page);
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint);
    buttons->addStretch();
    auto* add = makeButton(tr("Register consent…"), QStringLiteral("addConsentButton"), [this] { addConsent(); });
    auto* change =
        makeButton(tr("Change or withdraw…"), QStringLiteral("editConsentButton"), [this] { editConsent(); });
    chainTabOrder({add, change, m_consentTable});
    buttons->addWidget(add);
    buttons->addWidget(change);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_consentTable);
    return page;
}

QWidget* CaseView::buildActivitiesTab()
{
    auto* page = new QWidget(this);
    m_activityTable = makeTable(m_activities, 5, [this] { correctActivity(); });
    m_activityTable->setObjectName(QStringLiteral("activityTable"));
    m_activityTable->setAccessibleName(tr("Activities and contacts"));
    m_noteView = new QTextBrowser(page);
    m_noteView->setObjectName(QStringLiteral("noteView"));
    m_noteView->setAccessibleName(tr("The chosen entry"));
    connect(m_activityTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseView::showSelectedNote);
    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_activityTable);
    splitter->addWidget(m_noteView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(makeButton(tr("New entry…"), QStringLiteral("addActivityButton"), [this] { addActivity(); }));
    buttons->addWidget(
        makeButton(tr("Correct…"), QStringLiteral("correctActivityButton"), [this] { correctActivity(); }));
    buttons->addWidget(makeButton(tr("History…"), QStringLiteral("historyButton"), [this] { showActivityHistory(); }));
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(splitter);
    return page;
}

void CaseView::refresh()
{
    if (!m_workspace || !m_caseId)
        return;
    const auto record = m_workspace->cases().get(m_caseId);
    if (!record)
        return;
    m_case = *record;
    m_patient = m_workspace->patients().get(m_case.patientId).value_or(core::Patient{});
    refreshHeader();
    refreshTables();
    m_plan->showCase(m_caseId);
    m_meetings->showCase(m_caseId);
    m_documents->showCase(m_caseId);
}

QList<core::Actor> CaseView::linkedActors() const
{
    QList<core::Actor> actors;
    for (const auto& view : m_workspace->actors().caseContacts(m_caseId)) {
        if (std::none_of(actors.cbegin(), actors.cend(), [&view](const auto& a) { return a.id == view.actor.id; }))
            actors.append(view.actor);
    }
    if (m_case.employerId &&
        std::none_of(actors.cbegin(), actors.cend(), [this](const auto& a) { return a.id == m_case.employerId; })) {
        if (auto employer = m_workspace->actors().actor(m_case.employerId))
            actors.append(*employer);
    }
    return actors;
}

void CaseView::refreshHeader()
{
    const QDate today = m_workspace->today();
    const auto number = m_patient.identityNumber();
    m_name->setText(m_patient.fullName());
    m_status->setText(core::text::labelOf(m_case.status));

    QStringList details{number.display()};
    if (const int age = number.ageOn(today); age >= 0)
        details << tr("%1 years").arg(age);
    if (m_patient.sex != core::Sex::Unknown)
        details << core::text::labelOf(m_patient.sex).toLower();
    if (m_patient.identityKind == core::IdentityKind::Reservnummer)
        details << core::text::labelOf(m_patient.identityKind).toLower();
    details << m_case.reference;
    QString occupation = core::text::labelOf(m_case.occupation);
    if (m_case.employerId) {
        if (const auto employer = m_workspace->actors().actor(m_case.employerId))
            occupation += QStringLiteral(", ") + employer->name;
    }
    details << occupation;
    if (!m_patient.phone.isEmpty())
        details << tr("phone %1").arg(m_patient.phone);
    if (m_case.isClosed())
        details << tr("closed %1 (%2)").arg(format::date(m_case.closedOn), core::text::labelOf(m_case.outcome));
    m_details->setText(details.join(QStringLiteral("  ·  ")));

    while (QLayoutItem* item = m_chips->takeAt(1)) { // the day itself stays first
        delete item->widget();
        delete item;
    }
    const auto chain = m_workspace->rehabChain(m_caseId);
    const auto day = chain.dayOn(today);
    if (chain.chain().isEmpty()) {
        m_sickDay->setText(tr("No sick leave registered"));
    } else if (!day) {
        m_sickDay->setText(tr("Sick leave starts %1").arg(format::date(chain.chain().start)));
    } else if (chain.chain().isOngoingOn(today)) {
        m_sickDay->setText(tr("Day %1 of the sick period (%2 since %3)")
                               .arg(*day)
                               .arg(format::degree(chain.degreeOn(today)), format::date(chain.chain().start)));
        for (const auto& checkpoint : chain.checkpoints(today)) {
            const bool passed = checkpoint.day < *day;
            auto* chip = makeChip(passed ? tr("day %1 passed").arg(checkpoint.day) : format::checkpoint(checkpoint),
                                  passed, this);
            chip->setToolTip(passed ? tr("Passed on %1").arg(format::date(checkpoint.date)) : QString());
            m_chips->addWidget(chip);
        }
    } else {
        m_sickDay->setText(tr("Sick leave ended %1 after %2").arg(format::date(chain.chain().end), format::days(*day)));
    }

    // One line per warning: plain labels keep their full height whatever the window's width.
    while (QLayoutItem* item = m_warnings->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto warnings =
        core::ConsentRules::warningsForCase(m_case, linkedActors(), m_workspace->consents().consents(m_caseId), today);
    for (const auto& warning : warnings) {
        auto* line = new QLabel(QStringLiteral("⚠ ") + warning.message(), m_warnings);
        line->setObjectName(QStringLiteral("consentWarning"));
        line->setTextFormat(Qt::PlainText);
        m_warnings->layout()->addWidget(line);
    }
    holdWarningsHeight(!warnings.isEmpty() && !m_case.isClosed());
}

// While one case is open the banner keeps the height it has had, so the tab row under it stays where the user's
// pointer is: a consent registered on the Samtycken tab no longer pulls the tabs up. When the last warning goes, a
// line says so in its place. Another case starts afresh.
void CaseView::holdWarningsHeight(bool warned)
{
    if (m_warningsHeldFor != m_caseId) {
        m_warningsHeldFor = m_caseId;
        m_warningsHeight = 0;
    }
    if (!warned && m_warningsHeight > 0 && !m_case.isClosed()) {
        auto* line = new QLabel(tr("✓ Every consent the case needs is registered."), m_warnings);
        line->setObjectName(QStringLiteral("consentsComplete"));
        m_warnings->layout()->addWidget(line);
        warned = true;
    }
    m_warnings->setVisible(warned);
    m_warnings->setMinimumHeight(0);
    if (!warned)
        return;
    m_warnings->layout()->activate();
    m_warningsHeight = std::max(m_warningsHeight, m_warnings->sizeHint().height());
    m_warnings->setMinimumHeight(m_warningsHeight);
}

void CaseView::refreshTables()
{
    const QDate today = m_workspace->today();
    QList<Row> periods;
    for (const auto& period : m_workspace->sickLeave().periods(m_caseId)) {
        const QDate last = period.end.isValid() ? period.end : today;
        const int days = int(period.start.daysTo(last)) + 1;
        periods.append(
            {period.id,
             {format::date(period.start), period.end.isValid() ? format::date(period.end) : tr("until further notice"),
              format::degree(period.degree), days > 0 ? QString::number(days) : QString()},
             Tone::Normal,
             {}});
    }
    m_periods->setRows(periods);

    QList<Row> diagnoses;
    for (const auto& diagnosis : m_workspace->sickLeave().diagnoses(m_caseId))
        diagnoses.append(
            {diagnosis.id,
             {core::IcdCode::display(diagnosis.code), diagnosis.text, diagnosis.isMain ? tr("Yes") : QString()},
             Tone::Normal,
             {}});
    m_diagnoses->setRows(diagnoses);

    m_consentRecords = m_workspace->consents().consents(m_caseId);
    QList<Row> contacts;
    for (const auto& view : m_workspace->actors().caseContacts(m_caseId)) {
        const auto warning = core::ConsentRules::checkActor(view.actor, m_consentRecords, today);
        const QString phone = view.person.phone.isEmpty() ? view.actor.phone : view.person.phone;
        const QString person = view.person.title.isEmpty()
                                   ? view.person.name
                                   : QStringLiteral("%1, %2").arg(view.person.name, view.person.title);
        contacts.append({view.contact.id,
                         {view.actor.name, core::text::labelOf(view.actor.kind), person, view.contact.role, phone,
                          warning ? warning->shortMessage()
                                  : (core::ConsentRules::requiredScope(view.actor.kind) ? tr("Valid") : QString())},
                         warning ? Tone::Warning : Tone::Normal,
                         warning ? warning->message() : QString()});
    }
    m_contacts->setRows(contacts);

    QList<Row> consents;
    for (const auto& consent : m_consentRecords) {
        QString counterparty = consent.counterparty;
        if (consent.actorId) {
            if (const auto actor = m_workspace->actors().actor(consent.actorId))
                counterparty = counterparty.isEmpty() ? actor->name : actor->name + QStringLiteral(", ") + counterparty;
        }
        const auto state = consent.stateOn(today);
        consents.append({consent.id,
                         {core::text::labelOf(consent.scope), counterparty, core::text::labelOf(consent.form),
                          format::date(consent.givenOn),
                          consent.validUntil.isValid() ? format::date(consent.validUntil) : tr("until further notice"),
                          consentStateText(consent, today), consent.recordedBy},
                         state == core::Consent::State::Valid       ? Tone::Normal
                         : state == core::Consent::State::Withdrawn ? Tone::Muted
                                                                    : Tone::Warning,
                         consent.information});
    }
    m_consents->setRows(consents);

    m_activityRecords = m_workspace->activities().activities(m_caseId);
    QList<Row> activities;
    for (const auto& activity : m_activityRecords) {
        QString counterpart = activity.counterpart;
        if (activity.actorId) {
            if (const auto actor = m_workspace->actors().actor(activity.actorId))
                counterpart = counterpart.isEmpty() ? actor->name : actor->name + QStringLiteral(", ") + counterpart;
        }
        const QString firstLine = activity.note.section(QLatin1Char('\n'), 0, 0);
        activities.append({activity.id,
                           {format::dateTime(activity.occurredAt), core::text::labelOf(activity.kind),
                            core::text::labelOf(activity.mode), counterpart, activity.kvaCode, firstLine,
                            activity.version > 1 ? tr("corrected (%1)").arg(activity.version) : QString()},
                           Tone::Normal,
                           activity.note});
    }
    m_activities->setRows(activities);
    if (!activities.isEmpty())
        m_activityTable->selectRow(0); // the newest entry, so its full text shows below
    showSelectedNote();
}

void CaseView::showSelectedNote()
{
    const int row = m_activityTable->currentIndex().row();
    if (row < 0 || row >= m_activityRecords.size()) {
        m_noteView->setPlainText(m_activityRecords.isEmpty() ? tr("No entries yet. Record the first contact with "
                                                                  "“New entry…”.")
                                                             : QString());
        return;
    }
    const auto& activity = m_activityRecords.at(row);
    m_noteView->setHtml(
        QStringLiteral("<p><b>%1</b> · %2 · %3</p><p>%4</p><p style='color:%6'>%5</p>")
            .arg(
                format::dateTime(activity.occurredAt), core::text::labelOf(activity.kind).toHtmlEscaped(),
                core::text::labelOf(activity.mode).toHtmlEscaped(),
                activity.note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                tr("Written by %1, %2").arg(activity.recordedBy.toHtmlEscaped(), format::dateTime(activity.recordedAt)),
                toneColor(TextTone::Quiet, palette()).name()));
}

qint64 CaseView::selectedId(QTableView* table, RecordTableModel* model) const
{
    const auto* row = model->rowAt(table->currentIndex().row());
    return row ? row->id : 0;
}

void CaseView::setBackTo(Back target)
{
    switch (target) {
    case Back::Cases:
        m_back->setText(tr("← Cases"));
        m_back->setToolTip(tr("Back to the case list (Esc)"));
        break;
    case Back::Worklist:
        m_back->setText(tr("← Today"));
        m_back->setToolTip(tr("Back to today's worklist (Esc)"));
        break;
    case Back::Calendar:
        m_back->setText(tr("← Calendar"));
        m_back->setToolTip(tr("Back to the calendar (Esc)"));
        break;
    }
    m_back->setShortcut(QKeySequence(Qt::Key_Escape)); // setText drops a mnemonic, never this shortcut
}

void CaseView::copyIdentityNumber()
{
    if (!m_workspace || !m_caseId || !m_clipboard)
        return;
    m_clipboard->copy(m_patient.identityNumber().display());
    m_workspace->audit().record(core::AuditLog::Action::Copy, m_caseId, QStringLiteral("identity_number"));
}

void CaseView::editCase()
{
    if (!m_workspace || !m_caseId)
        return;
    QList<core::Actor> employers;
    for (const auto& actor : m_workspace->actors().actors()) {
        if (actor.kind == core::ActorKind::Employer)
            employers.append(actor);
    }
    EditCaseDialog dialog(m_patient, m_case, employers, m_workspace->today(), this);
    const auto patientBefore = m_patient;
    const auto caseBefore = m_case;
    dialog.setSaveAction([&] {
        const auto patientAfter = dialog.patient();
        const auto caseAfter = dialog.caseRecord();
        const QString newEmployer = dialog.newEmployerName();
        auto* workspace = m_workspace;
        auto employerId = std::make_shared<qint64>(0);
        FunctionCommand::perform(
            m_undoStack, tr("Edit case"),
            [=] {
                auto patient = patientAfter;
                auto record = caseAfter;
                if (*employerId)
                    record.employerId = *employerId;
                workspace->saveCaseAndPatient(patient, record, *employerId ? QString() : newEmployer);
                if (!newEmployer.isEmpty())
                    *employerId = record.employerId;
            },
            [=] {
                auto patient = patientBefore;
                auto record = caseBefore;
                workspace->saveCaseAndPatient(patient, record);
            });
    });
    Prompts::exec(dialog);
}

void CaseView::addPeriod()
{
    if (!m_workspace || !m_caseId)
        return;
    const auto existing = m_workspace->sickLeave().periods(m_caseId);
    core::SickLeavePeriod period{0, m_caseId, 100, m_workspace->today(), {}};
    if (!existing.isEmpty() && existing.last().end.isValid()) {
        // A continuation is the usual case: start the day after the last certificate, same degree.
        period.start = existing.last().end.addDays(1);
        period.degree = existing.last().degree;
    }
    PeriodDialog dialog(period, existing, this);
    auto* repository = &m_workspace->sickLeave();
    dialog.setSaveAction([&] {
        performSave<core::SickLeavePeriod>(
            m_undoStack, tr("Add sick-leave period"), period, dialog.period(),
            [repository](core::SickLeavePeriod& p) { repository->savePeriod(p); },
            [repository](qint64 id) { repository->removePeriod(id); });
    });
    Prompts::exec(dialog);
}

void CaseView::editPeriod()
{
    const auto periods = m_workspace ? m_workspace->sickLeave().periods(m_caseId) : QList<core::SickLeavePeriod>();
    const auto selected = findById(periods, selectedId(m_periodTable, m_periods));
    if (!selected)
        return;
    const auto before = *selected;
    PeriodDialog dialog(before, periods, this);
    auto* repository = &m_workspace->sickLeave();
    dialog.setSaveAction([&] {
        performSave<core::SickLeavePeriod>(
            m_undoStack, tr("Change sick-leave period"), before, dialog.period(),
            [repository](core::SickLeavePeriod& p) { repository->savePeriod(p); },
            [repository](qint64 periodId) { repository->removePeriod(periodId); });
    });
    Prompts::exec(dialog);
}

void CaseView::removePeriod()
{
    const auto periods = m_workspace ? m_workspace->sickLeave().periods(m_caseId) : QList<core::SickLeavePeriod>();
    const auto selected = findById(periods, selectedId(m_periodTable, m_periods));
    if (!selected)
        return;
    auto* repository = &m_workspace->sickLeave();
    performRemove<core::SickLeavePeriod>(
        m_undoStack, tr("Remove sick-leave period"), *selected,
        [repository](core::SickLeavePeriod& p) { repository->savePeriod(p); },
        [repository](qint64 periodId) { repository->removePeriod(periodId); });
}

void CaseView::addDiagnosis()
{
    if (!m_workspace || !m_caseId)
        return;
    const bool first = m_workspace->sickLeave().diagnoses(m_caseId).isEmpty();
    core::Diagnosis diagnosis{0, m_caseId, {}, {}, first};
    DiagnosisDialog dialog(diagnosis, this);
    auto* repository = &m_workspace->sickLeave();
    dialog.setSaveAction([&] {
        performSave<core::Diagnosis>(
            m_undoStack, tr("Add diagnosis"), diagnosis, dialog.diagnosis(),
            [repository](core::Diagnosis& d) { repository->saveDiagnosis(d); },
            [repository](qint64 id) { repository->removeDiagnosis(id); });
    });
    Prompts::exec(dialog);
}

void CaseView::editDiagnosis()
{
    const auto selected =
        findById(m_workspace ? m_workspace->sickLeave().diagnoses(m_caseId) : QList<core::Diagnosis>(),
                 selectedId(m_diagnosisTable, m_diagnoses));
    if (!selected)
        return;
    const auto before = *selected;
    DiagnosisDialog dialog(before, this);
    auto* repository = &m_workspace->sickLeave();
    dialog.setSaveAction([&] {
        performSave<core::Diagnosis>(
            m_undoStack, tr("Change diagnosis"), before, dialog.diagnosis(),
            [repository](core::Diagnosis& d) { repository->saveDiagnosis(d); },
            [repository](qint64 diagnosisId) { repository->removeDiagnosis(diagnosisId); });
    });
    Prompts::exec(dialog);
}

void CaseView::removeDiagnosis()
{
    const auto selected =
        findById(m_workspace ? m_workspace->sickLeave().diagnoses(m_caseId) : QList<core::Diagnosis>(),
                 selectedId(m_diagnosisTable, m_diagnoses));
    if (!selected)
        return;
    auto* repository = &m_workspace->sickLeave();
    performRemove<core::Diagnosis>(
        m_undoStack, tr("Remove diagnosis"), *selected,
        [repository](core::Diagnosis& d) { repository->saveDiagnosis(d); },
        [repository](qint64 diagnosisId) { repository->removeDiagnosis(diagnosisId); });
}

void CaseView::addContact()
{
    if (!m_workspace || !m_caseId)
        return;
    core::CaseContact contact{0, m_caseId, 0, 0, {}, {}};
    ContactDialog dialog(*m_workspace, contact, this);
    auto* repository = &m_workspace->actors();
    dialog.setSaveAction([&] {
        auto newActor = std::make_shared<std::optional<core::Actor>>(dialog.newActor());
        auto newPerson = std::make_shared<std::optional<core::ContactPerson>>(dialog.newPerson());
        auto state = std::make_shared<core::CaseContact>(dialog.contact());
        FunctionCommand::perform(
            m_undoStack, tr("Add contact"),
            [=] {
                // The organisation and person are registered once; a redo only links them again.
                repository->saveContact(*state, *newActor ? &newActor->value() : nullptr,
                                        *newPerson ? &newPerson->value() : nullptr);
                newActor->reset();
                newPerson->reset();
            },
            [=] { repository->removeContact(state->id); });
    });
    Prompts::exec(dialog);
}

void CaseView::editContact()
{
    const qint64 id = selectedId(m_contactTable, m_contacts);
    if (!id || !m_workspace)
        return;
    core::CaseContact before;
    for (const auto& view : m_workspace->actors().caseContacts(m_caseId)) {
        if (view.contact.id == id)
            before = view.contact;
    }
    ContactDialog dialog(*m_workspace, before, this);
    auto* repository = &m_workspace->actors();
    dialog.setSaveAction([&] {
        auto newActor = std::make_shared<std::optional<core::Actor>>(dialog.newActor());
        auto newPerson = std::make_shared<std::optional<core::ContactPerson>>(dialog.newPerson());
        const auto after = std::make_shared<core::CaseContact>(dialog.contact());
        FunctionCommand::perform(
            m_undoStack, tr("Change contact"),
            [=] {
                repository->saveContact(*after, *newActor ? &newActor->value() : nullptr,
                                        *newPerson ? &newPerson->value() : nullptr);
                newActor->reset();
                newPerson->reset();
            },
            [=] {
                auto copy = before;
                repository->saveContact(copy);
            });
    });
    Prompts::exec(dialog);
}

void CaseView::removeContact()
{
    const qint64 id = selectedId(m_contactTable, m_contacts);
    if (!id || !m_workspace)
        return;
    for (const auto& view : m_workspace->actors().caseContacts(m_caseId)) {
        if (view.contact.id != id)
            continue;
        auto* repository = &m_workspace->actors();
        performRemove<core::CaseContact>(
            m_undoStack, tr("Remove contact"), view.contact,
            [repository](core::CaseContact& c) { repository->saveContact(c); },
            [repository](qint64 contactId) { repository->removeContact(contactId); });
        return;
    }
}

void CaseView::addConsent()
{
    if (!m_workspace || !m_caseId)
        return;
    core::Consent consent;
    consent.caseId = m_caseId;
    consent.givenOn = m_workspace->today();
    consent.recordedBy = m_workspace->context().userName;
    ConsentDialog dialog(consent, linkedActors(), this);
    auto* repository = &m_workspace->consents();
    dialog.setSaveAction([&] {
        performSave<core::Consent>(
            m_undoStack, tr("Register consent"), consent, dialog.consent(),
            [repository](core::Consent& c) { repository->save(c); },
            [repository](qint64 id) { repository->removeJustRegistered(id); });
    });
    Prompts::exec(dialog);
}

void CaseView::editConsent()
{
    const auto selected = findById(m_consentRecords, selectedId(m_consentTable, m_consents));
    if (!selected)
        return;
    const auto before = *selected;
    ConsentDialog dialog(before, linkedActors(), this);
    auto* repository = &m_workspace->consents();
    dialog.setSaveAction([&] {
        performSave<core::Consent>(
            m_undoStack, tr("Change consent"), before, dialog.consent(),
            [repository](core::Consent& c) { repository->save(c); },
            [repository](qint64 consentId) { repository->removeJustRegistered(consentId); });
    });
    Prompts::exec(dialog);
}

void CaseView::addActivity()
{
    if (!m_workspace || !m_caseId)
        return;
    core::Activity activity;
    activity.caseId = m_caseId;
    activity.occurredAt = QDateTime(m_workspace->today(), QTime::currentTime());
    activity.kvaCode = QStringLiteral("GC001");
    ActivityDialog dialog(activity, linkedActors(), m_workspace->activities().kvaCodes(true),
                          m_workspace->consents().consents(m_caseId), m_workspace->today(), this);
    dialog.setSaveAction([&] {
        auto entry = dialog.activity();
        m_workspace->activities().add(entry); // a record, not an undoable edit
    });
    if (Prompts::exec(dialog) == QDialog::Accepted)
        m_tabs->setCurrentIndex(int(Tab::Activities));
}

void CaseView::correctActivity()
{
    const auto selected = findById(m_activityRecords, selectedId(m_activityTable, m_activities));
    if (!selected)
        return;
    ActivityDialog dialog(*selected, linkedActors(), m_workspace->activities().kvaCodes(true),
                          m_workspace->consents().consents(m_caseId), m_workspace->today(), this);
    dialog.setSaveAction([&] {
        auto corrected = dialog.activity();
        m_workspace->activities().correct(corrected);
    });
    Prompts::exec(dialog);
}

void CaseView::showActivityHistory()
{
    const qint64 id = selectedId(m_activityTable, m_activities);
    if (!id)
        return;
    QString html;
    const auto versions = m_workspace->activities().history(id);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p><p style='color:%6'>%3 · %4 · %5</p><hr>")
                    .arg(tr("Version %1").arg(it->version),
                         it->note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                         format::dateTime(it->occurredAt), core::text::labelOf(it->kind).toHtmlEscaped(),
                         tr("written by %1, %2").arg(it->recordedBy.toHtmlEscaped(), format::dateTime(it->recordedAt)),
                         toneColor(TextTone::Quiet, palette()).name());
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("historyDialog"));
    dialog.setWindowTitle(tr("History of the entry"));
    auto* browser = new QTextBrowser(&dialog);
    browser->setHtml(html);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    auto* close = new QPushButton(tr("Close"), &dialog);
    connect(close, &QPushButton::clicked, &dialog, &QDialog::accept);
    layout->addWidget(close, 0, Qt::AlignRight);
    dialog.resize(620, 480);
    Prompts::exec(dialog);
}

} // namespace koordinera::ui
