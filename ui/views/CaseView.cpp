// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/CaseView.h"

#include "core/domain/ConsentRules.h"
#include "core/domain/DomainText.h"
#include "core/domain/Family.h"
#include "core/domain/IcdCode.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/SensitiveClipboard.h"
#include "ui/TextColors.h"
#include "ui/commands/FunctionCommand.h"
#include "ui/commands/SavedVersions.h"
#include "ui/dialogs/ActivityDialog.h"
#include "ui/dialogs/CareTeamDialog.h"
#include "ui/dialogs/ConsentDialog.h"
#include "ui/dialogs/ContactDialog.h"
#include "ui/dialogs/DiagnosisDialog.h"
#include "ui/dialogs/EditCaseDialog.h"
#include "ui/dialogs/PeriodDialog.h"
#include "ui/dialogs/StaffDialog.h"
#include "ui/documents/CaseDocumentActions.h"
#include "ui/documents/DocumentsPanel.h"
#include "ui/views/ActivitiesPanel.h"
#include "ui/views/ConsentsPanel.h"
#include "ui/views/ContactsPanel.h"
#include "ui/views/FamilyPanel.h"
#include "ui/views/MeetingsPanel.h"
#include "ui/views/PlanPanel.h"
#include "ui/views/SickLeavePanel.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/FlowLayout.h"

#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace koordinera::ui {

namespace {

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

CaseView::CaseView(QUndoStack* undoStack, QWidget* parent) : QWidget(parent), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("caseView"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    // Every tab's name whole, at any text size: the window grows rather than cutting names or hiding tabs.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);
    m_sickLeave = new SickLeavePanel(this);
    m_tabs->addTab(m_sickLeave, tr("Sic&k leave and diagnoses"));
    m_contacts = new ContactsPanel(this);
    m_tabs->addTab(m_contacts, tr("&Contacts"));
    m_consents = new ConsentsPanel(this);
    m_tabs->addTab(m_consents, tr("C&onsents"));
    m_activities = new ActivitiesPanel(this);
    m_tabs->addTab(m_activities, tr("&Activities and contacts"));
    m_family = new FamilyPanel(this);
    for (CasePanel* panel : casePanels())
        panel->setUndoStack(undoStack);
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
    m_consents->setDocumentActions(m_documentActions);
    m_documents = new DocumentsPanel(m_documentActions, this);
    // The explanations wrap; with large text on a small screen the page scrolls rather than cutting them off.
    auto* documentsPage = new QScrollArea(this);
    documentsPage->setObjectName(QStringLiteral("documentsPage"));
    documentsPage->setFrameShape(QFrame::NoFrame);
    documentsPage->setFocusPolicy(Qt::NoFocus); // Tab goes to the buttons inside
    documentsPage->setWidgetResizable(true);
    documentsPage->setWidget(m_documents);
    m_tabs->addTab(documentsPage, tr("&Documents"));
    m_tabs->addTab(m_family, tr("Fami&ly"));
    m_tabs->setTabVisible(int(Tab::Family), false);

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

QList<CasePanel*> CaseView::casePanels() const
{
    return {m_sickLeave, m_contacts, m_consents, m_activities, m_family};
}

void CaseView::setWorkspace(core::Workspace* workspace)
{
    disconnect(m_changedConnection);
    m_workspace = workspace;
    m_caseId = 0;
    for (CasePanel* panel : casePanels())
        panel->setWorkspace(workspace);
    m_plan->setWorkspace(workspace);
    m_meetings->setWorkspace(workspace);
    m_documentActions->setWorkspace(workspace);
    m_documents->setWorkspace(workspace);
    applyProfile();
    disconnect(m_presenceConnection);
    if (m_workspace) {
        m_changedConnection =
            connect(m_workspace, &core::Workspace::changed, this, [this](const QSet<QString>& tables) {
                if (!core::Workspace::onlyAccessLog(tables))
                    refresh();
            });
        m_presenceConnection =
            connect(m_workspace, &core::Workspace::presenceChanged, this, &CaseView::refreshPresence);
    }
}

void CaseView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_workspace && m_caseId && !event->spontaneous())
        m_workspace->casePresence().enter(m_caseId);
}

void CaseView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // A minimised window still has the case open; leaving it for another page does not.
    if (m_workspace && !event->spontaneous())
        m_workspace->casePresence().leave();
}

void CaseView::refreshPresence()
{
    const QStringList others = m_workspace && m_caseId ? m_workspace->casePresence().othersIn(m_caseId) : QStringList();
    m_elsewhere->setVisible(!others.isEmpty());
    m_elsewhere->setText(tr("Also open at %1 just now. If you both change the same thing, the first save is kept and "
                            "the other is told so.")
                             .arg(QLocale().createSeparatedList(others)));
}

// A family file speaks of a family and its network; the clinic's care team is not the municipality's.
void CaseView::applyProfile()
{
    const bool family = isFamily();
    m_tabs->setTabVisible(int(Tab::Family), family);
    m_tabs->setTabText(int(Tab::Contacts), family ? tr("&Network") : tr("&Contacts"));
    m_team->setVisible(!family);
}

bool CaseView::isFamily() const
{
    return m_workspace && m_workspace->profile() == core::Profile::Family;
}

// The sick-leave chain is a parent's in a family file: its tab is there only when a parent is sick-listed or a
// period is already recorded.
void CaseView::showSickLeaveTabIfNeeded(const core::RehabChain& chain)
{
    const auto sickListed = [this] {
        const QList<core::FamilyParent> parents = m_workspace->family().parents(m_caseId);
        return std::any_of(parents.cbegin(), parents.cend(),
                           [](const core::FamilyParent& parent) { return parent.sickListed; });
    };
    const bool shown = !isFamily() || !chain.chain().isEmpty() || sickListed();
    m_tabs->setTabVisible(int(Tab::SickLeave), shown);
    if (!shown && m_tabs->currentIndex() == int(Tab::SickLeave))
        m_tabs->setCurrentIndex(int(Tab::Family));
}

void CaseView::showCase(qint64 caseId, Tab tab)
{
    m_caseId = caseId;
    if (m_workspace && caseId)
        m_workspace->recordCaseOpened(caseId); // every opening of a record is logged (patientdatalagen)
    m_tabs->setCurrentIndex(int(tab));
    if (m_workspace && isVisible())
        m_workspace->casePresence().enter(caseId);
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
    const auto makeButton = [header](const QString& text, const QString& objectName, auto action) {
        auto* button = new QPushButton(text, header);
        button->setObjectName(objectName);
        connect(button, &QPushButton::clicked, header, action);
        return button;
    };
    auto* back = makeButton(tr("← Cases"), QStringLiteral("backButton"), [this] { Q_EMIT backRequested(); });
    m_back = back;
    back->setFlat(true);
    back->setToolTip(tr("Back to the case list (Esc)"));
    back->setShortcut(QKeySequence(Qt::Key_Escape));
    auto* team = makeButton(tr("Ca&re team…"), QStringLiteral("careTeamButton"), [this] { editCareTeam(); });
    m_team = team;
    team->setToolTip(tr("The case's doctor and care team, from the unit's staff list"));
    auto* edit = makeButton(tr("Ed&it case…"), QStringLiteral("editCaseButton"), [this] { editCase(); });
    auto* copy =
        makeButton(tr("Copy identity number"), QStringLiteral("copyIdentityButton"), [this] { copyIdentityNumber(); });
    copy->setToolTip(tr("Copies the identity number; it is cleared from the clipboard after 30 seconds."));
    chainTabOrder({back, copy, team, edit});

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
    m_elsewhere = new QLabel(header);
    m_elsewhere->setObjectName(QStringLiteral("openElsewhere"));
    m_elsewhere->setWordWrap(true);
    m_elsewhere->setStyleSheet(toneStyle(TextTone::Warning, m_elsewhere->palette()));
    m_elsewhere->setVisible(false);
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
    top->addWidget(team);
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
    layout->addWidget(m_elsewhere);
    layout->addWidget(dayRow);
    layout->addWidget(m_warnings);
    return header;
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
    // Read once: the sick-leave tab and the header's day both follow from it.
    const core::RehabChain chain = m_workspace->rehabChain(m_caseId);
    showSickLeaveTabIfNeeded(chain);
    refreshHeader(chain);
    refreshPresence();
    for (CasePanel* panel : casePanels())
        panel->showCase(m_caseId);
    m_plan->showCase(m_caseId);
    m_meetings->showCase(m_caseId);
    m_documents->showCase(m_caseId);
}

QStringList CaseView::clinicDetails() const
{
    QStringList details;
    QString occupation = core::text::labelOf(m_case.occupation);
    if (m_case.employerId) {
        if (const auto employer = m_workspace->actors().actor(m_case.employerId))
            occupation += QStringLiteral(", ") + employer->name;
    }
    details << occupation;
    QStringList team;
    for (const core::StaffMember& member : m_workspace->staff().team(m_caseId))
        team << QStringLiteral("%1 (%2)").arg(member.name, core::text::labelOf(member.profession).toLower());
    if (!team.isEmpty())
        details << tr("care team %1").arg(team.join(QStringLiteral(", ")));
    else if (!m_case.doctor.isEmpty())
        details << tr("doctor %1").arg(m_case.doctor);
    return details;
}

// "Children: Elsa (7 years), Liam (4 years)", where a clinic's case shows the sick-leave day.
QString CaseView::childrenLine() const
{
    QStringList children;
    const QDate today = m_workspace->today();
    for (const core::FamilyChild& child : m_workspace->family().children(m_caseId)) {
        children << tr("%1 (%2 years)").arg(child.givenName).arg(core::FamilyRules::ageOn(child.birthDate, today));
    }
    return children.isEmpty() ? tr("No children registered yet")
                              : tr("Children: %1").arg(children.join(QStringLiteral(", ")));
}

void CaseView::refreshHeader(const core::RehabChain& chain)
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
    if (!isFamily())
        details << clinicDetails();
    if (!m_patient.phone.isEmpty())
        details << tr("phone %1").arg(m_patient.phone);
    if (m_case.isClosed())
        details << tr("closed %1 (%2)")
                       .arg(format::date(m_case.closedOn),
                            core::FamilyRules::outcomeLabel(m_workspace->profile(), m_case.outcome));
    m_details->setText(details.join(QStringLiteral("  ·  ")));

    while (QLayoutItem* item = m_chips->takeAt(1)) { // the day itself stays first
        delete item->widget();
        delete item;
    }
    const auto day = chain.dayOn(today);
    if (chain.chain().isEmpty() && isFamily()) {
        m_sickDay->setText(childrenLine());
    } else if (chain.chain().isEmpty()) {
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
    const auto warnings = core::ConsentRules::warningsForCase(m_case, CasePanel::linkedActors(*m_workspace, m_caseId),
                                                              m_workspace->consents().consents(m_caseId), today);
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

void CaseView::addPeriod()
{
    m_sickLeave->addPeriod();
}

void CaseView::addDiagnosis()
{
    m_sickLeave->addDiagnosis();
}

void CaseView::addContact()
{
    m_contacts->addContact();
}

void CaseView::addConsent()
{
    m_consents->addConsent();
}

void CaseView::addActivity()
{
    if (m_activities->addActivity())
        m_tabs->setCurrentIndex(int(Tab::Activities));
}

void CaseView::editCareTeam()
{
    if (!m_workspace || !m_caseId)
        return;
    QList<qint64> before;
    const QList<core::StaffMember> team = m_workspace->staff().team(m_caseId);
    for (const core::StaffMember& member : team)
        before.append(member.id);
    CareTeamDialog dialog(m_workspace->staff().staff(true), team, this);
    dialog.setStaffEditor([this, &dialog] {
        StaffDialog staff(*m_workspace, &dialog);
        Prompts::exec(staff);
        return m_workspace->staff().staff(true);
    });
    dialog.setSaveAction([&] {
        const QList<qint64> after = dialog.chosen();
        auto* workspace = m_workspace;
        const qint64 caseId = m_caseId;
        FunctionCommand::perform(
            m_undoStack, tr("Change care team"), [=] { workspace->staff().setTeam(caseId, after); },
            [=] { workspace->staff().setTeam(caseId, before); });
    });
    Prompts::exec(dialog);
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
    EditCaseDialog dialog(m_patient, m_case, employers, m_workspace->today(), m_workspace->profile(), this);
    dialog.watchRecord(*m_workspace, "cases", m_case.id, m_case.rowVersion);
    dialog.watchRecord(*m_workspace, "patients", m_patient.id, m_patient.rowVersion);
    const auto patientBefore = m_patient;
    const auto caseBefore = m_case;
    dialog.setSaveAction([&] {
        const auto patientAfter = dialog.patient();
        const auto caseAfter = dialog.caseRecord();
        const QString newEmployer = dialog.newEmployerName();
        auto* workspace = m_workspace;
        auto employerId = std::make_shared<qint64>(0);
        // Both saved over the versions they were read at, or that the last save left (SavedVersions).
        QUndoStack* stack = m_undoStack;
        auto saveBoth = [workspace, stack](core::Patient patient, core::CaseRecord record, const QString& newEmployer) {
            SavedVersions& versions = SavedVersions::of(stack);
            versions.prepare(patient);
            versions.prepare(record);
            workspace->saveCaseAndPatient(patient, record, newEmployer);
            versions.remember(patient);
            versions.remember(record);
            return record;
        };
        FunctionCommand::perform(
            m_undoStack, tr("Edit case"),
            [=] {
                auto record = caseAfter;
                if (*employerId)
                    record.employerId = *employerId;
                record = saveBoth(patientAfter, record, *employerId ? QString() : newEmployer);
                if (!newEmployer.isEmpty())
                    *employerId = record.employerId;
            },
            [=] { saveBoth(patientBefore, caseBefore, QString()); });
    });
    Prompts::exec(dialog);
}

} // namespace koordinera::ui
