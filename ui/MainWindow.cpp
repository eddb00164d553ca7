// SPDX-License-Identifier: GPL-3.0-or-later
// Longer than most files here: it holds the window's menus and the wiring of its eight pages, which is the
// arranging this class is for; what happens behind a menu entry lives in DatabaseSession, MaintenanceActions and
// the pages themselves.
#include "ui/MainWindow.h"

#include "core/domain/Validation.h"
#include "core/settings/Settings.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "ui/DatabaseSession.h"
#include "ui/InactivityWatcher.h"
#include "ui/MaintenanceActions.h"
#include "ui/Prompts.h"
#include "ui/SensitiveClipboard.h"
#include "ui/SessionWatcher.h"
#include "ui/commands/FunctionCommand.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/KvaCodesDialog.h"
#include "ui/dialogs/NewCaseDialog.h"
#include "ui/dialogs/RegionDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SickListImportDialog.h"
#include "ui/dialogs/SignerDialog.h"
#include "ui/documents/CaseDocumentActions.h"
#include "ui/help/HelpWindow.h"
#include "ui/models/CaseListModel.h"
#include "ui/models/WorklistModel.h"
#include "ui/views/CalendarPage.h"
#include "ui/views/CaseListPage.h"
#include "ui/views/CaseView.h"
#include "ui/views/FamilyStatisticsPage.h"
#include "ui/views/LockPage.h"
#include "ui/views/SickListPage.h"
#include "ui/views/StatisticsPage.h"
#include "ui/views/WelcomePage.h"
#include "ui/views/WorklistPage.h"
#include "ui/widgets/ProgressRunner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

Prompts::FileRequest databaseFile(bool forSaving)
{
    const QString filter = QStringLiteral("Koordinera (*.koordinera)");
    if (forSaving)
        return Prompts::FileRequest::toSave(MainWindow::tr("New database"), filter, {}, QStringLiteral("koordinera"));
    return Prompts::FileRequest::toOpen(MainWindow::tr("Open database"),
                                        filter + QStringLiteral(";;") + MainWindow::tr("All files (*)"));
}

} // namespace

MainWindow::MainWindow(core::Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_undoStack(new QUndoStack(this)),
      m_session(new DatabaseSession(settings, this)),
      m_maintenance(new MaintenanceActions(settings, *m_session, *m_undoStack, this)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_caseList(new CaseListPage(settings, this)), m_demoBanner(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    buildPages();
    buildNavigation();

    m_sessionWatcher = new SessionWatcher(this);
    connect(m_sessionWatcher, &SessionWatcher::lockRequested, this, &MainWindow::lockNow);
    m_inactivity = new InactivityWatcher(this);
    connect(m_inactivity, &InactivityWatcher::idle, this, &MainWindow::lockNow);
    FunctionCommand::setErrorHandler([this](const QString& message) { Prompts::error(this, message); });

    connect(m_session, &DatabaseSession::workspaceAboutToChange, this, &MainWindow::detachWorkspace);
    connect(m_session, &DatabaseSession::workspaceChanged, this, &MainWindow::arrangeForWorkspace);
    connect(m_session, &DatabaseSession::notice, this, &MainWindow::showNotice);
    connect(m_maintenance, &MaintenanceActions::notice, this, &MainWindow::showNotice);
    connect(m_maintenance, &MaintenanceActions::restored, this, [this] {
        showCaseList();
        m_caseList->model()->refresh();
    });
    connect(m_maintenance, &MaintenanceActions::purged, this, [this] {
        if (m_caseView && m_pages->currentWidget() == m_caseView && !workspace()->cases().get(m_caseView->caseId()))
            showCaseList();
    });

    // Who signs, always in sight while a database is open; a click changes it.
    m_signerButton = new QPushButton(this);
    m_signerButton->setObjectName(QStringLiteral("signerButton"));
    m_signerButton->setFlat(true);
    m_signerButton->setToolTip(tr("Notes, consents and documents are signed with this name, title and unit. "
                                  "Click to change."));
    connect(m_signerButton, &QPushButton::clicked, this, &MainWindow::changeSigner);
    statusBar()->addPermanentWidget(m_signerButton);

    buildMenus();
    setAutoLockInterval(m_settings.autoLockMinutes() * 60 * 1000);
    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1360, 820);
    arrangeForWorkspace(nullptr);
}

MainWindow::~MainWindow()
{
    FunctionCommand::setErrorHandler({});
}

void MainWindow::buildPages()
{
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::createRequested, this, [this] { chooseAndOpen(true); });
    connect(m_welcome, &WelcomePage::openRequested, this, [this] { chooseAndOpen(false); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    m_pages->addWidget(m_welcome);
    m_lockPage = new LockPage(this);
    connect(m_lockPage, &LockPage::unlockRequested, this, &MainWindow::unlockNow);
    m_pages->addWidget(m_lockPage);

    m_clipboard = new SensitiveClipboard(this);
    m_worklist = new WorklistPage(this);
    m_worklist->model()->setSettings(m_settings.worklistSettings());
    m_pages->addWidget(m_worklist);
    m_calendar = new CalendarPage(this);
    m_pages->addWidget(m_calendar);
    m_statistics = new StatisticsPage(m_settings, this);
    m_statistics->setSignerCheck([this] { return requireSigner(); });
    m_pages->addWidget(m_statistics);
    m_familyStatistics = new FamilyStatisticsPage(m_settings, this);
    m_familyStatistics->setSignerCheck([this] { return requireSigner(); });
    m_pages->addWidget(m_familyStatistics);
    m_sickList = new SickListPage(this);
    connect(m_sickList, &SickListPage::importRequested, this, &MainWindow::importSickList);
    connect(m_sickList, &SickListPage::startCaseRequested, this, &MainWindow::startCaseFromList);
    m_pages->addWidget(m_sickList);
    m_pages->addWidget(m_caseList);

    connect(m_worklist, &WorklistPage::caseActivated, this, &MainWindow::openCaseAt);
    connect(m_calendar, &CalendarPage::caseActivated, this, &MainWindow::openCaseAt);
    connect(m_caseList, &CaseListPage::caseActivated, this, &MainWindow::openCase);
    connect(m_caseList, &CaseListPage::newCaseRequested, this, &MainWindow::newCase);

    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setText(tr("DEMO — practice data with fictional people. Nothing is saved."));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel { background: #ffd54f; color: #3e2c00; font-weight: bold; "
                                               "padding: 6px; }"));
    m_demoBanner->setVisible(false);

    auto* central = new QWidget(this);
    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    layout->addLayout(body, 1);
    setCentralWidget(central);
}

// The case view is the largest page, with seven tabs of tables and forms: it is built when the first case is
// opened, so that the window is on the screen sooner (a third of building the window went to it).
CaseView* MainWindow::caseView()
{
    if (m_caseView)
        return m_caseView;
    m_caseView = new CaseView(m_undoStack, this);
    m_caseView->setClipboard(m_clipboard);
    m_caseView->setSettings(&m_settings);
    m_caseView->setSignerCheck([this] { return requireSigner(); });
    m_caseView->setWorkspace(workspace());
    m_pages->addWidget(m_caseView);
    connect(m_caseView, &CaseView::notice, this, [this](const QString& text) { showNotice(text, 10000); });
    // Back goes to where the case was opened from: the worklist or the case list.
    connect(m_caseView, &CaseView::backRequested, this, [this] {
        if (m_returnPage == m_worklist)
            showWorklist();
        else if (m_returnPage == m_calendar)
            showCalendar();
        else
            showCaseList();
    });
    return m_caseView;
}

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Parts of the program"));
    m_navigation->addItem(tr("Today"));
    m_navigation->addItem(tr("Cases"));
    m_navigation->addItem(tr("Calendar"));
    m_navigation->addItem(tr("Statistics"));
    m_navigation->addItem(tr("Sick-listed"));
    // A little larger than the text around it, and as wide as its longest entry: it follows the user's text size.
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { border: none; background: palette(window); } "
                                               "QListWidget::item { padding: 8px 10px; }"));
    m_navigation->setFixedWidth(
        std::max(150, QFontMetrics(navigationFont).horizontalAdvance(tr("Today (%1)").arg(9999)) + 40));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == NavigationToday)
            showWorklist();
        else if (row == NavigationCases)
            showCaseList();
        else if (row == NavigationCalendar)
            showCalendar();
        else if (row == NavigationStatistics)
            showStatistics();
        else if (row == NavigationSickList)
            showSickList();
    });
    connect(m_worklist, &WorklistPage::countChanged, this, [this](int count) {
        m_navigation->item(NavigationToday)->setText(count ? tr("Today (%1)").arg(count) : tr("Today"));
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database…"), this, [this] { chooseAndOpen(true); });
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, [this] { chooseAndOpen(false); });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Try with &demo data"), this, &MainWindow::openDemo);
    file->addAction(tr("Connect to the region's ser&ver…"), this, [this] { m_session->connectToServer(); });
    m_clinicActions << file->addAction(tr("Import a &case list (Excel or CSV)…"), this, &MainWindow::importCaseList);
    m_clinicActions << file->addAction(tr("Import the &sick-leave list (Rehabstöd)…"), this,
                                       &MainWindow::importSickList);
    m_openActions << m_clinicActions;
    file->addAction(tr("&Import a database from an earlier version…"), this, [this] {
        const QString plain = Prompts::chooseFile(
            this, Prompts::FileRequest::toOpen(tr("Database from an earlier version"), tr("All files (*)")));
        if (plain.isEmpty())
            return;
        const QString sealed = Prompts::chooseFile(this, databaseFile(true));
        if (!sealed.isEmpty())
            importOldDatabase(plain, sealed);
    });
    m_sealedFileActions << file->addAction(tr("Change &passphrase…"), this, &MainWindow::changePassphrase);
    m_sealedFileActions << file->addAction(tr("&Back up now"), m_maintenance, &MaintenanceActions::backupNow);
    m_sealedFileActions << file->addAction(tr("Res&tore from backup…"), this, [this] {
        const QString path = Prompts::chooseFile(this, databaseFile(false));
        if (!path.isEmpty())
            m_maintenance->restoreBackup(path);
    });
    m_fileActions << m_sealedFileActions;
    m_fileActions << file->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lockNow);
    m_openActions << file->addAction(tr("Clos&e database"), this, &MainWindow::closeDatabase);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_openActions << edit->addAction(tr("&KVÅ codes…"), m_maintenance, &MaintenanceActions::editKvaCodes);
    m_openActions << edit->addAction(tr("S&taff at the unit…"), m_maintenance, &MaintenanceActions::editStaff);
    QAction* preferences =
        edit->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::editSettings);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* cases = menuBar()->addMenu(tr("Ca&se"));
    m_newCaseAction = cases->addAction(tr("&New case…"), QKeySequence::New, this, &MainWindow::newCase);
    m_openActions << m_newCaseAction;
    m_openActions << cases->addAction(tr("&Find case"), QKeySequence::Find, this, [this] {
        showCaseList();
        m_caseList->focusSearch();
    });
    cases->addSeparator();
    m_printPlanAction = cases->addAction(tr("&Print the action plan…"), QKeySequence::Print, this,
                                         [this] { caseView()->documentActions()->showPlan(caseView()->caseId()); });
    m_summaryAction = cases->addAction(tr("Case &summary…"), this,
                                       [this] { caseView()->documentActions()->showSummary(caseView()->caseId()); });

    // The parts of the program, also reachable from the keyboard (the navigation list on the left is the mouse's way).
    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_openActions << view->addAction(tr("&Today"), QKeySequence(Qt::CTRL | Qt::Key_1), this, &MainWindow::showWorklist)
                  << view->addAction(tr("&Cases"), QKeySequence(Qt::CTRL | Qt::Key_2), this, &MainWindow::showCaseList)
                  << view->addAction(tr("C&alendar"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                                     &MainWindow::showCalendar)
                  << view->addAction(tr("&Statistics"), QKeySequence(Qt::CTRL | Qt::Key_4), this,
                                     &MainWindow::showStatistics)
                  << view->addAction(tr("Sick-&listed, not in coordination"), QKeySequence(Qt::CTRL | Qt::Key_5), this,
                                     &MainWindow::showSickList);
    m_clinicActions << m_openActions.last();

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    m_openActions << tools->addAction(tr("&Work for the unit…"), m_maintenance, &MaintenanceActions::editUnitWork)
                  << tools->addAction(tr("&Access log…"), m_maintenance, &MaintenanceActions::showAuditLog)
                  << tools->addAction(tr("&Check the database"), m_maintenance, &MaintenanceActions::checkDatabase)
                  << tools->addAction(tr("&Purge old cases (gallring)…"), m_maintenance,
                                      &MaintenanceActions::purgeOldCases);
    // For the process support, who may have no database of their own: always there.
    tools->addSeparator();
    tools->addAction(tr("&Regional report…"), this, [this] {
        RegionDialog dialog(m_settings, this);
        Prompts::exec(dialog);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Manual"), QKeySequence::HelpContents, this, &MainWindow::showHelp);
    help->addAction(tr("&About Koordinera"), this, &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::chooseAndOpen(bool create)
{
    const QString path = Prompts::chooseFile(this, databaseFile(create));
    if (path.isEmpty())
        return;
    if (create)
        createDatabase(path);
    else
        openDatabase(path);
}

core::Workspace* MainWindow::workspace() const
{
    return m_session->workspace();
}

void MainWindow::setKdfParams(const core::KdfParams& params)
{
    m_session->setKdfParams(params);
}

void MainWindow::setWorkspace(std::unique_ptr<core::Workspace> workspace)
{
    m_session->setWorkspace(std::move(workspace));
}

bool MainWindow::openDatabase(const QString& path)
{
    if (!m_session->open(path))
        return false;
    updateRecentMenu();
    requireSigner(); // on first use; declined, it is asked again before the first case is saved
    return true;
}

bool MainWindow::createDatabase(const QString& path)
{
    if (!m_session->create(path))
        return false;
    updateRecentMenu();
    requireSigner();
    return true;
}

bool MainWindow::importOldDatabase(const QString& plainPath, const QString& sealedPath)
{
    if (!m_session->importOld(plainPath, sealedPath))
        return false;
    updateRecentMenu();
    return true;
}

void MainWindow::openDemo()
{
    m_session->openDemo();
}

void MainWindow::closeDatabase()
{
    m_session->close();
}

bool MainWindow::changePassphrase()
{
    return m_session->changePassphrase();
}

bool MainWindow::isLocked() const
{
    return m_session->isLocked();
}

void MainWindow::lockNow()
{
    if (!workspace() || workspace()->isDemo())
        return;
    // Work on a worker thread (an import) may be using the database: it is stopped, and rolled back, first.
    if (ProgressRunner::isRunning()) {
        ProgressRunner::cancelRunning();
        QTimer::singleShot(50, this, &MainWindow::lockNow);
        return;
    }
    // Open dialogs hold on to the workspace: close them first (an unsaved edit is abandoned, as when the
    // user presses Cancel) and lock once their event loops have returned.
    bool dialogsOpen = false;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible()) {
            dialog->reject();
            dialogsOpen = true;
        }
    }
    if (dialogsOpen || QApplication::activeModalWidget()) {
        QTimer::singleShot(0, this, &MainWindow::lockNow);
        return;
    }
    const bool onCase = m_caseView && m_pages->currentWidget() == m_caseView;
    m_lockedCaseId = onCase ? m_caseView->caseId() : 0;
    m_lockedTab = onCase ? int(m_caseView->currentTab()) : 0;
    m_session->lock();
    m_clipboard->clearIfOurs();
}

bool MainWindow::unlockNow()
{
    const qint64 caseId = m_lockedCaseId;
    const int tab = m_lockedTab;
    if (!m_session->unlock())
        return false;
    if (caseId && workspace()->cases().get(caseId)) {
        caseView()->showCase(caseId, CaseView::Tab(tab));
        m_pages->setCurrentWidget(m_caseView);
        updateTitle();
    }
    return true;
}

void MainWindow::detachWorkspace()
{
    m_undoStack->clear();
    if (m_caseView)
        m_caseView->setWorkspace(nullptr);
    m_caseList->setWorkspace(nullptr);
    m_worklist->setWorkspace(nullptr);
    m_calendar->setWorkspace(nullptr);
    m_statistics->setWorkspace(nullptr);
    m_familyStatistics->setWorkspace(nullptr);
    m_sickList->setWorkspace(nullptr);
}

void MainWindow::arrangeForWorkspace(core::Workspace* workspace)
{
    m_caseList->setWorkspace(workspace);
    m_worklist->setWorkspace(workspace);
    m_calendar->setWorkspace(workspace);
    // Each file's statistics on its own page: a clinic's measures, or a family support's follow-up.
    const bool familyFile = workspace && workspace->profile() == core::Profile::Family;
    m_statistics->setWorkspace(familyFile ? nullptr : workspace);
    m_familyStatistics->setWorkspace(familyFile ? workspace : nullptr);
    m_sickList->setWorkspace(workspace);
    if (m_caseView)
        m_caseView->setWorkspace(workspace);
    const bool open = workspace != nullptr;
    updateActions(open, open && workspace->isDemo());
    // A server keeps the unit's data: no passphrase of the coordinator's, and the region backs it up.
    for (QAction* action : std::as_const(m_sealedFileActions))
        action->setVisible(!open || !workspace->isOnServer());
    m_demoBanner->setVisible(open && workspace->isDemo());
    m_navigation->setVisible(open);
    // A family file (issue 23) has no sick-leave list from Rehabstöd and no clinic case list to import.
    const bool family = open && workspace->profile() == core::Profile::Family;
    for (QAction* action : std::as_const(m_clinicActions))
        action->setVisible(!family);
    m_navigation->item(NavigationSickList)->setHidden(family);
    m_newCaseAction->setText(family ? tr("&New family…") : tr("&New case…"));
    updateInactivityWatch();
    if (open) {
        showWorklist(); // the start screen: what needs attention today
    } else if (m_session->isLocked()) {
        if (m_session->isServerLocked())
            m_lockPage->setServer(m_session->lockedName());
        else
            m_lockPage->setFileName(m_session->lockedName());
        m_pages->setCurrentWidget(m_lockPage);
    } else {
        m_pages->setCurrentWidget(m_welcome);
    }
    updateTitle();
    updateSigner();
}

void MainWindow::updateActions(bool open, bool demo)
{
    for (QAction* action : std::as_const(m_openActions))
        action->setEnabled(open);
    for (QAction* action : std::as_const(m_fileActions))
        action->setEnabled(open && !demo);
}

void MainWindow::showNotice(const QString& text, int milliseconds)
{
    statusBar()->showMessage(text, milliseconds);
}

void MainWindow::setAutoLockInterval(int milliseconds)
{
    m_inactivity->setInterval(milliseconds);
}

void MainWindow::updateInactivityWatch()
{
    m_inactivity->setActive(workspace() && !workspace()->isDemo());
}

bool MainWindow::requireSigner()
{
    if (!workspace())
        return false;
    if (!workspace()->isDemo() && !SignerDialog::ensureSigner(m_settings, this))
        return false;
    if (m_settings.signerGiven()) {
        workspace()->setUserName(m_settings.coordinatorName());
        workspace()->setUnit(m_settings.unitName());
    }
    updateSigner();
    return true;
}

void MainWindow::changeSigner()
{
    SignerDialog dialog(m_settings, this);
    if (Prompts::exec(dialog) == QDialog::Accepted)
        requireSigner();
}

void MainWindow::updateSigner()
{
    m_signerButton->setVisible(workspace() != nullptr);
    if (!m_settings.signerGiven()) {
        m_signerButton->setText(tr("Who is signing? Not given yet"));
        return;
    }
    m_signerButton->setText(
        tr("Signing: %1, %2 · %3")
            .arg(m_settings.coordinatorName(), m_settings.coordinatorTitle(), m_settings.unitName()));
}

void MainWindow::newCase()
{
    if (!workspace())
        return;
    if (!requireSigner())
        return;
    NewCaseDialog dialog(*workspace(), this);
    if (Prompts::exec(dialog) == QDialog::Accepted)
        openCase(dialog.result().caseId);
}

void MainWindow::openCase(qint64 caseId)
{
    openCaseAt(caseId, core::CaseArea::SickLeave);
}

void MainWindow::showPage(QWidget* page, int navigationRow)
{
    if (!workspace())
        return;
    m_pages->setCurrentWidget(page);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(navigationRow);
    updateTitle();
}

void MainWindow::showCaseList()
{
    showPage(m_caseList, NavigationCases);
}

void MainWindow::showWorklist()
{
    showPage(m_worklist, NavigationToday);
}

void MainWindow::showCalendar()
{
    showPage(m_calendar, NavigationCalendar);
}

void MainWindow::showStatistics()
{
    const bool family = workspace() && workspace()->profile() == core::Profile::Family;
    showPage(family ? static_cast<QWidget*>(m_familyStatistics) : m_statistics, NavigationStatistics);
}

void MainWindow::showSickList()
{
    showPage(m_sickList, NavigationSickList);
}

void MainWindow::importSickList()
{
    if (!workspace())
        return;
    const QString path = Prompts::chooseFile(
        this, Prompts::FileRequest::toOpen(tr("Import the sick-leave list"),
                                           tr("Lists from Rehabstöd (*.xlsx *.csv *.txt);;All files (*)")));
    if (path.isEmpty())
        return;
    SickListImportDialog dialog(*workspace(), path, this);
    Prompts::exec(dialog);
    if (const auto& summary = dialog.summary()) {
        Prompts::inform(this, SickListImportDialog::summaryText(*summary));
        showSickList();
    }
}

void MainWindow::startCaseFromList(const core::SickListCandidate& candidate)
{
    if (!workspace() || !requireSigner())
        return;
    const qint64 candidateId = candidate.id;
    NewCaseDialog dialog(*workspace(), this);
    dialog.prefill(candidate.patient);
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    try {
        workspace()->sickList().decide(candidateId, core::SickListCandidate::Decision::CaseStarted, {},
                                       dialog.result().caseId);
    } catch (const core::StorageError& error) {
        Prompts::error(this, error.userMessage());
    } catch (const core::ValidationError&) {
        // The patient left the list meanwhile: the case stands, there is nothing to mark.
    }
    openCase(dialog.result().caseId);
}

void MainWindow::openCaseAt(qint64 caseId, core::CaseArea area)
{
    if (area == core::CaseArea::SickList) {
        showSickList(); // a patient on the list has no case yet
        return;
    }
    if (!workspace() || caseId <= 0)
        return;
    static const QHash<core::CaseArea, CaseView::Tab> tabs{
        {core::CaseArea::SickLeave, CaseView::Tab::SickLeave}, {core::CaseArea::Contacts, CaseView::Tab::Contacts},
        {core::CaseArea::Consents, CaseView::Tab::Consents},   {core::CaseArea::Activities, CaseView::Tab::Activities},
        {core::CaseArea::Plan, CaseView::Tab::Plan},           {core::CaseArea::Meetings, CaseView::Tab::Meetings},
        {core::CaseArea::Family, CaseView::Tab::Family},
    };
    if (!m_caseView || m_pages->currentWidget() != m_caseView) {
        m_returnPage = m_pages->currentWidget();
        caseView()->setBackTo(m_returnPage == m_worklist   ? CaseView::Back::Worklist
                              : m_returnPage == m_calendar ? CaseView::Back::Calendar
                                                           : CaseView::Back::Cases);
    }
    caseView()->showCase(caseId, tabs.value(area, CaseView::Tab::SickLeave));
    m_pages->setCurrentWidget(m_caseView);
    updateTitle();
}

void MainWindow::updateTitle()
{
    // The case menu's documents are about the case on screen.
    const bool onCase = workspace() && m_pages->currentWidget() == m_caseView && m_caseView->caseId() > 0;
    if (m_printPlanAction) {
        m_printPlanAction->setEnabled(onCase);
        m_summaryAction->setEnabled(onCase);
    }
    QString title = tr("Koordinera");
    if (m_session->isLocked()) {
        setWindowTitle(tr("Locked — Koordinera"));
        return;
    }
    if (workspace()) {
        title = workspace()->isDemo()       ? tr("DEMO")
                : workspace()->isOnServer() ? m_session->serverName()
                                            : QFileInfo(workspace()->path()).completeBaseName();
        title += QStringLiteral(" — Koordinera");
        if (m_pages->currentWidget() == m_caseView) {
            const QString caseName =
                m_settings.patientNameInTitle() ? m_caseView->caseTitle() : m_caseView->caseReference();
            title = caseName + QStringLiteral(" — ") + title;
        }
    }
    setWindowTitle(title);
}

QString MainWindow::helpChapter() const
{
    QWidget* page = m_pages->currentWidget();
    if (page == m_welcome)
        return QStringLiteral("kom-igang");
    if (page == m_lockPage)
        return QStringLiteral("las-och-losenfras");
    if (page == m_statistics)
        return QStringLiteral("statistik");
    if (page == m_familyStatistics)
        return QStringLiteral("familjer");
    if (page == m_caseView) {
        switch (m_caseView->currentTab()) {
        case CaseView::Tab::Plan:
        case CaseView::Tab::Meetings:
            return QStringLiteral("plan-och-mote");
        case CaseView::Tab::Documents:
            return QStringLiteral("utskrifter");
        default:
            break;
        }
    }
    return QStringLiteral("arenden");
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->showChapter(helpChapter());
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    Prompts::exec(dialog);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (workspace())
        dialog.setKvaCodesEditor([this, &dialog] {
            KvaCodesDialog codes(*workspace(), &dialog);
            Prompts::exec(codes);
        });
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return;
    dialog.apply();
    m_worklist->model()->setSettings(m_settings.worklistSettings());
    m_statistics->updateNote();
    updateSigner();
    if (core::Workspace* open = workspace()) {
        open->setUserName(m_settings.coordinatorName());
        open->setUnit(m_settings.unitName());
        // A new gap rule brings every case's sick-leave chain up to date: half a second at 50,000 cases.
        const core::RehabRules rules = m_settings.rehabRules();
        ProgressRunner::waitExclusive(this, open->database(), tr("Bringing the sick-leave chains up to date…"),
                                      [open, &rules] { open->setRules(rules); });
        setAutoLockInterval(m_settings.autoLockMinutes() * 60 * 1000);
        m_caseList->model()->refreshWhenShown(); // the checkpoints shown may have changed
        if (m_caseView)
            m_caseView->reload();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_caseList->saveColumnState();
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.sync();
    event->accept();
}

void MainWindow::importCaseList()
{
    if (!workspace())
        return;
    const QString path =
        Prompts::chooseFile(this, Prompts::FileRequest::toOpen(tr("Import a case list"),
                                                               tr("Case lists (*.xlsx *.csv *.txt);;All files (*)")));
    if (path.isEmpty())
        return;
    ImportDialog dialog(*workspace(), m_settings, path, this);
    Prompts::exec(dialog);
    if (const auto& summary = dialog.summary()) {
        Prompts::inform(this, ImportDialog::summaryText(*summary));
        showCaseList();
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (const QString& path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openDatabase(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace koordinera::ui
