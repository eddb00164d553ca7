// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Worklist.h"
#include "core/storage/SealedStore.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace koordinera::core {
struct SickListCandidate;
class Settings;
class Workspace;
} // namespace koordinera::core

namespace koordinera::ui {

class CaseListPage;
class CaseView;
class DatabaseSession;
class LockPage;
class MaintenanceActions;
class SensitiveClipboard;
class SessionWatcher;
class WelcomePage;
class WorklistPage;

// The main window arranges: navigation on the left (Idag, Ärenden, Kalender, Statistik), the pages in the middle,
// the menus, the title and who signs. What is open and how it opens is the DatabaseSession's; what is done to the
// database as a whole, the MaintenanceActions'.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(core::Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The open database and its maintenance: the window arranges itself around them.
    DatabaseSession* session() const { return m_session; }
    MaintenanceActions* maintenance() const { return m_maintenance; }
    // The key-derivation cost for new databases (tests use libsodium's minimum).
    void setKdfParams(const core::KdfParams& params);

    // Takes over an open workspace (e.g. the demo database from the command line).
    void setWorkspace(std::unique_ptr<core::Workspace> workspace);
    core::Workspace* workspace() const;
    bool openDatabase(const QString& path);
    bool createDatabase(const QString& path);
    void openDemo();
    void closeDatabase();
    bool changePassphrase();
    bool importOldDatabase(const QString& plainPath, const QString& sealedPath);

    // Closes every patient view, drops the working database and wipes the key; unlocking asks for the
    // passphrase and returns to the case and tab the user was on.
    void lockNow();
    bool unlockNow();
    bool isLocked() const;
    // The idle time before locking, in milliseconds (from settings; tests set it short).
    void setAutoLockInterval(int milliseconds);

    void newCase();
    void openCase(qint64 caseId);
    void showCaseList();
    void showWorklist();
    void showCalendar();
    void showStatistics();
    // Sjukskrivna utan koordinering: the unit's sick-listed who have no case.
    void showSickList();
    // Importera sjukskrivningslista: the unit's list from Rehabstöd, with its summary at the end.
    void importSickList();
    // A new case for a patient on the list, prefilled from it; the list records that a case was started.
    void startCaseFromList(const core::SickListCandidate& candidate);
    // Importera ärendelista: an Excel or CSV file into the open database, with its summary at the end.
    void importCaseList();
    // Opens a case where the matter is (from the worklist).
    void openCaseAt(qint64 caseId, core::CaseArea area);
    void editSettings();
    // Help › Manual (F1), opened at the chapter about what is on screen.
    void showHelp();
    class HelpWindow* helpWindow() const { return m_help; }
    QString helpChapter() const;
    // Makes sure the settings say who signs (asks when they do not; a demo signs with a made-up name) and gives
    // the open database that name and unit; false when the user declined.
    bool requireSigner();
    // Asks who signs, to change it.
    void changeSigner();
    QPushButton* signerButton() const { return m_signerButton; }

    CaseListPage* caseListPage() const { return m_caseList; }
    WorklistPage* worklistPage() const { return m_worklist; }
    class CalendarPage* calendarPage() const { return m_calendar; }
    class StatisticsPage* statisticsPage() const { return m_statistics; }
    class FamilyStatisticsPage* familyStatisticsPage() const { return m_familyStatistics; }
    class SickListPage* sickListPage() const { return m_sickList; }
    CaseView* caseView(); // built on first use
    SensitiveClipboard* clipboard() const { return m_clipboard; }
    SessionWatcher* sessionWatcher() const { return m_sessionWatcher; }
    QUndoStack* undoStack() const { return m_undoStack; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void buildNavigation();
    void buildMenus();
    void detachWorkspace();
    // Gives every page the session's new workspace and shows the right start page.
    void arrangeForWorkspace(core::Workspace* workspace);
    void updateActions(bool open, bool demo);
    void updateInactivityWatch();
    void updateTitle();
    void updateSigner();
    void updateRecentMenu();
    void showNotice(const QString& text, int milliseconds);
    void showPage(QWidget* page, int navigationRow);
    void chooseAndOpen(bool create);
    void showAbout();

    core::Settings& m_settings;
    QUndoStack* m_undoStack;
    DatabaseSession* m_session;
    MaintenanceActions* m_maintenance;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome = nullptr;
    LockPage* m_lockPage = nullptr;
    QPushButton* m_signerButton = nullptr;
    class InactivityWatcher* m_inactivity = nullptr;
    class SensitiveClipboard* m_clipboard = nullptr;
    class SessionWatcher* m_sessionWatcher = nullptr;
    // Where the user was when the database was locked.
    qint64 m_lockedCaseId = 0;
    int m_lockedTab = 0;
    enum NavigationRow
    {
        NavigationToday,
        NavigationCases,
        NavigationCalendar,
        NavigationStatistics,
        NavigationSickList,
    };
    class WorklistPage* m_worklist = nullptr;
    class CalendarPage* m_calendar = nullptr;
    class StatisticsPage* m_statistics = nullptr;
    class FamilyStatisticsPage* m_familyStatistics = nullptr;
    class SickListPage* m_sickList = nullptr;
    class HelpWindow* m_help = nullptr;
    QWidget* m_returnPage = nullptr; // where Back leads from a case
    CaseListPage* m_caseList;
    CaseView* m_caseView = nullptr;
    QLabel* m_demoBanner;
    QMenu* m_recentMenu = nullptr;
    // Enabled while a database is open, and those of them that a demo has no use for.
    QList<QAction*> m_openActions;
    QList<QAction*> m_fileActions;
    QList<QAction*> m_sealedFileActions; // a sealed file's only: hidden on a server
    QList<QAction*> m_clinicActions;     // a clinic's work only: hidden in a family file
    QAction* m_newCaseAction = nullptr;
    QAction* m_printPlanAction = nullptr;
    QAction* m_summaryAction = nullptr;
};

} // namespace koordinera::ui
