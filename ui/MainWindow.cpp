// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/settings/Settings.h"
#include "core/storage/Database.h"
#include "core/storage/SecretKey.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Backup.h"
#include "core/workspace/Workspace.h"
#include "ui/InactivityWatcher.h"
#include "ui/SensitiveClipboard.h"
#include "ui/SessionWatcher.h"
#include "ui/commands/FunctionCommand.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/KvaCodesDialog.h"
#include "ui/dialogs/NewCaseDialog.h"
#include "ui/dialogs/OlderFileDialog.h"
#include "ui/dialogs/RestoreDialog.h"
#include "ui/dialogs/RetentionDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SignerDialog.h"
#include "ui/documents/CaseDocumentActions.h"
#include "ui/help/HelpWindow.h"
#include "ui/models/CaseListModel.h"
#include "ui/models/WorklistModel.h"
#include "ui/views/CalendarPage.h"
#include "ui/views/CaseListPage.h"
#include "ui/views/CaseView.h"
#include "ui/views/StatisticsPage.h"
#include "ui/views/WorklistPage.h"
#include "ui/widgets/ProgressRunner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace koordinera::ui {

namespace {

const QString FileFilter = QStringLiteral("Koordinera (*.koordinera)");

// The welcome and lock pages: a title, a line of text and buttons, as one compact block a little above
// the middle; the spare room goes around it, not between its lines.
void layOutNoticePage(QWidget* page, const QString& titleText, QLabel* text, const QList<QPushButton*>& buttons)
{
    auto* title = new QLabel(titleText, page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    text->setWordWrap(true);
    text->setMaximumWidth(520);
    auto* column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(text);
    column->addSpacing(20);
    for (QPushButton* button : buttons) {
        button->setMinimumWidth(280);
        column->addWidget(button, 0, Qt::AlignLeft);
    }
    column->addStretch(3);
    auto* layout = new QHBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(column);
    layout->addStretch(2);
}

} // namespace

MainWindow::MainWindow(core::Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_undoStack(new QUndoStack(this)), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_caseList(new CaseListPage(settings, this)),
      m_caseView(new CaseView(m_undoStack, this)), m_demoBanner(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_welcome = buildWelcomePage();
    m_pages->addWidget(m_welcome);
    m_lockPage = buildLockPage();
    m_pages->addWidget(m_lockPage);
    m_sessionWatcher = new SessionWatcher(this);
    connect(m_sessionWatcher, &SessionWatcher::lockRequested, this, &MainWindow::lockNow);
    m_clipboard = new SensitiveClipboard(this);
    m_caseView->setClipboard(m_clipboard);
    m_caseView->setSettings(&m_settings);
    m_caseView->setSignerCheck([this] { return requireSigner(); });
    m_inactivity = new InactivityWatcher(this);
    connect(m_inactivity, &InactivityWatcher::idle, this, &MainWindow::lockNow);
    m_worklist = new WorklistPage(this);
    m_worklist->model()->setSettings(m_settings.worklistSettings());
    m_pages->addWidget(m_worklist);
    m_calendar = new CalendarPage(this);
    m_pages->addWidget(m_calendar);
    m_statistics = new StatisticsPage(m_settings, this);
    m_statistics->setSignerCheck([this] { return requireSigner(); });
    m_pages->addWidget(m_statistics);
    m_pages->addWidget(m_caseList);
    m_pages->addWidget(m_caseView);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Parts of the program"));
    m_navigation->addItem(tr("Today"));
    m_navigation->addItem(tr("Cases"));
    m_navigation->addItem(tr("Calendar"));
    m_navigation->addItem(tr("Statistics"));
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
    });
    connect(m_worklist, &WorklistPage::caseActivated, this, &MainWindow::openCaseAt);
    connect(m_calendar, &CalendarPage::caseActivated, this, &MainWindow::openCaseAt);
    connect(m_worklist, &WorklistPage::countChanged, this, [this](int count) {
        m_navigation->item(NavigationToday)->setText(count ? tr("Today (%1)").arg(count) : tr("Today"));
    });

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

    connect(m_caseList, &CaseListPage::caseActivated, this, &MainWindow::openCase);
    connect(m_caseList, &CaseListPage::newCaseRequested, this, &MainWindow::newCase);
    // Back goes to where the case was opened from: the worklist or the case list.
    connect(m_caseView, &CaseView::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_caseView, &CaseView::backRequested, this, [this] {
        if (m_returnPage == m_worklist)
            showWorklist();
        else if (m_returnPage == m_calendar)
            showCalendar();
        else
            showCaseList();
    });

    m_chooseFile = [](QWidget* parent, bool forSaving) {
        if (forSaving) {
            QString path = QFileDialog::getSaveFileName(parent, tr("New database"), QString(), FileFilter);
            if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
                path += QStringLiteral(".koordinera");
            return path;
        }
        return QFileDialog::getOpenFileName(parent, tr("Open database"), QString(),
                                            FileFilter + QStringLiteral(";;") + tr("All files (*)"));
    };
    m_reportError = [](QWidget* parent, const QString& message) {
        QMessageBox::warning(parent, tr("Koordinera"), message);
    };
    m_inform = [](QWidget* parent, const QString& message) {
        QMessageBox::information(parent, tr("Koordinera"), message);
    };
    FunctionCommand::setErrorHandler([this](const QString& message) { reportError(message); });
    m_askPassphrase = [](QWidget* parent, const PassphraseRequest& request) -> std::optional<QByteArray> {
        PassphraseDialog dialog(request.mode, request.fileName, request.error, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.takePassphrase();
    };
    m_confirm = [](QWidget* parent, const QString& question) {
        return QMessageBox::question(parent, tr("Koordinera"), question) == QMessageBox::Yes;
    };

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
    setWorkspace(nullptr);
}

MainWindow::~MainWindow()
{
    m_inform = [](QWidget* parent, const QString& message) {
        QMessageBox::information(parent, tr("Koordinera"), message);
    };
    FunctionCommand::setErrorHandler({});
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database…"), this, [this] {
        const QString path = m_chooseFile(this, true);
        if (!path.isEmpty())
            createDatabase(path);
    });
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, [this] {
        const QString path = m_chooseFile(this, false);
        if (!path.isEmpty())
            openDatabase(path);
    });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Try with &demo data"), this, &MainWindow::openDemo);
    m_importAction = file->addAction(tr("Import a &case list (Excel or CSV)…"), this, &MainWindow::importCaseList);
    file->addAction(tr("&Import a database from an earlier version…"), this, [this] {
        const QString plain =
            QFileDialog::getOpenFileName(this, tr("Database from an earlier version"), QString(), tr("All files (*)"));
        if (plain.isEmpty())
            return;
        const QString sealed = m_chooseFile(this, true);
        if (!sealed.isEmpty())
            importOldDatabase(plain, sealed);
    });
    m_changePassphraseAction = file->addAction(tr("Change &passphrase…"), this, &MainWindow::changePassphrase);
    m_backupAction = file->addAction(tr("&Back up now"), this, &MainWindow::backupNow);
    m_restoreAction = file->addAction(tr("Res&tore from backup…"), this, [this] {
        const QString path = m_chooseFile(this, false);
        if (!path.isEmpty())
            restoreBackup(path);
    });
    m_lockAction = file->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lockNow);
    m_closeAction = file->addAction(tr("Clos&e database"), this, &MainWindow::closeDatabase);
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
    m_kvaAction = edit->addAction(tr("&KVÅ codes…"), this, &MainWindow::editKvaCodes);
    QAction* preferences =
        edit->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::editSettings);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* cases = menuBar()->addMenu(tr("Ca&se"));
    m_newCaseAction = cases->addAction(tr("&New case…"), QKeySequence::New, this, &MainWindow::newCase);
    m_findAction = cases->addAction(tr("&Find case"), QKeySequence::Find, this, [this] {
        showCaseList();
        m_caseList->focusSearch();
    });
    cases->addSeparator();
    m_printPlanAction = cases->addAction(tr("&Print the action plan…"), QKeySequence::Print, this,
                                         [this] { m_caseView->documentActions()->showPlan(m_caseView->caseId()); });
    m_summaryAction = cases->addAction(tr("Case &summary…"), this,
                                       [this] { m_caseView->documentActions()->showSummary(m_caseView->caseId()); });

    // The parts of the program, also reachable from the keyboard (the navigation list on the left is the mouse's way).
    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewActions = {
        view->addAction(tr("&Today"), QKeySequence(Qt::CTRL | Qt::Key_1), this, &MainWindow::showWorklist),
        view->addAction(tr("&Cases"), QKeySequence(Qt::CTRL | Qt::Key_2), this, &MainWindow::showCaseList),
        view->addAction(tr("C&alendar"), QKeySequence(Qt::CTRL | Qt::Key_3), this, &MainWindow::showCalendar),
        view->addAction(tr("&Statistics"), QKeySequence(Qt::CTRL | Qt::Key_4), this, &MainWindow::showStatistics),
    };

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    m_auditAction = tools->addAction(tr("&Access log…"), this, &MainWindow::showAuditLog);
    m_checkAction = tools->addAction(tr("&Check the database"), this, &MainWindow::checkDatabase);
    m_retentionAction = tools->addAction(tr("&Purge old cases (gallring)…"), this, &MainWindow::purgeOldCases);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Manual"), QKeySequence::HelpContents, this, &MainWindow::showHelp);
    help->addAction(tr("&About Koordinera"), this, &MainWindow::showAbout);
    updateRecentMenu();
}

QWidget* MainWindow::buildWelcomePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* create = new QPushButton(tr("Create a new database…"), page);
    create->setObjectName(QStringLiteral("createDatabaseButton"));
    auto* open = new QPushButton(tr("Open a database…"), page);
    open->setObjectName(QStringLiteral("openDatabaseButton"));
    auto* demo = new QPushButton(tr("Try with demo data"), page);
    demo->setObjectName(QStringLiteral("demoButton"));
    connect(create, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile(this, true);
        if (!path.isEmpty())
            createDatabase(path);
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile(this, false);
        if (!path.isEmpty())
            openDatabase(path);
    });
    connect(demo, &QPushButton::clicked, this, &MainWindow::openDemo);
    auto* text = new QLabel(tr("No database is open. A database holds your unit's cases; keep it on a drive that "
                               "is backed up."),
                            page);
    layOutNoticePage(page, tr("Welcome to Koordinera"), text, {create, open, demo});
    return page;
}

QWidget* MainWindow::buildLockPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("lockPage"));
    auto* unlockButton = new QPushButton(tr("&Unlock…"), page);
    unlockButton->setObjectName(QStringLiteral("unlockButton"));
    connect(unlockButton, &QPushButton::clicked, this, &MainWindow::unlockNow);
    m_lockLabel = new QLabel(page);
    layOutNoticePage(page, tr("Koordinera is locked"), m_lockLabel, {unlockButton});
    return page;
}

bool MainWindow::backupNow()
{
    if (!m_workspace || m_workspace->isDemo())
        return false;
    if (m_settings.backupFolder().isEmpty()) {
        reportError(tr("Choose a backup folder in the settings first (Edit › Settings…)."));
        return false;
    }
    try {
        const QString path =
            core::Backup::write(*m_workspace, m_settings.backupFolder(), m_settings.backupGenerations());
        statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    } catch (const core::StorageError& error) {
        reportError(error.userMessage());
        return false;
    }
    return true;
}

// The first save of the day also writes the day's backup, when a backup folder is set.
void MainWindow::backUpIfDue()
{
    const QString folder = m_settings.backupFolder();
    if (!m_workspace || m_workspace->isDemo() || folder.isEmpty() ||
        !core::Backup::dueOn(folder, m_workspace->path(), QDate::currentDate()))
        return;
    try {
        core::Backup::write(*m_workspace, folder, m_settings.backupGenerations());
    } catch (const core::StorageError& error) {
        // Said once per session: the saves themselves are safe, only the backup copy is missing.
        if (!m_backupFailureShown) {
            m_backupFailureShown = true;
            reportError(tr("Today's automatic backup could not be made. Your changes are saved in the database.\n\n%1")
                            .arg(error.userMessage()));
        }
    }
}

void MainWindow::setAutoLockInterval(int milliseconds)
{
    m_inactivity->setInterval(milliseconds);
}

void MainWindow::updateInactivityWatch()
{
    m_inactivity->setActive(m_workspace && !m_workspace->isDemo());
}

void MainWindow::lockNow()
{
    if (!m_workspace || m_workspace->isDemo())
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
    const QString path = m_workspace->path();
    m_workspace->audit().record(core::AuditLog::Action::Lock, 0, QStringLiteral("database"));
    const bool onCase = m_pages->currentWidget() == m_caseView;
    m_lockedCaseId = onCase ? m_caseView->caseId() : 0;
    m_lockedTab = int(m_caseView->currentTab());
    setWorkspace(nullptr); // drops the working database; the key is wiped with it
    m_clipboard->clearIfOurs();
    m_lockedPath = path;
    m_lockLabel->setText(tr("%1 is locked. No patient data is shown until you unlock it with the passphrase.")
                             .arg(QFileInfo(path).fileName()));
    m_pages->setCurrentWidget(m_lockPage);
    setWindowTitle(tr("Locked — Koordinera"));
}

bool MainWindow::unlockNow()
{
    if (!isLocked())
        return false;
    const QString path = m_lockedPath;
    const qint64 caseId = m_lockedCaseId;
    const int tab = m_lockedTab;
    std::unique_ptr<core::Workspace> workspace;
    try {
        workspace = unlock(path);
    } catch (const core::StorageError& error) {
        reportError(tr("Could not open %1.\n\n%2").arg(QFileInfo(path).fileName(), error.userMessage()));
        return false;
    }
    if (!workspace)
        return false;
    setWorkspace(std::move(workspace));
    if (caseId && m_workspace->cases().get(caseId)) {
        m_caseView->showCase(caseId, CaseView::Tab(tab));
        m_pages->setCurrentWidget(m_caseView);
        updateTitle();
    }
    return true;
}

void MainWindow::setWorkspace(std::unique_ptr<core::Workspace> workspace)
{
    m_undoStack->clear();
    m_caseView->setWorkspace(nullptr);
    m_caseList->setWorkspace(nullptr);
    m_worklist->setWorkspace(nullptr);
    m_calendar->setWorkspace(nullptr);
    m_statistics->setWorkspace(nullptr);
    m_workspace = std::move(workspace);
    m_caseList->setWorkspace(m_workspace.get());
    m_worklist->setWorkspace(m_workspace.get());
    m_calendar->setWorkspace(m_workspace.get());
    m_statistics->setWorkspace(m_workspace.get());
    m_caseView->setWorkspace(m_workspace.get());
    const bool open = m_workspace != nullptr;
    m_demoBanner->setVisible(open && m_workspace->isDemo());
    m_navigation->setVisible(open);
    for (QAction* action : m_viewActions)
        action->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_changePassphraseAction->setEnabled(open && !m_workspace->isDemo());
    m_lockAction->setEnabled(open && !m_workspace->isDemo());
    m_backupAction->setEnabled(open && !m_workspace->isDemo());
    m_restoreAction->setEnabled(open && !m_workspace->isDemo());
    m_auditAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_checkAction->setEnabled(open);
    m_retentionAction->setEnabled(open);
    if (open)
        m_workspace->setUnit(m_settings.unitName());
    m_backupFailureShown = false;
    if (open)
        connect(m_workspace.get(), &core::Workspace::changed, this, &MainWindow::backUpIfDue);
    if (open)
        m_lockedPath.clear();
    updateInactivityWatch();
    m_newCaseAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_kvaAction->setEnabled(open);
    if (open) {
        showWorklist(); // the start screen: what needs attention today
    } else {
        m_pages->setCurrentWidget(m_welcome);
    }
    updateTitle();
    updateSigner();
}

bool MainWindow::requireSigner()
{
    if (!m_workspace)
        return false;
    if (!m_workspace->isDemo() && !SignerDialog::ensureSigner(m_settings, this))
        return false;
    if (m_settings.signerGiven()) {
        m_workspace->setUserName(m_settings.coordinatorName());
        m_workspace->setUnit(m_settings.unitName());
    }
    updateSigner();
    return true;
}

void MainWindow::changeSigner()
{
    SignerDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        requireSigner();
}

void MainWindow::updateSigner()
{
    m_signerButton->setVisible(m_workspace != nullptr);
    if (!m_settings.signerGiven()) {
        m_signerButton->setText(tr("Who is signing? Not given yet"));
        return;
    }
    m_signerButton->setText(
        tr("Signing: %1, %2 · %3")
            .arg(m_settings.coordinatorName(), m_settings.coordinatorTitle(), m_settings.unitName()));
}

bool MainWindow::openDatabase(const QString& path)
{
    return adoptDatabase(path, false);
}

bool MainWindow::createDatabase(const QString& path)
{
    return adoptDatabase(path, true);
}

bool MainWindow::adoptDatabase(const QString& path, bool create)
{
    const QString fileName = QFileInfo(path).fileName();
    try {
        std::unique_ptr<core::Workspace> workspace;
        if (create) {
            auto passphrase = m_askPassphrase(this, {PassphraseDialog::Mode::Create, fileName, {}});
            if (!passphrase)
                return false;
            const core::WipeOnExit wipePassphrase(*passphrase);
            const core::RehabRules rules = m_settings.rehabRules();
            const QString coordinator = m_settings.coordinatorName();
            QThread* const guiThread = thread();
            // Deriving the key takes a good half second: off the GUI thread, like opening.
            ProgressRunner::wait(this, tr("Creating %1…").arg(fileName), [&] {
                workspace = core::Workspace::create(path, *passphrase, rules, coordinator, m_kdfParams);
                workspace->handOverTo(guiThread);
            });
        } else {
            workspace = unlock(path);
            if (!workspace)
                return false;
        }
        setWorkspace(std::move(workspace));
    } catch (const core::StorageError& error) {
        const QString what = create ? tr("Could not create %1.\n\n%2") : tr("Could not open %1.\n\n%2");
        reportError(what.arg(fileName, error.userMessage()));
        return false;
    }
    m_settings.rememberDatabase(path);
    updateRecentMenu();
    requireSigner(); // on first use; declined, it is asked again before the first case is saved
    return true;
}

// Asks for the passphrase until it is right or the user gives up; offers to take over a lock held elsewhere.
std::unique_ptr<core::Workspace> MainWindow::unlock(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    // A missing, odd or read-only file is said before the passphrase is typed in vain.
    core::Storage::requireDatabaseFile(path, true);
    QString error;
    bool forceLock = false;
    bool acceptAsItIs = false;
    for (;;) {
        auto passphrase = m_askPassphrase(this, {PassphraseDialog::Mode::Unlock, fileName, error});
        if (!passphrase)
            return nullptr;
        const core::WipeOnExit wipePassphrase(*passphrase);
        core::Storage::OpenReport report;
        try {
            // Deriving the key, decrypting and loading the file: seconds for a large one, so off the GUI thread.
            std::unique_ptr<core::Workspace> workspace;
            const core::RehabRules rules = m_settings.rehabRules();
            const QString coordinator = m_settings.coordinatorName();
            QThread* const guiThread = thread();
            ProgressRunner::wait(this, tr("Opening %1…").arg(fileName), [&] {
                workspace =
                    core::Workspace::open(path, *passphrase, rules, coordinator, forceLock, &report, acceptAsItIs);
                workspace->handOverTo(guiThread);
            });
            workspace->setUnit(m_settings.unitName());
            // A failed attempt cannot be written to a database that is still sealed: it is recorded, with its
            // own time, by the opening that succeeds.
            workspace->audit().recordFailedUnlocks(m_failedUnlocks.take(QFileInfo(path).absoluteFilePath()));
            workspace->audit().record(core::AuditLog::Action::Unlock, 0, QStringLiteral("database"));
            if (report.droppedIncompleteTail) {
                reportError(tr("The last change made before Koordinera stopped had not been saved completely and "
                               "has been left out. Everything saved before it is there."));
            }
            if (!report.notice().isEmpty())
                statusBar()->showMessage(report.notice(), 15000);
            return workspace;
        } catch (const core::StorageError& failure) {
            if (failure.kind() == core::StorageError::Kind::WrongPassphrase) {
                m_failedUnlocks[QFileInfo(path).absoluteFilePath()].append(QDateTime::currentDateTimeUtc());
                error = failure.userMessage();
                continue;
            }
            if (failure.kind() == core::StorageError::Kind::Busy && !forceLock &&
                m_confirm(this, failure.userMessage() + QStringLiteral("\n\n") +
                                    tr("Take over the database? Do this only if it is certainly not in use "
                                       "there, or changes made there will be lost."))) {
                forceLock = true;
                error.clear();
                continue;
            }
            if (failure.kind() == core::StorageError::Kind::NotNewest && !acceptAsItIs &&
                acceptOlderFile(path, *passphrase, failure.userMessage())) {
                acceptAsItIs = true;
                error.clear();
                continue;
            }
            throw;
        }
    }
}

bool MainWindow::acceptOlderFile(const QString& path, const QByteArray& passphrase, const QString& finding)
{
    std::unique_ptr<core::Workspace> file;
    try {
        const core::RehabRules rules = m_settings.rehabRules();
        const QString coordinator = m_settings.coordinatorName();
        QThread* const guiThread = thread();
        ProgressRunner::wait(this, tr("Opening %1…").arg(QFileInfo(path).fileName()), [&] {
            file = core::Workspace::openReadOnly(path, passphrase, rules, coordinator);
            file->handOverTo(guiThread);
        });
    } catch (const core::StorageError& error) {
        reportError(tr("Could not open %1.\n\n%2").arg(QFileInfo(path).fileName(), error.userMessage()));
        return false;
    }
    OlderFileDialog dialog(*file, path, finding, this);
    if (m_configureOlderFileDialog)
        m_configureOlderFileDialog(dialog);
    return dialog.exec() == QDialog::Accepted;
}

bool MainWindow::changePassphrase()
{
    if (!m_workspace || m_workspace->isDemo())
        return false;
    auto passphrase =
        m_askPassphrase(this, {PassphraseDialog::Mode::Change, QFileInfo(m_workspace->path()).fileName(), {}});
    if (!passphrase)
        return false;
    const core::WipeOnExit wipePassphrase(*passphrase);
    try {
        m_workspace->changePassphrase(*passphrase, m_kdfParams);
    } catch (const core::StorageError& error) {
        reportError(error.userMessage());
        return false;
    }
    statusBar()->showMessage(tr("The passphrase has been changed."), 5000);
    return true;
}

bool MainWindow::importOldDatabase(const QString& plainPath, const QString& sealedPath)
{
    auto passphrase = m_askPassphrase(this, {PassphraseDialog::Mode::Create, QFileInfo(sealedPath).fileName(), {}});
    if (!passphrase)
        return false;
    const core::WipeOnExit wipePassphrase(*passphrase);
    try {
        setWorkspace(core::Workspace::importPlain(plainPath, sealedPath, *passphrase, m_settings.rehabRules(),
                                                  m_settings.coordinatorName(), m_kdfParams));
    } catch (const core::StorageError& error) {
        reportError(tr("Could not import %1.\n\n%2").arg(QFileInfo(plainPath).fileName(), error.userMessage()));
        return false;
    }
    m_settings.rememberDatabase(sealedPath);
    updateRecentMenu();
    reportError(tr("The database has been sealed into %1. Check it, then delete the old, unprotected file %2.")
                    .arg(QFileInfo(sealedPath).fileName(), QFileInfo(plainPath).fileName()));
    return true;
}

void MainWindow::openDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto demo = core::Workspace::demo(m_settings.rehabRules(), m_settings.coordinatorName());
    QApplication::restoreOverrideCursor();
    setWorkspace(std::move(demo));
}

void MainWindow::closeDatabase()
{
    m_lockedPath.clear();
    setWorkspace(nullptr);
}

void MainWindow::newCase()
{
    if (!m_workspace)
        return;
    if (!requireSigner())
        return;
    NewCaseDialog dialog(*m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        openCase(dialog.result().caseId);
}

void MainWindow::openCase(qint64 caseId)
{
    openCaseAt(caseId, core::CaseArea::SickLeave);
}

void MainWindow::showCaseList()
{
    if (!m_workspace)
        return;
    m_pages->setCurrentWidget(m_caseList);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(NavigationCases);
    updateTitle();
}

void MainWindow::showWorklist()
{
    if (!m_workspace)
        return;
    m_pages->setCurrentWidget(m_worklist);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(NavigationToday);
    updateTitle();
}

void MainWindow::showCalendar()
{
    if (!m_workspace)
        return;
    m_pages->setCurrentWidget(m_calendar);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(NavigationCalendar);
    updateTitle();
}

void MainWindow::importCaseList()
{
    if (!m_workspace)
        return;
    const QString path = m_chooseImportFile
                             ? m_chooseImportFile(this)
                             : QFileDialog::getOpenFileName(this, tr("Import a case list"), QString(),
                                                            tr("Case lists (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(*m_workspace, m_settings, path, this);
    if (m_configureImportDialog)
        m_configureImportDialog(dialog);
    else
        dialog.exec();
    if (const auto& summary = dialog.summary()) {
        m_inform(this, ImportDialog::summaryText(*summary));
        showCaseList();
    }
}

void MainWindow::showStatistics()
{
    if (!m_workspace)
        return;
    m_pages->setCurrentWidget(m_statistics);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(NavigationStatistics);
    updateTitle();
}

void MainWindow::openCaseAt(qint64 caseId, core::CaseArea area)
{
    if (!m_workspace || caseId <= 0)
        return;
    static const QHash<core::CaseArea, CaseView::Tab> tabs{
        {core::CaseArea::SickLeave, CaseView::Tab::SickLeave}, {core::CaseArea::Contacts, CaseView::Tab::Contacts},
        {core::CaseArea::Consents, CaseView::Tab::Consents},   {core::CaseArea::Activities, CaseView::Tab::Activities},
        {core::CaseArea::Plan, CaseView::Tab::Plan},           {core::CaseArea::Meetings, CaseView::Tab::Meetings},
    };
    if (m_pages->currentWidget() != m_caseView) {
        m_returnPage = m_pages->currentWidget();
        m_caseView->setBackTo(m_returnPage == m_worklist   ? CaseView::Back::Worklist
                              : m_returnPage == m_calendar ? CaseView::Back::Calendar
                                                           : CaseView::Back::Cases);
    }
    m_caseView->showCase(caseId, tabs.value(area, CaseView::Tab::SickLeave));
    m_pages->setCurrentWidget(m_caseView);
    updateTitle();
}

void MainWindow::updateTitle()
{
    // The case menu's documents are about the case on screen.
    const bool onCase = m_workspace && m_pages->currentWidget() == m_caseView && m_caseView->caseId() > 0;
    if (m_printPlanAction) {
        m_printPlanAction->setEnabled(onCase);
        m_summaryAction->setEnabled(onCase);
    }
    QString title = tr("Koordinera");
    if (m_workspace) {
        title = m_workspace->isDemo() ? tr("DEMO") : QFileInfo(m_workspace->path()).completeBaseName();
        title += QStringLiteral(" — Koordinera");
        if (m_pages->currentWidget() == m_caseView) {
            const QString caseName =
                m_settings.patientNameInTitle() ? m_caseView->caseTitle() : m_caseView->caseReference();
            title = caseName + QStringLiteral(" — ") + title;
        }
    }
    setWindowTitle(title);
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

void MainWindow::reportError(const QString& message)
{
    if (m_reportError)
        m_reportError(this, message);
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
    dialog.exec();
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (m_workspace)
        dialog.setKvaCodesEditor([this, &dialog] {
            KvaCodesDialog codes(*m_workspace, &dialog);
            codes.exec();
        });
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.apply();
    m_worklist->model()->setSettings(m_settings.worklistSettings());
    m_statistics->updateNote();
    updateSigner();
    if (m_workspace) {
        m_workspace->setUserName(m_settings.coordinatorName());
        m_workspace->setUnit(m_settings.unitName());
        // A new gap rule brings every case's sick-leave chain up to date: half a second at 50,000 cases.
        const core::RehabRules rules = m_settings.rehabRules();
        core::Workspace& workspace = *m_workspace;
        ProgressRunner::waitExclusive(this, workspace.database(), tr("Bringing the sick-leave chains up to date…"),
                                      [&workspace, &rules] { workspace.setRules(rules); });
        setAutoLockInterval(m_settings.autoLockMinutes() * 60 * 1000);
        m_caseList->model()->refreshWhenShown(); // the checkpoints shown may have changed
        m_caseView->reload();
    }
}

void MainWindow::showAuditLog()
{
    if (!m_workspace)
        return;
    AuditLogDialog dialog(*m_workspace, m_settings.coordinatorName(), this);
    if (m_configureAuditDialog)
        m_configureAuditDialog(dialog);
    dialog.exec();
}

bool MainWindow::checkDatabase()
{
    if (!m_workspace)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto health = m_workspace->check();
    QApplication::restoreOverrideCursor();
    const bool intact = health.structureIntact;
    const qint64 broken = health.firstBrokenLogEntry;
    const qint64 entries = health.logEntries;
    QStringList findings;
    findings << (intact ? tr("The database's structure is intact.")
                        : tr("The database's structure is damaged. Restore the latest backup (File › Restore from "
                             "backup…) and contact your IT support."));
    findings << (broken == 0 ? tr("The access log (%n entries) is unbroken.", nullptr, int(entries))
                             : tr("The access log breaks at entry %1: that entry or one before it has been changed or "
                                  "removed outside Koordinera. Report this to the person responsible for information "
                                  "security.")
                                   .arg(broken));
    m_lastCheckReport = findings.join(QStringLiteral("\n\n"));
    if (intact && broken == 0)
        m_inform(this, m_lastCheckReport);
    else
        reportError(m_lastCheckReport);
    return intact && broken == 0;
}

QString MainWindow::safetyCopyFolder() const
{
    const QString folder = m_settings.backupFolder();
    return folder.isEmpty() || !QFileInfo(folder).isDir() ? QFileInfo(m_workspace->path()).absolutePath() : folder;
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    if (!m_workspace || m_workspace->isDemo())
        return false;
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(m_workspace->path()).absoluteFilePath()) {
        reportError(tr("That is the open database itself. Choose one of its backups."));
        return false;
    }
    const QString fileName = QFileInfo(backupPath).fileName();
    std::unique_ptr<core::Workspace> backup;
    QString error;
    while (!backup) {
        auto passphrase = m_askPassphrase(this, {PassphraseDialog::Mode::Unlock, fileName, error});
        if (!passphrase)
            return false;
        const core::WipeOnExit wipePassphrase(*passphrase);
        try {
            backup = core::Workspace::openReadOnly(backupPath, *passphrase, m_settings.rehabRules(),
                                                   m_settings.coordinatorName());
        } catch (const core::StorageError& failure) {
            if (failure.kind() != core::StorageError::Kind::WrongPassphrase) {
                reportError(tr("Could not open the backup %1.\n\n%2").arg(fileName, failure.userMessage()));
                return false;
            }
            error = failure.userMessage();
        }
    }
    RestoreDialog preview(*backup, backupPath, safetyCopyFolder(), this);
    if (m_configureRestoreDialog)
        m_configureRestoreDialog(preview);
    if (preview.exec() != QDialog::Accepted)
        return false;
    try {
        core::Backup::write(*m_workspace, safetyCopyFolder(), std::max(m_settings.backupGenerations(), 2));
        m_undoStack->clear(); // the commands on it describe the database before the restore
        m_workspace->restoreFrom(*backup, fileName);
    } catch (const core::StorageError& failure) {
        reportError(
            tr("The backup could not be restored. The database is as it was.\n\n%1").arg(failure.userMessage()));
        return false;
    }
    showCaseList();
    m_caseList->model()->refresh();
    statusBar()->showMessage(tr("Restored from %1.").arg(fileName), 8000);
    return true;
}

void MainWindow::purgeOldCases()
{
    if (!m_workspace)
        return;
    RetentionDialog dialog(*m_workspace, m_settings.retentionYears(), m_confirm, this);
    if (m_configureRetentionDialog)
        m_configureRetentionDialog(dialog);
    dialog.exec();
    if (dialog.purgedAny())
        m_undoStack->clear(); // an undo cannot bring a purged case back, nor should it try
    if (m_pages->currentWidget() == m_caseView && !m_workspace->cases().get(m_caseView->caseId()))
        showCaseList();
}

void MainWindow::editKvaCodes()
{
    if (!m_workspace)
        return;
    KvaCodesDialog dialog(*m_workspace, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_caseList->saveColumnState();
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.sync();
    event->accept();
}

} // namespace koordinera::ui
